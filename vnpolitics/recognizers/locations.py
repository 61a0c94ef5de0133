"""LOCATION: named places, with their administrative word where the text gives one.

Four readings, all compiled once from data files:

* an administrative word and a name ("tỉnh Nghệ An", "TP. Vinh", "quận 8",
  "xã Ea Tiêu"); the gazetteer bounds the name ("huyện Nghi Lộc Nguyễn ..."
  stops after "Nghi Lộc") and supplies the canonical unit;
* a place written alone: a province or centrally-run city ("Hà Nội",
  "TPHCM"), a larger city ("Nha Trang"), a country, a region or sea. It counts
  only as a whole capitalised run, so "Trịnh Vinh Hảo" is no place; one-syllable
  names ("Lào", "Mỹ") need a preposition or punctuation around them;
* a venue ("Khách sạn X", "Trung tâm Văn hóa tỉnh");
* a district or commune name without its word, listed next to a place found
  above ("(Hương Sơn, Vũ Quang, thị xã Kỳ Anh)").

Places inside an organisation or title ("UBND tỉnh Nghệ An") are proposed too
and lose to the longer span in resolve.py. ``attrs``: ``canonical`` (the unit
as "tỉnh Nghệ An", "thành phố Vinh"; the country's usual name), and where the
gazetteer knows it ``province`` (63-province map) and ``province_2025``
(34-province map after the merger).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

import regex

from .. import gazetteer
from ..lexicon import load_lines, load_table
from ..registry import register_recognizer
from .alternation import trie_alternation
from .base import Candidate, Context

LABEL = "LOCATION"

# A capitalised word ("Nghệ", "Ktur", "H'Mông") and a run of them; a hyphen may join two runs
# ("Bà Rịa - Vũng Tàu"). Digits name urban units ("quận 8", "Phường 12", "thôn 4").
_CAP_WORD = r"\p{Lu}[\p{L}\p{M}]*(?:['’]\p{L}+)?"
_CAP_RUN = rf"{_CAP_WORD}(?:[ ]{_CAP_WORD})*"
# The same for the stdlib engine, which scans these patterns several times faster than `regex`
# (no \p{Lu} there: the upper-case letters are listed).
_UPPER = re.escape("".join(c for c in map(chr, range(0x41, 0x2000)) if c.isupper()))
_LOWER = re.escape("".join(c for c in map(chr, range(0x61, 0x2000)) if c.islower()))
# Where a word lost its space, a capital right after a lower-case letter starts a new word
# ("gửiUBND", "quy trình.An Giang"): web text glues words like this often enough to matter.
GLUED_WORD_START = rf"(?:(?<=[{_LOWER}])|(?<=[{_LOWER}][.]))(?=[{_UPPER}])"
_RE_CAP_WORD = rf"[{_UPPER}][^\W\d_]*(?:['’][^\W\d_]+)?"
_RE_CAP_RUN = rf"{_RE_CAP_WORD}(?:[ ]{_RE_CAP_WORD})*"
# A number may end a name ("phường Mỹ Đình 2"); the gazetteer decides whether it belongs to it.
_RE_NUMBER = r"\d+[A-Z]?(?![^\W_]|/)"
_RE_NAME = rf"(?:{_RE_CAP_RUN}(?:[ ]?-[ ]?{_RE_CAP_RUN})?(?:[ ]{_RE_NUMBER})?|{_RE_NUMBER})"
_UNIT_WORDS = ("thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "phường", "xã")
# Village-level words, lower case only and not as the tail of a common word ("nông thôn", "văn bản").
_VILLAGE_WORDS = (
    r"(?<!nông )thôn", "ấp", r"(?<!văn )(?<!cơ )(?<!phiên )(?<!căn )(?<!tài )(?<!nguyên )bản", "buôn", "làng", "khóm",
    "khu phố", "tổ dân phố", "xóm", "Thôn", "Xóm", "quần đảo", r"(?<!bán )(?<!hải )(?<!quần )đảo",
    # Natural features named like units ("bán đảo Sơn Trà", "vịnh Hạ Long", "đèo Hải Vân"); not
    # "sông", whose "sông Cửu Long" would cut "đồng bằng sông Cửu Long" in two, nor "núi" as an
    # adjective ("miền núi Bắc Bộ", "vùng núi Sa Pa").
    "bán đảo", "vịnh", "đèo", r"(?<!miền )(?<!vùng )(?<!đồi )(?<!rừng )núi",
    # A river outside a delta's name ("sông Hồng", not "đồng bằng sông Hồng"); streets.
    r"(?<!bằng )(?<!lưu vực )sông", "đường", r"(?<!thành )(?<!Thành )phố",
)
# Words whose place has a proper name, never a number ("đảo 2021" is a slogan's year).
_NAMED_ONLY_WORDS = frozenset(("quần đảo", "đảo", "bán đảo", "vịnh", "đèo", "núi", "sông", "đường", "phố"))
# A street's name has two words or more ("đường Lê Lợi"): after "đường" one capitalised word is as
# often the start of something else ("đường Vành đai").
_STREET_WORDS = frozenset(("đường", "phố"))
_ADMIN_ABBREVIATIONS = ("TP.", "Tp.", "TP", "Tp", "TX.", "TX")
_KIND_OF_ABBREVIATION = {"TP": "thành phố", "Tp": "thành phố", "TX": "thị xã"}
_MAX_UNKNOWN_NAME_WORDS = 4
_LIST_WINDOW = 40
_LIST_ITEM_AFTER = re.compile(rf"(?:, | và )(?P<name>{_RE_CAP_RUN})(?!\w)")
_STREET_BEFORE = re.compile(r"(?:\d[\w/]*|[đĐ]ường|[pP]hố|số)[ ]\Z")
_LIST_ITEM_BEFORE = re.compile(rf"(?<!\w)(?P<name>{_RE_CAP_RUN})(?:, | và )\Z")
_SHORT_NAME_LENGTH = 5
# Adverbs and conjunctions that open a sentence ("Hiện Trung tâm Y tế ...", "Sau Hội nghị ..."):
# capitalised there, they are no part of the name after them.
_SENTENCE_OPENERS = frozenset(load_lines("location_sentence_openers.txt"))
# Words that count the administrative word after them ("các tỉnh", "hai huyện"); not "năm", also
# "year", nor digits, which more often end a name or address ("Ban Chỉ đạo 24 tỉnh X", "ngõ 83 đường Y").
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:[cC]ác|[nN]hững|[mM]ọi|(?<!ngã )(?<!thứ )(?:hai|ba|bốn|sáu|bảy|tám|chín|mười))[ ]\Z")
_WORD_BEFORE = re.compile(r"(?<!\w)(\w+)[ ]\Z")
_NEXT_WORD = re.compile(r"[ ](\w+)")
# Words before a one-syllable place that show it is a place ("sang Lào", "của Mỹ").
_PLACE_PREPOSITIONS = frozenset(
    "tại ở của với sang đến từ và giữa thăm cho về nước bạn như cả phía thuộc qua".split()
)
# Capitalised words before a place that are no part of a name before it.
_NOT_A_NAME_BEFORE = _PLACE_PREPOSITIONS | _SENTENCE_OPENERS


@dataclass(frozen=True, slots=True)
class _Lexicon:
    admin_pattern: re.Pattern[str]
    listed_pattern: re.Pattern[str]
    standalone_pattern: re.Pattern[str]
    venue_pattern: regex.Pattern[str]
    canonical_of_standalone: dict[str, str]
    units_of_standalone: dict[str, tuple[gazetteer.AdminUnit, ...]]
    name_stopwords: frozenset[str]
    surnames: frozenset[str]  # casefolded; a name the gazetteer lacks that starts with one is a person
    foreign_names: frozenset[str]  # countries and listed places: a lower-case word before them is context
    person_words: frozenset[str]  # honorifics and kin words: before them a short name is a person
    country_compounds: frozenset[str]  # casefolded ("mỹ thuật"): a word, not the country


def _build_lexicon() -> _Lexicon:
    countries = {row["name"]: row["canonical"] for row in load_table("location_countries.tsv")}
    places = {name: name for name in load_lines("location_places.txt")}
    units: dict[str, tuple[gazetteer.AdminUnit, ...]] = {
        unit.name: (unit,) for unit in gazetteer.district_cities() if " " in unit.name
    }
    for name in gazetteer.standalone_names():
        units[name] = gazetteer.lookup_all(name)[:1]  # provinces rank first
    for name in list(units):
        if " - " in name:  # "Bà Rịa - Vũng Tàu" is also written "Bà Rịa-Vũng Tàu"
            units[name.replace(" - ", "-")] = units[name]
    canonical = {**places, **countries, **{name: found[0].canonical for name, found in units.items()}}

    unit_words = trie_alternation(_UNIT_WORDS)
    # Headings write the word in capitals ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"); the gazetteer bounds the name.
    spellings = [*_UNIT_WORDS, *(w[0].upper() + w[1:] for w in _UNIT_WORDS), *(w.upper() for w in _UNIT_WORDS)]
    words = trie_alternation(spellings) + "|" + "|".join(_VILLAGE_WORDS)
    dotted = trie_alternation(a for a in _ADMIN_ABBREVIATIONS if a.endswith("."))
    abbreviations = trie_alternation(a for a in _ADMIN_ABBREVIATIONS if not a.endswith("."))
    admin_pattern = re.compile(
        rf"(?<!\w)(?:(?P<word>{words})[ ]+|(?P<dotted>{dotted})[ ]*|(?P<abbr>{abbreviations})[ ]+)"
        rf"(?P<name>{_RE_NAME})"
    )
    # The stdlib engine runs this big trie several times faster than `regex`; \w is Unicode-aware.
    first_characters = re.escape("".join(sorted({name[0] for name in canonical})))
    standalone_pattern = re.compile(
        rf"(?=[{first_characters}])(?:(?<![\w\-.])|{GLUED_WORD_START})(?:{trie_alternation(canonical)})(?!\w|-\w)"
    )
    venue_part = rf"(?:Trung ương|Quốc tế|[qQ]uốc gia|{_CAP_RUN}|(?:{unit_words})(?:[ ]+{_CAP_RUN})?)"
    venue_pattern = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:{trie_alternation(load_lines('location_venues.txt'))})[ ]+"
        rf"(?P<name>{venue_part}(?:[ ]+{venue_part})*)(?![\p{{L}}\p{{N}}])"
    )
    return _Lexicon(
        admin_pattern=admin_pattern,
        # "5 huyện: Hoài Đức, Đông Anh ...": the word announces a list; each name stands alone.
        listed_pattern=re.compile(rf"(?<!\w)(?P<word>{unit_words})[ ]?:[ ]*(?P<name>{_RE_CAP_RUN})(?!\w)"),
        standalone_pattern=standalone_pattern,
        venue_pattern=venue_pattern,
        canonical_of_standalone=canonical,
        units_of_standalone=units,
        name_stopwords=frozenset(load_lines("location_name_stopwords.txt")),
        surnames=frozenset(name.casefold() for name in load_lines("person_surnames.txt")),
        foreign_names=frozenset(countries) | frozenset(places),
        person_words=frozenset(
            word.casefold() for word in (*load_lines("person_honorifics.txt"), *load_lines("location_kin_words.txt"))
        ),
        country_compounds=frozenset(word.casefold() for word in load_lines("location_country_compounds.txt")),
    )


def _unit_attrs(units: tuple[gazetteer.AdminUnit, ...], provinces_in_text: set[str]) -> dict[str, Any]:
    """canonical, province and province_2025 of a gazetteer match.

    A name several units share ("xã Châu Thành") leans towards a province the
    same text names elsewhere; a province the readings still disagree on is left out.
    """
    preferred = tuple(u for u in units if u.province in provinces_in_text or u.province_2025 in provinces_in_text)
    units = preferred or units
    if units[0].level == "province":
        units = units[:1]
    attrs: dict[str, Any] = {"canonical": units[0].canonical}
    for key in ("province", "province_2025"):
        values = {getattr(unit, key) for unit in units}
        if len(values) == 1 and None not in values:
            attrs[key] = values.pop()
    return attrs


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    units: tuple[gazetteer.AdminUnit, ...]
    canonical: str


class _LocationFinder:
    """All LOCATION readings of one text, in text order, without overlaps among themselves."""

    def __init__(self, lexicon: _Lexicon) -> None:
        self.lexicon = lexicon

    def _admin_matches(self, text: str) -> Iterator[_Match]:
        for match in self.lexicon.admin_pattern.finditer(text):
            found = self.admin_match(match)
            if found and _PLURAL_BEFORE.search(text, max(0, found.start - 10), found.start):
                # "các tỉnh Quảng Ninh, Hải Dương", "hai huyện Đông Anh và Gia Lâm": the word counts
                # several units, so it belongs to none; each name is a place of its own.
                yield _Match(match.start("name"), found.end, found.units, found.canonical)
            elif found:
                yield found

    def admin_match(self, match: re.Match[str]) -> _Match | None:
        """An administrative word and its name, the name bounded by the gazetteer."""
        abbreviation = match["dotted"] or match["abbr"]
        kind = _KIND_OF_ABBREVIATION[abbreviation.rstrip(".")] if abbreviation else match["word"].lower()
        if kind in _NAMED_ONLY_WORDS and match["name"][0].isdigit():
            return None
        bounded = self._bound_name(kind, match["name"])
        if bounded is None:
            return None
        name, units = bounded
        if kind in _STREET_WORDS and " " not in name:
            return None
        canonical = units[0].canonical if units else f"{kind} {name}"
        return _Match(match.start(), match.start("name") + len(name), units, canonical)

    def _bound_name(self, kind: str, name: str) -> tuple[str, tuple[gazetteer.AdminUnit, ...]] | None:
        """The longest prefix of ``name`` the gazetteer knows as a ``kind``, else the name if it is plausible.

        Returns None for a name that cannot start a place ("Tỉnh Đoàn").
        """
        words = name.split(" ")
        for size in range(len(words), 0, -1):
            prefix = " ".join(words[:size]).rstrip(" -")
            units = gazetteer.lookup_all(prefix, kind=kind)
            if units:
                return prefix, units
        if kind in _UNIT_WORDS and words[0].casefold() in self.lexicon.surnames:
            return None  # "Chủ tịch Ủy ban MTTQ tỉnh Mai Xuân Khải": a person, not an unknown province
        # An unknown name runs over title-case words only, up to a hyphen or a word that starts
        # something else: "Tỉnh Đoàn" is none, "bản MT" a code, "tỉnh X UBND ..." stops at "UBND".
        kept: list[str] = []
        for word in name.split("-")[0].split():
            if word in self.lexicon.name_stopwords or not (word[1:].islower() or word.isdigit()):
                break
            if word.isdigit() and kept:
                break  # "thôn Đông 12 hộ": a count, unless the gazetteer knows the numbered name
            kept.append(word)
        return (" ".join(kept[:_MAX_UNKNOWN_NAME_WORDS]), ()) if kept else None

    def _standalone_matches(self, text: str) -> Iterator[_Match]:
        canonical = self.lexicon.canonical_of_standalone
        for match in self.lexicon.standalone_pattern.finditer(text):
            start, end = match.span()
            if capitalised_word_before(text, start) or _capitalised_word_after(text, end):
                continue
            surface = match.group()
            if _is_common_word_shape(surface) and not (
                _looks_like_place(text, start, end) or self._foreign_name_after_common_word(text, surface, start)
            ):
                continue
            yield _Match(start, end, self.lexicon.units_of_standalone.get(surface, ()), canonical[surface])

    def _foreign_name_after_common_word(self, text: str, surface: str, start: int) -> bool:
        """A short country or city abroad after a lower-case word that is no honorific or kin word
        ("nhà ngoại giao Nga", "tình báo Mỹ"): a given name there would follow "ông", "chị", "vợ"."""
        if surface not in self.lexicon.foreign_names:
            return False
        after = _NEXT_WORD.match(text, start + len(surface))
        if after and f"{surface} {after[1]}".casefold() in self.lexicon.country_compounds:
            return False
        before = _WORD_BEFORE.search(text, max(0, start - 12), start)
        return before is not None and before[1].islower() and before[1] not in self.lexicon.person_words

    def _listed_matches(self, text: str) -> Iterator[_Match]:
        """The first name of a list a bare administrative word announces ("các huyện: Hoài Đức, ...");
        the list neighbours below find the others."""
        for match in self.lexicon.listed_pattern.finditer(text):
            units = gazetteer.lookup_all(match["name"], kind=match["word"])
            if units:
                yield _Match(match.start("name"), match.end("name"), units, units[0].canonical)

    def _venue_matches(self, text: str) -> Iterator[_Match]:
        """Venues, except one named by a body ("Hội trường Bộ Quốc phòng", "Trụ sở UBND phường X"):
        there the body is the name, an ORGANIZATION, which the venue's capitalised words would cut."""
        from .organizations import organization_end  # it reads places from this module: import late

        for match in self.lexicon.venue_pattern.finditer(text):
            if organization_end(text, match.start("name")) is None:
                yield _Match(match.start(), match.end(), (), match.group())

    def _list_neighbours(self, text: str, found: _Match) -> Iterator[_Match]:
        """Bare unit names listed right before or after ``found`` ("Hương Khê, Vũ Quang và ...").

        Alone such names are too often people or words; in a list with a known
        place they are places. Only names the gazetteer knows below province level qualify.
        """
        after = _LIST_ITEM_AFTER.match(text, found.end)
        if after:
            yield from self._bare_unit(text, after.start("name"), after.end())
        before = _LIST_ITEM_BEFORE.search(text, max(0, found.start - _LIST_WINDOW), found.start)
        if before and not capitalised_word_before(text, before.start("name")):
            yield from self._bare_unit(text, before.start("name"), before.end("name"))

    @staticmethod
    def _bare_unit(text: str, start: int, end: int) -> Iterator[_Match]:
        name = text[start:end]
        if " " not in name or _STREET_BEFORE.search(text, max(0, start - 8), start):
            return  # one syllable is mostly a given name; "286 Thụy Khuê", "đường Lê Lợi" are streets
        units = tuple(u for u in gazetteer.lookup_all(name) if u.level != "province")
        if units:
            yield _Match(start, end, units, units[0].canonical)

    def __call__(self, text: str) -> list[Candidate]:
        matches: list[_Match] = []
        starts: list[int] = []  # of the matches kept, sorted, for the overlap test
        ends: list[int] = []

        def keep(found: _Match) -> bool:
            index = bisect.bisect_left(starts, found.start)
            if index > 0 and ends[index - 1] > found.start or index < len(starts) and starts[index] < found.end:
                return False
            starts.insert(index, found.start)
            ends.insert(index, found.end)
            matches.append(found)
            return True

        for source in (self._venue_matches, self._admin_matches, self._listed_matches, self._standalone_matches):
            for found in source(text):
                keep(found)
        pending = [m for m in matches if m.units]
        while pending:  # list items next to a known unit: "(Hương Sơn, Vũ Quang, thị xã Kỳ Anh)"
            found = pending.pop()
            for neighbour in self._list_neighbours(text, found):
                if keep(neighbour):
                    pending.append(neighbour)
        provinces_in_text = {
            unit.province or unit.province_2025
            for found in matches
            if len(found.units) == 1 or found.units and found.units[0].level == "province"
            for unit in found.units[:1]
        }
        candidates = []
        for found in sorted(matches, key=lambda m: m.start):
            if found.units:
                attrs = _unit_attrs(found.units, provinces_in_text)
            else:
                attrs = {"canonical": found.canonical}
            candidates.append(Candidate(found.start, found.end, LABEL, attrs))
        return candidates


