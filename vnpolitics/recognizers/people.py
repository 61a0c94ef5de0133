"""PERSON recogniser: Vietnamese, ethnic-minority and foreign names, partial names, credits.

A name is a run of capitalised words. Whether a run (or which part of it) is a
person depends on what it starts with and on what stands before it:

* a known surname and 2-4 syllables ("Lê Xuân Đại") is a name on its own,
  unless the words before it make it a place ("đường Lê Lợi", "TP Hồ Chí Minh");
* after an honorific ("đồng chí Đại", "ông Văn") or right after a TITLE that the
  title recogniser proposed, any short run is a name: partial references,
  minority names ("A Tríu") and foreign names ("Rafael ...");
* after a word that often precedes a name ("Tổng thống", "bác sĩ") a run is a
  name when it has a surname or looks foreign ("Trump");
* photo credits ("Ảnh: Minh Khôi", "T.L") and the byline on the last line.

Candidates of the other recognisers (places, organisations, titles...) cut the
runs, so "UBND TP HCM Trịnh Văn Khôi" leaves "Trịnh Văn Khôi" only.
Honorifics go to ``attrs["honorific"]`` as written and stay outside the span.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable, Iterable, Iterator

import regex

from ..lexicon import load_lines, load_table
from ..registry import register_recognizer
from .base import Candidate, Context, SpanIndex

__all__ = ["make_recognizer", "looks_foreign", "is_foreign_given_name", "is_foreign_org_word"]

# One capitalised word: "Lê", "K'Ré", "H'Hen", "Jong-un", "NGUYỄN".
# Transliterated names may hyphenate syllables, even with a space after the hyphen ("In-la- văn").
# Initials of an anonymised name or a credit count as one word ("ông N.V.Đ.", "Nguyễn Đ.H.").
# A capital inside a word ("PhươngTheo", "VinSmart") is no name: such a word breaks the run.
# Foreign names may join capitalised parts with a hyphen ("Diaz-Canel"); only unaccented ones,
# so that a dash glued between Vietnamese words ("Việt Nam-Bí thư") still splits them.
_WORD = (
    r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)+(?![\p{L}\p{M}])"
    r"|\p{Lu}\p{Ll}?(?:\.\p{Lu}[\p{Ll}\p{M}]*)+"
    r"|\p{Lu}(?:[\p{Lu}\p{M}]+|[\p{Ll}\p{M}]*)(?:['’]\p{L}[\p{Ll}\p{M}]*)*(?:- ?\p{Ll}[\p{Ll}\p{M}]*)*)"
)
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{N}}'’.])({_WORD})(?: +{_WORD})*(?![\p{{L}}\p{{N}}])")
_WORD_IN_RUN = regex.compile(_WORD)
# Initials as credits write them: "T.L", "P.H", "K.Oanh", "D.M".
_INITIALS = r"\p{Lu}\.(?:\p{Lu}[\p{Ll}\p{M}]*\.?)+"
_CREDIT_NAME = rf"(?:{_INITIALS}|{_WORD}(?: {_WORD}){{1,3}})"
_CREDIT = regex.compile(
    rf"(?:(?<![\p{{L}}])(?:Ảnh|Ảnh minh họa|Bài và ảnh|Bài, ảnh|Clip|Video|Đồ họa)\s*[:\-]\s*)({_CREDIT_NAME})"
    rf"(?=\s*(?:[/)\]\n,;]|\s-\s|$|\.\s*(?:\n|$)))"
)
# The byline: the last line, or the line before a last one that names the agency ("TTXVN").
_BYLINE = regex.compile(
    rf"(?:^|\n)[ \t]*({_CREDIT_NAME})(?:\s*-\s*({_CREDIT_NAME}))?[ \t]*(?:\((?:tổng hợp|TH|theo [^()\n]*)\))?"
    r"(?:[ \t]*\n[ \t]*\p{Lu}{2,}[\p{L}\p{N}.+/&-]*)?[ \t]*\s*\Z"
)
# Apposition between a name and a title after it: "A (T)", "A, T", "A - T".
_TO_TITLE_AFTER = regex.compile(r"[ \t]*[(,\-][ \t]*")
# Apposition between a title and a name after it: "T, A".
_FROM_TITLE_BEFORE = regex.compile(r"[ \t]*,[ \t]*\Z")
# A house number before a street name: "29 Phạm Văn Đồng", "số 12/3 Lê Lợi".
_HOUSE_NUMBER = regex.compile(r"\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*")
# A syllable Vietnamese spelling allows (tone marks removed): foreign words fail it.
_VIETNAMESE_SYLLABLE = regex.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?[aeiouyăâêôơư]+(?:ch|ng|nh|[cmnpt])?",
    regex.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str

    @property
    def folded(self) -> str:
        return self.text.casefold()

    @property
    def is_acronym(self) -> bool:
        """All upper case and longer than one letter: "UBND", "TP", "HCM" (not initials "N.V.Đ")."""
        return len(self.text) > 1 and self.text.isupper() and "." not in self.text


@dataclass(frozen=True, slots=True)
class _Cue:
    """What stands before a run and how much it says that a name follows."""

    strength: int  # STRONG: honorific or TITLE; MEDIUM: a word that often precedes a name
    honorific: str | None = None


STRONG, MEDIUM = 2, 1
_DOUBLE_MIDDLE_OPENERS = frozenset({"thị", "văn"})


class _PhrasesAt:
    """Phrases looked up at a position of a text, by their first word (no regex alternation:
    hundreds of alternatives made every lookup slow)."""

    def __init__(self, phrases: Iterable[str]) -> None:
        by_first: dict[str, list[str]] = {}
        for phrase in {p.casefold() for p in phrases}:
            by_first.setdefault(phrase.split()[0], []).append(phrase)
        self.by_first = {word: sorted(group, key=len, reverse=True) for word, group in by_first.items()}

    def match(self, text: str, start: int) -> str | None:
        """The longest phrase written at ``start`` as whole words, as written there."""
        end = start
        while end < len(text) and not text[end].isspace():
            end += 1
        first = text[start:end].casefold()
        for length in range(len(first), 0, -1):  # "Hà Nội," and "TTXVN." carry punctuation
            group = self.by_first.get(first[:length])
            if group is not None:
                break
        else:
            return None
        for phrase in group:
            stop = start + len(phrase)
            if text[start:stop].casefold() == phrase and (stop == len(text) or not text[stop].isalnum()):
                return text[start:stop]
        return None


class _Phrases:
    """Phrases of one to a few words, looked up among the words just before a name."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.folded = frozenset(p.casefold() for p in phrases)
        self.longest = max((len(p.split()) for p in self.folded), default=0)

    def ending(self, words: list[str]) -> str | None:
        """The longest phrase that ``words`` ends with, as written there."""
        for size in range(min(self.longest, len(words)), 0, -1):
            phrase = " ".join(words[-size:])
            if phrase.casefold() in self.folded:
                return phrase
        return None

    def __contains__(self, word: str) -> bool:
        return word.casefold() in self.folded


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _Lexicon:
    """The data files, loaded and compiled once."""

    def __init__(self) -> None:
        fold = lambda words: frozenset(w.casefold() for w in words)  # noqa: E731
        self.surnames = fold(load_lines("person_surnames.txt"))
        self.middle_names = fold(load_lines("person_middle_names.txt"))
        minority = load_table("person_minority_parts.tsv")
        self.minority_first = fold(r["part"] for r in minority if r["position"] == "first")
        self.minority_last = fold(r["part"] for r in minority if r["position"] == "last")
        self.minority_prefix = fold(r["part"] for r in minority if r["position"] == "prefix")
        self.foreign_given = frozenset(load_lines("person_foreign_names.txt"))
        self.foreign_org_words = _foreign_org_words()
        self.non_name_words = frozenset(load_lines("person_non_name_words.txt"))
        self.date_words = frozenset({"ngày", "tháng", "năm", "Ngày", "Tháng", "Năm", "SN", "sinh"})
        honorifics = load_lines("person_honorifics.txt")
        self.honorifics = fold(honorifics)
        self.honorific_before = _Phrases(honorifics)
        plural = [f"{quantifier} {h}" for quantifier in ("các", "những", "hai", "ba") for h in honorifics]
        self.list_before = _Phrases(plural)
        # "gồm" lists companies and fields as often as people ("bao gồm Thép Tấm, ..."): a weak cue
        self.list_weak = _Phrases(["gồm", "gồm có"])
        self.cue_before = _Phrases(load_lines("person_cues.txt"))
        self.speech_verb_at = _PhrasesAt(load_lines("person_speech_verbs.txt"))
        self.countries = frozenset(row["name"] for row in load_table("location_countries.tsv"))
        self.place_before = _Phrases(load_lines("person_place_context.txt"))
        self.cue_last_words = frozenset(
            phrase.split()[-1]
            for phrases in (self.honorific_before, self.list_before, self.list_weak, self.cue_before)
            for phrase in phrases.folded
        )
        not_names = load_lines("person_not_names.txt")
        self.not_name_at = _PhrasesAt(not_names)
        self.not_name_runs = fold(not_names)

    def may_open(self, word: str) -> bool:
        """Whether a name can start with or end in this word without a cue before it."""
        folded = word.casefold()
        return (
            folded in self.surnames
            or folded in self.minority_first
            or folded in self.minority_last
            or word in self.foreign_given
            or _is_apostrophe_name(word)
            or (word.isupper() and len(word) > 1)
            or folded in self.honorifics
        )

    def is_family_name(self, word: _Word) -> bool:
        folded = word.folded
        return folded in self.surnames or folded in self.minority_first or _is_apostrophe_name(word.text)

    def is_foreign(self, word: _Word) -> bool:
        return looks_foreign(word.text)


