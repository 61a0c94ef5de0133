"""DATE recogniser: which date-shaped numbers are dates, and which year they mean.

:mod:`vnpolitics.date_values` finds every calendar-valid date expression;
this module decides from the words around it whether the writer meant a date.
A day and month without a year ("27/8", "20-6") is the ambiguous case: the
same shape is a fraction ("1/4 diện tích"), a score ("thắng 2-1") or a street
("đường 3/2"), so it needs a cue such as "ngày", a part of day ("Sáng 27/8")
or "hôm". Full dates, "tháng 7/2025", "năm 2013" and spans of years speak for
themselves; a bare year needs a cue ("đến 2025", "giai đoạn 2006").

A missing year comes from ``doc_date``, else from the one year the document's
own dates agree on, else it stays "XXXX": never from today's date.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from ..date_values import DateExpression, DatePoint, iso_value, scan
from ..lexicon import load_table
from ..registry import register_recognizer
from .base import Candidate, Context, SpanIndex

__all__ = ["make_recognizer", "DateRules"]

# A bare year needs a cue and must look like a modern year: "từ 1500 đến ..." is a count.
_BARE_YEAR_RANGE = (1800, 2199)
# "1863-2021" (a club's life) is a span of years; "1000-2000" more likely a quantity.
_LONGEST_YEAR_SPAN = 200
# Words and punctuation just before a date, read right to left from a short window.
_WINDOW = 48
_TOKEN = regex.compile(r"\w+|\S")
_WORD_AFTER = regex.compile(r"[ \t]*(\w+)(?:[ \t]+(\w+))?")
# Between two dates of one list or range: "30/4 và 1/5", "từ ngày 12 đến ngày 14/5".
_CONNECTOR = regex.compile(r"[ \t]*(?:,|;|-|và|hoặc|(?:cho )?tới|(?:cho )?đến)[ \t]*", regex.IGNORECASE)
# A bare number listed after "ngày 26" or "tháng 4" and before the date that completes it:
# "ngày 26, 27 và 28/4", "tháng 4, 5 và 6/2021".
_LISTED_NUMBER = regex.compile(r"[ \t]*(?:,|và)[ \t]*(\d{1,2})(?!\d)")
# For each kind of list head: the kind of a listed bare number, its largest value, and the kinds
# of the date that ends the list and completes the numbers.
_LISTED_KINDS = {"day": ("day", 31, ("day_month", "full")), "month": ("month", 12, ("month_year",))}
_GLUE = "/-.,:+#&"
_HOLIDAY_NAME_WORDS = 6  # "Ngày Thương binh - Liệt sĩ 27/7"
_EVENT_NAME_WORDS = 4  # "Lễ hội Hoa Đà Lạt 2022"
_SENTENCE_END = ".!?;:…"
_SENTENCE_BREAK = regex.compile(rf"[{regex.escape(_SENTENCE_END)}\n]")
# How far a range of days ("ngày 22-24") looks ahead for the date that gives its month.
_DAYS_MONTH_REACH = 40


@dataclass(frozen=True)
class DateRules:
    """The context words of ``date_context_words.tsv`` and ``date_part_of_day.tsv`` by role."""

    roles: dict[str, frozenset[str]]
    part_of_day: dict[str, str]

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "DateRules":
        roles: dict[str, set[str]] = {}
        for row in load_table("date_context_words.tsv"):
            roles.setdefault(row["role"], set()).add(row["word"])
        part_of_day = {row["word"]: row["part_of_day"] for row in load_table("date_part_of_day.tsv")}
        return cls({role: frozenset(words) for role, words in roles.items()}, part_of_day)

    def has(self, role: str, *phrases: str) -> bool:
        words = self.roles.get(role, frozenset())
        return any(phrase in words for phrase in phrases if phrase)


@dataclass(frozen=True, slots=True)
class _Left:
    """What precedes a date: the last two words (lower case) and the punctuation in between."""

    word: str  # the word right before ("" at a sentence start)
    previous: str  # the word before that
    comma: bool  # "đêm qua, 28/4"
    paren: bool  # "(18/12)"
    sentence_start: bool
    glued: bool  # "QĐ-2019", "I-2018": the number hangs on a token
    holiday: bool  # "ngày Nhà giáo Việt Nam 20/11": a cue word, then a capitalised name
    event: bool  # "Hội chợ Xuân 2022", "Cuộc thi WiTeach 2020-2021": the number ends an event's name

    def phrases(self) -> tuple[str, str]:
        return self.word, f"{self.previous} {self.word}" if self.previous else ""


def _left_of(text: str, start: int, holiday_words: frozenset[str], event_heads: frozenset[str]) -> _Left:
    window = text[max(0, start - _WINDOW) : start]
    # "QĐ-2019" hangs on a token; "vận hành.Tháng 11/2020" only lost the space after a full stop
    lost_space = window[-1:] == "." and text[start : start + 1].isupper()
    glued = len(window) >= 2 and window[-1] in _GLUE and window[-2].isalnum() and not lost_space
    tokens = _TOKEN.findall(window)
    event = not glued and _after_event_name(tokens, event_heads)
    comma = paren = False
    if glued:
        tokens.pop()
    while tokens and tokens[-1] in ",(":
        comma |= tokens[-1] == ","
        paren |= tokens[-1] == "("
        tokens.pop()
    line = window.rsplit("\n", 1)
    sentence_start = (not tokens) or (len(line) == 2 and not line[1].strip(" \t(")) or tokens[-1] in ".!?:"
    words = [token.lower() for token in tokens[-2:] if token[0].isalnum()]
    if tokens and len(tokens[-1]) == 1 and tokens[-1] in _SENTENCE_END:
        words = []  # "vẫn nắm giữ rất nhiều. Năm 2014, ...": the word before belongs to another sentence
    elif len(tokens) >= 2 and not tokens[-2][0].isalnum():
        words = words[-1:]
    word = words[-1] if words else ""
    previous = words[-2] if len(words) == 2 else ""
    holiday = _after_holiday(tokens, holiday_words)
    return _Left(word, previous, comma, paren, sentence_start and not word, glued, holiday, event)


def _after_event_name(tokens: list[str], event_heads: frozenset[str]) -> bool:
    """Do the tokens end with an event's head word and capitalised name words ("Hội chợ Xuân",
    "Festival Biển", "Cuộc thi WiTeach")? A year right after them belongs to the name (ANNOTATION.md)."""
    for name_words in range(1, _EVENT_NAME_WORDS + 1):
        if len(tokens) <= name_words or not tokens[-name_words][0].isupper():
            return False
        head = [token.lower() for token in tokens[-name_words - 2 : -name_words] if token[0].isalnum()]
        if head[-1:] and (head[-1] in event_heads or " ".join(head[-2:]) in event_heads):
            return True
    return False


def _after_holiday(tokens: list[str], holiday_words: frozenset[str]) -> bool:
    """Do the tokens end with a holiday cue and a capitalised name ("Ngày Giải phóng miền Nam")?"""
    for index in range(len(tokens) - 1, max(-1, len(tokens) - 1 - _HOLIDAY_NAME_WORDS), -1):
        token = tokens[index]
        if not (token[0].isalnum() or token == "-"):
            return False
        if token.lower() in holiday_words and index + 1 < len(tokens) and tokens[index + 1][0].isupper():
            return True
    return False


def _right_blocked(text: str, end: int, *, letters_ok: bool = False) -> bool:
    """A number glued on the right ("10-11h", "12/2012/NĐ-CP", "1.5%", "3,5").

    ``letters_ok`` for full dates, whose only glued letters are missing spaces ("2021và").
    """
    if end >= len(text):
        return False
    following = text[end]
    if following.isdigit() or following == "%" or (following.isalpha() and not letters_ok):
        return True
    if end + 1 == len(text):
        return False
    if following in "/-":
        return text[end + 1].isalnum()
    return following in _GLUE and text[end + 1].isdigit()


def _list_ends(text: str, found: list[DateExpression]) -> list[int]:
    """For each expression, the end of the list or range of same-kind dates it starts or belongs to
    ("tháng 4, tháng 5 âm lịch", "từ tháng 2 cho tới tháng 11 hằng năm")."""
    ends = [e.end for e in found]
    for index in range(len(found) - 2, -1, -1):
        current, following = found[index], found[index + 1]
        if current.kind == following.kind and _CONNECTOR.fullmatch(text, current.end, following.start):
            ends[index] = ends[index + 1]
    return ends


def _with_listed_numbers(text: str, found: list[DateExpression]) -> list[DateExpression]:
    """Add the bare numbers of a list ("ngày 26, 27 và 28/4/2021": 27; "tháng 4, 5 và 6/2021": 5)
    as days waiting for a month or months waiting for a year, which :meth:`_Recognizer._borrow`
    then completes; each is a date of its own (ANNOTATION.md: "từ ngày 18 đến ngày 20/9/2019" is
    two spans)."""
    result: list[DateExpression] = []
    for current, following in zip(found, found[1:] + [None]):
        result.append(current)
        if following is None or current.kind not in _LISTED_KINDS or current.keyword is None:
            continue
        kind, largest, completing = _LISTED_KINDS[current.kind]
        if following.kind not in completing:
            continue
        listed_items, position = [], current.end
        while (listed := _LISTED_NUMBER.match(text, position, following.start)) is not None:
            number = int(listed[1])
            if not 1 <= number <= largest:
                break
            point = DatePoint(day=number) if kind == "day" else DatePoint(month=number)
            listed_items.append(DateExpression(listed.start(1), listed.end(1), listed.start(1), kind, point))
            position = listed.end()
        if listed_items and _CONNECTOR.fullmatch(text, position, following.start):
            result.extend(listed_items)
    return result


class _Recognizer:
    def __init__(self) -> None:
        self.rules = DateRules.load()

    def __call__(self, context: Context) -> Iterable[Candidate]:
        text = context.text
        inside_legal_doc = SpanIndex((c.start, c.end) for c in context.candidates if c.label == "LEGAL_DOC")
        found = _with_listed_numbers(text, [e for e in scan(text) if not inside_legal_doc.overlaps(e.start, e.end)])
        holiday_words = self.rules.roles.get("holiday", frozenset())
        event_heads = self.rules.roles.get("event", frozenset())
        lefts = [_left_of(text, e.start, holiday_words, event_heads) for e in found]
        tails = _list_ends(text, found)
        accepted = [self._accept(text, e, left, tail) for e, left, tail in zip(found, lefts, tails)]
        self._accept_lists(text, found, accepted)
        found = self._borrow(text, found, accepted)
        found = [self._quarter_year(e, left) for e, left in zip(found, lefts)]
        year_of_text = self._document_year(found, lefts, accepted)
        for expression, left, keep, tail in zip(found, lefts, accepted, tails):
            if not keep:
                continue
            start = expression.start
            if expression.keyword == "năm" and self._is_duration(left, expression):
                start = expression.number_start  # "5 năm 2011-2015": "năm" counts years
            value = iso_value(expression, self._year_for(text, expression, tail, context.doc_date, year_of_text))
            if value is None:
                continue
            attrs = {"value": value, "part_of_day": self._part_of_day(left)}
            yield Candidate(start, expression.end, "DATE", attrs)

    # -- is it a date? ---------------------------------------------------------------------

    def _accept(self, text: str, e: DateExpression, left: _Left, tail: int) -> bool:
        """Is ``e`` a date? ``tail`` is where its list ends, whose last words qualify it too."""
        rules = self.rules
        # a full date, or a day that "ngày" marks, ends before glued letters only where a space was lost
        letters_ok = e.kind == "full" or e.kind == "day_month" and e.keyword == "ngày"
        if _right_blocked(text, e.end, letters_ok=letters_ok) or (
            left.glued and not rules.has("year", *left.phrases())
        ):
            return False
        after = self._words_after(text, e.end)
        if e.kind == "day" or e.kind == "month" and e.keyword is None:
            return False  # a listed "27" or "5": only with a month or year from a neighbour, see _borrow
        if e.kind == "full":
            return True
        if e.kind == "day_month":
            if e.keyword == "ngày":
                return not (e.separator == "-" and rules.has("not_after", *after))  # "mỗi ngày 3-4 lần"
            if e.separator == " ":
                return False  # "2 tháng 10" is a duration
            # "24/7 giờ" counts; but "chiều 1/5 tỉnh Hà Nam ..." and "30/4-1/5 lần này" are dates
            slashed_date = e.separator == "/" and (e.is_range or not left.comma and self._strong_day_cue(left))
            if rules.has("not_after", *after) and not slashed_date:
                return False
            if e.separator == "." and not self._strong_day_cue(left):
                return False
            return self._day_cue(e, left, text)
        if e.kind == "month":
            return not (
                self._is_duration(left)
                or rules.has("not_before_month", *left.phrases())
                or rules.has("not_after_month", *self._words_after(text, tail))  # "tháng 4, tháng 5 âm lịch"
            )
        if e.kind == "month_year":
            return e.keyword == "tháng" or rules.has("year", *left.phrases()) or (left.paren and text[e.end : e.end + 1] == ")")
        # years
        if e.keyword == "năm" and not self._is_duration(left, e):
            return True
        if left.event:
            return False  # "Festival Biển 2023": a year in an event's name is no DATE
        if rules.has("not_after", *after) or (e.keyword is None and rules.has("not_before", *left.phrases())):
            return False  # "từ 2000 người", "Km 1025-1030"
        in_parentheses = left.paren and text[e.end : e.end + 1] == ")"  # "nhà Minh (1368-1644)", "(1997)"
        if e.is_range:
            return in_parentheses or e.last.year - e.first.year <= _LONGEST_YEAR_SPAN  # type: ignore[operator, union-attr]
        low, high = _BARE_YEAR_RANGE
        return low <= e.first.year <= high and (in_parentheses or self._year_cue(left))  # type: ignore[operator]

    def _day_cue(self, e: DateExpression, left: _Left, text: str) -> bool:
        rules = self.rules
        if left.paren and text[e.end : e.end + 1] == ")":
            return True  # "đường phố (30/4-2/5)": the word before the parenthesis says nothing
        if rules.has("not_before", *left.phrases()):
            return False
        if self._strong_day_cue(left):
            return True
        if e.separator == "/" and (e.is_range or (not left.comma and rules.has("day_slash", *left.phrases()))):
            return True  # "12 -15/7" and "30/4 - 1/5" are no fractions
        return left.sentence_start and text[e.end : e.end + 1] == ","

    def _strong_day_cue(self, left: _Left) -> bool:
        return left.holiday or self.rules.has("day", *left.phrases()) or self._part_of_day(left) is not None

    def _year_cue(self, left: _Left) -> bool:
        rules = self.rules
        if left.comma:
            return False
        return rules.has("year", *left.phrases()) or (rules.has("stem", left.previous) and rules.has("branch", left.word))

    def _is_duration(self, left: _Left, e: DateExpression | None = None) -> bool:
        """"5 năm 2011-2015", "vài tháng": the keyword counts time after a number.

        A digit before a single year is more often a name's number ("Quân khu 9 năm 2024").
        """
        if left.comma or left.paren:
            return False  # "Thủ Dầu Một (năm 2012)": the number before the parenthesis counts nothing
        if left.word.isdigit():
            return e is None or e.is_range
        return self.rules.has("quantity", left.word)

    def _words_after(self, text: str, end: int) -> tuple[str, str]:
        match = _WORD_AFTER.match(text, end)
        if match is None:
            return "", ""
        first = match.group(1).lower()
        return first, f"{first} {match.group(2).lower()}" if match.group(2) else ""

    def _part_of_day(self, left: _Left) -> str | None:
        table = self.rules.part_of_day
        if left.comma:
            return None
        word, pair = left.phrases()
        found = table.get(pair) or table.get(word)
        if found is None and word in ("nay", "qua", "mai", "hôm"):
            found = table.get(left.previous)  # "sáng nay 28/8"
        return found

    # -- neighbours ----------------------------------------------------------------------------

    def _accept_lists(self, text: str, found: list[DateExpression], accepted: list[bool]) -> None:
        """A date listed after a date is one too: "30/4 và 1/5", "năm 2020, 2021"."""
        for index in range(1, len(found)):
            current, before = found[index], found[index - 1]
            if accepted[index] or not accepted[index - 1] or current.kind != before.kind:
                continue
            if current.kind not in ("day_month", "year") or _right_blocked(text, current.end):
                continue
            if _CONNECTOR.fullmatch(text, before.end, current.start) and not self.rules.has(
                "not_after", *self._words_after(text, current.end)
            ):
                accepted[index] = True

    def _borrow(self, text: str, found: list[DateExpression], accepted: list[bool]) -> list[DateExpression]:
        """Fill a first date from the next one: "từ ngày 12 đến ngày 14/5/2021", "từ 10/9 đến 15/9/2019",
        "tháng 4 và 5/2021"."""
        result = list(found)
        for index in range(len(found) - 1, -1, -1):
            current = result[index]
            if current.kind == "month" and index + 1 < len(found):
                result[index] = self._month_with_year(text, current, result[index + 1], accepted, index)
                continue
            if current.kind == "day" and current.is_range and index + 1 < len(found):
                result[index] = self._days_with_month(text, current, result[index + 1], accepted, index)
                continue
            if current.kind not in ("day", "day_month") or current.is_range or index + 1 == len(found):
                continue
            following = result[index + 1]
            if following.kind not in ("day_month", "full"):
                continue
            if not _CONNECTOR.fullmatch(text, current.end, following.start):
                continue
            if current.kind == "day" and not _right_blocked(text, following.end):
                point = replace(following.first, day=current.first.day)
                if point.day < following.first.day:  # type: ignore[operator]
                    # "ngày 10 và 11/6": the keyword makes both dates
                    result[index] = replace(current, kind=following.kind, first=point)
                    accepted[index] = accepted[index + 1] = True
            elif current.kind == "day_month" and not accepted[index] and accepted[index + 1]:
                # "(1/7 đến 3/7/2021)": a start joined to a date by "đến" is a date too
                joined_by = text[current.end : following.start].strip().lower()
                if current.separator == "/" and joined_by in ("đến", "tới", "-"):
                    accepted[index] = True
            if current.kind == "day_month" and accepted[index] and following.has_year:
                point = replace(current.first, year=following.first.year)
                if (point.month, point.day) > (following.first.month, following.first.day):
                    point = replace(point, year=following.first.year - 1)  # type: ignore[operator]
                result[index] = replace(current, kind="full", first=point)
        return result

    @staticmethod
    def _month_with_year(
        text: str, current: DateExpression, following: DateExpression, accepted: list[bool], index: int
    ) -> DateExpression:
        """"tháng 4 và 5/2021": a month listed before a month of a year takes that year, and
        makes the bare "5/2021" a date."""
        if (
            following.kind != "month_year"
            or following.is_range
            or not accepted[index] and current.keyword is not None
            or not _CONNECTOR.fullmatch(text, current.end, following.start)
            or text[current.end : following.start].strip() == "-"  # "tháng 3-4/2021" is one range
            or current.first.month == following.first.month
        ):
            return current
        accepted[index] = accepted[index + 1] = True
        year = following.first.year
        if current.first.month > following.first.month:  # type: ignore[operator]
            year -= 1  # type: ignore[operator]  # "tháng 12 và 1/2021": December of the year before
        return replace(current, kind="month_year", first=replace(current.first, year=year))

    def _days_with_month(
        self, text: str, current: DateExpression, following: DateExpression, accepted: list[bool], index: int
    ) -> DateExpression:
        """"từ ngày 22-24, đợt hai từ ngày 26-28/4": a range of days takes the month (and year) of the
        next date of its sentence when that date comes later in the same month."""
        gap = text[current.end : following.start]
        if (
            following.kind not in ("day_month", "full")
            or len(gap) > _DAYS_MONTH_REACH
            or _SENTENCE_BREAK.search(gap)
            or following.first.day <= current.last.day  # type: ignore[operator, union-attr]
            or self.rules.has("not_after", *self._words_after(text, current.end))  # "ngày 2-3 lần"
        ):
            return current
        accepted[index] = True
        month = following.first
        first, last = replace(month, day=current.first.day), replace(month, day=current.last.day)  # type: ignore[union-attr]
        return replace(current, kind=following.kind, first=first, last=last)

    @staticmethod
    def _quarter_year(e: DateExpression, left: _Left) -> DateExpression:
        """"quý 1/2021" names a quarter: only its year is a DATE."""
        if e.kind != "month_year" or e.keyword is not None or e.is_range or left.word != "quý":
            return e
        year_start = e.end - 4
        return replace(e, start=year_start, number_start=year_start, kind="year", first=DatePoint(e.first.year))

    # -- which year ----------------------------------------------------------------------------

    def _document_year(self, found: list[DateExpression], lefts: list[_Left], accepted: list[bool]) -> int | None:
        """The one year that the document's own single dates agree on, if they agree."""
        years = {
            e.first.year
            for e, left, keep in zip(found, lefts, accepted)
            if keep and e.has_year and not e.is_range and self._dates_the_story(e, left)
        }
        return years.pop() if len(years) == 1 else None

    def _dates_the_story(self, e: DateExpression, left: _Left) -> bool:
        """False for a birth year and for a bare year told as background ("Năm 2016, ...", "vào năm 2014")."""
        if self.rules.has("birth", *left.phrases()):
            return False
        if e.kind != "year":
            return True
        return not (left.sentence_start or left.comma or left.paren or self.rules.has("background", *left.phrases()))

    def _year_for(
        self, text: str, e: DateExpression, tail: int, doc_date: _dt.date | None, year_of_text: int | None
    ) -> int | None:
        """The year an undated expression means; None leaves it "XXXX". The words after the end
        (``tail``) of its list speak for every item: "từ tháng 2 đến tháng 11 hằng năm"."""
        if e.has_year:
            return None
        after = self._words_after(text, tail)
        if self.rules.has("recurring", *after):
            return None  # "Ngày 3-2 hằng năm"
        for role, shift in (("last_year", -1), ("this_year", 0), ("next_year", 1)):
            if self.rules.has(role, *after):  # "tháng 10 năm ngoái": relative to publication only
                return doc_date.year + shift if doc_date is not None else None
        if doc_date is None:
            return year_of_text
        return _year_near(doc_date, e.first)


# Across New Year an undated day belongs to the neighbouring year: "29/12" in a text of 3 January.
_NEW_YEAR_REACH = _dt.timedelta(days=45)


def _year_near(doc_date: _dt.date, point: DatePoint) -> int:
    """The publication year, or the year before/after when that puts the day within reach of it."""
    if point.month is None or point.day is None:
        return doc_date.year
    for year in (doc_date.year - 1, doc_date.year + 1):
        try:
            if abs(_dt.date(year, point.month, point.day) - doc_date) <= _NEW_YEAR_REACH:
                return year
        except ValueError:  # 29 February outside a leap year
            continue
    return doc_date.year


@register_recognizer("vnpolitics.dates.v1")
def make_recognizer() -> "object":
    return _Recognizer()
