"""Annotating a corpus: in parallel, in input order, resumable, losing nothing.

Every input file is a *shard* with its own output. A shard's output is
written to a hidden ``.NAME.partial`` file and renamed only once complete,
then a ``.NAME.done`` marker records the counts, the input's size, time and
checksum, and the settings; a re-run skips shards whose marker still matches.
An interrupted run (Ctrl-C, SIGTERM) deletes its partial files, so no output
ever looks complete when it is not.

The parent process reads, and writes in input order; worker processes each
build the pipeline once (the pool initializer) and annotate batches of
records. At most a few batches per worker are in flight, so memory stays flat
whatever the corpus size.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import importlib
import json
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import BrokenExecutor, Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Union

from . import __version__
from .corpus import (
    DocumentSink,
    OutputFormat,
    Payload,
    ReadFailure,
    encode_documents,
    encode_mentions,
    has_corpus_suffix,
    is_corpus_file,
    open_documents_sink,
    open_mentions_sink,
    output_name,
    read_items,
    read_jsonl,
)
from .pipeline import DEFAULT_LINKERS, DEFAULT_RECOGNIZERS, Pipeline, default_pipeline
from .records import RecordKeys, annotate_line, annotate_or_error, error_record

__all__ = [
    "PipelineSpec",
    "worker_pipeline",
    "Shard",
    "RunSettings",
    "RunSummary",
    "RunError",
    "Interrupted",
    "plan_shards",
    "run",
]

# None (the default pipeline), "module:function" or a picklable function; either returns a Pipeline.
PipelineSpec = Union[str, Callable[[], Pipeline], None]

_BATCH_RECORDS = 128
_BATCH_BYTES = 2**20
_BATCHES_IN_FLIGHT_PER_WORKER = 3
STDIO = "-"


class RunError(Exception):
    """A usage or I/O problem that stops the run before or between records (exit code 2)."""


class Interrupted(Exception):
    """The run was stopped by a signal; partial outputs have been removed."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"interrupted by {signal.Signals(signum).name}")
        self.signum = signum


# -- the pipeline, once per process ---------------------------------------------


@lru_cache(maxsize=8)
def worker_pipeline(spec: PipelineSpec = None) -> Pipeline:
    """The pipeline ``spec`` names, built once per process and reused for every batch."""
    pipeline = default_pipeline() if spec is None else _pipeline_factory(spec)()
    if not isinstance(pipeline, Pipeline):
        raise TypeError(f"pipeline factory {spec!r} returned {type(pipeline).__name__}, not a Pipeline")
    return pipeline


def _pipeline_factory(spec: str | Callable[[], Pipeline]) -> Callable[[], Pipeline]:
    if callable(spec):
        return spec
    module_name, _, attribute = spec.partition(":")
    try:
        return getattr(importlib.import_module(module_name), attribute)  # type: ignore[no-any-return]
    except (ImportError, AttributeError, ValueError) as error:
        raise RunError(f"cannot load pipeline factory {spec!r} (expected 'module:function'): {error}") from None


def _describe_pipeline(spec: PipelineSpec) -> str:
    if spec is None:
        return f"default {list(DEFAULT_RECOGNIZERS)} {list(DEFAULT_LINKERS)}"
    return spec if isinstance(spec, str) else f"{spec.__module__}:{spec.__qualname__}"