def looks_foreign(word: str) -> bool:
    """Not a Vietnamese syllable: "Trump", "Biden", "Jinping" (not "Minh", not "Xi", not "WHO")."""
    plain = _strip_marks(word)
    return not plain.isupper() and _VIETNAMESE_SYLLABLE.fullmatch(plain) is None


@lru_cache(maxsize=1)
def _foreign_org_words() -> frozenset[str]:
    return frozenset(load_lines("person_foreign_org_words.txt"))


def is_foreign_given_name(word: str) -> bool:
    """A given name of a foreign public figure ("Jair", "Mohammad"): it opens a name, never a place."""
    return word in _lexicon().foreign_given


def is_foreign_org_word(word: str) -> bool:
    """A word of a foreign organisation's name ("Group", "League"): its run is no person."""
    return word in _foreign_org_words()


def _latin_1(word: str) -> bool:
    """Written without Vietnamese letters (ư, ơ, đ, ...): "Werner", "António"; a Vietnamese typo
    with two syllables glued ("Trưởngphòng") looks foreign but fails this."""
    return all(ord(c) < 0x100 for c in word)


def _is_apostrophe_name(text: str) -> bool:
    """Minority names written with an apostrophe after one letter: "H'Hen", "K'Ré"."""
    return len(text) > 2 and text[1] in "'’"


