"""Long fuzzing runs of the two hand-written parsers (not part of the test suite).

    .venv/bin/python fuzz/fuzz_parsers.py --examples 100000

Hypothesis drives parse_code, parse_date and the date scanner with arbitrary
text and with text built from the characters these grammars care about
(digits, separators, type and issuer letters, date keywords). A crash or an
invalid result is printed with its input; turn each one into a regression
test in tests/test_legal_codes.py or tests/test_dates.py.
"""

from __future__ import annotations

import argparse
import re
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnpolitics.date_values import parse_date, scan
from vnpolitics.legal_codes import parse_code

ISO = re.compile(r"^(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?(?:/(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?)?$")

# pieces that make the grammars work hard: separators, digits, codes, keywords
PIECES = list("0123456789/-.–— :") + [
    "ngày ", "tháng ", "năm ", "số ", "QĐ", "NĐ-CP", "TTg", "TW", "NQ", "CT", "QH", "UBND", "HĐND", "KL/TU",
    "QĐi", "/", "//", "-", " - ", "19", "20", "2025", "31", "12", "0", "00", "9999", "\u0301", "\u00a0", "Đ", "đ",
]
grammar_text = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
any_text = st.one_of(st.text(max_size=60), grammar_text)

counts = {"codes": 0, "dates": 0}


def check_code(text: str) -> None:
    counts["codes"] += 1
    parsed = parse_code(text)
    if parsed is not None:
        assert parsed.code and parsed.number is not None
        assert parsed.year is None or 1900 <= parsed.year <= 2100


def check_date(text: str) -> None:
    counts["dates"] += 1
    value = parse_date(text)
    assert value is None or ISO.match(value), value
    for expression in scan(text):
        assert 0 <= expression.start < expression.end <= len(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=20_000, help="examples per parser and strategy")
    args = parser.parse_args()
    config = settings(max_examples=args.examples, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))
    started = time.perf_counter()
    config(given(any_text)(check_code))()
    config(given(any_text)(check_date))()
    seconds = time.perf_counter() - started
    print(f"{counts['codes']} code inputs and {counts['dates']} date inputs in {seconds:.0f} s: no crash, all results valid")


if __name__ == "__main__":
    main()
