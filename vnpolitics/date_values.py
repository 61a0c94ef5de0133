"""What a written Vietnamese date says: syntax and ISO 8601 values, no context.

This module answers "if this is a date, which one?"; whether a match really
is a date in its sentence (or a fraction, a score, part of a code) is the DATE
recogniser's question. Both the recogniser and callers holding a date string
(:func:`parse_date`) read dates through :func:`scan`, so a form is understood
the same way everywhere.

Values never invent anything: a missing year is filled only from the
caller's ``year`` (else "XXXX"), a missing day or month stays missing.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from .lexicon import load_table

__all__ = ["DatePoint", "DateExpression", "scan", "iso_value", "parse_date", "is_valid_day", "UNKNOWN_YEAR"]

UNKNOWN_YEAR = "XXXX"
# Years a four-digit number may denote (Thăng Long 1010 .. plans "đến năm 2100").
MIN_YEAR, MAX_YEAR = 1000, 2199


@dataclass(frozen=True, slots=True)
class DatePoint:
    """One calendar point; any part may be missing ("27/8" has no year)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True, slots=True)
class DateExpression:
    """A syntactically valid date, single or range, found in a text.

    ``kind`` names the form of ``first``: "day" ("ngày 18", a day waiting for
    its month; "ngày 22-24", days waiting for theirs), "day_month", "full", "month", "month_year" or "year".
    ``number_start`` is where the digits begin, after a leading keyword
    (ngày/tháng/năm), which ``keyword`` holds lower-cased.
    """

    start: int
    end: int
    number_start: int
    kind: str
    first: DatePoint
    last: DatePoint | None = None
    keyword: str | None = None
    separator: str = ""  # "/", "-", "." for numeric day forms; "" otherwise

    @property
    def is_range(self) -> bool:
        return self.last is not None

    @property
    def has_year(self) -> bool:
        return self.first.year is not None


def is_valid_day(year: int | None, month: int, day: int) -> bool:
    """A real calendar day; without a year, 29 February is allowed."""
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= calendar.monthrange(year if year is not None else 2000, month)[1]


@lru_cache(maxsize=1)
def _month_names() -> dict[str, int]:
    """Capitalised month names ("tháng Mười Hai"); lower case is too often not a month."""
    return {row["name"]: int(row["month"]) for row in load_table("date_month_names.tsv")}


_KEYWORD = {"ngày": r"(?i:ngày)", "tháng": r"(?i:tháng)", "năm": r"(?i:năm)"}
_DASH = r"[ \t]*-[ \t]*"


@lru_cache(maxsize=1)
def _atom_pattern() -> regex.Pattern[str]:
    """One date atom; ranges of atoms are joined in :func:`scan`.

    Branches share group names (the ``regex`` module allows it): kw, d0, d,
    sep, m0, m, y, y2.
    """
    names = "|".join(regex.escape(name) for name in sorted(_month_names(), key=len, reverse=True))
    ngay, thang, nam = _KEYWORD["ngày"], _KEYWORD["tháng"], _KEYWORD["năm"]
    month = rf"(?P<m>\d{{1,2}}(?!\d)|(?:{names})\b)"
    year_tail = rf"(?:(?P=sep)(?P<y>\d{{4}})(?!\d)|[ \t]+{nam}[ \t]+(?P<y>\d{{4}})(?!\d))"
    branches = [
        # days waiting for their month: "ngày 22-24" in "từ ngày 22-24, đợt hai từ ngày 26-28/4"; the
        # second number is no month, so "ngày 10-12" stays 10 December
        rf"(?P<kw>{ngay})\s*(?P<d0>\d{{1,2}}){_DASH}(?P<d>1[3-9]|2\d|3[01])(?![\d/.]|{_DASH}\d)",
        # numeric day: "27/8", "ngày 16/7/2021", "27 -29/8", "19 - 12", "1-10-2025", "31.1"
        rf"(?:(?P<kw>{ngay})\s*)?(?:(?P<d0>\d{{1,2}}){_DASH}(?=\d{{1,2}}[/.]\d{{1,2}}(?!\d)))?"
        rf"(?P<d>\d{{1,2}})(?P<sep>[/.]|{_DASH})(?P<m>\d{{1,2}})(?!\d){year_tail}?",
        # verbal day: "ngày 21 tháng 10 năm 2021" (also "tháng tháng", a comma before năm)
        rf"(?:(?P<kw>{ngay})\s*)?(?P<d>\d{{1,2}})\s+{thang}\s+(?:{thang}\s+)?{month}"
        rf"(?:\s*,?\s*{nam}\s+(?P<y>\d{{4}})(?!\d))?",
        # a day alone, "ngày 12" in "từ ngày 12 đến ngày 14/5/2021"
        rf"(?P<kw>{ngay})\s*(?P<d>\d{{1,2}})(?!\d)",
        # month and year: "tháng 7/2025", "tháng 10-2015", "7/2025", "tháng 7-8/2025", "tháng 5 năm 2001",
        # "tháng 3.2024" (a dot only after "tháng": "3.2024" alone may be a number)
        rf"(?:(?P<kw>{thang})\s*)?(?:(?P<m0>\d{{1,2}}){_DASH}(?=\d{{1,2}}/\d{{4}}))?"
        rf"(?P<m>\d{{1,2}})(?:(?P<sep>/|{_DASH})(?P<y>\d{{4}})(?!\d)"
        rf"|(?(kw)(?:[ \t]+{nam}[ \t]+|(?P<sep>\.))(?P<y>\d{{4}})(?!\d)|(?!)))",
        rf"(?P<kw>{thang})\s*(?P<m>(?:{names})\b)(?:[ \t]+{nam}[ \t]+(?P<y>\d{{4}})(?!\d))?",
        # a month alone: "tháng 10"
        rf"(?P<kw>{thang})\s*(?P<m>\d{{1,2}})(?!\d)",
        # a year or a span of years: "năm 2013", "2021 - 2025"
        rf"(?:(?P<kw>{nam})\s+)?(?P<y>\d{{4}})(?!\d)(?:{_DASH}(?P<y2>\d{{4}})(?!\d))?",
    ]
    return regex.compile(r"(?<!\w)(?:" + "|".join(branches) + ")")