@lru_cache(maxsize=1)
def _rules_fingerprint() -> str:
    """A hash of the package's code and data files: output made by other rules (an upgrade, an
    edited lexicon in a development install) is not complete for these, whatever the version says."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


# -- what to run ------------------------------------------------------------------


@dataclass(frozen=True)
class Shard:
    """One input and where its outputs go (None: standard input / output)."""

    source: Path | None
    output: Path | None
    mentions: Path | None = None

    @property
    def name(self) -> str:
        """How error records name the input."""
        return STDIO if self.source is None else str(self.source)

    @property
    def marker(self) -> Path | None:
        """The completion marker; only a file input written to a file can be resumed."""
        if self.source is None or self.output is None:
            return None
        return self.output.with_name(f".{self.output.name}.done")


@dataclass(frozen=True)
class RunSettings:
    keys: RecordKeys = RecordKeys()
    pipeline: PipelineSpec = None
    output_format: OutputFormat = "jsonl"
    workers: int = 1
    force: bool = False  # redo shards already marked complete

    def fingerprint(self, with_mentions: bool) -> dict[str, Any]:
        """What a completed shard must have been made with to be skipped."""
        return {
            "vnpolitics": __version__,
            "rules": _rules_fingerprint(),
            "pipeline": _describe_pipeline(self.pipeline),
            "keys": asdict(self.keys),
            "format": self.output_format,
            "mentions": with_mentions,
        }


@dataclass
class RunSummary:
    shards: int = 0
    skipped: int = 0
    records: int = 0
    errors: int = 0
    chars: int = 0

    def add(self, other: "RunSummary") -> None:
        for name in ("shards", "skipped", "records", "errors", "chars"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def plan_shards(
    inputs: Sequence[str], output: str, *, output_format: OutputFormat, mentions: str | None = None
) -> list[Shard]:
    """Map inputs (files, folders of shards, or "-") to outputs; raises :class:`RunError` for bad paths.

    One file to a file name (or "-") gives one output; several files or a folder
    need ``output`` to be a folder, and get one output per input shard there.
    """
    if not inputs:
        raise RunError("no input given")
    sources: list[tuple[Path | None, str]] = []  # (input, output name relative to the output folder)
    single_stream = len(inputs) == 1
    # Outputs written inside an input folder must not be read back as inputs on the next run.
    written = [Path(p).resolve() for p in (output, mentions) if p and p != STDIO]
    for given in inputs:
        if given == STDIO:
            if not single_stream:
                raise RunError("'-' (standard input) cannot be combined with other inputs")
            sources.append((None, f"stdin.{output_format}"))
            continue
        path = Path(given)
        if path.is_dir():
            single_stream = False
            below = [w for w in written if w != path.resolve()]
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and is_corpus_file(p) and not any(p.resolve().is_relative_to(w) for w in below)
            )
            sources.extend((p, output_name(str(p.relative_to(path)), output_format)) for p in found)
        elif path.is_file():
            sources.append((path, output_name(path.name, output_format)))
        else:
            raise RunError(f"input not found: {given}")

    # a file: "-", a corpus file name, or any file that already exists (mktemp's, say)
    output_is_file = (
        output == STDIO
        or has_corpus_suffix(Path(output)) and not Path(output).is_dir()
        or Path(output).is_file()
    )
    if single_stream and output_is_file:
        source = sources[0][0]
        if output == STDIO and output_format == "parquet":
            raise RunError("Parquet output needs a file name, not '-'")
        target = None if output == STDIO else Path(output)
        shard = Shard(source, target, Path(mentions) if mentions else None)
        _check_writable(shard)
        return [shard]
    if output_is_file:
        raise RunError(f"several inputs need -o to be a folder, not {output!r}")

    folder, mentions_folder = Path(output), Path(mentions) if mentions else None
    shards, seen = [], {}
    for source, name in sources:
        if name in seen:
            raise RunError(f"{seen[name]} and {source} would both write {folder / name}")
        seen[name] = source
        shard = Shard(source, folder / name, mentions_folder / output_name(name, "parquet") if mentions_folder else None)
        _check_writable(shard)
        shards.append(shard)
    return shards


def _check_writable(shard: Shard) -> None:
    """Create the output folders now, so that an unwritable path fails before any work."""
    for target in (shard.output, shard.mentions):
        if target is None:
            continue
        if shard.source is not None and target.resolve() == shard.source.resolve():
            raise RunError(f"output {target} would overwrite its input")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise RunError(f"cannot write {target}: {error.strerror or error}") from None
        if not os.access(target.parent, os.W_OK):
            raise RunError(f"cannot write {target}: folder not writable")


# -- completion markers -------------------------------------------------------------


def _input_identity(path: Path) -> dict[str, Any]:
    stat = path.stat()
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(2**20):
            digest.update(chunk)
    return {"input_bytes": stat.st_size, "input_mtime_ns": stat.st_mtime_ns, "input_sha256": digest.hexdigest()}


def _completed_marker(shard: Shard, settings: RunSettings) -> dict[str, Any] | None:
    """The shard's marker if its outputs are complete and were made from this input with these settings."""
    marker = shard.marker
    if marker is None or shard.source is None or not marker.is_file():
        return None
    try:
        recorded = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    outputs_exist = all(path.is_file() for path in (shard.output, shard.mentions) if path is not None)
    if not outputs_exist or recorded.get("settings") != settings.fingerprint(shard.mentions is not None):
        return None
    stat = shard.source.stat()
    if stat.st_size != recorded.get("input_bytes"):
        return None
    if stat.st_mtime_ns == recorded.get("input_mtime_ns"):
        return recorded  # type: ignore[no-any-return]
    same_content = _input_identity(shard.source)["input_sha256"] == recorded.get("input_sha256")
    return recorded if same_content else None  # type: ignore[no-any-return]