@lru_cache(maxsize=1)
def _default_finder() -> "_LocationFinder":
    return _LocationFinder(_build_lexicon())


@dataclass(frozen=True, slots=True)
class PlaceAt:
    """A place read at a given position: where it ends, its canonical form and its bare name."""

    end: int
    canonical: str
    name: str


def place_at(text: str, position: int) -> PlaceAt | None:
    """The place name starting exactly at ``position`` ("tỉnh Nghệ An", "TPHCM", "Lào"), else None.

    For names that end in a place ("UBND tỉnh Nghệ An", "Tỉnh ủy Gia Lai"):
    no context test applies, since what precedes is the organisation itself.
    """
    finder = _default_finder()
    found = None
    match = finder.lexicon.admin_pattern.match(text, position)
    if match:
        found = finder.admin_match(match)
    if found is None:
        match = finder.lexicon.standalone_pattern.match(text, position)
        if match:
            surface = match.group()
            found = _Match(
                match.start(), match.end(), finder.lexicon.units_of_standalone.get(surface, ()),
                finder.lexicon.canonical_of_standalone[surface],
            )
    if found is None:
        return None
    name = found.units[0].name if found.units else found.canonical
    return PlaceAt(found.end, found.canonical, name)


def capitalised_word_before(text: str, start: int) -> bool:
    """Does ``text[:start]`` end in a capitalised word of the same run of names?

    A capitalised preposition opening a sentence ("Tại Hà Nội, ...") does not count.
    """
    position = start - 1
    if position < 0 or text[position] != " ":
        return False
    position -= 1
    word_end = position + 1
    while position >= 0 and (text[position].isalpha() or text[position] in "'’"):
        position -= 1
    word = text[position + 1 : word_end]
    return bool(word) and word[0].isupper() and word.lower() not in _NOT_A_NAME_BEFORE


def _capitalised_word_after(text: str, end: int) -> bool:
    return end + 1 < len(text) and text[end] == " " and text[end + 1].isupper()


def _is_common_word_shape(surface: str) -> bool:
    """One short capitalised syllable ("Lào", "Mỹ", "Huế"), shaped like an ordinary word or a given name."""
    return len(surface) <= _SHORT_NAME_LENGTH and surface[1:] == surface[1:].lower() and surface.isalpha()


def _looks_like_place(text: str, start: int, end: int) -> bool:
    """A one-word place ("Lào", "Mỹ", "Huế") needs a preposition before it or no word right after it."""
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].lower() in _PLACE_PREPOSITIONS:
        return True
    return not (end + 1 < len(text) and text[end] == " " and text[end + 1].isalpha())


@register_recognizer("vnpolitics.locations.v1")
def make_recognizer() -> Callable[[Context], Iterable[Candidate]]:
    finder = _default_finder()

    def recognize(context: Context) -> Iterable[Candidate]:
        return finder(context.text)

    return recognize