_RANGE_JOIN = regex.compile(_DASH)
# Where an atom can start: a keyword before digits, or a run of digits shaped like part of
# a date (four digits, or one or two followed by a separator or "tháng"); trying the atom
# pattern only there is several times faster than letting it scan every character.
_DIGIT_RUN = regex.compile(r"\d+")
_KEYWORD_BEFORE = regex.compile(r"(?i:ngày|tháng|năm)\s*\Z")
_KEYWORD_ENDS = frozenset("yYgGmM")


@lru_cache(maxsize=1)
def _month_name_anchor() -> regex.Pattern[str]:
    names = "|".join(regex.escape(name) for name in sorted(_month_names(), key=len, reverse=True))
    return regex.compile(rf"(?<!\w){_KEYWORD['tháng']}\s*(?:{names})\b")


def _anchors(text: str) -> list[int]:
    starts = [m.start() for m in _month_name_anchor().finditer(text)]
    for run in _DIGIT_RUN.finditer(text):
        start, end = run.span()
        before = text[max(0, start - 12) : start].rstrip()
        if before and before[-1] in _KEYWORD_ENDS:
            keyword = _KEYWORD_BEFORE.search(text, max(0, start - 12), start)
            if keyword is not None:
                starts.append(keyword.start())
        if end - start == 4:
            starts.append(start)
        elif end - start <= 2:
            following = text[end : end + 8].lstrip()
            if following[:1] in ("/", ".", "-", "t", "T") and following:
                starts.append(start)
    starts.sort()
    return starts


def _atoms(text: str) -> Iterator[regex.Match[str]]:
    """Atom matches left to right, as ``finditer`` would find them."""
    atom = _atom_pattern()
    consumed = 0
    for start in _anchors(text):
        if start < consumed:
            continue
        match = atom.match(text, start)
        if match is not None:
            consumed = match.end()
            yield match


def _number(text: str | None) -> int | None:
    if text is None:
        return None
    return int(text) if text.isdigit() else _month_names().get(text)


def _valid_year(year: int | None) -> bool:
    return year is None or MIN_YEAR <= year <= MAX_YEAR


