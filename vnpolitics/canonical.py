"""Canonical organisation names: abbreviations spelt out, one spacing.

"UBND tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An" and "UBND Nghệ An" must
count as one body in a corpus; this module gives them one written form.
The abbreviation table is data (``data/org_abbreviations.tsv``).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .lexicon import load_table
from .normalize import normalize

__all__ = ["expand_abbreviations", "canonical_organization"]


@lru_cache(maxsize=1)
def _expansions() -> tuple[regex.Pattern[str], dict[str, str]]:
    table = {row["abbreviation"]: row["expansion"] for row in load_table("org_abbreviations.tsv")}
    alternatives = "|".join(regex.escape(a) for a in sorted(table, key=len, reverse=True))
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])")
    return pattern, table


def expand_abbreviations(name: str) -> str:
    """Spell out every known abbreviation in ``name`` and fold runs of spaces."""
    pattern, table = _expansions()
    expanded = pattern.sub(lambda m: table[m.group()], normalize(name).text)
    return " ".join(expanded.replace(".", ". ").split()).replace(" .", ".")


def canonical_organization(name: str | None) -> str | None:
    """The canonical form of an organisation name, or None for None."""
    if name is None:
        return None
    return expand_abbreviations(name)
