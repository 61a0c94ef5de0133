"""LEGAL_DOC recogniser: references to legal, administrative and Party documents.

Two shapes (ANNOTATION.md): a type word with a number code ("Nghị định số
30/2020/NĐ-CP", "Chỉ thị 18/2000/CT - TTg", "Quyết định số 517") and a type
word with a proper name ("Luật Bảo vệ môi trường", "Hiến pháp năm 2013",
"Điều lệ Đảng", "Nghị quyết Đại hội XIII"). Codes are read by
:mod:`vnpolitics.legal_codes`; where a law's name ends is decided word by word,
since names mix cases ("Luật phòng, chống Ma túy").

Type words match case-insensitively ("quyết định số ..."), but a bare number
without "số" counts only after a capitalised type word or a word that makes the
type word a noun ("theo quyết định 13"), because "quyết định 2 kế hoạch" is the
verb "decide". Likewise a law written in lower case ("luật Đất đai") needs a
capitalised name after it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Any, Iterable, Iterator

import regex

from ..legal_codes import ParsedCode, code_regex, issuer_for_code, parsed_code
from ..lexicon import load_lines, load_table
from ..registry import register_recognizer
from .base import Candidate, Context

LABEL = "LEGAL_DOC"
# A number code is unambiguous evidence: it beats a longer title or organisation around it.
CODED_PRIORITY = 1
# Longest name read in running text; a "Căn cứ ... ngày" clause may run longer.
MAX_NAME_WORDS = 14
MAX_BASIS_CLAUSE = 400
# The type word of translated foreign acts, whose names run over stop words ("Đạo luật Chống lại ...").
FOREIGN_ACT = "Đạo luật"
# Longest stretch one pattern reads from a position (a code, a law's name, a congress).
MATCH_WINDOW = 300
# How far back "về Luật Biển" looks for the treaty it names the subject of ("Công ước ... về").
TREATY_REACH = 80
_CLAUSE_BREAK = re.compile(r"[.;:!?()\[\]\n\"“”]")
# How far back a list item ("...; số 207/2021/NQ-HĐND") looks for the type word it shares.
MAX_LIST_REACH = 600

# A word of a name ("HĐND", "Covid-19", "GD&ĐT") or one mark; a single line break may sit before it.
_WORD = r"[\p{L}\p{M}\d]+(?:[&-][\p{L}\p{M}\d]+)*"
_TOKEN = regex.compile(rf"(?P<space>[ \t]*(?:\n[ \t]*)?)(?:(?P<word>{_WORD})|(?P<mark>[^\s\p{{L}}\p{{M}}\d]))")
# "năm 2004" or "2012" right after a law's name: the law's year.
_YEAR_AFTER = regex.compile(r"[ \t]*(?:\n[ \t]*)?(?:(?i:năm)[ \t]+)?(?P<year>(?:19|20)\d\d)(?![\p{L}\d/-])")
# Parts after a code that its grammar does not know ("99/2013/Đ-CP"), kept as written.
_CODE_TAIL = regex.compile(r"(?:[/-][\p{L}\p{M}\d&]+)+")
# Between a type word and its code: "số", "số:" or nothing; or a few words of kind before "số".
_NUMBER_LEAD = regex.compile(r"[ \t]*\n?[ \t]*(?:(?P<so>(?i:số))[ \t]*:?[ \t]*)?")
_MODIFIED_LEAD = regex.compile(
    r"(?P<words>(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,3})[ \t]+(?i:số)[ \t]*:?[ \t]*(?=\d)"
)
# A document number's issuer after a space instead of a dash ("1177/QĐ BGDĐT").
_SPACED_ISSUER = regex.compile(r"[ \t](?P<issuer>\p{Lu}[\p{Lu}\p{Ll}&]*\p{Lu})(?![\p{L}\p{M}\d])")
# The two words before a type word, both capitalised (not in capitals), the first one inside a
# sentence: a person's name ("Nguyễn Tiến Luật") rather than a citation ("Theo Luật").
_NAME_BEFORE = regex.compile(r"[\p{Ll}\p{M}][ \t]+\p{Lu}[\p{Ll}\p{M}]+[ \t]+\Z")
# "số" before a digit (on the lower-cased text), and the list separator that must precede it.
_SO_BEFORE_DIGIT = re.compile(r"số[ \t]*:?[ \t]*(?=\d)")
# Between two codes of one list ("15/2020/NĐ-CP, 14/2022/NĐ-CP").
_CODE_JOINT = regex.compile(r"[ \t]*(?:,|;|và|hoặc)[ \t]*(?=\d)")
_LIST_SEPARATOR = regex.compile(r"(?:(?<![\p{L}\d])(?:và|hoặc)|[,;:])[ \t]*\n?[ \t]*\Z")
# "Luật sửa đổi, bổ sung một số điều của Luật ...": the amended laws belong to the name.
_AMENDMENT = regex.compile(
    r"[ \t]+sửa[ \t]+đổi(?:,?[ \t]+(?:và[ \t]+)?bổ[ \t]+sung)?(?:[ \t]+một[ \t]+số[ \t]+điều)?"
    r"[ \t]+của[ \t]+(?:các[ \t]+)?(?=\p{Lu}|luật|bộ)"
)
_LAW_JOINT = regex.compile(r"(?:[ \t]*,|[ \t]+và)[ \t]+")
# A name followed by its abbreviation in parentheses, as a translated foreign act's is ("Đạo luật
# Chống lại Kẻ thù của Mỹ thông qua trừng phạt (CAATSA)"): the abbreviation shows where the name ends.
_NAME_BEFORE_ACRONYM = regex.compile(r"[^\n.,;:()\"“”]{1,160}?(?=[ \t]*\(\p{Lu}[\p{Lu}\d&-]{2,}\))")
# "(sửa đổi)" after a name is part of it.
_AMENDED_SUFFIX = regex.compile(r"[ \t]*\((?:sửa đổi|sửa đổi,? bổ sung)(?: năm (?:19|20)\d\d)?\)")
# The legal-basis formula of administrative documents: "Căn cứ Luật X ngày ...;".
_BASIS_LINE = regex.compile(r"[\s\-+*•]*(?i:căn cứ)(?![\p{L}])")
_BASIS_MARKER = regex.compile(r"(?:[ \t]*,)?\s+(?:ngày\s*\d|năm\s+(?:19|20)\d\d(?!\d)|số\s*:?\s*\d)")
_CLAUSE_END = regex.compile(r";|:|\.(?!\d)|\n\s*\n|\n(?=\s*[-+*•\p{Lu}])|[“”\"]")
# Resolutions named by their congress ("Đại hội XIII", "Đại hội Đảng bộ tỉnh lần thứ XVII")
# or plenum ("Trung ương 4 khóa XII", "Trung ương 4 (khóa XII)").
_ROMAN_OR_NUMBER = r"(?:[IVXLC]+|\d{1,2})(?![\p{L}\d])"
_CONGRESS = regex.compile(
    rf"[ \t]+(?P<name>(?i:đại[ \t]+hội)(?:[ \t]+(?!(?:của|về|và|nhiệm|khóa)(?![\p{{L}}]))[\p{{L}}\p{{M}}]+){{0,10}}?"
    rf"[ \t]+(?:(?i:lần[ \t]+thứ)[ \t]+)?{_ROMAN_OR_NUMBER})"
)
# ... or by the congress's term only ("Đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025"): the term stays out.
_CONGRESS_BY_TERM = regex.compile(
    rf"[ \t]+(?P<name>(?i:đại[ \t]+hội)(?:[ \t]+(?!(?:của|về|và|nhiệm|khóa|lần)(?![\p{{L}}]))[\p{{L}}\p{{M}}]+){{1,10}}?)"
    rf"(?=[ \t]*,?[ \t]*(?i:nhiệm[ \t]+kỳ)[ \t]*(?:19|20)\d\d)"
)
_PLENUM = regex.compile(
    rf"[ \t]+(?P<name>(?:(?i:hội[ \t]+nghị)[ \t]+)?(?i:trung[ \t]+ương)[ \t]+(?:(?i:lần[ \t]+thứ)[ \t]+)?{_ROMAN_OR_NUMBER}"
    rf"(?:[ \t]*,?[ \t]*(?i:khóa)[ \t]+[IVXLC]+(?![\p{{L}}\d])|[ \t]*\((?i:khóa)[ \t]+[IVXLC]+\))?)"
)


@dataclass(frozen=True, slots=True)
class _DocType:
    name: str  # full form as the table writes it: "Quyết định"
    named: str  # "law", "law-by-year", "resolution" or ""
    bare_number: bool  # "Nghị quyết 57" without "số" names a document
    lower_case_name: bool  # "luật Đất đai" in lower case still names a law


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """Everything the recogniser reads from data files, compiled once."""

    types: dict[str, _DocType]  # by lower-case form with single spaces
    type_word: regex.Pattern[str]  # at a position of the text, any case
    type_word_scan: re.Pattern[str]  # the same words, over the lower-cased text: the fast full scan
    stops: frozenset[tuple[str, ...]]
    and_breaks: frozenset[tuple[str, ...]]  # "Luật Thương mại và pháp luật ...": no name goes on
    act_joiners: frozenset[tuple[str, ...]]  # stops that may stand inside a translated act's name
    non_starts: frozenset[str]
    not_after: frozenset[str]
    comma_pairs: frozenset[tuple[str, str]]
    bare_number_blocks: frozenset[str]
    known_names: regex.Pattern[str]  # right after a law's type word
    compounds: frozenset[str]  # "kỷ luật", "pháp luật": no type word
    lower_case_cues: frozenset[str]  # "theo quyết định 13": a noun
    countries: frozenset[str]  # "Luật Trung Quốc" is a country's law, not a named one
    generic_names: frozenset[tuple[str, str]]  # (doc_type, name): "Luật kinh tế" is a field of study
    surnames: frozenset[str]  # lower case: "chuyên gia luật Trần Văn An" names a person
    lower_case_non_names: frozenset[str]  # "dự án luật Quốc hội cho ý kiến": a body, no name
    treaty_heads: regex.Pattern[str]  # "Công ước ... về Luật Biển": a law of a treaty's subject

    def type_words(self, text: str, lowered: str) -> Iterator[regex.Match[str]]:
        """Every type word of ``text``, found in ``lowered`` (its lower-case form, same length).

        Scanning the lower-cased text with the standard library is several times faster than a
        case-insensitive scan; each hit is then matched again on the text itself.
        """
        for hit in self.type_word_scan.finditer(lowered):
            match = self.type_word.match(text, hit.start(), hit.end() + 1)
            if match is not None:
                yield match

    def doc_type(self, surface: str) -> _DocType:
        return self.types[" ".join(surface.lower().split())]

    def words_before(self, lowered: str, position: int, count: int) -> str:
        """The last ``count`` words of ``lowered`` before ``position``, joined by single spaces."""
        return " ".join(lowered[max(0, position - 30) : position].split()[-count:])

    def is_compound(self, lowered: str, type_match: regex.Match[str]) -> bool:
        """"kỷ luật", "pháp luật": the type word ends a common word."""
        surface = " ".join(type_match.group().lower().split())
        return any(
            f"{self.words_before(lowered, type_match.start(), count)} {surface}" in self.compounds for count in (1, 2)
        )

    def follows_cue(self, lowered: str, position: int) -> bool:
        """One of the words that make a lower-case type word a noun sits right before ``position``."""
        return any(self.words_before(lowered, position, count) in self.lower_case_cues for count in (1, 2))

    def stop_length(self, words: list[str], index: int, phrases: frozenset[tuple[str, ...]] | None = None) -> int:
        """Number of words of a stop phrase (or one of ``phrases``) starting at words[index], else 0."""
        for length in (2, 1):
            if tuple(word.lower() for word in words[index : index + length]) in (phrases or self.stops):
                return length
        return 0


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    rows = load_table("legal_doc_types.tsv")
    types = {
        row["doc_type"].lower(): _DocType(
            row["doc_type"], row["named"], row["bare_number"] == "yes", row["lower_case_name"] == "yes"
        )
        for row in rows
    }
    alternatives = _literal_trie(list(types))
    return _Lexicon(
        types=types,
        type_word=regex.compile(rf"(?<![\p{{L}}\p{{M}}\d])(?i:{alternatives})(?![\p{{L}}\p{{M}}\d])"),
        type_word_scan=re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"),
        stops=_phrases("legal_name_stops.txt"),
        and_breaks=_phrases("legal_name_and_breaks.txt"),
        act_joiners=_phrases("legal_act_name_joiners.txt"),
        non_starts=frozenset(load_lines("legal_name_non_starts.txt")),
        not_after=frozenset(line.lower() for line in load_lines("legal_not_after.txt")),
        comma_pairs=frozenset((row["before"], row["after"]) for row in load_table("legal_name_comma_pairs.tsv")),
        bare_number_blocks=frozenset(load_lines("legal_bare_number_blocks.txt")),
        known_names=_known_names_regex(load_lines("legal_law_names.txt"), load_table("legal_name_abbreviations.tsv")),
        compounds=frozenset(load_lines("legal_type_word_compounds.txt")),
        lower_case_cues=frozenset(load_lines("legal_lower_case_cues.txt")),
        countries=frozenset(row["name"] for row in load_table("location_countries.tsv")),
        generic_names=frozenset((row["doc_type"], row["name"]) for row in load_table("legal_generic_names.tsv")),
        surnames=frozenset(line.lower() for line in load_lines("person_surnames.txt")),
        lower_case_non_names=frozenset(load_lines("legal_lower_case_non_names.txt")),
        treaty_heads=regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?:{_literal_trie(list(load_lines('legal_treaty_heads.txt')))})(?![\p{{L}}\p{{M}}])"
        ),
    )


def _phrases(name: str) -> frozenset[tuple[str, ...]]:
    """A list file's phrases as lower-case word tuples."""
    return frozenset(tuple(line.lower().split()) for line in load_lines(name))


