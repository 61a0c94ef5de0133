"""TITLE recogniser: offices, ranks and academic titles, with the body each office belongs to.

A title is found in two steps. One pattern built from the data tables finds the role words
("Phó Bí thư Thường trực", "Thiếu tướng", "PGS.TS"). Then :class:`_OrganizationReader`
walks the words after an office and decides where the organisation that belongs to it ends:
that boundary is the hard part, because Vietnamese writes a title, its body, a place and the
holder's name one after another with nothing in between ("Bí thư Thành ủy Đà Nẵng Lê Văn A").
The reader stops at punctuation, at time and function words, at verbs, at another office, at a
date found earlier and at a capitalised family name that starts a person's name.

Plural or generic mentions ("3 Phó Bí thư", "các đồng chí Ủy viên Ban Thường vụ", "Chủ tịch
UBND các huyện") are not titles. ``holder`` is left to the linker.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Callable, Iterable, Iterator

import regex

from ..canonical import canonical_organization
from ..gazetteer import district_cities, lookup, provinces, standalone_names
from ..lexicon import load_lines, load_table
from ..registry import register_recognizer
from .alternation import trie_alternation
from .base import Candidate, Context
from .people import is_foreign_given_name, is_foreign_org_word, looks_foreign

__all__ = ["make_recognizer", "find_titles", "TitleMatch"]

_NOT_WORD_AFTER = r"(?![\p{L}\p{N}])"
# A word: letters and digits, with inner apostrophes, "&" or "-" ("H'Hen", "GD&ĐT", "Covid-19"),
# or an abbreviation with inner dots ("T.Ư", "TP.HCM"; "Quốc.Trong" is two words missing a space).
_WORD = regex.compile(r"(?:\p{Lu}{1,3}\.)+[\p{L}\p{N}]+|[\p{L}\p{N}](?:[\p{L}\p{N}]|['’&-](?=[\p{L}\p{N}]))*")
_NUMBER = regex.compile(r"\d+(?![/\-.]\d)")
_ROMAN_OR_NUMBER = regex.compile(r"(?:[IVXLC]+|\d+)" + _NOT_WORD_AFTER)
# What may separate two words of one organisation name.
_SPACE = regex.compile(r"[ \t]+")
_COMMA = regex.compile(r",[ \t]+")
_DASH = regex.compile(r"[ \t]+-[ \t]+")
_AND = regex.compile(r"[ \t]+(?:và|&)[ \t]+")
_TERM = regex.compile(r"(?i:khóa|khoá)[ \t]+")
_COORDINATION = regex.compile(r"[ \t]*(?:,|và|;)[ \t]*")
_NAME_AFTER = regex.compile(r"[ \t]+\p{Lu}")
_ABOUT = regex.compile(r"về[ \t]+(?=\p{Lu})")
_PREVIOUS_WORD = regex.compile(r"(\p{L}+)[ \t]+$")
_CLAUSE_END = regex.compile(r"[ \t]*(?:[,.;:!?)…\n]|$)")
_LOOKAHEAD_CHARS = 240
_WINDOW = 80  # longer than any phrase matched at one position


def _at(pattern: regex.Pattern[str], text: str, pos: int) -> regex.Match[str] | None:
    """``pattern.match`` within a short window. Unbounded, regex first looks for a literal the
    pattern needs (" quán") through the whole rest of the text, which makes each call O(n)."""
    return pattern.match(text, pos, pos + _WINDOW)


@dataclass(frozen=True, slots=True)
class _Role:
    shared_head: str  # "" or the role's last word(s) that also begin the organisation
    alone: bool
    required_start: tuple[str, ...]  # organisation must start with one of these; () for any
    names: str  # which capitalised names may be the body: "yes", "no", "brand", "before_name"


@dataclass(frozen=True, slots=True)
class _Start:
    """What the words found by the start pattern are."""

    kind: str  # "position" | "rank" | "academic" | "spelled" (an academic title written out)
    role: _Role | None = None  # the office's rules, for positions


@dataclass(frozen=True, slots=True)
class _Lexicon:
    start: regex.Pattern[str]  # office (with "Phó"/"Quyền"), rank or academic title
    starts: dict[str, _Start]  # casefolded words found by ``start`` -> what they are
    suffix: regex.Pattern[str]  # "Thường trực", "dự khuyết" ... after an office; "phụ trách" before its body
    academic_chain: regex.Pattern[str]  # ".TS", ". TSKH" after "PGS", then a capitalised name
    body_before: regex.Pattern[str]  # "Ban " before "Bí thư": a body, not an office
    body_after: regex.Pattern[str]  # " quán" after "Đại sứ"
    office_at: regex.Pattern[str]  # an office that would cut an organisation short, at a position
    phrases: regex.Pattern[str]  # a known head word, scope word or place, longest first
    phrase_kind: dict[str, str]  # phrase -> "place" | "country" | "scope" | "closed" | "descriptive" | "named"
    inner_names: frozenset[str]  # head phrases that continue a body after "và" ("Tài chính")
    parent_body: regex.Pattern[str]  # " của Quốc hội" after a committee, at a position
    scope_non_places: frozenset[str]  # "này" in "quận này", "hội" in "xã hội"
    plural_words: frozenset[str]  # "các", "những": no part of a body's name
    plural_before: regex.Pattern[str]  # "các đồng chí ", "các ứng viên là " right before an office: plural
    class_partner: regex.Pattern[str]  # ", Thủ trưởng cơ quan ngang bộ" after a bare office: a class of offices
    generic_body: regex.Pattern[str]  # "các huyện", "cấp xã": the office of many bodies
    assigned_before: regex.Pattern[str]  # "làm " before a lower-case office with no body
    namesake_heads: regex.Pattern[str]  # " Trường Đại học ": the name after these is the body's namesake
    company_head: regex.Pattern[str]  # " Công ty": a name-like run that ends the clause is the company's
    field_body: regex.Pattern[str]  # "Ban Chỉ đạo ...": a body whose name may go on with "về Cải cách"
    surnames: frozenset[str]
    stop_words: frozenset[str]
    stop_exceptions: frozenset[str]  # "dự án": not the stop word "dự"
    longest_stop: int  # in words, of a stop word or an exception


def _key(words: str) -> str:
    return " ".join(words.split()).casefold()


def _alternation(words: Iterable[str]) -> str:
    """One fast regex for a word list (a trie: the engine tries one branch per character)."""
    return trie_alternation(" ".join(word.split()) for word in words)


def _read_roles() -> dict[str, _Role]:
    return {
        _key(row["role"]): _Role(
            shared_head=row["shared_head"],
            alone=row["alone"] == "yes",
            required_start=() if row["organization"] == "any" else tuple(row["organization"].split("|")),
            names=row["free_name"],
        )
        for row in load_table("title_roles.tsv")
    }


def _place_kinds() -> dict[str, str]:
    """Places that may close an organisation: provinces and their cities (gazetteer), countries."""
    places = {name: "country" for name in (row["name"] for row in load_table("location_countries.tsv"))}
    for era in ("legacy", "2025"):
        places.update({unit.name: "place" for unit in provinces(era)})  # type: ignore[arg-type]
    places.update({unit.name: "place" for unit in district_cities()})
    places.update({name: "place" for name in standalone_names()})
    return places


def _start_forms() -> dict[str, _Start]:
    """Every written form the scan must find (casefolded), with what it is.

    Offices take up to two prefixes ("Quyền Phó Giám đốc"); an office that itself starts with
    one ("Phó ban") keeps its own entry.
    """
    prefixes = [_key(row["modifier"]) for row in load_table("title_modifiers.tsv") if row["position"] == "prefix"]
    starts: dict[str, _Start] = {}
    for core, role in _read_roles().items():
        for first in ["", *prefixes]:
            for second in ["", *prefixes]:
                starts.setdefault(_key(f"{first} {second} {core}"), _Start("position", role))
    starts.update({_key(rank): _Start("rank") for rank in load_lines("title_ranks.txt")})
    for title in load_lines("title_academic.txt"):
        starts[_key(title)] = _Start("spelled" if " " in title else "academic")
    return starts


def _body_words(position: str) -> str:
    """Alternatives of title_body_words.tsv for one position ("before" or "after" the office)."""
    return "|".join(
        _alternation([row["word"]]) if row["case"] == "exact" else f"(?i:{_alternation([row['word']])})"
        for row in load_table("title_body_words.tsv")
        if row["position"] == position
    )


def _context_words(use: str) -> str:
    """Alternatives of title_context_words.tsv for one use ("plural", "between", ...)."""
    return _alternation(row["word"] for row in load_table("title_context_words.tsv") if row["use"] == use)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    starts = _start_forms()
    academic = load_lines("title_academic.txt")  # case matters: "TS" is a title, "ts" is not
    abbreviations = [title for title in academic if " " not in title]
    modifiers = load_table("title_modifiers.tsv")
    suffixes = [row["modifier"] for row in modifiers if row["position"] == "suffix"]
    body_suffixes = [row["modifier"] for row in modifiers if row["position"] == "suffix before body"]
    any_case = [form for form, what in starts.items() if what.kind in ("position", "rank")]
    # What ends another title's organisation: any office but those generic without their body
    # ("Trưởng đoàn Đại biểu Quốc hội"), any rank, any academic title ("Học viện Tài chính TS Lê").
    cutting = [
        form for form, what in starts.items() if what.kind == "rank" or what.role and not what.role.required_start
    ]
    phrase_kind = _place_kinds()
    phrase_kind.update({scope: "scope" for scope in load_lines("title_scopes.txt")})
    heads = load_table("title_org_heads.tsv")
    phrase_kind.update({row["head"]: row["mode"] for row in heads})
    stops = frozenset(_key(word) for word in load_lines("title_stop_words.txt"))
    exceptions = frozenset(_key(word) for word in load_lines("title_stop_exceptions.txt"))
    return _Lexicon(
        start=regex.compile(rf"\b(?:(?i:{_alternation(any_case)})|{_alternation(academic)}){_NOT_WORD_AFTER}"),
        starts=starts,
        suffix=regex.compile(
            rf"[ \t]+(?:(?i:{_alternation(suffixes)}){_NOT_WORD_AFTER}"
            rf"|(?i:{_alternation(body_suffixes)})(?=[ \t]+\p{{Lu}}))"
        ),
        academic_chain=regex.compile(
            rf"(?:\.[ \t]?(?:{_alternation(abbreviations)}){_NOT_WORD_AFTER})*(?=\.?[ \t]+\p{{Lu}})"
        ),
        body_before=regex.compile(rf"(?:{_body_words('before')})[ \t]$"),
        body_after=regex.compile(rf"[ \t]+(?:{_body_words('after')}){_NOT_WORD_AFTER}"),
        office_at=regex.compile(rf"(?:(?i:{_alternation(cutting)})|{_alternation(academic)}){_NOT_WORD_AFTER}"),
        phrases=regex.compile(rf"(?:{_alternation(phrase_kind)})(?![\p{{L}}\p{{N}}]|\.[\p{{L}}\p{{N}}])"),
        phrase_kind={" ".join(k.split()): v for k, v in phrase_kind.items()},
        inner_names=frozenset(" ".join(row["head"].split()) for row in heads if row["new_body"] == "no"),
        parent_body=regex.compile(
            rf"[ \t]+của[ \t]+(?P<parent>{_alternation(load_lines('title_parent_bodies.txt'))}){_NOT_WORD_AFTER}"
        ),
        scope_non_places=frozenset(load_lines("title_scope_non_places.txt")),
        plural_words=frozenset(
            row["word"] for row in load_table("title_context_words.tsv") if row["use"] in ("plural", "many")
        ),
        class_partner=regex.compile(rf"[ \t]*,[ \t]*(?i:{_context_words('class')}){_NOT_WORD_AFTER}"),
        plural_before=regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?i:{_context_words('plural')}|\d+%?)[ \t]+"
            rf"(?i:(?:{_context_words('between')}|(?:{_context_words('subject')})[ \t]+là)[ \t]+)?$"
        ),
        generic_body=regex.compile(
            rf"(?i:(?<![\p{{L}}\p{{N}}])(?:{_context_words('many')})[ \t]+(?:{_context_words('unit')})"
            rf"{_NOT_WORD_AFTER})"
        ),
        assigned_before=regex.compile(rf"(?i:(?<![\p{{L}}\p{{N}}])(?:{_context_words('assigned')})[ \t]+)$"),
        company_head=regex.compile(
            rf"[ \t]+(?:{_alternation(load_lines('title_company_heads.txt'))}){_NOT_WORD_AFTER}"
        ),
        field_body=regex.compile(
            rf"(?i:(?<!\p{{L}})(?:{_alternation(load_lines('title_field_bodies.txt'))})(?!\p{{L}}|[ \t]+nhân dân))"
        ),
        namesake_heads=regex.compile(
            rf"(?:[ \t]+(?:{_alternation(load_lines('title_namesake_heads.txt'))}))+[ \t]+"
        ),
        surnames=frozenset(load_lines("person_surnames.txt")),
        stop_words=stops,
        stop_exceptions=exceptions,
        longest_stop=max(len(word.split()) for word in stops | exceptions),
    )


def _is_capitalised(word: str) -> bool:
    return word[0].isupper()


def _is_foreign_word(word: str) -> bool:
    return _is_capitalised(word) and looks_foreign(word)


class _OrganizationReader:
    """Where the organisation that belongs to an office ends, reading word by word."""

    def __init__(self, text: str, lexicon: _Lexicon, barriers: frozenset[int]) -> None:
        self.text = text
        self.lex = lexicon
        self.barriers = barriers  # starts of earlier candidates (dates, documents): never crossed
        self.body_start = 0  # where the organisation being read starts (right after the office)

    # -- looking at one position ------------------------------------------------------
    def _word(self, pos: int) -> regex.Match[str] | None:
        return _at(_WORD, self.text, pos)

    def _is_stop(self, pos: int) -> bool:
        """A lower-case word or phrase of the stop list starts here (capitalised words are names)."""
        if not self.text[pos].islower():
            return False
        phrases = []
        words: list[str] = []
        cursor = pos
        for _ in range(self.lex.longest_stop):
            word = self._word(cursor)
            if word is None:
                break
            words.append(word.group().casefold())
            phrases.append(" ".join(words))
            space = _at(_SPACE, self.text, word.end())
            if space is None:
                break
            cursor = space.end()
        if any(phrase in self.lex.stop_exceptions for phrase in phrases):
            return False
        previous = _PREVIOUS_WORD.search(self.text, max(0, pos - 12), pos)
        if previous is not None and f"{previous.group(1).casefold()} {phrases[0]}" in self.lex.stop_exceptions:
            return False  # "hàng không": the stop word "không" ends a phrase that is none
        return any(phrase in self.lex.stop_words for phrase in phrases)

    def starts_person(self, pos: int) -> bool:
        """A family name or a known foreign given name followed by another capitalised word ("Đỗ
        Minh Khoa", "Lee Jae-yong"), or a foreign name."""
        word = self._word(pos)
        if word is None:
            return False
        following = self._next_word(word.end())
        if word.group() in self.lex.surnames or is_foreign_given_name(word.group()):
            return following is not None and _is_capitalised(following.group())
        return self._ends_foreign_run(word, following)

    def _next_word(self, end: int) -> regex.Match[str] | None:
        space = _at(_SPACE, self.text, end)
        return self._word(space.end()) if space else None

    def _ends_foreign_run(self, word: regex.Match[str], following: regex.Match[str] | None) -> bool:
        """The last two of capitalised foreign-looking words, not a known place: the name after
        a country or a company ("Bộ trưởng Ngoại giao Bulgaria Ekaterina Zaharieva")."""
        if following is None or not (_is_foreign_word(word.group()) and _is_foreign_word(following.group())):
            return False
        if is_foreign_org_word(word.group()) or is_foreign_org_word(following.group()):
            return False  # "Intracom Group": a company
        third = self._next_word(following.end())
        if third is not None and _is_foreign_word(third.group()):
            return False
        return self._phrase(word.start()) is None and lookup(self.text[word.start() : following.end()]) is None

    def _phrase(self, pos: int) -> tuple[int, str] | None:
        """(end, kind) of the known place, administrative word or head word at ``pos``."""
        match = _at(self.lex.phrases, self.text, pos)
        if match is None:
            return None
        return match.end(), self.lex.phrase_kind[" ".join(match.group().split())]

    def _goes_on_lower_case(self, pos: int) -> bool:
        """A lower-case word that is no stop word follows ("Pháp luật", "Mỹ thuật" are no countries)."""
        space = _at(_SPACE, self.text, pos)
        if space is None or not self.text[space.end()].islower():
            return False
        return not self._is_stop(space.end())

    def _begins_body(self, pos: int) -> bool:
        """A place, administrative word or head word that starts a body of its own ("và Sở Y tế")."""
        match = _at(self.lex.phrases, self.text, pos)
        return match is not None and " ".join(match.group().split()) not in self.lex.inner_names

    def _place_after_scope(self, pos: int) -> int | None:
        """End of the place name after "tỉnh", "quận" ...: a known place, a number or a capitalised run."""
        space = _at(_SPACE, self.text, pos)
        if space is None:
            return None
        start = space.end()
        number = _at(_NUMBER, self.text, start)
        if number is not None:
            return number.end()
        known = self._known_place(start)
        if known is not None:
            return known
        end = None
        for word_end in self._capitalised_run(start):
            if _at(self.lex.office_at, self.text, start) or self._phrase(start) is not None:
                break
            end = word_end
        return end

    def _capitalised_run(self, start: int, longest: int = 4) -> list[int]:
        """Ends of the capitalised words from ``start`` on, up to a person's name ("Nghi Lộc Lê Văn A")."""
        ends: list[int] = []
        cursor = start
        while len(ends) < longest:
            word = self._word(cursor)
            if word is None or not _is_capitalised(word.group()) or self.starts_person(cursor):
                break
            ends.append(word.end())
            space = _at(_SPACE, self.text, word.end())
            if space is None:
                break
            cursor = space.end()
        return ends

    def _foreign_body_end(self, start: int) -> int | None:
        """End of a foreign organisation's name at ``start`` ("Intracom Group", "Man Utd"): the
        capitalised run up to its last organisation word; None when it has none."""
        end = None
        word_start = start
        for word_end in self._capitalised_run(start, longest=6):
            if is_foreign_org_word(self.text[word_start:word_end]):
                end = word_end
            space = _at(_SPACE, self.text, word_end)
            word_start = space.end() if space else word_end
        return end

    def _lone_foreign_word(self, word: regex.Match[str]) -> bool:
        """A foreign-looking word that no other name word follows: a brand ("Westbay", "Vingroup"),
        not a foreign name's first word ("Mark Delaney") nor a family name."""
        if not _is_foreign_word(word.group()) or word.group() in self.lex.surnames:
            return False
        following = self._next_word(word.end())
        return following is None or not _is_capitalised(following.group()) or self.starts_person(following.start())

    def _name_before_person(self, start: int) -> int | None:
        """End of the capitalised run at ``start`` when a person's name follows it ("Nevada" in
        "Thống đốc Nevada Kate Brennan", "Nam Kỳ"); None for the person alone ("Thống đốc
        Brennan") and for foreign runs of several words, where the first words of a name cannot be
        told from a place ("Gabon Ali Bongo Ondimba"), and for a known foreign given name ("Jair")."""
        run = self._capitalised_run(start)
        if not run or len(run) > 1 and any(_is_foreign_word(word) for word in self.text[start : run[-1]].split()):
            return None
        if is_foreign_given_name(self.text[start : run[0]]):
            return None  # "Tổng thống Jair Messias Bolsonaro": the name's first word
        following = self._next_word(run[-1])
        first_is_foreign = _is_foreign_word(self.text[start : run[0]])
        if following is not None and first_is_foreign and is_foreign_given_name(following.group()):
            return None  # "Gabor Ali Kessi": a foreign run of several words again
        return run[-1] if following is not None and self.starts_person(following.start()) else None

    def _known_place(self, start: int) -> int | None:
        """End of the longest unit of the gazetteer or listed place at ``start`` ("Mỹ Châu" over "Mỹ")."""
        for end in reversed(self._capitalised_run(start)[1:]):
            if lookup(self.text[start:end]) is not None:
                return end
        phrase = self._phrase(start)
        if phrase is not None and phrase[1] in ("place", "country"):
            return phrase[0]
        return None

    # -- the walk ---------------------------------------------------------------------
    def read(self, pos: int, mode: str | None, names: str) -> int:
        """End of the organisation that starts after ``pos`` (``pos`` itself when there is none).

        ``mode`` is None before any head word was read, else "closed" or "descriptive"
        (whether lower-case words may continue the name), or "place" once a place closed it.
        """
        text = self.text
        if _at(_SPACE, text, pos) is None or _at(_DASH, text, pos) or _at(_AND, text, pos):
            return pos  # "Bí thư, Chủ tịch UBND xã": the body starts after a plain space only
        self.body_start = pos
        limit = min(len(text), pos + _LOOKAHEAD_CHARS)
        end = pos
        last_lower = False
        comma_checkpoints: list[tuple[int, bool]] = []  # (end before the comma, last word lower-case)
        while end < limit:
            separator, after_comma = self._separator(end, mode)
            if separator is None:
                break
            start = separator
            if start in self.barriers or start >= limit:
                break
            term = _at(_TERM, text, start)
            if term is not None and mode is not None:
                number = _at(_ROMAN_OR_NUMBER, text, term.end())
                if number is not None:
                    end, last_lower = number.end(), False
                break
            if _at(self.lex.office_at, text, start):
                break
            if self._is_stop(start):
                if not self._field_follows(start, mode):
                    break
                end, mode, last_lower = start + len("về"), "descriptive", True  # read on with the field
                continue
            step = self._step(start, mode, names)
            if step is None:
                break
            if after_comma:
                comma_checkpoints.append((end, last_lower))
            end, mode, last_lower = step
        while comma_checkpoints and last_lower:  # ", chiến lược Trung ương" yes; ", cho biết" no
            end, last_lower = comma_checkpoints.pop()
        return end

    def _field_follows(self, start: int, mode: str | None) -> bool:
        """"Ban Chỉ đạo Trung ương về Cải cách tư pháp": "về" and a capitalised field go on with the
        name of a steering body; not a place or a body ("về Hà Nội", "về Quốc hội"), nor after other
        bodies."""
        about = _at(_ABOUT, self.text, start)
        if mode is None or about is None or self._phrase(about.end()) is not None:
            return False
        return self.lex.field_body.search(self.text, max(0, self.body_start - 12), start) is not None

    def _separator(self, end: int, mode: str | None) -> tuple[int | None, bool]:
        """Where the next word starts, and whether a comma was crossed; None when the name ends here."""
        text = self.text
        parent = _at(self.lex.parent_body, text, end)
        if parent is not None and mode == "descriptive":
            return parent.start("parent"), False  # "Ủy ban Pháp luật của Quốc hội"
        space = _at(_SPACE, text, end)
        if space is not None and not _at(_DASH, text, end) and not _at(_AND, text, end):
            return space.end(), False
        if mode != "descriptive":
            return None, False
        for joiner in (_COMMA, _DASH, _AND):
            match = _at(joiner, text, end)
            if match is None:
                continue
            word = self._word(match.end())
            if word is None or self.starts_person(match.end()) or self._begins_body(match.end()):
                return None, False
            if joiner is _AND and not _is_capitalised(word.group()) and not self._field_closed_by_place(match.end()):
                return None, False
            if joiner is _DASH and not _is_capitalised(word.group()) and self._capitalised_before(end):
                return None, False  # "Trường THPT Nam Trà My - thầy A": an aside, not "kinh tế - xã hội"
            return match.end(), joiner is _COMMA
        return None, False

    def _capitalised_before(self, end: int) -> bool:
        previous = self.text[max(0, end - 30) : end].split()
        return bool(previous) and _is_capitalised(previous[-1])

    def _field_closed_by_place(self, pos: int) -> bool:
        """Lower-case words after "và" that a place closes still name the body ("Phòng Thương mại
        và công nghiệp Việt Nam", "Sở Giáo dục và đào tạo tỉnh X"); other lower-case words after
        "và" start another phrase ("và các đơn vị", "và lãnh đạo sở cho biết")."""
        cursor = pos
        for _ in range(3):
            word = self._word(cursor)
            if word is None or not word.group()[0].islower() or self._is_stop(cursor):
                return False
            if word.group() in self.lex.plural_words:
                return False
            space = _at(_SPACE, self.text, word.end())
            if space is None:
                return False
            cursor = space.end()
            phrase = self._phrase(cursor)
            if phrase is not None and phrase[1] in ("place", "country", "scope"):
                return True
        return False

    def _step(
        self, start: int, mode: str | None, names: str
    ) -> tuple[int, str | None, bool] | None:
        """Read one unit of the name at ``start``: (its end, the new mode, ends lower-case) or None."""
        phrase = self._phrase(start)
        if phrase is not None:
            phrase_end, kind = phrase
            if kind in ("place", "country"):
                if kind == "place" and mode is None and names != "yes":
                    return None  # "Chủ tịch Hồ Chí Minh" is a man; "Thủ tướng Nhật Bản" an office
                one_word = " " not in self.text[start:phrase_end]
                if not (one_word and self._goes_on_lower_case(phrase_end)):
                    return self._known_place(start) or phrase_end, "place", False
                # "Pháp luật", "Mỹ thuật": an ordinary word
            elif mode == "place" and kind != "scope":
                return None
            elif kind == "named":
                if self._name_follows_heads(phrase_end):
                    return phrase_end, "descriptive", False
                # "trường nghề", "Môi trường": an ordinary word here
            elif kind != "scope":
                return phrase_end, kind, False
            else:
                scope = self._scope(start, phrase_end)
                if scope is not None:
                    return scope
                if mode == "place":
                    return None
                # "xã hội", "quận này": no administrative word here; read on as an ordinary word
        word = self._word(start)
        if word is None or mode == "place":  # after a place only another place or "khóa X"
            return None
        value = word.group()
        number = _at(_NUMBER, self.text, start)
        if mode is not None and number is not None and number.end() == word.end():  # "Quân khu 5", not "5/6"
            return word.end(), mode, False
        if _is_capitalised(value):
            if mode is None and names != "yes":
                body_end = self._foreign_body_end(start)
                if body_end is None and names == "brand" and self._lone_foreign_word(word):
                    body_end = word.end()
                if body_end is None and names == "before_name":
                    body_end = self._name_before_person(start)
                return None if body_end is None else (body_end, "closed", False)
            if self.starts_person(start):
                name_end = self._namesake_end(start) or self._company_name_end(start)
                return None if name_end is None else (name_end, "descriptive", False)
            return word.end(), mode or "descriptive", False
        if mode == "descriptive" and not value[0].isdigit():
            return word.end(), mode, True
        return None

    def _name_follows_heads(self, end: int) -> bool:
        """A capitalised word follows, maybe after more lower-case heads ("trường đại học Vinh")."""
        while not _at(_NAME_AFTER, self.text, end):
            space = _at(_SPACE, self.text, end)
            following = self._phrase(space.end()) if space else None
            if following is None or following[1] != "named":
                return False
            end = following[0]
        return True

    def _namesake_end(self, start: int) -> int | None:
        """End of the person's name a school or hospital is named after, when only their head
        words stand between the office and ``start`` ("Hiệu trưởng Đại học Tôn Đức Thắng"); a
        second name after it is a person again ("Trường THPT Lê Lợi Trần Văn A")."""
        if not self.lex.namesake_heads.fullmatch(self.text, self.body_start, start):
            return None  # "Vụ Giáo dục đại học Nguyễn Thu A": the name follows no head of its own
        end = cursor = start
        for index in range(4):  # "Nguyễn Thị Minh Khai"; its second word may be a surname ("Phan Châu Trinh")
            word = self._word(cursor)
            if word is None or not _is_capitalised(word.group()) or index >= 2 and self.starts_person(cursor):
                break
            end = word.end()
            space = _at(_SPACE, self.text, end)
            if space is None:
                break
            cursor = space.end()
        return end

    def _company_name_end(self, start: int) -> int | None:
        """End of a company's own name that looks like a person's ("Công ty TNHH Dược phẩm Hà
        Phát,", "HĐQT Tập đoàn Mai Long."): the body names a company and the run ends the clause. A holder's name after a
        company's title goes on with the sentence ("Giám đốc Công ty Hà Phát Lê Văn A cho biết")."""
        if not self.lex.company_head.search(self.text, self.body_start, start):
            return None
        run = self._capitalised_run(start, longest=4)
        end = run[-1] if run else self._word(start).end()  # type: ignore[union-attr]
        while True:  # the run stops at each word that may open a name: take up to four words
            space = _at(_SPACE, self.text, end)
            word = self._word(space.end()) if space else None
            if word is None or not _is_capitalised(word.group()) or len(self.text[start : word.end()].split()) > 4:
                break
            end = word.end()
        return end if _CLAUSE_END.match(self.text, end) else None

    def _scope(self, start: int, scope_end: int) -> tuple[int, str, bool] | None:
        """An administrative word and its place ("tỉnh Đồng Nai", "quận 8", a bare "tỉnh"), or None."""
        place_end = self._place_after_scope(scope_end)
        if place_end is not None:
            return place_end, "place", False
        if self.text[scope_end - 1] == ".":  # "Công an TP..." : the dot is not the scope's
            scope_end -= 1
        space = _at(_SPACE, self.text, scope_end)
        following = self._word(space.end()) if space else None
        if following is not None and following.group() in self.lex.scope_non_places:
            return None  # "quận này", "xã hội"
        return scope_end, "closed", self.text[start].islower()


@dataclass(frozen=True, slots=True)
class TitleMatch:
    """A title in normalised-text offsets: the whole span, its role words and its organisation."""

    start: int
    end: int
    role: tuple[int, int]
    organization: tuple[int, int] | None
    kind: str  # "position" | "rank" | "academic"


def _office(text: str, start: int, words_end: int, role: _Role, reader: _OrganizationReader) -> TitleMatch | None:
    """The title an office word starts (role words, organisation), or None when it is none.

    ``words_end`` is where the office words found by the scan end; modifiers may follow.
    """
    lexicon = reader.lex
    if role.required_start and text[start].islower():
        return None  # "bầu cử đại biểu Quốc hội": the deputies in general
    suffix = _at(lexicon.suffix, text, words_end)
    role_end = suffix.end() if suffix else words_end
    shares_head = bool(role.shared_head) and suffix is None
    end = reader.read(role_end, "descriptive" if shares_head else None, role.names)
    if end == role_end:
        if not role.alone or role.required_start:
            return None
        # A lower-case office word without a body names an office only where the text assigns it
        # ("làm trưởng đoàn") or a name follows ("hiệu trưởng Trần Văn A"); elsewhere it is the
        # common noun ("giám đốc doanh nghiệp", "vợ đại sứ").
        if text[start].islower() and not (
            _at(_NAME_AFTER, text, role_end) or lexicon.assigned_before.search(text, max(0, start - 16), start)
        ):
            return None
        return TitleMatch(start, role_end, (start, role_end), None, "position")
    body_start = _at(_SPACE, text, role_end).end()  # type: ignore[union-attr]
    head = role.shared_head.casefold()
    if shares_head and text[body_start : body_start + len(head)].casefold() != head:
        body_start = words_end - len(head)  # "Trưởng ban Tổ chức" -> "ban Tổ chức"
    organization = text[body_start:end]
    if role.required_start and not organization.startswith(role.required_start):
        return None
    if lexicon.generic_body.search(organization) or _at(lexicon.generic_body, text, end + 1):
        return None
    return TitleMatch(start, end, (start, role_end), (body_start, end), "position")


def find_titles(text: str, taken: Iterable[tuple[int, int]] = ()) -> Iterator[TitleMatch]:
    """Titles in normalised ``text``, in order.

    ``taken`` are spans found earlier (dates, legal documents): no title starts inside one or
    runs into one, so "Quyết định ... của Chủ tịch UBND tỉnh ngày 5/6" keeps its date.
    """
    lexicon = _lexicon()
    spans = sorted(taken)
    span_starts = [start for start, _ in spans]
    furthest_ends = list(accumulate((end for _, end in spans), max))  # over the spans up to each one

    def inside_taken(offset: int) -> bool:
        index = bisect.bisect_right(span_starts, offset) - 1
        return index >= 0 and furthest_ends[index] > offset

    reader = _OrganizationReader(text, lexicon, frozenset(span_starts))
    pos = 0
    plural_end = -1  # end of the last plural mention: a title coordinated with it is plural too
    while True:
        match = lexicon.start.search(text, pos)
        if match is None:
            return
        start, pos = match.span()
        found = lexicon.starts[_key(match.group())]
        if inside_taken(start):
            continue
        if found.kind == "rank":
            yield TitleMatch(start, pos, (start, pos), None, "rank")
        elif found.kind == "academic":
            chain = _at(lexicon.academic_chain, text, pos)
            if chain is not None:
                pos = chain.end()
                yield TitleMatch(start, pos, (start, pos), None, "academic")
        elif found.kind == "spelled":
            space = _at(_SPACE, text, pos)
            if space is not None and reader.starts_person(space.end()):
                yield TitleMatch(start, pos, (start, pos), None, "academic")
        elif lexicon.body_before.search(text, max(0, start - 12), start) or _at(lexicon.body_after, text, pos):
            # "Ban Bí thư", "Đại sứ quán" are bodies; in "chính quyền Tổng thống" an office follows
            pos = _at(_WORD, text, start).end()  # type: ignore[union-attr]
        elif lexicon.plural_before.search(text, max(0, start - 40), start) or (
            plural_end >= 0 and _COORDINATION.fullmatch(text, plural_end, start)
        ):
            # Skip the body too, so that a title coordinated after it is seen as plural as well.
            plural_end = max(pos, reader.read(pos, None, "no"))
        else:
            assert found.role is not None
            title = _office(text, start, pos, found.role, reader)
            if title is not None and title.organization is None and _at(lexicon.class_partner, text, title.end):
                plural_end = pos = title.end  # "của Bộ trưởng, Thủ trưởng cơ quan ngang bộ": any minister
            elif title is not None:
                yield title
                pos = title.end


def _candidate(context: Context, title: TitleMatch) -> Candidate:
    """The TITLE candidate, its role and organisation spelt as the caller wrote them ("Thành uỷ")."""

    def surface(span: tuple[int, int]) -> str:
        return unicodedata.normalize("NFC", context.normalized.original_slice(*span))

    organization = surface(title.organization) if title.organization else None
    # A body's name starts with a capital even where the text shares it with the role ("Trưởng ban
    # Tổ chức" -> "Ban Tổ chức").
    proper = organization[0].upper() + organization[1:] if organization else None
    attrs = {
        "role": surface(title.role),
        "organization": organization,
        "organization_canonical": canonical_organization(proper),
        "kind": title.kind,
        "holder": None,
    }
    # An office with its body outranks an organisation read over the same words ("Thường trực
    # Ban Bí thư"); a bare office word does not ("Lăng Chủ tịch Hồ Chí Minh" is a place).
    return Candidate(title.start, title.end, "TITLE", attrs, priority=1 if organization else 0)


@register_recognizer("vnpolitics.titles.v1")
def make_recognizer() -> Callable[[Context], Iterable[Candidate]]:
    _lexicon()  # compile the tables once, when the pipeline is built

    def recognize(context: Context) -> Iterable[Candidate]:
        taken = [(candidate.start, candidate.end) for candidate in context.candidates]
        return [_candidate(context, title) for title in find_titles(context.text, taken)]

    return recognize
