"""One JSONL line in, one JSONL line out: the unit of every batch run.

A line that cannot be annotated becomes an error record carrying the input's
id and line number instead of stopping the run, so that every input line has
exactly one output line, in order, and nothing is lost silently.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .errors import InputValueError, RecordError
from .pipeline import Pipeline, default_pipeline

__all__ = ["RecordKeys", "annotate_line", "annotate_record", "annotate_or_error", "error_record", "dump_record"]


@dataclass(frozen=True, slots=True)
class RecordKeys:
    """Which input keys hold the text, the id and the publication date."""

    text: str = "text"
    id: str = "id"
    date: str = "doc_date"


def error_record(message: str, *, record_id: Any = None, source: str | None = None, line: int | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {"id": record_id, "error": message}
    if source is not None:
        record["source_file"] = source
    if line is not None:
        record["line"] = line
    return record


def annotate_record(
    record: Any,
    *,
    keys: RecordKeys = RecordKeys(),
    pipeline: Pipeline | None = None,
) -> dict[str, Any]:
    """Annotate a decoded record; raises :class:`RecordError` when it cannot be."""
    if not isinstance(record, dict):
        raise RecordError(f"record is a JSON {type(record).__name__}, not an object")
    text = record.get(keys.text)
    if text is None:
        reason = "missing" if keys.text not in record else "null"
        raise RecordError(f"text field {keys.text!r} is {reason}")
    if not isinstance(text, str):
        raise RecordError(f"text field {keys.text!r} is a {type(text).__name__}, not a string")
    record_id = record.get(keys.id)
    extra = {k: v for k, v in record.items() if k not in {"id", "text", "doc_date", "entities"}}
    try:
        document = (pipeline or default_pipeline())(
            text,
            doc_date=record.get(keys.date),
            id=None if record_id is None else str(record_id),
            extra=extra,
        )
    except InputValueError as error:
        raise RecordError(str(error)) from None
    return document.to_record()


def annotate_or_error(
    record: Any,
    *,
    keys: RecordKeys = RecordKeys(),
    pipeline: Pipeline | None = None,
    source: str | None = None,
    line_number: int | None = None,
) -> dict[str, Any]:
    """Annotate a decoded record (a JSON value, a Parquet row); never raises for bad input."""
    record_id = record.get(keys.id) if isinstance(record, dict) else None
    try:
        return annotate_record(record, keys=keys, pipeline=pipeline)
    except RecordError as error:
        return error_record(error.reason, record_id=record_id, source=source, line=line_number)
    except RecursionError:
        return error_record("input nested too deeply", record_id=record_id, source=source, line=line_number)


def annotate_line(
    line: str | bytes,
    *,
    keys: RecordKeys = RecordKeys(),
    pipeline: Pipeline | None = None,
    source: str | None = None,
    line_number: int | None = None,
) -> dict[str, Any]:
    """Annotate one raw JSONL line; never raises for bad input, returns an error record instead."""
    try:
        record = _parse_line(line)
    except RecordError as error:
        return error_record(error.reason, source=source, line=line_number)
    except RecursionError:
        return error_record("input nested too deeply", source=source, line=line_number)
    return annotate_or_error(record, keys=keys, pipeline=pipeline, source=source, line_number=line_number)


def _parse_line(line: str | bytes) -> Any:
    """The JSON value of one line. The decoded copy of a bytes line dies here, before annotation:
    a huge line is then held twice at most, not three times."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as error:
            raise RecordError(f"invalid UTF-8 at byte {error.start}") from None
    if not line or line.isspace():
        raise RecordError("empty line")
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        raise RecordError(f"invalid JSON: {error.msg} at column {error.colno}") from None


def dump_record(record: dict[str, Any], *, ensure_ascii: bool = False) -> str:
    """One output line (no trailing newline), UTF-8 as is: byte-identical across runs.

    Values JSON cannot hold (a Parquet timestamp as an error record's id) are written as strings;
    ``ensure_ascii`` escapes what UTF-8 cannot encode (unpaired surrogates from a JSON escape).
    """
    return json.dumps(record, ensure_ascii=ensure_ascii, separators=(", ", ": "), default=str)
