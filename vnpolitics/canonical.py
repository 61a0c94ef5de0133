"""Canonical organisation names: abbreviations spelt out, places written one way.

"UBND tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An" and "UBND Nghệ An" must
count as one body in a corpus, as must "HĐND TP.HCM" and "Hội đồng Nhân dân
TPHCM"; this module gives each such family one written form:

1. whole place names become their gazetteer name: with the administrative word
   when the text gives one ("TP.HCM" -> "thành phố Hồ Chí Minh", "Đảng ủy xã
   Hưng Lộc" keeps "xã") or when a body of the administrative levels precedes a
   bare place ("UBND Nghệ An" -> "UBND tỉnh Nghệ An", ``data/org_place_bodies.tsv``);
   bare after a committee of the same level ("Thành ủy TP. Hồ Chí Minh" ->
   "Thành ủy Hồ Chí Minh", ``data/org_committee_levels.tsv``); inside any other
   name a place is left as written, a country apart ("Đại sứ quán Mỹ" -> "Hoa Kỳ");
2. abbreviations are spelt out (``data/org_abbreviations.tsv``) and the
   spelt-out forms take the table's capitalisation ("Ủy ban Nhân dân" ->
   "Ủy ban nhân dân"); an abbreviation repeated in brackets is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from .lexicon import load_table
from .normalization import normalize
from .recognizers.alternation import trie_alternation

if TYPE_CHECKING:
    from .recognizers.locations import PlaceAt

__all__ = ["expand_abbreviations", "canonical_organization"]

_WORD_START = regex.compile(r"(?<![\p{L}\p{N}.])(?=[\p{L}\p{N}])")
_BRACKETED_ABBREVIATION = regex.compile(r"\s*\(\p{Lu}[\p{Lu}.]*\)")
# A place written with its administrative word ("tỉnh Nghệ An", "TP. Vinh", "TPHCM"), not bare.
_UNIT_WORD_FIRST = regex.compile(
    r"(?i:thành phố|thị xã|thị trấn|đặc khu|tỉnh|huyện|quận|phường|xã)[ ]|T[Pp](?=[.\s\p{Lu}])|TX(?=[.\s])"
)
# A title-case word ("Châu", "Tân"): next to one, a place name is only part of a longer name.
_NAME_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+[ ]$")
_NAME_WORD_AFTER = regex.compile(r"[ ]\p{Lu}\p{Ll}")


@dataclass(frozen=True, slots=True)
class _PlaceRules:
    """Which bodies a place's written form depends on (``data/org_place_bodies.tsv``, ``org_committee_levels.tsv``)."""

    administrative_body_before: regex.Pattern[str]  # "UBND ", "Sở Nội vụ ": a bare place after it is a unit
    committee_before: regex.Pattern[str]  # "Tỉnh ủy ": group "committee"
    unit_of_committee: dict[str, str]  # casefolded committee -> the unit word it implies


@lru_cache(maxsize=1)
def _place_rules() -> _PlaceRules:
    abbreviations = load_table("org_abbreviations.tsv")
    direct: list[str] = []
    with_field: list[str] = []
    for row in load_table("org_place_bodies.tsv"):
        spellings = [row["body"], *(r["abbreviation"] for r in abbreviations if r["expansion"] == row["body"])]
        (with_field if row["field"] == "yes" else direct).extend(spellings)
    body = rf"(?<![\p{{L}}\p{{N}}])(?=\p{{Lu}})(?i:{trie_alternation(direct)})[ ]$"
    # Up to six words of a field of work come between ("Sở Giáo dục và Đào tạo ", "Cục Quản lý thị trường ").
    field = rf"(?<![\p{{L}}\p{{N}}])(?=\p{{Lu}})(?i:{trie_alternation(with_field)})(?:[ ][\p{{L}}-]+){{1,6}}[ ]$"
    committees = {row["committee"].casefold(): row["unit"] for row in load_table("org_committee_levels.tsv")}
    return _PlaceRules(
        administrative_body_before=regex.compile(f"{body}|{field}"),
        committee_before=regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?P<committee>(?i:{trie_alternation(committees)}))[ ]$"),
        unit_of_committee=committees,
    )


