"""ORGANIZATION: named bodies, agencies and outlets, with their parent body and place.

Vietnamese body names are chains: a unit, the body it belongs to, the place,
the term ("Ban Thường vụ" + "Tỉnh ủy" + "Đồng Nai"; "Ban Chấp hành" + "Đoàn
TNCS Hồ Chí Minh" + "tỉnh Bình Dương" + "khóa XI"). The recogniser finds a
unit from ``data/org_units.tsv`` and reads the chain rightwards: more units,
a name after a prefix unit ("Bộ" + "Công an", from ``data/org_names.tsv``),
places (via the LOCATION recogniser's :func:`place_at`), a bare
administrative word ("UBND tỉnh"), an abbreviation in brackets ("(LHTN)") and
"khóa X". Outlets and photo credits come from ``data/org_outlets.txt`` and
web addresses. A short form the text gives a body it has named ("Bộ Giao
thông vận tải (GTVT)", "Tập đoàn Sao Mai" ... "Sao Mai") names it again
later. Generic plurals ("các sở, ban, ngành"), "Nhà nước", "chính quyền" and
a bare "Trung ương" never start an organisation: they are not units.

``attrs.canonical``: :func:`vnpolitics.canonical.canonical_organization` of the span.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import re

import regex

from ..canonical import canonical_organization
from ..lexicon import load_lines, load_table
from ..registry import register_recognizer
from .alternation import trie_alternation
from .base import Candidate, Context
from .locations import GLUED_WORD_START, capitalised_word_before, place_at

LABEL = "ORGANIZATION"

_BOUNDARY = r"(?![\p{L}\p{N}])"
# "xã hội" is society, no commune.
_BARE_ADMIN_WORD = regex.compile(
    rf"[ ](?:tỉnh|thành phố|TP|huyện|quận|thị xã|xã(?![ ]hội)|phường|thị trấn){_BOUNDARY}(?![ ]+\p{{Lu}}|[ ]+\d)"
)
# A bare administrative word coordinated with another ("tỉnh, thành phố") names a kind of unit.
# "tỉnh và huyện Đak Đoa" is two bodies, each the reader knows.
_COORDINATED_SCOPE = regex.compile(
    rf"(?:,|[ ]hoặc)[ ](?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn){_BOUNDARY}(?![ ]+\p{{Lu}}|[ ]+\d)"
)
_ENDS_IN_BARE_SCOPE = regex.compile(r"[ ](?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$")
# "các Bộ đã ...": several bodies, none named.
_GENERIC_BEFORE = regex.compile(r"(?i:các|những|mỗi|từng|nhiều)[ ]$")
_TERM = regex.compile(rf"[ ]+(?:khóa|khoá|Khóa|Khoá)[ ]+(?:[IVXLC]+|\d+){_BOUNDARY}")
_ABBREVIATION_IN_BRACKETS = regex.compile(r"[ ]\((\p{Lu}[\p{Lu}.&-]+)\)(?=[ ])")
# The same before any punctuation too: an abbreviation the text defines for a name it has just given.
_DEFINED_ABBREVIATION = regex.compile(r"[ ]\((\p{Lu}[\p{Lu}&-]+)\)")
# After these words a ministry's abbreviation names its field ("ngành GTVT", "lĩnh vực KH&ĐT").
_FIELD_BEFORE = regex.compile(r"(?:ngành|lĩnh vực|khối)[ ]$")
# A short name guessed from its form: a capitalised word and a few more words, or a number ("Quân khu 5").
# "&" joins parts of one word ("T&T Group", "TH&THCS Gio Hải").
_GUESSED_NAME = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}&]*(?:[ ](?:-[ ])?[\p{L}\p{M}&]+){0,10}|\d+)" + _BOUNDARY)
# Longer guessed names need their lower-case words to be field words ("Viện Nghiên cứu phát triển
# kinh tế - xã hội Hà Nội"); others of that length join two names or run into a clause.
_MAX_GUESSED_NAME_WORDS = 7
# "Trường THPT Lê Lợi số 2": a number after "số" closes and ends the name.
_NUMBERED = regex.compile(r"[ ]số[ ]\d+(?![\p{L}\p{N}/])")
_MAX_GUESSED_LOWER_CASE_WORDS = 2  # "Ban Giao thông"; "Bộ Giáo dục đưa ra." is a sentence
_CAPITAL_NEXT = r"(?=\p{Lu})"
_JOINING_WORD = "và"  # inside a name only before a capitalised word: "Báo chí và Tuyên truyền"
_AND = regex.compile(r"[ ]và[ ]")
# A full stop inside a word ("TP.HCM", "Kitco.com") does not end a name; an opening bracket
# ("Ngân hàng X (XBank)") does.
# Punctuation or the end closes a guessed name; so does a dash between a capitalised word and
# a lower-case one, which sets off an aside ("Công ty Sông Hồng - ông Lê Văn A", "Trường Đại
# học Vinh - nơi ..."), unlike one between field words ("kinh tế - xã hội").
_NAME_END = regex.compile(r"\s*(?:[,;:!?()\]\"”]|\.(?!\p{L})|$)|(?<=\p{Lu}[\p{L}\p{M}]*)[ ]+-[ ]+(?=\p{Ll})")
# A line break (a table cell) or the end of the text ends a name of two words or more; after
# one word the line is as often a byline ("Trường Thịnh", a journalist).
_LINE_END = regex.compile(r"[ ]*(?:\n|$)")
# "nước Cộng hòa Dân chủ Nhân dân Lào": "nước" and an official name that ends in a country.
_COUNTRY_BY_NAME = regex.compile(r"[ ]nước(?:[ ][\p{L}\p{M}]+){1,8}")
_NEXT_WORD_CAPITALISED = regex.compile(r"[ ]\p{Lu}")
_NEXT_WORD = regex.compile(r"[ ]([\p{L}\p{M}]+)")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]+)[ ]$")
# "phòng, chống dịch"; a disease's code ("Covid-19") and "Quốc gia" may stand inside it.
_DISEASE_CODE_PATTERN = r"\p{L}+(?:-\p{L}+)*-\d+"  # "Covid-19", "SARS-CoV-2"
_DISEASE_CODE = regex.compile(_DISEASE_CODE_PATTERN)
_DESCRIPTION = regex.compile(
    rf"(?:,?[ ](?:\p{{Ll}}[\p{{L}}\p{{M}}]*|Quốc[ ]gia|{_DISEASE_CODE_PATTERN}(?![\p{{L}}\p{{N}}])))+"
)
_MAX_DESCRIPTION_WORDS = 10
_CLAUSE_END = regex.compile(r"[,;:)]")
_LEVEL = regex.compile(rf"[ ]cấp{_BOUNDARY}")
# A description of national scope ("Ban Chỉ đạo quốc gia phòng, chống dịch") needs no place after it.
_NATIONAL = "quốc gia"
# Before a place with its administrative word, or a bare one, a guessed name may have more
# lower-case words ("Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam", "... bệnh tật tỉnh"): a verb
# would rarely stand right there.
_MAX_LOWER_CASE_WORDS_BEFORE_PLACE = 4
_PLACE_WITH_WORD = regex.compile(r"[ ](?=(?:tỉnh|thành phố|TP|Tp|huyện|quận|thị xã|xã|phường|thị trấn)[ .]?\p{Lu})")
# Web addresses as credits ("Baonghean.vn", "Ảnh: danang.gov"): found by their ending, which is
# rare, then read backwards; scanning every word for a possible address is ten times slower.
# English names: capitalised words ("Keller Graduate") and joining words before a head word of
# org_foreign_heads.txt, an "of"/"for" complement after it ("School of Management").
_ENGLISH_WORD = r"[A-Z][A-Za-z'&-]*"
_ENGLISH_WORDS_BEFORE = re.compile(rf"(?<![\w.-])(?:{_ENGLISH_WORD}[ ](?:(?:of|for|and|the|&)[ ])*)+\Z")
_ENGLISH_COMPLEMENT = re.compile(rf"(?:[ ](?:of|for|on|and|&))(?:[ ]the)?(?:[ ]{_ENGLISH_WORD})+(?![\w-])")
_ENGLISH_NAME_REACH = 80
_COMPANY_NAME = regex.compile(r"(?:[ ][\p{L}\p{M}\p{N}&'-]+){1,10}")
_WEB_ENDING = re.compile(r"\.(?:gov\.vn|com\.vn|org\.vn|vn|gov|com|net|org)(?!\w|\.\w)")
_WEB_NAME_BEFORE = re.compile(r"(?<![\w@/.])\w[\w-]*\Z")


@dataclass(frozen=True, slots=True)
class _Unit:
    text: str
    kind: str  # body, alone, member, prefix, descriptive, brand, company, placed
    bare: bool  # alone before punctuation it is an organisation ("cán bộ Hội,")
    bare_before_auxiliary: bool  # alone before "đã", "sẽ" ... ("Bộ sẽ công khai")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    units: dict[str, _Unit]
    unit_pattern: re.Pattern[str]
    start_pattern: re.Pattern[str]
    names: dict[str, regex.Pattern[str]]
    name_stopwords: frozenset[str]
    name_closers: frozenset[str]
    generic_marker: regex.Pattern[str]
    foreign_head: re.Pattern[str]
    surnames: frozenset[str]  # casefolded
    honorifics: frozenset[str]  # casefolded ("thầy", "ông"): after them a capitalised word is a person
    following_verb: regex.Pattern[str]
    name_lower_words: frozenset[str]  # "kinh tế", "đa khoa": lower-case words inside names


def _build_lexicon() -> _Lexicon:
    rows = load_table("org_units.tsv")
    units = {
        row["unit"]: _Unit(row["unit"], row["kind"], row["bare"] == "yes", row["bare"] in ("yes", "auxiliary"))
        for row in rows
    }
    lower_names = {row["unit"] for row in rows if row["lower_names"] == "yes"}
    for brand in (*load_lines("org_outlets.txt"), *load_lines("org_companies.txt")):
        units.setdefault(brand, _Unit(brand, "alone", False, False))
    names_by_prefix: dict[str, list[str]] = {}
    for row in load_table("org_names.tsv"):
        names_by_prefix.setdefault(row["prefix"], []).append(row["name"])
    for name in names_by_prefix.get("Bộ", ()):
        if name.isupper():  # a ministry's abbreviation names it after a lower-case "bộ" too ("bộ GTVT")
            units.setdefault(f"bộ {name}", _Unit(f"bộ {name}", "body", False, False))
    unit_alternation = trie_alternation(units)
    return _Lexicon(
        units=units,
        # The stdlib engine scans these tries faster than `regex`; its \w is Unicode-aware.
        unit_pattern=re.compile(rf"(?:{unit_alternation})(?!\w)"),
        # Not inside a document code ("12/QĐ-UBND").
        start_pattern=re.compile(rf"(?:(?<!\w)(?<!\w-)|{GLUED_WORD_START})(?:{unit_alternation})(?!\w)"),
        names={
            prefix: regex.compile(
                rf"[ ]{'' if prefix in lower_names else _CAPITAL_NEXT}(?i:{trie_alternation(names)}){_BOUNDARY}"
            )
            for prefix, names in names_by_prefix.items()
        },
        name_stopwords=frozenset(load_lines("org_name_stopwords.txt")),
        name_closers=frozenset(load_lines("org_name_closers.txt")),
        generic_marker=regex.compile(rf"[ ](?:{trie_alternation(load_lines('org_generic_markers.txt'))}){_BOUNDARY}"),
        surnames=frozenset(name.casefold() for name in load_lines("person_surnames.txt")),
        honorifics=frozenset(word.casefold() for word in load_lines("person_honorifics.txt")),
        following_verb=regex.compile(rf"[ ](?:{trie_alternation(load_lines('org_following_verbs.txt'))}){_BOUNDARY}"),
        name_lower_words=frozenset(load_lines("org_name_lower_words.txt")),
        foreign_head=re.compile(rf"(?<![A-Za-z])(?:{trie_alternation(load_lines('org_foreign_heads.txt'))})(?![\w-])"),
    )


class _OrganizationFinder:
    def __init__(self, lexicon: _Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, text: str) -> list[Candidate]:
        spans: list[tuple[int, int]] = []
        position = 0
        while True:
            match = self.lexicon.start_pattern.search(text, position)
            if match is None:
                break
            end = self._read_chain(text, match.start())
            if end is None:
                position = match.end()
                continue
            spans.append((match.start(), end))
            position = end
        for head in self.lexicon.foreign_head.finditer(text):
            name = _english_name_around(text, head.start(), head.end())
            if name and not any(s < name[1] and name[0] < e for s, e in spans):
                spans.append(name)
        # A short form's canonical form spells out the name the text gave it for.
        spelled_out = {(start, end): name for start, end, name in self._short_form_mentions(text, spans)}
        spans.extend(spelled_out)
        for ending in _WEB_ENDING.finditer(text):
            name = _WEB_NAME_BEFORE.search(text, max(0, ending.start() - 60), ending.start())
            if name and not any(s < ending.end() and name.start() < e for s, e in spans):
                spans.append((name.start(), ending.end()))
        return [
            Candidate(
                start, end, LABEL, {"canonical": canonical_organization(spelled_out.get((start, end), text[start:end]))}
            )
            for start, end in sorted(spans)
        ]

    def _short_form_mentions(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Mentions of the short forms a text gives the bodies it names: an abbreviation it defines in
        brackets ("Văn phòng Đăng ký đất đai (VPĐKĐĐ)", "Bộ Giao thông vận tải (GTVT).") and a
        company's name without its "Tập đoàn" ("Tập đoàn Sao Mai" ... "Sao Mai"). Found: the bracketed
        form where the name does not take it in, and each later use, with the place after it
        ("VPĐKĐĐ Thanh Hóa"); each with its text spelled out ("Văn phòng Đăng ký đất đai Thanh Hóa")."""
        defined: dict[str, tuple[int, str]] = {}  # short form -> end of its definition, the full name
        found: list[tuple[int, int, str]] = []
        for start, end in spans:
            brand = self._brand_name(text, start, end)
            if brand:
                defined.setdefault(brand, (end, text[start:end]))
            for bracket in _DEFINED_ABBREVIATION.finditer(text, start, min(len(text), end + 40)):
                if bracket.start() > end or not _initials_end_with(text[start : bracket.start()], bracket[1]):
                    continue
                if _place_abbreviated(text, start, bracket.start(), bracket[1]):
                    continue  # "UBND tỉnh Bà Rịa - Vũng Tàu (BR-VT)": the place's abbreviation
                name = text[start : bracket.start()]
                defined.setdefault(bracket[1], (bracket.end(), name))
                if bracket.start() == end:
                    found.append((bracket.start(1), bracket.end(1), name))
        taken = [*spans, *((start, end) for start, end, _ in found)]
        for short, (defined_at, name) in defined.items():
            word = regex.compile(rf"(?<![\p{{L}}\p{{N}}&-]){regex.escape(short)}(?![\p{{L}}\p{{N}}&-])")
            for mention in word.finditer(text, defined_at):
                start = mention.start()
                end = self._read_places(text, mention.end())
                if (
                    _FIELD_BEFORE.search(text, max(0, start - 10), start)
                    or capitalised_word_before(text, start)
                    or _NEXT_WORD_CAPITALISED.match(text, end)
                    or any(s < end and start < e for s, e in taken)
                ):
                    continue  # "ngành GTVT" is a field; "Nguyễn Sao Mai", "Sao Mai Xanh" other names
                found.append((start, end, name + text[mention.end() : end]))
                taken.append((start, end))
        return found

    def _brand_name(self, text: str, start: int, end: int) -> str | None:
        """The company name of text[start:end] after its "Tập đoàn", "Công ty" ("Sao Mai"), where it
        is two title-case words or more that are neither a person's nor a place."""
        unit = self.lexicon.unit_pattern.match(text, start)
        if unit is None or self.lexicon.units[unit.group()].kind != "brand" or unit.end() >= end:
            return None
        name = text[unit.end() + 1 : end]
        words = name.split(" ")
        if (
            len(words) < 2
            or not _title_case(words)
            or words[0].casefold() in self.lexicon.surnames
            or place_at(text, unit.end() + 1) is not None
        ):
            return None
        return name

    def _read_unit(self, text: str, position: int, *, first: bool) -> tuple[int, _Unit] | None:
        """One unit with its name, starting at ``position``: (end, unit) or None."""
        match = self.lexicon.unit_pattern.match(text, position)
        if match is None:
            return None
        unit = self.lexicon.units[match.group()]
        end = match.end()
        if unit.kind == "placed":
            return (end, _Unit(unit.text, "body", False, False)) if self._closes(text, end) else None
        if unit.kind == "company":
            return (named, unit) if (named := self._read_company_name(text, end)) else None
        if unit.kind in ("prefix", "descriptive", "brand"):
            named = self._read_name(text, unit, end, first=first)
            if named is None:
                if first and self._stands_alone(text, unit, position, end):
                    return end, _Unit(unit.text, "alone", False, False)
                return None
            end = named
        return end, unit

    def _stands_alone(self, text: str, unit: _Unit, start: int, end: int) -> bool:
        """Is the unit word text[start:end] a short name on its own, the body the text is about?"""
        if capitalised_word_before(text, start):
            return False  # "Tây Nam Bộ là ...": the word ends another name
        before = _WORD_BEFORE.search(text, max(0, start - 12), start)
        if before and before[1].casefold() in self.lexicon.honorifics:
            return False  # "thầy Hội chia sẻ": a person
        if unit.bare and _NAME_END.match(text, end):
            return True
        # "Bộ sẽ ...", "Bộ đề nghị ...": the body the text is about, as its subject
        subject = self._function_word_at(text, end) or self.lexicon.following_verb.match(text, end) is not None
        return unit.bare_before_auxiliary and subject and not _GENERIC_BEFORE.search(text, max(0, start - 8), start)

    def _read_name(self, text: str, unit: _Unit, position: int, *, first: bool) -> int | None:
        """End of the name after a prefix unit: a known name, else a short guessed one that is closed off."""
        known = self.lexicon.names.get(unit.text)
        if known is not None:
            match = known.match(text, position)
            if match:
                return match.end()
        following = self._read_unit(text, position + 1, first=False) if text.startswith(" ", position) else None
        if following is not None and following[1].kind != "alone":
            return position  # "Văn phòng" + "Trung ương Đảng": the parent body is the name
        if unit.kind == "descriptive":
            return self._read_description(text, position)
        if position >= len(text) or text[position] != " ":
            return None
        guess = _GUESSED_NAME.match(text, position + 1)
        if guess is None:
            return None
        if guess.group().isdigit():  # "Quân khu 5"
            return guess.end()
        unit_start = position - len(unit.text)
        if first and capitalised_word_before(text, unit_start):
            return None  # "Tây Ban Nha": the prefix word is inside another name
        words = _before_a_dash_aside(guess.group().split(" "))
        person_at = self._person_after_name(text, words, position + 1)
        for size in range(person_at or len(words), 0, -1):
            if _abbreviated_after(text, position - len(unit.text), position + 1 + len(" ".join(words[:size]))):
                return position + 1 + len(" ".join(words[:size]))
            joining = {i for i in range(1, size - 1) if words[i] == _JOINING_WORD and words[i + 1][:1].isupper()}
            if any(self._another_name_joined_at(text, position + 1 + len(" ".join(words[:i]))) for i in joining):
                continue  # "Trường Đại học Vinh và Trường ...": "và" joins two names, not parts of one
            if any(
                w in self.lexicon.name_stopwords and f"{words[i - 1].lower()} {w}" not in self.lexicon.name_lower_words
                for i, w in enumerate(words[:size])
                if i not in joining
            ):
                continue  # "đã", "không" end a name; "Hàng không" is a name word
            end = position + 1 + len(" ".join(words[:size]))
            lower_case_words = sum(w[:1].islower() for w in words[:size]) - len(joining)
            before_place = self._place_with_word_at(text, end)
            bare_scope_after = _BARE_ADMIN_WORD.match(text, end) is not None
            limit = _MAX_LOWER_CASE_WORDS_BEFORE_PLACE if before_place or bare_scope_after else _MAX_GUESSED_LOWER_CASE_WORDS
            field_words = self._lower_case_runs_are_field_words(words[:size])
            long_name = sum(w != "-" for w in words[:size]) > _MAX_GUESSED_NAME_WORDS
            if (lower_case_words > limit or long_name) and not field_words:
                continue
            # A lower-case word may belong to the name ("Ban Giao thông.") where punctuation or a bare
            # "tỉnh" closes it; before a following body it is more often a verb ("Bộ GTVT sang Ủy ban ...").
            # A name that ends in a place ("Đại học Huế", "Bệnh viện Đa khoa Hà Tĩnh") is complete.
            numbered = _NUMBERED.match(text, end)
            if numbered and place_at(text, unit_start) is None:
                return numbered.end()  # "Trường THCS Lê Lợi số 1"
            ends_line = _LINE_END.match(text, end) is not None
            closed = (
                (size > 1 if ends_line else _NAME_END.match(text, end))
                or bare_scope_after
                or before_place
                or all(w[:1].isupper() or w == "-" for w in words[:size])
                and (self._closes(text, end) or self._function_word_at(text, end))
                # words written the way names are, each lower-case syllable after a capitalised one
                # ("Viện Khoa học Hình sự đã ..."), then an auxiliary
                or (field_words or _written_like_a_name(words[:size])) and self._function_word_at(text, end)
                or self._verb_after_title_case(text, words[:size], end)
                or self._another_name_joined_at(text, end)
                or size == person_at
                or unit.kind == "brand" and self._brand_before_lower_case_word(text, words[:size], end)
                or (field_words or not _two_lower_case_words(words[:size]))
                and _ends_in_place(text, position + 1, end)
            )
            if closed and place_at(text, unit_start) is None:  # "Hội An", "Vụ Bản" are places
                return end
        return None

    def _person_after_name(self, text: str, words: list[str], start: int) -> int | None:
        """Where, among the guessed name's ``words`` (starting at ``start``), a person's full name
        follows a complete name, which ends there: after a place ("Học viện Múa Việt Nam Trần Văn A
        nói") or after the person the body is named for ("Trường THPT Lê Lợi Nguyễn Văn A"). A
        surname right after a field word stays in ("Đại học Y khoa Phạm Ngọc Thạch", "Trung tâm Y
        tế huyện Lý Nhân")."""
        for i in range(1, len(words) - 1):
            if words[i].casefold() not in self.lexicon.surnames or not _title_case(words[i : i + 2]):
                continue
            namesake = any(
                words[j].casefold() in self.lexicon.surnames and _title_case(words[j:i]) for j in range(i - 1)
            )
            if namesake or _ends_in_place(text, start, start + len(" ".join(words[:i]))):
                return i
        return None

    def _brand_before_lower_case_word(self, text: str, words: list[str], end: int) -> bool:
        """Two title-case words or more, then a lower-case word ("Sao Mai cơ cấu ..."): a company's
        name and its verb, unless the words are a person's, whose first is a surname, or the lower-case
        word is the last one's second syllable ("Cảng Hàng không")."""
        return (
            len(words) >= 2
            and _title_case(words)
            and words[0].casefold() not in self.lexicon.surnames
            and (following := _NEXT_WORD.match(text, end)) is not None
            and following[1][:1].islower()
            and f"{words[-1].lower()} {following[1]}" not in self.lexicon.name_lower_words  # "Hàng không"
        )

    def _another_name_joined_at(self, text: str, position: int) -> bool:
        """Does "và" and another organisation follow ("Cục Công nghiệp và Cục Hóa chất")?"""
        joined = _AND.match(text, position)
        return joined is not None and self._read_unit(text, joined.end(), first=False) is not None

    def _lower_case_runs_are_field_words(self, words: list[str]) -> bool:
        """Is each run of lower-case words, less a first one that ends the capitalised word before it
        ("Nghiên cứu"), made of org_name_lower_words.txt ("phát triển kinh tế")? At least one such run."""
        runs: list[list[str]] = []
        for before, word in zip(["-", *words], words):
            if word[:1].isupper() or word in ("-", _JOINING_WORD):
                continue
            if before[:1].isupper():
                runs.append([])  # "cứu" of "Nghiên cứu": the second syllable of a name word
            elif runs:
                runs[-1].append(word)
            else:
                return False  # lower case right after the unit word: a description, not a name
        return any(runs) and all(self._made_of_field_words(run) for run in runs)

    def _made_of_field_words(self, syllables: list[str]) -> bool:
        if not syllables:
            return True
        return any(
            " ".join(syllables[:size]) in self.lexicon.name_lower_words and self._made_of_field_words(syllables[size:])
            for size in range(len(syllables), 0, -1)
        )

    def _read_company_name(self, text: str, position: int) -> int | None:
        """End of the name after a legal form: the words up to punctuation or a word that cannot
        stand in a name ("Công ty CP Đầu tư phát triển Sao Mai đã ..."); where neither comes soon,
        only its capitalised words. Lower-case words after the last capitalised one are a verb
        phrase ("Công ty CP Sao Mai công bố."). None without a capitalised word ("Công ty CP cho biết")."""
        match = _COMPANY_NAME.match(text, position)
        if match is None:
            return None
        words = _before_a_dash_aside(match.group().split(" ")[1:])
        # "Thiết bị Hoàng Gia": a function word before a capitalised one is a syllable of the name.
        size = next(
            (
                i
                for i, w in enumerate(words)
                if w in self.lexicon.name_stopwords and not (i + 1 < len(words) and words[i + 1][:1].isupper())
            ),
            None,
        )
        if size is None and not _NAME_END.match(text, match.end()):
            size = next((i for i, w in enumerate(words) if not (w[:1].isupper() or w.isdigit())), len(words))
        elif size is None:
            size = len(words)
        size = max((i + 1 for i, w in enumerate(words[:size]) if w[:1].isupper() or w[:1].isdigit()), default=0)
        if size == 0:
            return None
        return position + len(" " + " ".join(words[:size]))

    def _place_with_word_at(self, text: str, position: int) -> bool:
        """Does a place written with its administrative word follow ("... tỉnh Hà Nam")?"""
        return _PLACE_WITH_WORD.match(text, position) is not None and place_at(text, position + 1) is not None

    def _verb_after_title_case(self, text: str, words: list[str], end: int) -> bool:
        """A name ending in two title-case words, or in name case throughout ("Tâm thần Trung ương II",
        "Kỹ thuật Mật mã"), then a verb of org_following_verbs.txt ("Đồn Biên phòng cửa khẩu Tây Trang kiểm tra
        ..."): the name is complete, unless the words are a person's ("Phòng Nguyễn Văn An ..."), whose
        first word is a surname, or the verb's word ends a known unit or place begun by the last word
        ("Nhi Trung ương")."""
        if len(words) < 2 or words[0].casefold() in self.lexicon.surnames:
            return False
        verb = self.lexicon.following_verb.match(text, end)
        if verb is None:
            return False
        name_cased = _written_like_a_name(words)
        # A lower-case last syllable ("Kỹ thuật Mật mã cho biết") only before a verb of two words that
        # is no field word ("Công nghệ thông tin"): after "có" it is as often a foreign name's verb.
        lower_case_last = name_cased and " " in verb.group().strip() and verb.group().strip() not in self.lexicon.name_lower_words
        if not (all(w[:1].isupper() for w in words[-2:]) or words[-1][:1].isupper() and name_cased or lower_case_last):
            return False
        last_word = end - len(words[-1])
        unit = self.lexicon.unit_pattern.match(text, last_word)
        place = place_at(text, last_word)
        return not (unit and unit.end() > end or place and place.end > end)

    def _function_word_at(self, text: str, position: int) -> bool:
        """Does an auxiliary ("đã", "cũng") follow? It closes a title-case name ("Tập đoàn Sao Mai đã ...")."""
        following = _NEXT_WORD.match(text, position)
        return following is not None and following.group(1) in self.lexicon.name_closers

    def _read_description(self, text: str, position: int) -> int | None:
        """"Ban chỉ đạo" + lower-case description, accepted only when a place or parent body follows.
        A level ("Ban chỉ đạo cấp tỉnh") makes it every such board, no one body."""
        if _LEVEL.match(text, position):
            return None
        match = _DESCRIPTION.match(text, position)
        if match is None:
            return position if self._closes(text, position) else None
        words = match.group().split(" ")[1:]
        for size in range(min(len(words), _MAX_DESCRIPTION_WORDS), 0, -1):
            end = position + len(" " + " ".join(words[:size]))
            if words[size - 1].endswith(",") or any(w in self.lexicon.name_stopwords for w in words[:size]):
                continue
            national = _NATIONAL in " ".join(words[:size]).casefold()
            if self._closes(text, end) or national and (
                _DISEASE_CODE.fullmatch(words[size - 1]) or _CLAUSE_END.match(text, end) or self._function_word_at(text, end)
            ):
                return end
        return position if self._closes(text, position) else None

    def _closes(self, text: str, position: int) -> bool:
        """Does a place, bare administrative word or parent unit follow at ``position``?"""
        if _BARE_ADMIN_WORD.match(text, position):
            return True
        if position < len(text) and text[position] == " ":
            place = place_at(text, position + 1)
            if place is not None and not _inside_a_name(text, position + 1, place.end):
                return True
            return self._read_unit(text, position + 1, first=False) is not None
        return False

    def _read_chain(self, text: str, start: int) -> int | None:
        """End of the organisation name starting at ``start``, or None when the unit there is no organisation."""
        read = self._read_unit(text, start, first=True)
        if read is None:
            return None
        end, unit = read
        complete = unit.kind != "member"
        while unit.kind != "alone":
            if end < len(text) and text[end] == " ":
                following = self._read_unit(text, end + 1, first=False)
                # A member takes even a unit that stands alone ("HĐQT Vietbank"); a body does not
                # ("Ban Thường vụ Đảng" is two mentions).
                if following is not None and (following[1].kind != "alone" or unit.kind == "member"):
                    end, unit = following
                    complete = complete or unit.kind != "member"
                    continue
            bracket = _ABBREVIATION_IN_BRACKETS.match(text, end)
            if bracket:
                end = bracket.end()
                continue
            break
        if not complete:
            return None
        if unit.kind != "alone":
            end = self._read_places(text, end)
        term = _TERM.match(text, end)
        end = term.end() if term else end
        if self.lexicon.generic_marker.match(text, end):
            return None  # "Ủy ban nhân dân các tỉnh", "HĐND các cấp": no specific body
        if _COORDINATED_SCOPE.match(text, end) and _ENDS_IN_BARE_SCOPE.search(text, max(0, end - 12), end):
            return None  # "UBND tỉnh, thành phố trực thuộc trung ương": each province's, no one body
        return end

    def _read_places(self, text: str, end: int) -> int:
        """Places closing the name ("Việt Nam tỉnh Nghệ An", "nước Cộng hòa ... Lào"), or a bare "tỉnh"."""
        country_end = _country_by_name_end(text, end)
        if country_end is not None:
            return country_end
        for _ in range(2):
            if end < len(text) and text[end] == " ":
                place = place_at(text, end + 1)
                if place is not None:
                    end = place.end
                    continue
            bare = _BARE_ADMIN_WORD.match(text, end)
            if bare:
                return bare.end()
            break
        return end