def _partial(path: Path) -> Path:
    return path.with_name(f".{path.name}.partial")


def _write_atomically(path: Path, text: str) -> None:
    partial = _partial(path)
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


# -- one shard's output ----------------------------------------------------------------


class _ShardWriter:
    """Writes a shard's outputs to partial files; ``commit`` publishes them, ``abort`` removes them.

    A signal can land between any two bytecodes, so ``abort`` works from paths, not from
    what was opened: whatever this shard wrote (partial files, an output published before
    its completion marker, a half-written marker) is removed. Construction does no I/O,
    so the caller holds the writer before the first file exists.
    """

    def __init__(self, shard: Shard, settings: RunSettings) -> None:
        self.shard = shard
        self.settings = settings
        self.summary = RunSummary(shards=1)
        self._targets = [path for path in (shard.output, shard.mentions) if path is not None]
        self._sinks: list[DocumentSink] = []
        self._publishing = False
        self._committed = False

    def open(self) -> None:
        shard = self.shard
        try:
            compress = shard.output is not None and shard.output.name.endswith(".gz")
            partial = _partial(shard.output) if shard.output else None
            self._sinks.append(open_documents_sink(partial, self.settings.output_format, compress=compress))
            if shard.mentions is not None:
                self._sinks.append(open_mentions_sink(_partial(shard.mentions)))
        except OSError as error:
            self.abort()
            raise RunError(f"cannot write {error.filename or shard.output}: {error.strerror or error}") from None

    def write(self, result: "_BatchResult") -> None:
        try:
            self._sinks[0].write(result.documents)
            if result.mentions is not None and len(self._sinks) > 1:
                self._sinks[1].write(result.mentions)
        except OSError as error:
            raise RunError(f"cannot write {self.shard.output}: {error.strerror or error}") from None
        self.summary.records += result.records
        self.summary.errors += result.errors
        self.summary.chars += result.chars

    def commit(self, identity: dict[str, Any] | None) -> None:
        for sink in self._sinks:
            sink.close()
        self._sinks = []
        self._publishing = True
        if self.shard.marker is not None:
            self.shard.marker.unlink(missing_ok=True)  # a stale marker must never vouch for new outputs
        for target in self._targets:
            os.replace(_partial(target), target)
        if self.shard.marker is not None and identity is not None:
            marker = {
                "input": self.shard.name,
                **identity,
                "records": self.summary.records,
                "errors": self.summary.errors,
                "chars": self.summary.chars,
                "outputs": [str(p) for p in self._targets],
                "settings": self.settings.fingerprint(self.shard.mentions is not None),
                "completed_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            }
            _write_atomically(self.shard.marker, json.dumps(marker, ensure_ascii=False, indent=1) + "\n")
        self._committed = True

    def abort(self) -> None:
        """Remove everything of an uncommitted shard; a committed one is left alone."""
        if self._committed:
            return
        for sink in self._sinks:
            try:
                sink.close()
            except Exception:  # noqa: BLE001 - already failing; removing the partial file matters more
                pass
        self._sinks = []
        leftovers = [_partial(target) for target in self._targets]
        if self._publishing and self.shard.marker is not None:
            # Outputs published without their marker would be redone anyway; remove them so that
            # a visible output always means a finished shard.
            leftovers += [*self._targets, _partial(self.shard.marker), self.shard.marker]
        for path in leftovers:
            path.unlink(missing_ok=True)


# -- worker side ---------------------------------------------------------------------


@dataclass
class _BatchResult:
    documents: Any  # JSONL chunks (list of bytes) or a pyarrow RecordBatch
    mentions: Any
    records: int
    errors: int
    chars: int


@dataclass
class _WorkerState:
    pipeline: Pipeline
    keys: RecordKeys
    output_format: OutputFormat
    with_mentions: bool


_worker: _WorkerState | None = None


def _start_worker(settings: RunSettings, with_mentions: bool, in_child: bool) -> None:
    """Pool initializer: build the pipeline once per process."""
    global _worker
    if in_child:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the parent decides
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, inherited by fork
    _worker = _WorkerState(worker_pipeline(settings.pipeline), settings.keys, settings.output_format, with_mentions)


def _annotate_one(source: str, line: int, payload: Payload, state: _WorkerState) -> dict[str, Any]:
    if isinstance(payload, ReadFailure):
        return error_record(payload.message, source=source, line=line)
    if isinstance(payload, bytes):
        return annotate_line(payload, keys=state.keys, pipeline=state.pipeline, source=source, line_number=line)
    return annotate_or_error(payload, keys=state.keys, pipeline=state.pipeline, source=source, line_number=line)


def _annotate_batch(source: str, items: list[tuple[int, Payload]]) -> _BatchResult:
    state = _worker
    assert state is not None, "worker not started"
    lines = [line for line, _ in items]
    records = [_annotate_one(source, line, payload, state) for line, payload in items]
    try:
        documents, mentions = _encode(records, lines, state)
    except UnicodeEncodeError:  # Parquet cannot hold unpaired surrogates: those records become errors
        records = [_storable(record, source, line, state) for record, line in zip(records, lines)]
        documents, mentions = _encode(records, lines, state)
    errors = sum("error" in record for record in records)
    chars = sum(len(record["text"]) for record in records if isinstance(record.get("text"), str))
    return _BatchResult(documents, mentions, len(records), errors, chars)


def _encode(records: list[dict[str, Any]], lines: list[int], state: _WorkerState) -> tuple[Any, Any]:
    mentions = encode_mentions(records, lines) if state.with_mentions else None
    return encode_documents(records, lines, state.output_format), mentions


def _storable(record: dict[str, Any], source: str, line: int, state: _WorkerState) -> dict[str, Any]:
    try:
        _encode([record], [line], state)
        return record
    except UnicodeEncodeError as error:
        message = f"holds {error.object[error.start:error.end]!r}, which UTF-8 cannot store"
        return error_record(message, record_id=record.get("id"), source=source, line=line)


# -- parent side ---------------------------------------------------------------------


@dataclass
class _Task:
    shard: Shard
    items: list[tuple[int, Payload]] | None  # None marks the end of the shard
    identity: dict[str, Any] | None = field(default=None)


def _payload_size(payload: Payload) -> int:
    if isinstance(payload, bytes):
        return len(payload)
    text = payload.get("text") if isinstance(payload, dict) else None
    return len(text) if isinstance(text, str) else 0


def _batches(items: Iterable[tuple[int, Payload]]) -> Iterator[list[tuple[int, Payload]]]:
    batch: list[tuple[int, Payload]] = []
    size = 0
    for line, payload in items:
        batch.append((line, payload))
        size += _payload_size(payload)
        if len(batch) >= _BATCH_RECORDS or size >= _BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _tasks(shards: Iterable[Shard]) -> Iterator[_Task]:
    """Each shard's batches, then its end; the identity is taken before reading, like a snapshot."""
    for shard in shards:
        identity = _input_identity(shard.source) if shard.marker is not None and shard.source else None
        items = read_jsonl(sys.stdin.buffer) if shard.source is None else read_items(shard.source)
        for batch in _batches(items):
            yield _Task(shard, batch)
        yield _Task(shard, None, identity)


def _in_order(executor: Executor, tasks: Iterable[_Task], window: int) -> Iterator[tuple[_Task, _BatchResult | None]]:
    """Submit ahead by ``window`` batches, hand results back in submission order."""
    in_flight: deque[tuple[_Task, Future[_BatchResult] | None]] = deque()
    for task in tasks:
        future = None if task.items is None else executor.submit(_annotate_batch, task.shard.name, task.items)
        in_flight.append((task, future))
        while len(in_flight) > window:
            done_task, done = in_flight.popleft()
            yield done_task, None if done is None else done.result()
    while in_flight:
        done_task, done = in_flight.popleft()
        yield done_task, None if done is None else done.result()


class _InlineExecutor(Executor):
    """Runs each batch at once in this process: --workers 1 without pickling or a second process."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Interrupted:
            raise  # stop now, not when this batch's turn to be written comes
        except Exception as error:  # noqa: BLE001 - re-raised by future.result()
            future.set_exception(error)
        return future


@contextmanager
def _signals_interrupt() -> Iterator[None]:
    """Turn SIGINT and SIGTERM into :class:`Interrupted`, so cleanup code runs."""

    def interrupt(signum: int, frame: Any) -> None:
        raise Interrupted(signum)

    try:
        previous = {signum: signal.signal(signum, interrupt) for signum in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def run(
    shards: Sequence[Shard],
    settings: RunSettings,
    *,
    on_batch: Callable[[int, int], None] | None = None,
) -> RunSummary:
    """Annotate every shard not already complete; ``on_batch(records, chars)`` reports progress.

    Raises :class:`RunError` for I/O problems and :class:`Interrupted` on SIGINT/SIGTERM,
    in both cases after removing the partial output of the shard in progress.
    """
    if isinstance(settings.pipeline, str):
        _pipeline_factory(settings.pipeline)  # a wrong name fails here, not in every worker
    summary = RunSummary()
    pending = []
    for shard in shards:
        done = None if settings.force else _completed_marker(shard, settings)
        if done is None:
            pending.append(shard)
        else:
            summary.add(RunSummary(1, 1, done.get("records", 0), done.get("errors", 0), done.get("chars", 0)))
    if not pending:
        return summary

    with_mentions = any(shard.mentions is not None for shard in pending)
    if settings.workers <= 1:
        _start_worker(settings, with_mentions, in_child=False)
        executor: Executor = _InlineExecutor()
    else:
        executor = ProcessPoolExecutor(
            settings.workers, initializer=_start_worker, initargs=(settings, with_mentions, True)
        )
    writer: _ShardWriter | None = None
    try:
        with _signals_interrupt():
            window = settings.workers * _BATCHES_IN_FLIGHT_PER_WORKER
            for task, result in _in_order(executor, _tasks(pending), window):
                if writer is None:
                    writer = _ShardWriter(task.shard, settings)
                    writer.open()
                if result is not None:
                    writer.write(result)
                    if on_batch is not None:
                        on_batch(result.records, result.chars)
                    continue
                writer.commit(task.identity)
                summary.add(writer.summary)
                writer = None
    except BrokenExecutor as error:
        where = f" on {writer.shard.name}" if writer is not None else ""
        raise RunError(f"a worker process died{where} (out of memory?): {error}") from None
    finally:
        if writer is not None:
            writer.abort()
        executor.shutdown(wait=True, cancel_futures=True)
    return summary