def _literal_trie(phrases: list[str]) -> str:
    """One pattern for many phrases, sharing prefixes ("nghị (?:định|quyết)"): much faster than
    a flat alternation. Spaces between words match any whitespace (line wraps)."""
    tree: dict[str, Any] = {}
    for phrase in phrases:
        node = tree
        for character in " ".join(phrase.split()):
            node = node.setdefault(character, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [
            (r"\s+" if character == " " else re.escape(character)) + pattern(child)
            for character, child in sorted(node.items())
            if character
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(tree)


def _known_names_regex(names: tuple[str, ...], abbreviations: tuple[dict[str, str], ...]) -> regex.Pattern[str]:
    """Known law names; a body inside one also matches by its short form ("HĐND")."""

    def words(phrase: str) -> str:
        return r"[ \t]+".join(regex.escape(word) for word in phrase.split())

    def pattern(name: str) -> str:
        written = words(name)
        for row in abbreviations:
            written = written.replace(words(row["full"]), f"(?:{words(row['full'])}|{words(row['short'])})")
        return written

    alternatives = "|".join(pattern(name) for name in sorted(names, key=len, reverse=True))
    return regex.compile(rf"[ \t]+(?i:{alternatives})(?![\p{{L}}\p{{M}}\d])")


def _same_length_lower(text: str) -> str:
    """``text.lower()``, position for position (a few letters such as "İ" lower-case to two)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else "".join(character.lower()[0] for character in text)


def _attrs(
    doc_type: str, parsed: ParsedCode | None = None, *, name: str | None = None, year: int | None = None
) -> dict[str, Any]:
    return {
        "doc_type": doc_type,
        "number": parsed.number if parsed else None,
        "year": parsed.year if parsed and parsed.year is not None else year,
        "code": parsed.code if parsed else None,
        "issuer_code": parsed.issuer_code if parsed else None,
        "issuer": parsed.issuer if parsed else None,
        "name": name,
    }


class _Reader:
    """One pass over one text; each method reads one shape at a position."""

    def __init__(self, text: str, lexicon: _Lexicon) -> None:
        self.text = text
        self.lowered = _same_length_lower(text)
        self.lexicon = lexicon
        self.codes = code_regex()

    def _match_at(self, pattern: regex.Pattern[str], position: int) -> regex.Match[str] | None:
        """``pattern.match`` within a window: unbounded, the regex module may scan the whole rest
        of a long text for a literal the pattern needs ("sửa đổi") before it fails."""
        return pattern.match(self.text, position, position + MATCH_WINDOW)

    # -- codes -------------------------------------------------------------
    def code_at(self, position: int, *, bare_allowed: bool) -> tuple[int, ParsedCode] | None:
        """A code starting at ``position``: (end, parsed), if the text there is one."""
        match = self._match_at(self.codes, position)
        if match is None:
            return None
        parsed = parsed_code(match)
        end = match.end()
        if parsed.code == parsed.number:
            if self._glued_to_next(end) or not (bare_allowed and self._bare_number_ends(end)):
                return None
            return end, parsed
        tail = self._match_at(_CODE_TAIL, end)
        if tail is not None:  # "99/2013/Đ-CP": a part the grammar does not know; keep it as written
            return tail.end(), replace(parsed, code=parsed.code + tail.group(), issuer_code=None, issuer=None)
        lost_space = self.text[end - 1].isupper() and self.text[end : end + 1].islower()
        if self._glued_to_next(end) and not lost_space:
            return None
        return self._spaced_issuer(end, parsed) or (end, parsed)

    def _spaced_issuer(self, end: int, parsed: ParsedCode) -> tuple[int, ParsedCode] | None:
        """"1177/QĐ BGDĐT": a known issuer after a type with no issuer, the dash written as a space."""
        if parsed.type_code is None or parsed.issuer_code is not None:
            return None
        spaced = self._match_at(_SPACED_ISSUER, end)
        if spaced is None or issuer_for_code(spaced["issuer"]) is None:
            return None
        issuer = spaced["issuer"]
        return spaced.end(), replace(
            parsed, code=f"{parsed.code}-{issuer}", issuer_code=issuer, issuer=issuer_for_code(issuer)
        )

    def _glued_to_next(self, end: int) -> bool:
        """The match stops inside a longer token ("12a", "2.000", "12/qđ")."""
        following = self.text[end : end + 2]
        return bool(following) and (following[0].isalnum() or following[0] in "/-.,%" and following[1:2].isalnum())

    def _bare_number_ends(self, end: int) -> bool:
        """A bare number is a document number unless a counting word follows ("kế hoạch 5 năm")."""
        token = self._match_at(_TOKEN, end)
        if token is None or token["word"] is None:
            return not (token and token["mark"] in "+%")
        if token["word"].lower() not in self.lexicon.bare_number_blocks:
            return True
        after = self._match_at(_TOKEN, token.end())
        return bool(after and after["word"] and after["word"].isdigit())

    # -- coded documents ---------------------------------------------------
    def coded(self, type_match: regex.Match[str], doc_type: _DocType) -> Candidate | None:
        lead = self._match_at(_NUMBER_LEAD, type_match.end())
        assert lead is not None  # every part of the pattern is optional
        has_so = lead["so"] is not None
        if not has_so and lead.end() == type_match.end():
            return self._coded_after_modifier(type_match, doc_type)  # "Quyết định1234": no space
        bare_allowed = has_so or doc_type.bare_number and (
            type_match.group()[0].isupper() or self.lexicon.follows_cue(self.lowered, type_match.start())
        )
        found = self.code_at(lead.end(), bare_allowed=bare_allowed)
        if found is None:
            return self._coded_after_modifier(type_match, doc_type)
        end, parsed = found
        return Candidate(type_match.start(), end, LABEL, _attrs(doc_type.name, parsed), CODED_PRIORITY)

    def _coded_after_modifier(self, type_match: regex.Match[str], doc_type: _DocType) -> Candidate | None:
        """"Nghị quyết chuyên đề số 05-NQ/TU", "Quyết định bổ nhiệm số 12/QĐ-UBND": a few lower-case
        words between the type word and "số", when a full code (with its issuer) follows, or a bare
        number after a capitalised type word ("Kết luận thanh tra số 18"). A type word in lower case
        needs a code of its own type ("quyết định kỷ luật số 25/QĐ-...") or of none ("văn bản khẩn
        số 2978/BYT-BMTE")."""
        if doc_type.named.startswith("law"):
            return None  # after "Luật" those words are the law's name ("Luật Trồng trọt số ...")
        lead = self._match_at(_MODIFIED_LEAD, type_match.end())
        if lead is None:
            return None
        words = lead["words"].split()
        if any(self.lexicon.stop_length(words, index) for index in range(len(words))):
            return None
        capitalised = type_match.group()[0].isupper()
        found = self.code_at(lead.end(), bare_allowed=capitalised and doc_type.bare_number)
        if found is None:
            return None
        end, parsed = found
        if parsed.code != parsed.number and parsed.issuer_code is None:
            return None
        if not capitalised and parsed.doc_type not in (None, doc_type.name):
            return None
        return Candidate(type_match.start(), end, LABEL, _attrs(doc_type.name, parsed), CODED_PRIORITY)

    def list_items(self, coded: list[Candidate]) -> Iterator[Candidate]:
        """Further items of a list sharing one type word: "... số 82/2018/NQ-HĐND và số 207/2021/NQ-HĐND".

        The item starts at "số"; its type is the shared type word's, found as the nearest
        earlier document or type word of the same line that agrees with the code. A bare number
        is an item only right after the document or item before it ("Chỉ thị số 15 và số 16").
        """
        text = self.text
        coded = sorted(coded, key=lambda candidate: candidate.start)
        starts = [candidate.start for candidate in coded]
        ends = {candidate.end for candidate in coded}
        for hit in _SO_BEFORE_DIGIT.finditer(self.lowered):
            separator = _LIST_SEPARATOR.search(text, max(0, hit.start() - 16), hit.start())
            if separator is None:
                continue
            adjacent = len(text[: separator.start()].rstrip()) in ends
            found = self.code_at(hit.end(), bare_allowed=adjacent)
            if found is None:
                continue
            end, parsed = found
            doc_type = self._shared_type(separator.start(), parsed, coded, starts)
            if doc_type:
                ends.add(end)
                yield Candidate(hit.start(), end, LABEL, _attrs(doc_type, parsed), CODED_PRIORITY)

    def chained_codes(self, coded: list[Candidate]) -> list[Candidate]:
        """Codes listed after a document without "số": "Nghị định 15/2020/NĐ-CP, 123/2021/NĐ-CP".

        Only full codes (type or issuer) chain, so a following count or date stays out.
        """
        chained = []
        for head in coded:
            previous = head
            while (joint := self._match_at(_CODE_JOINT, previous.end)) is not None:
                found = self.code_at(joint.end(), bare_allowed=False)
                if found is None or found[1].issuer_code is None:
                    break
                end, parsed = found
                previous = Candidate(joint.end(), end, LABEL, _attrs(head.attrs["doc_type"], parsed), CODED_PRIORITY)
                chained.append(previous)
        return chained

    def _shared_type(self, position: int, parsed: ParsedCode, coded: list[Candidate], starts: list[int]) -> str | None:
        reach = max(self._line_start(position), position - MAX_LIST_REACH)
        index = bisect.bisect_left(starts, position)
        if index and coded[index - 1].start >= reach and coded[index - 1].end <= position:
            nearest = coded[index - 1].attrs["doc_type"]
            if parsed.doc_type in (None, nearest):
                return nearest
        for type_match in reversed(list(self.lexicon.type_word.finditer(self.text, reach, position))):
            doc_type = self.lexicon.doc_type(type_match.group()).name
            if doc_type == parsed.doc_type:
                return doc_type
        return parsed.doc_type if parsed.issuer_code else None

    # -- named documents ---------------------------------------------------
    def named(self, type_match: regex.Match[str], doc_type: _DocType) -> Candidate | None:
        if doc_type.named == "resolution":
            return self._resolution(type_match, doc_type.name)
        if not doc_type.named.startswith("law") or self._inside_other_name(type_match):
            return None
        capitalised = type_match.group()[0].isupper()
        if capitalised and _NAME_BEFORE.search(self.text, max(0, type_match.start() - 40), type_match.start()):
            return None  # "Nguyễn Tiến Luật": a person's name
        start = type_match.end()
        if not (capitalised or doc_type.lower_case_name and self._capitalised_name_at(start)):
            return None
        amendment = self._match_at(_AMENDMENT, start)
        if amendment is not None:
            name_end = self._amended_laws_end(amendment.end())
        elif self._in_basis_clause(type_match.start()):
            name_end = self._basis_name_end(start, doc_type.name)
        else:
            name_end = self._law_name_end(
                start,
                doc_type.name,
                in_heading=type_match.group().isupper(),
                in_lower_case=not capitalised,
            )
        return self._finish_named(type_match, doc_type.name, start, start if name_end is None else name_end)

    def _law_name_end(
        self, start: int, doc_type: str, *, in_heading: bool = True, in_lower_case: bool = False
    ) -> int | None:
        """A known law name written there ("Khám bệnh, chữa bệnh" before a verb), else the name
        read word by word. Outside a heading ("LUẬT ĐẤT ĐAI") a word in capitals right after the
        type word is an abbreviation and the whole name ("Luật GDĐH", "luật ATGT và ...").
        A law cited ``in_lower_case`` ("luật Đất đai") is no formal citation: "và" ends its name
        unless a capitalised word follows."""
        known = self._match_at(self.lexicon.known_names, start)
        if known is not None:
            return known.end()
        token = self._match_at(_TOKEN, start)
        if not in_heading and token is not None and token["word"] and len(token["word"]) > 1 and token["word"].isupper():
            return token.end()
        end = self._name_end(start, doc_type, in_lower_case=in_lower_case)
        if end is None or doc_type != FOREIGN_ACT:
            return end
        return self._name_before_acronym(start, end)

    def _name_before_acronym(self, start: int, end: int) -> int:
        """Where a name cut at a stop word ("Đạo luật Chống lại ...") really ends: before its
        abbreviation in parentheses, if one follows within a name's length, no other document begins
        on the way and every stop word there can join a name ("của", "về", not "đã", "được")."""
        lexicon = self.lexicon
        match = self._match_at(_NAME_BEFORE_ACRONYM, start)
        if match is None or match.end() <= end or len(match.group().split()) > MAX_NAME_WORDS:
            return end
        if lexicon.type_word.search(self.text, start, match.end()) is not None:
            return end
        words = self.text[end : match.end()].split()
        index = 0
        while index < len(words):
            length = lexicon.stop_length(words, index)
            if length and lexicon.stop_length(words, index, lexicon.act_joiners) != length:
                return end
            index += length or 1
        return match.end()

    def _finish_named(self, type_match: regex.Match[str], doc_type: str, start: int, name_end: int) -> Candidate | None:
        """Add what may follow a name: "(sửa đổi)", "năm 2004" or "2012" (and then "(sửa đổi)"),
        "số 31/2018/QH14", "số 34" (after a name, "số" marks the law's own number)."""
        end = name_end
        suffix = self._match_at(_AMENDED_SUFFIX, end)
        if suffix is not None:
            end = name_end = suffix.end()
        year = None
        year_match = self._match_at(_YEAR_AFTER, end)
        if year_match is not None:
            year, end = int(year_match["year"]), year_match.end()
            amended = self._match_at(_AMENDED_SUFFIX, end)  # "Hiến pháp năm 1992 (sửa đổi, bổ sung năm 2001)"
            end = amended.end() if amended is not None else end
        parsed = None
        lead = self._match_at(_NUMBER_LEAD, end)
        if lead is not None and lead["so"] is not None:
            found = self.code_at(lead.end(), bare_allowed=True)
            if found is not None:
                end, parsed = found
        name = self.text[start:name_end].strip() or None
        named = self.lexicon.types[doc_type.lower()].named
        if name is None and not (year and named == "law-by-year"):
            return None
        if name is not None:
            name = " ".join(name.split())
            if named == "law" and name in self.lexicon.countries and parsed is None:
                return None  # "Luật Trung Quốc": the law of a country
            if (doc_type, name.lower()) in self.lexicon.generic_names and parsed is None and year is None:
                return None  # "ngành Luật kinh tế", "sửa đổi Điều lệ Công ty": no one document
        return Candidate(type_match.start(), end, LABEL, _attrs(doc_type, parsed, name=name, year=year))

    def _capitalised_name_at(self, position: int) -> bool:
        """A capitalised word starts here, and no person's name ("chuyên gia luật Trần Văn An") nor
        a body ("dự án luật Quốc hội cho ý kiến")."""
        first = self._match_at(_TOKEN, position)
        if first is None or first["word"] is None or not first["word"][0].isupper():
            return False
        second = self._match_at(_TOKEN, first.end())
        second_word = second["word"] if second is not None and second["word"] is not None else ""
        first_word = first["word"].lower()
        person = first_word in self.lexicon.surnames and second_word[:1].isupper()
        body = {first_word, f"{first_word} {second_word.lower()}"} & self.lexicon.lower_case_non_names
        return not (person or body)

    def _inside_other_name(self, type_match: regex.Match[str]) -> bool:
        """"Trường Đại học Luật", "cử nhân Luật": the type word belongs to another name; so does the
        subject of a treaty ("Công ước của Liên hợp quốc về Luật Biển" names no law)."""
        before = self.lowered[max(0, type_match.start() - 30) : type_match.start()].split()
        if not before:
            return False
        if before[-1] in self.lexicon.not_after or " ".join(before[-2:]) in self.lexicon.not_after:
            return True
        return before[-1] == "về" and self._after_treaty_head(type_match.start())

    def _after_treaty_head(self, position: int) -> bool:
        """A treaty's head word ("Công ước", "Hiệp định") opens the clause that ends at ``position``."""
        clause = _CLAUSE_BREAK.split(self.lowered[max(0, position - TREATY_REACH) : position])[-1]
        return self.lexicon.treaty_heads.search(clause) is not None

    def _in_basis_clause(self, position: int) -> bool:
        """Inside a "Căn cứ ..." line, the formula of administrative documents."""
        line_start = self._line_start(position)
        return _BASIS_LINE.match(self.text, line_start, min(position, line_start + 40)) is not None

    @cached_property
    def _newlines(self) -> list[int]:
        return [match.start() for match in re.finditer("\n", self.text)]

    def _line_start(self, position: int) -> int:
        """Start of the line holding ``position``, without scanning back over a long line."""
        index = bisect.bisect_left(self._newlines, position)
        return self._newlines[index - 1] + 1 if index else 0

    def _basis_name_end(self, start: int, doc_type: str) -> int | None:
        """In "Căn cứ Luật X ngày ..." everything up to the date (or year, or "số") is the name,
        commas and "của" included, unless another document begins first ("Luật A và Luật B")."""
        clause_end = _CLAUSE_END.search(self.text, start, start + MAX_BASIS_CLAUSE)
        limit = clause_end.start() if clause_end else min(len(self.text), start + MAX_BASIS_CLAUSE)
        marker = _BASIS_MARKER.search(self.text, start, limit)
        if marker is None:
            return self._law_name_end(start, doc_type)
        for other in self.lexicon.type_word.finditer(self.text, start, marker.start()):
            before = self.text[start : other.start()].rstrip()
            if before.endswith((",", " và")) and self._starts_document(other.start()):
                return self._law_name_end(start, doc_type)
        return marker.start() if self.text[start : marker.start()].strip() else None

    def _amended_laws_end(self, position: int) -> int | None:
        """"Luật sửa đổi, bổ sung một số điều của Luật A và Luật B": the amended laws are in the name."""
        end = None
        while True:
            type_match = self._match_at(self.lexicon.type_word, position)
            if type_match is None or not self.lexicon.doc_type(type_match.group()).named.startswith("law"):
                return end
            name_end = self._law_name_end(type_match.end(), "")
            if name_end is None:
                return end
            end = name_end
            joint = self._match_at(_LAW_JOINT, end)
            if joint is None:
                return end
            position = joint.end()

    def _name_end(self, start: int, doc_type: str, *, in_lower_case: bool = False) -> int | None:
        """End of a name read word by word from ``start``; None when no name starts there."""
        lexicon = self.lexicon
        tokens = self._tokens(start)
        words = [token["word"] or "" for token in tokens]
        end = None
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if index and "\n" in token["space"]:
                break
            if token["word"] is None:
                if token["mark"] == "," and self._comma_inside_name(words, index):
                    index += 1
                    continue
                break
            word = token["word"]
            if index == 0 and (word.lower() in lexicon.non_starts or doc_type == "Điều lệ" and word.islower()):
                return None  # "Luật sư"; a charter is named by its body ("Điều lệ Đảng")
            if index and self._starts_document(token.start("word")):
                break
            if word.isdigit() or lexicon.stop_length(words, index):
                break
            if word.lower() == "và" and not self._and_inside_name(tokens, words, index, in_lower_case=in_lower_case):
                break
            end = token.end()
            index += 1
        if end is not None and words[index - 1].lower() == "và":
            end = tokens[index - 2].end()
        return end

    def _tokens(self, start: int) -> list[regex.Match[str]]:
        tokens = []
        position = start
        while len(tokens) < MAX_NAME_WORDS + 2:
            token = self._match_at(_TOKEN, position)
            if token is None:
                break
            tokens.append(token)
            position = token.end()
        return tokens

    def _comma_inside_name(self, words: list[str], index: int) -> bool:
        if index == 0 or index + 1 >= len(words):
            return False
        return (words[index - 1].lower(), words[index + 1].lower()) in self.lexicon.comma_pairs

    def _and_inside_name(
        self, tokens: list[regex.Match[str]], words: list[str], index: int, *, in_lower_case: bool
    ) -> bool:
        """"Luật Bảo vệ và phát triển rừng": "và" joins two name words, not two documents."""
        following = index + 1
        return (
            index > 0
            and following < len(words)
            and bool(words[following])
            and (words[following][0].isupper() or not in_lower_case)
            and not words[following].isdigit()
            and not self.lexicon.stop_length(words, following)
            and not self.lexicon.stop_length(words, following, self.lexicon.and_breaks)
            and self._match_at(self.lexicon.type_word, tokens[following].start("word")) is None
        )

    def _starts_document(self, position: int) -> bool:
        """A capitalised type word here begins another document ("Luật A và Luật B")."""
        match = self._match_at(self.lexicon.type_word, position)
        return match is not None and match.group()[0].isupper()

    def _resolution(self, type_match: regex.Match[str], doc_type: str) -> Candidate | None:
        """"Nghị quyết Đại hội XIII", "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Đại hội Đảng bộ
        tỉnh nhiệm kỳ 2020-2025": named by their congress."""
        position = type_match.end()
        match = (
            self._match_at(_CONGRESS, position)
            or self._match_at(_PLENUM, position)
            or self._match_at(_CONGRESS_BY_TERM, position)
        )
        if match is None:
            return None
        name = " ".join(match["name"].split())
        return Candidate(type_match.start(), match.end(), LABEL, _attrs(doc_type, name=name))


def _drop_nested(candidates: list[Candidate]) -> list[Candidate]:
    """A reference inside a longer one ("Luật A" inside "Luật sửa đổi ... của Luật A") is part of it."""
    ordered = sorted(candidates, key=lambda c: (c.start, -c.end))
    kept: list[Candidate] = []
    for candidate in ordered:
        if kept and candidate.end <= kept[-1].end:
            continue
        kept.append(candidate)
    return kept


@register_recognizer("vnpolitics.legal_docs.v1")
def make_recognizer() -> "object":
    lexicon = _lexicon()

    def recognize(context: Context) -> Iterable[Candidate]:
        reader = _Reader(context.text, lexicon)
        coded: list[Candidate] = []
        named: list[Candidate] = []
        for type_match in lexicon.type_words(context.text, reader.lowered):
            if lexicon.is_compound(reader.lowered, type_match):
                continue
            doc_type = lexicon.doc_type(type_match.group())
            candidate = reader.coded(type_match, doc_type)
            if candidate is not None:
                coded.append(candidate)
                continue
            candidate = reader.named(type_match, doc_type)
            if candidate is not None:
                named.append(candidate)
        coded += reader.chained_codes(coded)
        covered = {(c.start, c.end) for c in coded}
        items = [c for c in reader.list_items(coded) if (c.start, c.end) not in covered]
        return _drop_nested(coded + items + named)

    return recognize
