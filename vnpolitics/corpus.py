"""Corpus files in and out, as streams: JSONL (plain or gzip) and Parquet.

Readers yield one ``(line number, payload)`` at a time and writers take one
batch at a time, so a corpus of any size goes through in flat memory. A file
that stops being readable part-way (a truncated gzip, a corrupt Parquet file)
ends its stream with a :class:`ReadFailure` instead of an exception: what was
read before it still counts, and the caller records the failure where it
happened.

Parquet output is the JSON record as a table (``entities`` a list of structs,
other input keys as one JSON column) plus, on request, a flat mentions table
with one row per entity and one column per attribute of the schema, for
analysis in pandas, DuckDB or Spark without parsing JSON.
"""

from __future__ import annotations

import gzip
import json
import typing
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, Union

from .records import dump_record
from .schema import MENTION_CLASSES

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "OutputFormat",
    "ReadFailure",
    "Payload",
    "has_corpus_suffix",
    "is_corpus_file",
    "is_parquet",
    "output_name",
    "require_pyarrow",
    "read_items",
    "read_jsonl",
    "encode_documents",
    "encode_mentions",
    "DocumentSink",
    "open_documents_sink",
    "open_mentions_sink",
]

OutputFormat = Literal["jsonl", "parquet"]

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
_PARQUET_SUFFIXES = (".parquet", ".pq")
_GZIP_MAGIC = b"\x1f\x8b"
# Keys the record format defines; any other key of a record is input metadata ("extra").
_RECORD_KEYS = ("id", "text", "doc_date", "entities", "error", "source_file", "line")
# Parquet row groups of about this many rows: big enough to compress well, small enough to stay in memory.
_ROW_GROUP_ROWS = 8192
_ROW_GROUP_BYTES = 64 * 2**20


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """The input could not be read past this point; the message says why."""

    message: str


# A JSONL line (undecoded), a Parquet row, or the point where reading failed.
Payload = Union[bytes, dict[str, Any], ReadFailure]


def _bare_name(path: Path) -> str:
    name = path.name.lower()
    return name[:-3] if name.endswith(".gz") else name


def is_parquet(path: Path) -> bool:
    return _bare_name(path).endswith(_PARQUET_SUFFIXES)


def has_corpus_suffix(path: Path) -> bool:
    return _bare_name(path).endswith(_JSONL_SUFFIXES + _PARQUET_SUFFIXES)


def is_corpus_file(path: Path) -> bool:
    """Whether a file found in an input folder is a shard (markers, partial and hidden files are not)."""
    return not path.name.startswith((".", "_")) and has_corpus_suffix(path)


def output_name(input_name: str, output_format: OutputFormat) -> str:
    """``part-7.jsonl.gz`` -> ``part-7.jsonl`` (or ``part-7.parquet``)."""
    stem = input_name[:-3] if input_name.lower().endswith(".gz") else input_name
    for suffix in _JSONL_SUFFIXES + _PARQUET_SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    return f"{stem}.{output_format}"


