"""Sentences and words, as spans of the (normalised) text.

Sentence splitting is a fast rule of our own: underthesea's splitter breaks
"Baonghean.vn" and "TP. Vinh", and linking must never cross a real boundary.
Words come from underthesea's segmenter, which rewrites what it returns, so
each word is aligned back onto the text it came from.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicon import load_lines

__all__ = ["Span", "sentences", "words", "SentenceIndex"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


# A candidate boundary: terminal punctuation (with closing quotes/brackets) then space,
# or a line break. Whether it really ends a sentence is decided in `_is_boundary`.
_BOUNDARY = regex.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n+")
_NEXT_START = regex.compile(r"\s*(\S)")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(word.casefold() for word in load_lines("abbreviations.txt"))


def _is_boundary(text: str, match: regex.Match[str]) -> bool:
    punctuation = match.group()
    if punctuation.startswith("\n"):
        return True
    if punctuation[0] == "." and len(punctuation) == 1:
        # the token before the stop, from a short window (a search from 0 would be quadratic)
        window = text[max(0, match.start() - 40) : match.start()].rsplit(None, 1)
        word = window[-1].lstrip("([{\"'“‘") if window else ""
        if word:
            if word.casefold() in _abbreviations():
                return False
            if len(word) == 1 and word.isalpha() and word.isupper():
                return False  # an initial: "Nguyễn V. An"
        following = _NEXT_START.match(text, match.end())
        if following is not None and following.group(1).islower():
            return False  # "TP. vinh", "v.v. và"
    return True


def sentences(text: str) -> list[Span]:
    """Sentence spans covering the text (leading/trailing whitespace trimmed)."""
    spans = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if not _is_boundary(text, match):
            continue
        end = match.end() if not match.group().startswith("\n") else match.start()
        _append_trimmed(text, start, end, spans)
        start = match.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end))


class SentenceIndex:
    """Answers "are these two positions in the same sentence?" in O(log n)."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self._starts = [span.start for span in spans]

    def index_of(self, position: int) -> int:
        return bisect.bisect_right(self._starts, position) - 1

    def same_sentence(self, a: int, b: int) -> bool:
        return self.index_of(a) == self.index_of(b)


def words(text: str) -> list[Span]:
    """Word spans from underthesea's segmenter ("Hà Nội" is one word), exact slices of ``text``."""
    from underthesea import word_tokenize  # heavy import: only where words are needed

    spans: list[Span] = []
    cursor = 0
    for token in word_tokenize(text):
        pieces = token.split()
        if not pieces:
            continue
        first = _locate(text, pieces[0], cursor)
        if first is None:
            continue
        end = first.end
        for piece in pieces[1:]:
            located = _locate(text, piece, end)
            if located is None:
                break
            end = located.end
        spans.append(Span(first.start, end))
        cursor = end
    return spans


def _locate(text: str, piece: str, cursor: int) -> Span | None:
    """Find ``piece`` at ``cursor`` (after whitespace), tolerating underthesea's rewrites."""
    start = cursor
    while start < len(text) and text[start].isspace():
        start += 1
    if text.startswith(piece, start):
        return Span(start, start + len(piece))
    # Rewritten token (NFC, tone marks moved): take as many letters, plus their combining marks.
    wanted = _letters(piece)
    end, limit = start, min(len(text), start + 3 * len(piece))  # NFD at most triples a letter
    while end < limit and len(_letters(text[start:end])) < len(wanted):
        end += 1
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    if _letters(text[start:end]) == wanted:
        return Span(start, end)
    found = text.find(piece, start)
    return Span(found, found + len(piece)) if found >= 0 else None


def _letters(value: str) -> str:
    """The text without tone or vowel marks: "Uỷ", "Ủy" and their NFD forms all give "uy"."""
    return "".join(c for c in unicodedata.normalize("NFD", value) if not unicodedata.combining(c)).casefold()
