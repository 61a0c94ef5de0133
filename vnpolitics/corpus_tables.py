"""Corpus-level tables: annotated documents in, rows out, as DataFrames or files.

The officials register and the citation table both read an annotated corpus
(a JSONL file of ANNOTATION.md records, or Documents in memory) and produce
flat rows (dataclasses). This module holds what they share: reading
documents, turning rows into a pandas DataFrame (pandas is an optional extra,
imported only when asked for) and writing rows to .parquet, .csv or .jsonl,
chosen by the file's suffix.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as _dt
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .errors import InputValueError
from .schema import Document

__all__ = ["TABLE_SUFFIXES", "iter_documents", "read_documents", "most_common", "to_dataframe", "table_format", "write_rows"]

TABLE_SUFFIXES = (".parquet", ".csv", ".jsonl")


def iter_documents(items: Iterable[Document | dict[str, Any]]) -> Iterator[Document]:
    """Documents from Documents or annotated records; error records of a batch run are skipped."""
    for item in items:
        if isinstance(item, Document):
            yield item
        elif isinstance(item, dict):
            if "error" in item and "text" not in item:
                continue  # `vnpolitics annotate` wrote an error line: nothing to tabulate
            yield Document.from_record(item)
        else:
            raise InputValueError(f"expected a Document or a record dict, got {type(item).__name__}")


def read_documents(path: str | Path) -> Iterator[Document]:
    """Documents of an annotated JSONL file (the output of ``vnpolitics annotate``)."""
    with open(path, encoding="utf-8") as lines:
        yield from iter_documents(json.loads(line) for line in lines if line.strip())


def most_common(values: Iterable[str | None]) -> str | None:
    """The most frequent non-empty value; ties go to the value seen first."""
    counts = Counter(value for value in values if value)
    return counts.most_common(1)[0][0] if counts else None


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            "this needs pandas: pip install 'vnpolitics[pandas]' (and 'vnpolitics[parquet]' for .parquet)"
        ) from None
    return pandas


def _columns(row_type: type) -> list[str]:
    return [field.name for field in dataclasses.fields(row_type)]


def to_dataframe(rows: Sequence[Any], row_type: type) -> Any:
    """A pandas DataFrame with one column per field of the ``row_type`` dataclass (even with no rows)."""
    return _pandas().DataFrame([dataclasses.asdict(row) for row in rows], columns=_columns(row_type))


def _plain(value: Any) -> Any:
    """A JSON/CSV-friendly value: dates as ISO strings."""
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def table_format(path: str | Path) -> str:
    """The output format ``path`` asks for; check it before the work, not after."""
    suffix = Path(path).suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise InputValueError(f"unknown output format {suffix!r} of {path}: use one of {', '.join(TABLE_SUFFIXES)}")
    return suffix


def write_rows(rows: Sequence[Any], path: str | Path, row_type: type) -> None:
    """Write dataclass rows to ``path``; the suffix picks the format (.parquet, .csv, .jsonl).

    In CSV, list cells are joined with "; " (a plain table has no lists).
    """
    suffix = table_format(path)
    records = [{key: _plain(value) for key, value in dataclasses.asdict(row).items()} for row in rows]
    if suffix == ".parquet":
        _pandas().DataFrame(records, columns=_columns(row_type)).to_parquet(path, index=False)
    elif suffix == ".jsonl":
        with open(path, "w", encoding="utf-8") as sink:
            for record in records:
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        with open(path, "w", encoding="utf-8", newline="") as sink:
            writer = csv.DictWriter(sink, fieldnames=_columns(row_type))
            writer.writeheader()
            for record in records:
                writer.writerow({k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in record.items()})
