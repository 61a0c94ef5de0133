"""Canonical organisation names: abbreviations spelt out, places written one way.

"UBND tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An" and "UBND Nghệ An" must
count as one body in a corpus, as must "HĐND TP.HCM" and "Hội đồng Nhân dân
TPHCM"; this module gives each such family one written form:

1. places become their gazetteer name with the administrative word
   ("TP.HCM" -> "thành phố Hồ Chí Minh", "Nghệ An" -> "tỉnh Nghệ An"), except
   after a Party or Youth Union committee, whose name carries the bare place
   ("Tỉnh ủy Nghệ An", "Thành ủy TP. Hồ Chí Minh" -> "Thành ủy Hồ Chí Minh");
2. abbreviations are spelt out (``data/org_abbreviations.tsv``) and the
   spelt-out forms take the table's capitalisation ("Ủy ban Nhân dân" ->
   "Ủy ban nhân dân"); an abbreviation repeated in brackets is dropped.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .lexicon import load_table
from .normalize import normalize

__all__ = ["expand_abbreviations", "canonical_organization"]

_WORD_START = regex.compile(r"(?<![\p{L}\p{N}.])(?=[\p{L}\p{N}])")
_BRACKETED_ABBREVIATION = regex.compile(r"\s*\(\p{Lu}[\p{Lu}.]*\)")
# Committees named with the bare place ("Tỉnh ủy Nghệ An", "Tỉnh Đoàn Bình Dương").
_COMMITTEE_BEFORE = regex.compile(r"(?:\p{Lu}\p{Ll}* (?:ủy|uỷ|đoàn|Đoàn)) $")


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


def _canonical_places(text: str) -> str:
    """Write every place in ``text`` as the gazetteer does, bare after a committee word."""
    from .recognizers.locations import place_at  # here: the recognisers import this module

    parts: list[str] = []
    position = 0
    for boundary in _WORD_START.finditer(text):
        start = boundary.start()
        if start < position:
            continue
        place = place_at(text, start)
        if place is None:
            continue
        before = text[position:start]
        parts.append(before)
        written = "".join(parts)
        parts.append(place.name if _COMMITTEE_BEFORE.search(written) else place.canonical)
        position = place.end
    parts.append(text[position:])
    return "".join(parts)


@lru_cache(maxsize=16384)  # a corpus names the same bodies over and over
def canonical_organization(name: str | None) -> str | None:
    """The canonical form of an organisation name, or None for None."""
    if name is None:
        return None
    text = " ".join(normalize(name).text.split())
    return expand_abbreviations(_canonical_places(text))