_LONGEST_SPAN = 300  # characters; a title, place or body starting further back cannot reach a position


def _runs_past_a_title(candidate: Candidate, titles: list[tuple[int, int]], starts: list[int]) -> bool:
    """A place or body that starts inside a TITLE and runs past it ("Chủ tịch UBND tỉnh" +
    "tỉnh Mai Xuân Khải") has swallowed the name after the title: it must not hide the name."""
    index = bisect.bisect_left(starts, candidate.start) - 1
    while index >= 0 and titles[index][0] > candidate.start - _LONGEST_SPAN:
        if titles[index][1] > candidate.start and titles[index][1] < candidate.end:
            return True
        index -= 1
    return False


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon()


class _PeopleFinder:
    """Finds the names of one document."""

    def __init__(self, lexicon: _Lexicon, context: Context) -> None:
        self.lex = lexicon
        self.text = context.text
        titles = sorted((c.start, c.end) for c in context.candidates if c.label == "TITLE")
        title_starts = [start for start, _ in titles]
        others = [c for c in context.candidates if c.label not in ("PERSON", "TITLE")]
        overreaching = {(c.start, c.end) for c in others if _runs_past_a_title(c, titles, title_starts)}
        self.overreaching = SpanIndex(overreaching)
        self.blocking = SpanIndex({*titles, *((c.start, c.end) for c in others)} - overreaching)
        self.title_starts = set(title_starts)
        self.title_ends = {end for _, end in titles}
        self.academic_ends = {
            c.end for c in context.candidates if c.label == "TITLE" and c.attrs.get("kind") == "academic"
        }
        self.sorted_title_ends = sorted(self.title_ends)

    # -- runs ------------------------------------------------------------------
    def candidates(self) -> Iterator[Candidate]:
        credits = list(self._credits())
        yield from credits
        taken = SpanIndex((c.start, c.end) for c in credits)
        for match in _RUN.finditer(self.text):
            if not self._worth_a_look(match):
                continue
            offset = match.start()
            words = [_Word(offset + m.start(), offset + m.end(), m.group()) for m in _WORD_IN_RUN.finditer(match.group())]
            for piece in self._unblocked_pieces(words):
                for candidate in self._names_in(piece):
                    if not taken.overlaps(candidate.start, candidate.end):
                        if self.overreaching.overlaps(candidate.start, candidate.end):
                            candidate.priority = 1  # beats the place or body that ran into the name
                        yield candidate

    def _worth_a_look(self, run: regex.Match[str]) -> bool:
        """A quick no for most runs: no word that can open a name and no cue word before it."""
        if any(self.lex.may_open(word) for word in run.group().split(" ")):
            return True
        start = run.start()
        first_title_end = bisect.bisect_left(self.sorted_title_ends, start)
        if first_title_end < len(self.sorted_title_ends) and self.sorted_title_ends[first_title_end] < run.end():
            return True  # a title ends inside the run: "... Quốc phòng Mỹ Mark Esper"
        if start < 2 or self.text[start - 1] != " ":
            return False
        if self._after_title(start) or self._beside_title(start, run.end()):
            return True
        previous = self.text[max(0, start - 20) : start].split()
        return bool(previous) and previous[-1].rstrip(":").casefold() in self.lex.cue_last_words

    def _unblocked_pieces(self, words: list[_Word]) -> Iterator[list[_Word]]:
        """Split a run around other recognisers' candidates and around acronyms in mixed case."""
        upper_run = all(w.text.isupper() for w in words)
        piece: list[_Word] = []
        for word in words:
            if self._blocked(word) or (word.is_acronym and not upper_run):
                if piece:
                    yield piece
                piece = []
            else:
                piece.append(word)
        if piece:
            yield piece

    def _blocked(self, word: _Word) -> bool:
        return self.blocking.overlaps(word.start, word.end)

    # -- one piece of a run ------------------------------------------------------
    def _names_in(self, words: list[_Word]) -> Iterator[Candidate]:
        if all(w.text.isupper() for w in words) and any(w.is_acronym for w in words):
            yield from self._heading_name(words)
            return
        cue = self._cue_before(words[0].start)
        while words[0].folded in self.lex.honorifics and len(words) > 1 and not self._not_name(words[0].start, words):
            cue, words = _Cue(STRONG, words[0].text), words[1:]  # "Ông Nguyễn ...", sentence-initial
        words = self._cut_at_non_name_word(words)
        if not words or all(w.folded in self.lex.honorifics for w in words):
            return
        if any(w.text in self.lex.foreign_org_words for w in words):
            return  # "Intracom Group", "Premier League": a company or club
        if self._place_before(words[0].start):
            return  # "đường Võ Văn Kiệt", "TP Hồ Chí Minh": the whole run names the place
        name = self._name_from_cue(words, cue) if cue else None
        if name is None:
            name = self._name_without_cue(words)
            cue = None
        if name is None and self._foreign_beside_title(words):
            name = words
        if name is not None:
            yield Candidate(name[0].start, name[-1].end, "PERSON", {"honorific": cue.honorific if cue else None})

    def _cut_at_non_name_word(self, words: list[_Word]) -> list[_Word]:
        while words and words[0].text in self.lex.non_name_words and not self._surname_before_thi(words):
            words = words[1:]  # "Theo Đinh Quang Bảo", "Tại Hà Nội"
        for index, word in enumerate(words[1:], start=1):
            if word.text in self.lex.non_name_words:
                return words[:index]
        return words

    def _surname_before_thi(self, words: list[_Word]) -> bool:
        """"Phó Thị Hồng Nhung": a word that is mostly no name ("Phó") is a surname before "Thị",
        the middle name that is nothing else ("Phó Văn phòng" is an office)."""
        return len(words) >= 3 and words[1].text == "Thị"

    def _name_from_cue(self, words: list[_Word], cue: _Cue) -> list[_Word] | None:
        """A name right after an honorific, a title or a cue word, or None."""
        foreign = any(self.lex.is_foreign(w) for w in words)
        if foreign and cue.honorific is None:
            # "Tổng thống Pháp Emmanuel Macron": the country between office and name is not part of it
            while len(words) > 1 and not self._may_start_foreign_name(words[0]):
                words = words[1:]
        if len(words) > (5 if foreign else 4) or self._not_name(words[0].start, words, after_cue=True):
            return None
        first = words[0]
        if cue.strength == STRONG:
            if len(words) == 1 and cue.honorific is None and not foreign and not self._ends_clause(first.end):
                # after a bare TITLE, "Chủ tịch Quốc hội": a lone word may be an office's body,
                # unless the speaker's verb follows it ("Bộ trưởng Hùng cho biết")
                return words if self._speaks_after(first) else None
            return words
        # MEDIUM: a surname, a minority name, a foreign-looking word or initials must be there.
        if self.lex.is_family_name(first) and len(words) >= 2:
            return words
        if len(words) == 1 and "." in first.text:
            return words  # "bệnh nhân N.V.Đ.": an anonymised name
        if len(words) == 1 and self._speaks_after(first):
            return words  # "bác sĩ Lan cho biết"
        return words if foreign else None

    def _foreign_beside_title(self, words: list[_Word]) -> bool:
        """A foreign name with no cue, set beside a title: "Bruce Kell (Chủ tịch CLB X)",
        "Chủ tịch CLB X, Bruce Kell". Places were taken by the location recogniser already."""
        return (
            2 <= len(words) <= 3
            and any(self.lex.is_foreign(w) and _latin_1(w.text) for w in words)
            and self._beside_title(words[0].start, words[-1].end)
        )

    def _beside_title(self, start: int, end: int) -> bool:
        after = _TO_TITLE_AFTER.match(self.text, end)
        if after is not None and after.end() in self.title_starts:
            return True
        before = _FROM_TITLE_BEFORE.search(self.text, max(0, start - 8), start)
        return before is not None and before.start() in self.title_ends

    def _may_start_foreign_name(self, word: _Word) -> bool:
        lex = self.lex
        return (
            lex.is_foreign(word)
            or lex.is_family_name(word)
            or word.folded in lex.minority_prefix
            or word.text in lex.foreign_given  # "Lee Kun-hee": "Lee" spells like a Vietnamese syllable
        )

    def _name_without_cue(self, words: list[_Word]) -> list[_Word] | None:
        """A name that needs no context: a surname then 1-3 syllables, a minority or foreign name."""
        lex = self.lex
        if 2 <= len(words) <= 4 and words[-1].folded in lex.minority_last:
            for index, word in enumerate(words[:-1]):
                if word.folded in lex.minority_prefix or _is_apostrophe_name(word.text):
                    return words[index:]
        for index, word in enumerate(words):
            if word.text in lex.foreign_given and index + 1 < len(words):
                name = words[index : index + 3]
                if all(w.folded not in lex.honorifics for w in name) and not self._not_name(word.start, name):
                    return name
        starts = [i for i, w in enumerate(words) if lex.is_family_name(w) and self._may_open_name(words, i)]
        for index in starts:
            if 2 <= len(words) - index <= 4:
                return words[index:]
        for index in starts:
            name = self._surname_middles_given(words[index:])
            if len(name) >= 2:
                return name
        return None

    def _may_open_name(self, words: list[_Word], index: int) -> bool:
        """No place word before it, no acronym in it, not a place or phrase that looks like a name."""
        word = words[index]
        if self._place_before(word.start):  # "đường Lê Lợi", "Đại Học Tôn Đức Thắng"
            return False
        if index + 1 < len(words) and self._place_word(word) and self.lex.is_family_name(words[index + 1]):
            return False
        return not self._not_name(word.start, words[index:])

    def _surname_middles_given(self, words: list[_Word]) -> list[_Word]:
        """Surname, middle names, one given name: where a too-long run's name ends.

        Two middle names only after "Thị"/"Văn" ("Trần Thị Kim Lan"); otherwise a
        name like "Lê Minh Hải" would swallow the next word.
        """
        end = 1
        while end < len(words) - 1 and words[end].folded in self.lex.middle_names:
            end += 1
            if end == 2 and words[1].folded not in _DOUBLE_MIDDLE_OPENERS:
                break
        return words[: end + 1]

    def _heading_name(self, words: list[_Word]) -> Iterator[Candidate]:
        """A name in an upper-case heading: "THỦ TƯỚNG NGUYỄN XUÂN PHÚC THĂM ..."."""
        for index, word in enumerate(words):
            if word.folded in self.lex.surnames and index + 1 < len(words):
                name = self._surname_middles_given(words[index:])
                if index == 0 and self._place_before(word.start):
                    continue
                if not self._not_name(word.start, name):
                    cue = self._cue_before(word.start) if index == 0 else None
                    honorific = cue.honorific if cue else None
                    yield Candidate(name[0].start, name[-1].end, "PERSON", {"honorific": honorific})
                    return

    # -- context ------------------------------------------------------------------
    def _words_before(self, start: int) -> list[str]:
        """Up to four whole words right before ``start``, if only spaces separate them from it."""
        window_start = max(0, start - 32)
        chunk = self.text[window_start:start]
        if not chunk or chunk[-1] != " ":
            return []
        words = chunk.split()
        if window_start > 0 and not chunk[0].isspace():
            words = words[1:]  # cut in the middle of a word
        return words[-4:]

    def _cue_before(self, start: int) -> _Cue | None:
        words = self._words_before(start)
        if not words:
            return None
        colon = words[-1].endswith(":")
        if colon:
            words = [*words[:-1], words[-1][:-1]]
        if self.lex.list_before.ending(words) is not None:
            return _Cue(STRONG)
        if self.lex.list_weak.ending(words) is not None:
            return _Cue(MEDIUM)
        honorific = self.lex.honorific_before.ending(words)
        if honorific is not None:
            if self.lex.not_name_at.match(self.text, start - len(honorific) - 1):
                return None  # "bà Rịa", "cô Tô": a place that opens with a word of address
            return _Cue(STRONG, None if colon else honorific)
        if self._after_title(start):
            return _Cue(STRONG)
        if not colon and self.lex.cue_before.ending(words) is not None:
            return _Cue(MEDIUM)
        return None

    def _place_before(self, start: int) -> bool:
        """"đường Lê Lợi", "tỉnh Bình Định", "29 Phạm Văn Đồng": but not when the word ends a TITLE
        ("Chủ tịch UBND tỉnh X")."""
        if self._after_title(start):
            return False
        words = self._words_before(start)
        if words and _HOUSE_NUMBER.fullmatch(words[-1].lstrip("(\"“'")) and (len(words) < 2 or words[-2] not in self.lex.date_words):
            return True
        return self.lex.place_before.ending(words) is not None

    def _after_title(self, start: int) -> bool:
        position = start
        while position > 0 and self.text[position - 1] == " ":
            position -= 1
        if position < start and position - 1 in self.academic_ends and self.text[position - 1] == ".":
            return True  # "GS. Marco Rossi": the abbreviation's dot stands between
        return position < start and position in self.title_ends

    def _place_word(self, word: _Word) -> bool:
        return word.text in self.lex.place_before

    def _not_name(self, start: int, words: list[_Word], *, after_cue: bool = False) -> bool:
        """The text at ``start`` is a place or a phrase that only looks like a name.

        After an honorific or a title, a place that fills the whole run and opens with a
        surname may still be a person's name ("Chủ tịch Hồ Chí Minh"); a phrase that goes
        on in lower case ("Đoàn Thanh niên") or a word like "Covid" never is.
        """
        match = self.lex.not_name_at.match(self.text, start)
        if match is None:
            return False
        if not after_cue or not self.lex.is_family_name(words[0]):
            return True
        return start + len(match) != words[-1].end or match.casefold() not in self.lex.not_name_runs

    def _speaks_after(self, word: _Word) -> bool:
        """A verb of saying follows the word: the speaker's given name ("Bộ trưởng Hưng cho
        biết"). A country's name is one only where the story gives it as a person's ("Phó
        đô đốc Pháp nhận định" is the French admiral)."""
        return (
            not word.is_acronym
            and self.text[word.end : word.end + 1] == " "
            and self.lex.speech_verb_at.match(self.text, word.end + 1) is not None
            and (word.text not in self.lex.countries or word.text in self._given_names)
        )

    @cached_property
    def _given_names(self) -> frozenset[str]:
        """Words after a family name in a capitalised run ("Đỗ Văn Hưng"): the names the story
        gives in full, which it may later use alone ("Hưng")."""
        given: set[str] = set()
        for run in _RUN.finditer(self.text):
            words = run.group().split(" ")
            family = next((i for i, word in enumerate(words[:-1]) if word.casefold() in self.lex.surnames), None)
            if family is not None:
                given.update(words[family + 1 :])
        return frozenset(given)

    def _ends_clause(self, end: int) -> bool:
        rest = self.text[end : end + 2]
        return not rest or rest[0] in ",.;:)!?-\n" or rest.startswith(" (") or rest.startswith(" -")

    # -- credits and bylines -------------------------------------------------------
    def _credits(self) -> Iterator[Candidate]:
        for match in _CREDIT.finditer(self.text):
            if self._credit_name_ok(match.group(1)):
                yield Candidate(match.start(1), match.end(1), "PERSON", {"honorific": None})
        byline = _BYLINE.search(self.text, max(0, len(self.text) - 120))
        if byline is not None:
            for group in (1, 2):
                if byline.group(group) and self._credit_name_ok(byline.group(group)):
                    start, end = byline.span(group)
                    if not self._blocked(_Word(start, end, byline.group(group))):
                        yield Candidate(start, end, "PERSON", {"honorific": None})

    def _credit_name_ok(self, name: str) -> bool:
        """Initials or 2-4 words all in one case, none of them an acronym among words."""
        if name.casefold() in self.lex.not_name_runs or self.lex.not_name_at.match(name, 0) == name:
            return False
        if regex.fullmatch(_INITIALS, name):
            return True
        words = name.split()
        if all(w.isupper() for w in words):
            return all(len(w) > 1 for w in words)
        return all(not w.isupper() and w not in self.lex.non_name_words for w in words)


@register_recognizer("vnpolitics.people.v1")
def make_recognizer() -> Callable[[Context], Iterable[Candidate]]:
    lexicon = _lexicon()

    def recognize(context: Context) -> Iterable[Candidate]:
        return list(_PeopleFinder(lexicon, context).candidates())

    return recognize
