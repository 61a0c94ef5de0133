"""Loading the data files that hold lexicons and rule tables.

Rules and word lists live in ``vnpolitics/data`` as plain text so that a
linguist can extend them without touching code; each file is read once per
process (the caches below) and shipped inside the wheel.
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["data_path", "load_lines", "load_table", "load_json"]


def data_path(name: str) -> Any:
    """A Traversable for a file in the package's data folder."""
    return resources.files("vnpolitics") / "data" / name


def _read(name: str) -> str:
    return data_path(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of a text file, '#' comments removed."""
    lines = []
    for line in _read(name).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            lines.append(line)
    return tuple(lines)


@lru_cache(maxsize=None)
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated file with a header line; '#' lines are comments."""
    lines = [line for line in _read(name).splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({key: (value or "").strip() for key, value in row.items()} for row in reader)


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    return json.loads(_read(name))