def _country_by_name_end(text: str, end: int) -> int | None:
    """End of "nước" and a country's official name at ``end`` ("nước Cộng hòa ... Lào"), else None."""
    country = _COUNTRY_BY_NAME.match(text, end)
    if country is None:
        return None
    official = place_at(text, end + len(" nước "))  # "nước Cộng hòa xã hội chủ nghĩa Việt Nam"
    if official is not None:
        return official.end
    words = country.group().split(" ")
    for size in range(len(words), 2, -1):  # " nước" + at least one word
        start = end + len(" ".join(words[: size - 1])) + 1
        place = place_at(text, start)
        if place is not None and place.end == end + len(" ".join(words[:size])):
            return place.end
    return None


def _english_name_around(text: str, head_start: int, head_end: int) -> tuple[int, int] | None:
    """The English name around a head word ("Keller Graduate School of Management"): capitalised
    words before it and an "of ..." after it; None for a head standing alone ("Group")."""
    before = _ENGLISH_WORDS_BEFORE.search(text, max(0, head_start - _ENGLISH_NAME_REACH), head_start)
    after = _ENGLISH_COMPLEMENT.match(text, head_end)
    if before is None and after is None:
        return None
    return (before.start() if before else head_start), (after.end() if after else head_end)


def _abbreviated_after(text: str, start: int, end: int) -> bool:
    """Is the name text[start:end] followed by its own initials in brackets ("Văn phòng Đăng ký
    đất đai (VPĐKĐĐ)")? Then it ends there, however many lower-case words it has."""
    bracket = _ABBREVIATION_IN_BRACKETS.match(text, end)
    return bracket is not None and _initials(text[start:end]) == _letters(bracket.group(1))


