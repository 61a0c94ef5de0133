"""Reading Vietnamese document numbers ("số hiệu"): "30/2020/NĐ-CP", "25-NQ/TW", "88/2019/QH14".

A number code tells the document's number, often its year, the type
abbreviation and the issuer. Several families share the same characters:

- state documents: ``N/YYYY/TYPE-ISSUER`` ("18/2000/CT-TTg"), laws ``N/YYYY/QH13``;
- administrative ones, without a year: ``N/TYPE-ISSUER(-UNIT)`` ("1234/QĐ-UBND", "1360/STC-NS");
- Party ones: ``N-TYPE/ISSUER`` ("25-NQ/TW", "757-QĐ/TWĐTN-BTC");
- legacy ones: "60/CP", "35-L/CTN", "13-LCT/HĐNN8".

Real text adds spaces around separators ("CT - TTg", "21 -CT/TU", "QH 11") and
sometimes drops the slash ("353TT-KHĐT"). :func:`parse_code` reads all of
these; :func:`code_regex` finds them in running text. The abbreviation
tables are the data files ``legal_doc_types.tsv`` and ``legal_issuers.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicon import load_table

__all__ = ["ParsedCode", "parse_code", "parsed_code", "code_regex", "doc_type_for_code", "issuer_for_code"]

# Bodies whose document numbers carry a term number, written glued or spaced ("QH13", "QH 11").
_TERM_BODIES = ("UBTVQH", "QH", "HĐNN")

_SPACE = r"[ \t]{0,2}"
_SEPARATOR = rf"{_SPACE}(?:/{{1,2}}|-){_SPACE}"
# A number may carry one letter ("56b/QĐ-UBND", "07B/2019/NQ-HĐND") when a separator follows.
_NUMBER = r"\d{1,6}(?:[a-zA-Z](?=[ \t]*[/-]))?"
_YEAR = r"(?:19|20)\d\d(?!\d)"
# A part of a code holds two capitals or a digit ("TTg", "UBND", "QH14", "C11", "BGD&ĐT"), which
# keeps ordinary capitalised words ("1169/QĐ-TTg - Phó Thủ tướng") out of it.
# No two lower-case letters in a row ("TTg", "SNgV", "QĐi"), so "TT-BGDĐTvề" (a space lost) ends at "BGDĐT".
_PART = r"(?=\p{Lu}[\p{L}\d&]*?[\p{Lu}\d])\p{Lu}(?:[\p{Lu}\d&]|\p{Ll}(?!\p{Ll}))*+"
_TERMED_PART = "(?:" + "|".join(_TERM_BODIES) + r") \d{1,2}(?![\p{L}\d])"


@dataclass(frozen=True, slots=True)
class ParsedCode:
    """The parts of one document number; ``code`` is its normalised spelling."""

    code: str
    number: str
    year: int | None = None
    type_code: str | None = None
    doc_type: str | None = None
    issuer_code: str | None = None
    issuer: str | None = None


@lru_cache(maxsize=1)
def _doc_types_by_code() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in load_table("legal_doc_types.tsv"):
        for type_code in filter(None, (part.strip() for part in row["codes"].split(","))):
            table[type_code] = row["doc_type"]
    return table


@lru_cache(maxsize=1)
def _issuers_by_code() -> dict[str, str]:
    return {row["code"]: row["issuer"] for row in load_table("legal_issuers.tsv")}


def doc_type_for_code(type_code: str) -> str | None:
    """Full document type for a type abbreviation ("NĐ" -> "Nghị định")."""
    return _doc_types_by_code().get(type_code)


def issuer_for_code(issuer_code: str) -> str | None:
    """The issuer spelt out ("TTg" -> "Thủ tướng Chính phủ", "QH14" -> "Quốc hội"), if known."""
    issuers = _issuers_by_code()
    return issuers.get(issuer_code) or issuers.get(issuer_code.rstrip("0123456789"))


@lru_cache(maxsize=1)
def code_regex() -> regex.Pattern[str]:
    """One code at a position of running text; :func:`parsed_code` reads the match."""
    known = "|".join(regex.escape(code) for code in sorted(_doc_types_by_code(), key=len, reverse=True))
    part = rf"(?:{_TERMED_PART}|{_PART}|(?:{known})(?![\p{{L}}\d]))"
    parts = rf"{part}(?:{_SEPARATOR}{part})*"
    return regex.compile(
        rf"(?P<number>{_NUMBER})"
        rf"(?:(?P<year_separator>{_SEPARATOR})(?P<year>{_YEAR})"
        # "101/2017NQ-HĐND": the slash after the year dropped before a known type
        rf"(?:(?:(?P<after_year>{_SEPARATOR})|(?=(?:{known})-))(?P<rest>{parts}))?"
        rf"|(?P<separator>{_SEPARATOR})(?P<parts>{parts})"
        # "353TT-KHĐT": the slash after the number dropped before a known type
        rf"|(?P<glued>(?:{known})-{_SPACE}{parts}))?"
    )


_SPLIT = regex.compile(r"\s*(/{1,2}|-)\s*")
_TERMED = regex.compile("(" + "|".join(_TERM_BODIES) + r") (\d)")


def _clean_separator(separator: str) -> str:
    return "/" if "/" in separator else "-"


def parse_code(code: str) -> ParsedCode | None:
    """Parse a document number written as in real text; None when it is not one.

    Never raises: any string may be passed.
    """
    if not isinstance(code, str):
        return None
    match = code_regex().fullmatch(code.strip())
    return parsed_code(match) if match else None


def parsed_code(match: regex.Match[str]) -> ParsedCode:
    """The parts of a :func:`code_regex` match."""
    number = match["number"]
    if match["year"] is not None:
        year: int | None = int(match["year"])
        prefix = number + _clean_separator(match["year_separator"]) + match["year"]
        if match["rest"] is None:
            return ParsedCode(code=prefix, number=number, year=year)
        rest, prefix = match["rest"], prefix + _clean_separator(match["after_year"] or "/")
    elif match["parts"] is not None:
        year, rest, prefix = None, match["parts"], number + _clean_separator(match["separator"])
    elif match["glued"] is not None:
        year, rest, prefix = None, match["glued"], number + "/"
    else:
        return ParsedCode(code=number, number=number)

    pieces = _SPLIT.split(_TERMED.sub(r"\1\2", rest))
    parts, separators = pieces[0::2], [_clean_separator(s) for s in pieces[1::2]]
    normalised = prefix + "".join(part + separator for part, separator in zip(parts, separators)) + parts[-1]

    # The first part is the type when it is a known type abbreviation ("QĐ-UBND"), unless it is
    # the only part and also names an issuer; everything after the type is the issuer (with unit).
    first_issuer_part = 0
    if doc_type_for_code(parts[0]) and (len(parts) > 1 or not issuer_for_code(parts[0])):
        first_issuer_part = 1
    type_code = parts[0] if first_issuer_part else None
    doc_type = doc_type_for_code(type_code) if type_code else None
    issuer_code = issuer = None
    if first_issuer_part < len(parts):
        issuer_parts = parts[first_issuer_part:]
        issuer_separators = separators[first_issuer_part:]
        issuer_code = issuer_parts[0] + "".join(s + p for s, p in zip(issuer_separators, issuer_parts[1:]))
        issuer = _spell_issuer(issuer_parts, joint=bool(doc_type and doc_type.endswith("liên tịch")))
    return ParsedCode(
        code=normalised,
        number=number,
        year=year,
        type_code=type_code,
        doc_type=doc_type,
        issuer_code=issuer_code,
        issuer=issuer,
    )


def _spell_issuer(parts: list[str], *, joint: bool) -> str | None:
    """A joint document names every issuer; otherwise the first part is the issuer, the rest its unit."""
    if not joint:
        return issuer_for_code(parts[0])
    names = [issuer_for_code(part) for part in parts]
    return ", ".join(name for name in names if name) or None