def require_pyarrow() -> None:
    """Fail early, with the fix, when Parquet is asked for without pyarrow installed."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise ImportError("Parquet needs pyarrow: pip install 'vnpolitics[parquet]'") from None


# -- reading ---------------------------------------------------------------


def read_items(path: Path) -> Iterator[tuple[int, Payload]]:
    """Every record of a JSONL(.gz) or Parquet file, numbered from 1 (line or row)."""
    if is_parquet(path):
        yield from _read_parquet(path)
    else:
        with open(path, "rb") as stream:
            yield from read_jsonl(stream)


def read_jsonl(stream: IO[bytes]) -> Iterator[tuple[int, Payload]]:
    """Raw lines of a binary stream; gzip is recognised by its magic bytes, not by the file name."""
    number = 0
    try:
        lines: Iterable[bytes] = gzip.GzipFile(fileobj=stream) if _starts_with_gzip_magic(stream) else stream
        for number, line in enumerate(lines, start=1):
            yield number, line
    except (EOFError, OSError, zlib.error) as error:  # truncated or corrupt gzip, device errors
        yield number + 1, ReadFailure(f"input unreadable from here on: {type(error).__name__}: {error}")


def _starts_with_gzip_magic(stream: IO[bytes]) -> bool:
    peek = getattr(stream, "peek", None)
    return peek is not None and peek(2)[:2] == _GZIP_MAGIC


def _read_parquet(path: Path) -> Iterator[tuple[int, Payload]]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    number = 0
    try:
        with pq.ParquetFile(path) as parquet:
            for batch in parquet.iter_batches(batch_size=1024):
                for row in batch.to_pylist():
                    number += 1
                    yield number, row
    except (OSError, pa.ArrowException) as error:
        yield number + 1, ReadFailure(f"Parquet unreadable from here on: {type(error).__name__}: {error}")


# -- encoding (runs in the worker processes) ---------------------------------


def encode_documents(records: list[dict[str, Any]], lines: list[int], output_format: OutputFormat) -> Any:
    """One batch of output records as JSONL chunks (a list of bytes: no copy to join them) or a Parquet record batch."""
    if output_format == "jsonl":
        return [chunk for record in records for chunk in (_jsonl_line(record), b"\n")]
    import pyarrow as pa

    columns: dict[str, list[Any]] = {name: [] for name in _document_schema().names}
    for record, line in zip(records, lines):
        record_id = record.get("id")
        columns["id"].append(None if record_id is None else str(record_id))
        columns["text"].append(record.get("text"))
        columns["doc_date"].append(record.get("doc_date"))
        columns["entities"].append(
            [{**entity, "attrs": _json(entity.get("attrs") or {})} for entity in record.get("entities", [])]
        )
        extra = {key: value for key, value in record.items() if key not in _RECORD_KEYS}
        columns["extra"].append(_json(extra) if extra else None)
        columns["error"].append(record.get("error"))
        columns["source_file"].append(record.get("source_file"))
        columns["line"].append(line)
    return pa.RecordBatch.from_pydict(columns, schema=_document_schema())


def _jsonl_line(record: dict[str, Any]) -> bytes:
    try:
        return dump_record(record).encode("utf-8")
    except UnicodeEncodeError:  # unpaired surrogates: valid as JSON escapes only, so keep them escaped
        return dump_record(record, ensure_ascii=True).encode("ascii")


def encode_mentions(records: list[dict[str, Any]], lines: list[int]) -> "pa.RecordBatch":
    """One row per entity: document id and line, span, label, text, one column per attribute."""
    import pyarrow as pa

    schema = _mention_schema()
    attr_columns = _attribute_columns()
    columns: dict[str, list[Any]] = {name: [] for name in schema.names}
    for record, line in zip(records, lines):
        record_id = record.get("id")
        for entity in record.get("entities", []):
            columns["doc_id"].append(None if record_id is None else str(record_id))
            columns["line"].append(line)
            columns["entity_id"].append(entity["id"])
            for key in ("start", "end", "label", "text"):
                columns[key].append(entity[key])
            attrs = entity.get("attrs") or {}
            for name in attr_columns:
                columns[name].append(attrs.get(name))
            other = {key: value for key, value in attrs.items() if key not in attr_columns}
            columns["other_attrs"].append(_json(other) if other else None)
    return pa.RecordBatch.from_pydict(columns, schema=schema)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


@lru_cache(maxsize=1)
def _attribute_columns() -> dict[str, "pa.DataType"]:
    """Every attribute the schema defines for any label, as a typed column (year is an integer)."""
    import pyarrow as pa

    columns: dict[str, pa.DataType] = {}
    for mention_class in MENTION_CLASSES.values():
        attrs_model = mention_class.model_fields["attrs"].annotation
        for name, field in attrs_model.model_fields.items():  # type: ignore[union-attr]
            is_integer = int in typing.get_args(field.annotation) or field.annotation is int
            columns.setdefault(name, pa.int64() if is_integer else pa.string())
    return columns


@lru_cache(maxsize=1)
def _document_schema() -> "pa.Schema":
    import pyarrow as pa

    entity = pa.struct(
        [
            ("id", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("label", pa.string()),
            ("text", pa.string()),
            ("attrs", pa.string()),  # JSON: attributes differ by label
        ]
    )
    return pa.schema(
        [
            ("id", pa.string()),
            ("text", pa.string()),
            ("doc_date", pa.string()),
            ("entities", pa.list_(entity)),
            ("extra", pa.string()),  # JSON object of the input's other keys
            ("error", pa.string()),
            ("source_file", pa.string()),
            ("line", pa.int64()),  # line (JSONL) or row (Parquet) of the input, from 1
        ]
    )


@lru_cache(maxsize=1)
def _mention_schema() -> "pa.Schema":
    import pyarrow as pa

    fixed = [
        ("doc_id", pa.string()),
        ("line", pa.int64()),
        ("entity_id", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("label", pa.string()),
        ("text", pa.string()),
    ]
    attributes = list(_attribute_columns().items())
    return pa.schema(fixed + attributes + [("other_attrs", pa.string())])


# -- writing -------------------------------------------------------------------


class DocumentSink(typing.Protocol):
    def write(self, batch: Any) -> None: ...

    def close(self) -> None: ...


class _JsonlSink:
    """Appends encoded JSONL batches to a binary stream, gzip when asked.

    The gzip header carries no time and no (partial) file name, so reruns are byte-identical.
    """

    def __init__(self, stream: IO[bytes], *, compress: bool, owns_stream: bool) -> None:
        self._raw = stream
        self._stream: IO[bytes] = (
            gzip.GzipFile(filename="", fileobj=stream, mode="wb", mtime=0) if compress else stream
        )
        self._owns_stream = owns_stream

    def write(self, batch: list[bytes]) -> None:
        self._stream.writelines(batch)
        if not self._owns_stream:
            self._stream.flush()  # standard output: let the reader see each batch

    def close(self) -> None:
        if self._stream is not self._raw:
            self._stream.close()
        if self._owns_stream:
            self._raw.close()


class _ParquetSink:
    """Collects record batches into row groups of a bounded size, then writes them."""

    def __init__(self, path: Path, schema: "pa.Schema") -> None:
        import pyarrow.parquet as pq

        self._writer = pq.ParquetWriter(path, schema)
        self._pending: list[pa.RecordBatch] = []
        self._rows = 0
        self._bytes = 0

    def write(self, batch: "pa.RecordBatch") -> None:
        self._pending.append(batch)
        self._rows += batch.num_rows
        self._bytes += batch.nbytes
        if self._rows >= _ROW_GROUP_ROWS or self._bytes >= _ROW_GROUP_BYTES:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._rows:
            self._writer.write_table(pa.Table.from_batches(self._pending), row_group_size=self._rows)
        self._pending, self._rows, self._bytes = [], 0, 0

    def close(self) -> None:
        self._flush()
        self._writer.close()


def open_documents_sink(
    path: Path | None, output_format: OutputFormat, *, compress: bool = False
) -> DocumentSink:
    """A writer for output records at ``path`` (None: standard output, JSONL only)."""
    if path is None:
        import sys

        return _JsonlSink(sys.stdout.buffer, compress=compress, owns_stream=False)
    if output_format == "parquet":
        return _ParquetSink(path, _document_schema())
    return _JsonlSink(open(path, "wb"), compress=compress, owns_stream=True)


def open_mentions_sink(path: Path) -> DocumentSink:
    """A writer for the flat mentions table (Parquet)."""
    return _ParquetSink(path, _mention_schema())
