"""Corpus tables: mentions as a pandas frame, and the shared plumbing of the derived tables.

:func:`to_pandas` gives one row per entity, attributes flattened into
columns, so a corpus becomes something to count and plot ("which documents
are cited most?") without walking nested objects. The other helpers read
annotated corpora and write rows of a dataclass (the register, the citation
table) as a DataFrame, Parquet, CSV or JSONL. pandas and pyarrow are optional
extras, imported only when called.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as _dt
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .schema import Document

if TYPE_CHECKING:
    import pandas

__all__ = [
    "COLUMNS",
    "ATTRIBUTE_COLUMNS",
    "TABLE_FORMATS",
    "to_pandas",
    "iter_documents",
    "read_documents",
    "most_common",
    "table_format",
    "to_dataframe",
    "write_rows",
]

T = TypeVar("T")

# Normalised attributes, each its own column (empty where a label does not have it).
ATTRIBUTE_COLUMNS: tuple[str, ...] = (
    "value",
    "code",
    "doc_type",
    "number",
    "year",
    "issuer_code",
    "name",
    "role",
    "organization",
    "organization_canonical",
    "kind",
    "holder",
    "holder_text",
    "honorific",
    "person_id",
    "canonical",
)
COLUMNS: tuple[str, ...] = ("doc_id", "doc_index", "start", "end", "label", "text", *ATTRIBUTE_COLUMNS)
_ATTRIBUTES = tuple(column for column in ATTRIBUTE_COLUMNS if column != "holder_text")


def _import_pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError("vnpolitics tables need pandas: pip install 'vnpolitics[pandas]'") from None
    return pandas


def to_pandas(docs: Document | Iterable[Document]) -> pandas.DataFrame:
    """One row per mention of one or many documents, in document then text order.

    ``doc_id`` is the document's id (None when it has none); ``doc_index`` its
    position in ``docs``. ``holder`` is the holding PERSON's id, ``holder_text``
    that person's text as written.
    """
    pandas = _import_pandas()
    documents = [docs] if isinstance(docs, Document) else docs
    rows = [row for index, document in enumerate(documents) for row in _rows(document, index)]
    frame = pandas.DataFrame(rows, columns=list(COLUMNS))
    return frame.astype({"doc_index": "int64", "start": "int64", "end": "int64", "year": "Int64"})


def _rows(document: Document, index: int) -> Iterable[dict[str, Any]]:
    texts = {entity.id: entity.text for entity in document.entities}
    for entity in document.entities:
        attrs = entity.attrs
        row: dict[str, Any] = {
            "doc_id": document.id,
            "doc_index": index,
            "start": entity.start,
            "end": entity.end,
            "label": entity.label,
            "text": entity.text,
        }
        row.update({name: getattr(attrs, name, None) for name in _ATTRIBUTES})
        row["holder_text"] = texts.get(row["holder"]) if row["holder"] else None
        yield row


# -- shared plumbing of the derived tables (register, citations) --------------

TABLE_FORMATS: dict[str, str] = {".parquet": "parquet", ".csv": "csv", ".jsonl": "jsonl"}


def iter_documents(documents: Iterable[Document | dict[str, Any]]) -> Iterator[Document]:
    """Documents from Document objects or annotated records; error records (no text) are skipped."""
    for item in documents:
        if isinstance(item, Document):
            yield item
        elif "error" not in item:
            yield Document.from_record(item)


def read_documents(path: str | Path) -> Iterator[Document]:
    """The documents of an annotated JSONL file (output of ``vnpolitics annotate``)."""
    with open(path, encoding="utf-8") as handle:
        yield from iter_documents(json.loads(line) for line in handle if line.strip())


def most_common(values: Iterable[T | None]) -> T | None:
    """The most frequent value that is not None (the first seen on a tie), else None."""
    counts = Counter(value for value in values if value is not None)
    return counts.most_common(1)[0][0] if counts else None


def table_format(output: str | Path) -> str:
    """The table format its suffix asks for; raises ValueError before any work is done."""
    suffix = Path(output).suffix.lower()
    try:
        return TABLE_FORMATS[suffix]
    except KeyError:
        known = ", ".join(TABLE_FORMATS)
        raise ValueError(f"{output}: unknown table format {suffix!r}; use {known}") from None


def _columns(row_type: type) -> list[str]:
    return [field.name for field in dataclasses.fields(row_type)]


def to_dataframe(rows: Sequence[Any], row_type: type) -> pandas.DataFrame:
    """Dataclass rows as a DataFrame with one column per field (also when there are no rows)."""
    pandas = _import_pandas()
    columns = _columns(row_type)
    return pandas.DataFrame([[getattr(row, name) for name in columns] for row in rows], columns=columns)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, _dt.date) else value


def write_rows(rows: Sequence[Any], output: str | Path, row_type: type) -> None:
    """Write dataclass rows to ``output`` in the format its suffix names."""
    table_format_ = table_format(output)
    columns = _columns(row_type)
    if table_format_ == "parquet":
        try:
            import pyarrow
            import pyarrow.parquet
        except ImportError:
            raise ImportError("Parquet output needs pyarrow: pip install 'vnpolitics[parquet]'") from None
        table = pyarrow.table({name: [getattr(row, name) for row in rows] for name in columns})
        pyarrow.parquet.write_table(table, output)
    elif table_format_ == "csv":
        with open(output, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in rows:
                values = [getattr(row, name) for name in columns]
                writer.writerow(
                    "; ".join(map(str, value)) if isinstance(value, list) else "" if value is None else _plain(value)
                    for value in values
                )
    else:
        with open(output, "w", encoding="utf-8") as handle:
            for row in rows:
                record = {name: _plain(getattr(row, name)) for name in columns}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
