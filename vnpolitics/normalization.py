"""Text normalisation that remembers where every character came from.

Recognisers see one canonical spelling (NFC, "Ủy"/"hòa" tone placement,
ASCII dashes and spaces, no zero-width characters), so their rules and
lexicons need to know only one form. Every span they find is mapped back to
the caller's string with :meth:`NormalizedText.to_original`, so offsets are
always valid against the input, NFD included.

The common case (already clean NFC text) costs three regex scans that find
nothing, and no offset table is built.
"""

from __future__ import annotations

import unicodedata
from array import array
from dataclasses import dataclass, field
from functools import lru_cache

import regex

__all__ = ["NormalizedText", "normalize"]

# Characters removed outright: zero-width spaces and joiners, BOM, soft hyphen.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Dash-like characters written for "-" in codes and ranges ("CT – TTg", "27 –29/8").
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
# Space-like characters (NBSP and friends) that patterns should see as " ".
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

# Look-alikes typed for a Vietnamese letter: Icelandic eth "Ð"/"ð" (from old keyboard layouts
# and code pages) for "Đ"/"đ" ("ÐBSCL").
_LOOKALIKES = {"\u00d0": "\u0110", "\u00f0": "\u0111"}

_CHARACTER_FIXES = {
    **{c: "" for c in _INVISIBLE},
    **{c: "-" for c in _DASHES},
    **{c: " " for c in _SPACES},
    **_LOOKALIKES,
}
_CHARACTER_PATTERN = regex.compile("[" + regex.escape("".join(_CHARACTER_FIXES)) + "]")
# A base character followed by combining marks: the only places NFC can change.
_COMBINING_PATTERN = regex.compile(r"\p{M}+")

_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng


@lru_cache(maxsize=1)
def _tone_table() -> dict[str, str]:
    """Map new-style placements ("oà", "uỷ") to the traditional one ("òa", "ủy").

    Only open syllables differ ("hoà"/"hòa"); with a final consonant both
    styles agree ("hoàng"), hence the look-ahead in the pattern.
    """
    table = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for first_case in (first, first.upper()):
            for second_case in (second, second.upper()):
                for tone in _TONES:
                    new = first_case + unicodedata.normalize("NFC", second_case + tone)
                    old = unicodedata.normalize("NFC", first_case + tone) + second_case
                    table[new] = old
    return table


@lru_cache(maxsize=1)
def _tone_pattern() -> regex.Pattern[str]:
    alternatives = "|".join(sorted(_tone_table(), key=len, reverse=True))
    # not after q ("quý" keeps its tone on y) and not before another letter ("hoàng")
    return regex.compile(rf"(?<![qQ])(?:{alternatives})(?!\p{{L}}|\p{{M}})")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised text plus the map from its positions to the original string."""

    original: str
    text: str
    # starts[i] / ends[i]: original span of normalised character i; None when identical.
    _starts: array | None = field(default=None, repr=False)
    _ends: array | None = field(default=None, repr=False)

    @property
    def is_identity(self) -> bool:
        return self._starts is None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to the original string."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span ({start}, {end}) outside text of length {len(self.text)}")
        if self._starts is None:
            return start, end
        if start == end:
            position = self._starts[start] if start < len(self.text) else len(self.original)
            return position, position
        return self._starts[start], self._ends[end - 1]

    def original_slice(self, start: int, end: int) -> str:
        original_start, original_end = self.to_original(start, end)
        return self.original[original_start:original_end]


def _apply(
    text: str,
    starts: array | None,
    ends: array | None,
    edits: list[tuple[int, int, str]],
) -> tuple[str, array, array]:
    """Apply non-overlapping (start, end, replacement) edits, carrying the offset map along."""
    if starts is None or ends is None:
        starts = array("q", range(len(text)))
        ends = array("q", range(1, len(text) + 1))
    pieces: list[str] = []
    new_starts = array("q")
    new_ends = array("q")
    cursor = 0
    for edit_start, edit_end, replacement in edits:
        pieces.append(text[cursor:edit_start])
        new_starts.extend(starts[cursor:edit_start])
        new_ends.extend(ends[cursor:edit_start])
        pieces.append(replacement)
        if len(replacement) == edit_end - edit_start:  # same length: keep the finer map
            new_starts.extend(starts[edit_start:edit_end])
            new_ends.extend(ends[edit_start:edit_end])
        else:
            for _ in replacement:
                new_starts.append(starts[edit_start])
                new_ends.append(ends[edit_end - 1])
        cursor = edit_end
    pieces.append(text[cursor:])
    new_starts.extend(starts[cursor:])
    new_ends.extend(ends[cursor:])
    return "".join(pieces), new_starts, new_ends


def _character_edits(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), _CHARACTER_FIXES[m.group()]) for m in _CHARACTER_PATTERN.finditer(text)]


def _composition_edits(text: str) -> list[tuple[int, int, str]]:
    if unicodedata.is_normalized("NFC", text):  # C-speed check; true for most articles
        return []
    edits = []
    for match in _COMBINING_PATTERN.finditer(text):
        # the cluster is the run of marks plus the character they sit on (never a mark:
        # runs are maximal); matching the marks alone is far faster than "\P{M}?\p{M}+"
        start = max(0, match.start() - 1)
        cluster = text[start : match.end()]
        composed = unicodedata.normalize("NFC", cluster)
        if composed != cluster:
            edits.append((start, match.end(), composed))
    return edits


def _singleton_edits(text: str) -> list[tuple[int, int, str]]:
    """Characters NFC changes on their own (rare compatibility singletons such as U+212B)."""
    if unicodedata.is_normalized("NFC", text):
        return []
    edits = []
    for position, character in enumerate(text):
        composed = unicodedata.normalize("NFC", character)
        if composed != character:
            edits.append((position, position + 1, composed))
    return edits


def _tone_edits(text: str) -> list[tuple[int, int, str]]:
    table = _tone_table()
    return [(m.start(), m.end(), table[m.group()]) for m in _tone_pattern().finditer(text)]


_PASSES = (_character_edits, _composition_edits, _singleton_edits, _tone_edits)


def normalize(text: str) -> NormalizedText:
    """Return the canonical form of ``text`` with an offset map back to it."""
    current = text
    starts: array | None = None
    ends: array | None = None
    for find_edits in _PASSES:
        edits = find_edits(current)
        if edits:
            current, starts, ends = _apply(current, starts, ends, edits)
    return NormalizedText(original=text, text=current, _starts=starts, _ends=ends)