def _read_atom(match: regex.Match[str]) -> DateExpression | None:
    """The atom's value, or None when the calendar rejects it (31/2, month 13)."""
    groups = match.groupdict()
    keyword = groups["kw"]
    number_start = match.start() if keyword is None else match.end("kw")
    while match.string[number_start].isspace():
        number_start += 1
    day, month, year = _number(groups["d"]), _number(groups["m"]), _number(groups["y"])
    if not _valid_year(year):
        return None
    separator = (groups["sep"] or "").strip()
    common = dict(
        start=match.start(), end=match.end(), number_start=number_start, keyword=keyword.lower() if keyword else None
    )
    if day is not None and month is None:
        if not 1 <= day <= 31:
            return None
        if groups["d0"] is None:
            return DateExpression(kind="day", first=DatePoint(day=day), **common)
        first_day = int(groups["d0"])
        if not 1 <= first_day < day:
            return None
        return DateExpression(kind="day", first=DatePoint(day=first_day), last=DatePoint(day=day), **common)
    if day is not None and month is not None:
        if not is_valid_day(year, month, day):
            return None
        first = DatePoint(year, month, day)
        last = None
        if groups["d0"] is not None:
            first_day = int(groups["d0"])
            if not (is_valid_day(year, month, first_day) and first_day < day):
                return None
            first, last = DatePoint(year, month, first_day), first
        kind = "full" if year is not None else "day_month"
        return DateExpression(kind=kind, first=first, last=last, separator=separator or " ", **common)
    if month is not None:
        if not 1 <= month <= 12:
            return None
        first, last = DatePoint(year, month), None
        if groups["m0"] is not None:
            first_month = int(groups["m0"])
            if not 1 <= first_month < month:
                return None
            first, last = DatePoint(year, first_month), first
        return DateExpression(kind="month_year" if year is not None else "month", first=first, last=last, **common)
    last_year = _number(groups["y2"])
    if last_year is not None and not (_valid_year(last_year) and year is not None and year < last_year):
        return None
    last = DatePoint(last_year) if last_year else None
    return DateExpression(kind="year", first=DatePoint(year), last=last, **common)


def _join(left: DateExpression, right: DateExpression) -> DateExpression | None:
    """One range from two atoms written "A - B", when their forms agree."""
    if left.is_range or right.is_range or left.kind not in ("full", "day_month", "month_year"):
        return None
    if left.kind == "month_year" and right.kind != "month_year":
        return None
    if left.kind == "full" and right.kind != "full":
        return None
    if left.kind == "day_month" and right.kind not in ("day_month", "full"):
        return None
    first = left.first if left.has_year else replace(left.first, year=right.first.year)
    if _order(first) > _order(right.first) and right.has_year:
        if left.has_year:
            return None
        first = replace(first, year=right.first.year - 1)  # "20/12 - 5/1/2020" starts in 2019
    return replace(left, end=right.end, kind=left.kind if left.has_year else right.kind, first=first, last=right.first)


def _order(point: DatePoint) -> tuple[int, int, int]:
    return (point.year or 0, point.month or 0, point.day or 0)


def scan(text: str) -> Iterator[DateExpression]:
    """Every calendar-valid date expression, left to right, ranges joined."""
    pending: DateExpression | None = None
    for match in _atoms(text):
        atom = _read_atom(match)
        if atom is None:
            continue
        if pending is not None:
            joined = None
            dash = _RANGE_JOIN.fullmatch(text, pending.end, atom.start)
            # "15-10-1956 - 15-10-2026" needs spaces round the range dash: "3-4-2-1" is no range
            if dash and (dash.group() != "-" or "-" not in (pending.separator, atom.separator)):
                joined = _join(pending, atom)
            if joined is not None:
                atom = joined
            else:
                yield pending
        pending = atom
    if pending is not None:
        yield pending


def _iso_point(point: DatePoint, year: int | None) -> str:
    known = point.year if point.year is not None else year
    parts = [f"{known:04d}" if known is not None else UNKNOWN_YEAR]
    if point.month is not None:
        parts.append(f"{point.month:02d}")
        if point.day is not None:
            parts.append(f"{point.day:02d}")
    return "-".join(parts)


def iso_value(expression: DateExpression, year: int | None = None) -> str | None:
    """ISO 8601 value; ``year`` fills a missing year, else "XXXX". None for a lone day."""
    if expression.first.month is None and expression.first.year is None:
        return None
    first = _iso_point(expression.first, year)
    if expression.last is None:
        return first
    last_year = year
    if expression.first.year is None and year is not None:
        start, end = replace(expression.first, year=0), replace(expression.last, year=0)
        if _order(end) < _order(start):
            last_year = year + 1  # "30/12 - 2/1" crosses New Year
    return f"{first}/{_iso_point(expression.last, last_year)}"


def parse_date(text: str, *, default_year: int | None = None) -> str | None:
    """The ISO value of a string that is one date expression, else None.

    >>> parse_date("ngày 21 tháng 10 năm 2021")
    '2021-10-21'
    >>> parse_date("27 -29/8", default_year=2013)
    '2013-08-27/2013-08-29'
    """
    if not isinstance(text, str):
        return None
    stripped = text.strip()
    expressions = list(scan(stripped))
    if len(expressions) != 1 or expressions[0].start != 0 or expressions[0].end != len(stripped):
        return None
    return iso_value(expressions[0], default_year)