def _place_abbreviated(text: str, start: int, end: int, abbreviation: str) -> bool:
    """Does the name text[start:end] end in a place whose initials are ``abbreviation``?"""
    for word in regex.finditer(r"(?<![^ ])\p{Lu}", text[start:end]):
        place = place_at(text, start + word.start())
        if place is not None and place.end == end:
            return _initials(text[start + word.start() : end]) == _letters(abbreviation)
    return False


def _initials_end_with(name: str, abbreviation: str) -> bool:
    """Do the initials of ``name`` end with the letters of ``abbreviation``, two at least ("Bộ Giao
    thông vận tải" and "GTVT")?"""
    letters = _letters(abbreviation)
    return len(letters) >= 2 and _initials(name).endswith(letters)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isalpha() and w != _JOINING_WORD).upper()


def _letters(abbreviation: str) -> str:
    return "".join(c for c in abbreviation if c.isalpha()).upper()


def _before_a_dash_aside(words: list[str]) -> list[str]:
    """The name's words up to a dash that sets off what follows: a capitalised word before it and a
    lower-case one after ("Công ty Sông Hồng - ông Lê Văn A"). Elsewhere a dash joins the name's
    fields ("Xây dựng - Thương mại", "kinh tế - xã hội")."""
    return next(
        (
            words[:i]
            for i in range(1, len(words) - 1)
            if words[i] == "-" and words[i - 1][:1].isupper() and words[i + 1][:1].islower()
        ),
        words,
    )