@lru_cache(maxsize=1)
def _expansions() -> tuple[regex.Pattern[str], dict[str, str], regex.Pattern[str], dict[str, str]]:
    table = {row["abbreviation"]: row["expansion"] for row in load_table("org_abbreviations.tsv")}
    alternatives = "|".join(regex.escape(a) for a in sorted(table, key=len, reverse=True))
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])")
    casing = {expansion.casefold(): expansion for expansion in table.values()}
    full_forms = "|".join(regex.escape(f) for f in sorted(casing, key=len, reverse=True))
    # Only forms that start with a capital: "ban quản lý" inside "Ủy ban Quản lý ..." is not "Ban Quản lý".
    full_pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?=\p{{Lu}})(?i:{full_forms})(?![\p{{L}}\p{{N}}])")
    return pattern, table, full_pattern, casing


def _spell_out(match: regex.Match[str], table: dict[str, str]) -> str:
    expansion = table[match.group()]
    following = match.string[match.end() : match.end() + 1]
    return expansion + " " if match.group().endswith(".") and following.strip() else expansion


def expand_abbreviations(name: str) -> str:
    """Spell out every known abbreviation in ``name``, fold runs of spaces and settle the casing of full forms."""
    pattern, table, full_pattern, casing = _expansions()
    text = _BRACKETED_ABBREVIATION.sub("", normalize(name).text)
    text = pattern.sub(lambda m: _spell_out(m, table), text)
    text = full_pattern.sub(lambda m: casing[m.group().casefold()], text)
    return " ".join(text.split())


def _written_place(text: str, start: int, place: PlaceAt) -> str | None:
    """How the place read at ``start`` is written in a canonical name, or None to leave the text as it is.

    The administrative word stays when the text gives it, but a committee of the same
    level names the bare place ("Thành ủy TP.HCM" -> "Thành ủy Hồ Chí Minh"); a bare place
    gets the word only after a body of the administrative levels ("UBND Nghệ An"), never
    inside an institution's own name ("Đại học Quốc gia Hà Nội") or a longer name ("Mỹ Châu").
    """
    before = text[:start]
    rules = _place_rules()
    committee = rules.committee_before.search(before)
    if _UNIT_WORD_FIRST.match(text, start):
        unit = rules.unit_of_committee[committee["committee"].casefold()] if committee else None
        return place.name if unit and place.canonical.startswith(unit + " ") else place.canonical
    if (_NAME_WORD_BEFORE.search(before) and committee is None) or _NAME_WORD_AFTER.match(text, place.end):
        return None  # "Mỹ" in "UBND Mỹ Châu", "Pháp" in "UBND Pháp Vân"
    if committee is not None:
        return place.name
    if rules.administrative_body_before.search(before):
        return place.canonical
    # Inside any other name only a country is renamed ("Đại sứ quán Mỹ"); "Đại học Sài Gòn" stays.
    return place.name if place.canonical == place.name else None


def _canonical_places(text: str) -> str:
    """Write every place in ``text`` as the gazetteer does, with or without its administrative word."""
    from .recognizers.locations import place_at  # here: the recognisers import this module

    parts: list[str] = []
    position = 0  # end of the text already written to parts
    read = 0  # end of the last place read, rewritten or not
    for boundary in _WORD_START.finditer(text):
        start = boundary.start()
        if start < read:
            continue
        place = place_at(text, start)
        if place is None:
            continue
        read = place.end
        written = _written_place(text, start, place)
        if written is None:
            continue
        parts.append(text[position:start])
        parts.append(written)
        position = place.end
    parts.append(text[position:])
    return "".join(parts)


@lru_cache(maxsize=16384)  # a corpus names the same bodies over and over
def canonical_organization(name: str | None) -> str | None:
    """The canonical form of an organisation name, or None for None."""
    if name is None:
        return None
    text = " ".join(normalize(name).text.split())
    canonical = expand_abbreviations(_canonical_places(text))
    return canonical[:1].upper() + canonical[1:]  # "bộ GTVT" and "đảng Cộng sản Cuba" name the body too