def _title_case(words: list[str]) -> bool:
    """Is every word capitalised with the rest in lower case ("Sao Mai", not "FPT" or "mai")?"""
    return all(w[:1].isupper() and w[1:] == w[1:].lower() for w in words)


def _written_like_a_name(words: list[str]) -> bool:
    """Is each lower-case word the second syllable of a title-case word before it ("Khoa học Hình
    sự")? Not after an abbreviation ("TPHCM hứa") nor across a dash ("X - Chủ tịch")."""
    return words[0][:1].isupper() and all(
        b[:1].isupper() or a[:1].isupper() and a[1:] == a[1:].lower() and b.isalpha() and b.islower()
        for a, b in zip(words, words[1:])
    )


def _two_lower_case_words(words: list[str]) -> bool:
    """Two lower-case words in a row ("Ngân hàng X dự báo Việt Nam"): a verb phrase, not a name,
    whose words run capitalised-first ("Khoa học Thủy lợi Việt Nam")."""
    return any(a[:1].islower() and b[:1].islower() for a, b in zip(words, words[1:]))


def _ends_in_place(text: str, start: int, end: int) -> bool:
    """Is the last part of the name text[start:end] a place ("Đại học Quốc gia Hà Nội"), not the start
    of a longer name ("Trường THPT Nguyễn Đức Cảnh")?"""
    for word in regex.finditer(r"(?<![^ ])\p{Lu}", text[start:end]):
        place = place_at(text, start + word.start())
        if place is not None and place.end == end and not _inside_a_name(text, start + word.start(), end):
            return True
    return False


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """Is the one-word place text[start:end] part of a longer name ("Tôn Đức Thắng" is no "Đức",
    Germany)? Then it does not close the organisation name before it."""
    return " " not in text[start:end] and _NEXT_WORD_CAPITALISED.match(text, end) is not None


@lru_cache(maxsize=1)
def _default_finder() -> _OrganizationFinder:
    return _OrganizationFinder(_build_lexicon())


def organization_end(text: str, start: int) -> int | None:
    """End of the organisation name that starts exactly at ``start`` ("Bộ Quốc phòng"), else None."""
    return _default_finder()._read_chain(text, start)


@register_recognizer("vnpolitics.organizations.v1")
def make_recognizer() -> Callable[[Context], Iterable[Candidate]]:
    finder = _default_finder()

    def recognize(context: Context) -> Iterable[Candidate]:
        return finder(context.text)

    return recognize
