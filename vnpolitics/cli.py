"""The ``vnpolitics`` command: annotate a corpus, score it, export the schema."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from tqdm import tqdm

from .evaluate import format_report, load_records, score
from .records import RecordKeys

app = typer.Typer(
    help="Vietnamese political text -> people, titles, organisations, places, legal documents, dates.",
    no_args_is_help=True,
    add_completion=False,
)


@app.command()
def annotate(
    inputs: Annotated[
        list[str], typer.Argument(help="JSONL (.gz too) or Parquet files, folders of such shards, or - for standard input.")
    ],
    output: Annotated[
        str, typer.Option("-o", "--output", help="Output file (.jsonl, .jsonl.gz, .parquet), folder, or - for standard output.")
    ] = "-",
    text_key: Annotated[str, typer.Option(help="Input key holding the text.")] = "text",
    id_key: Annotated[str, typer.Option(help="Input key holding the document id.")] = "id",
    date_key: Annotated[str, typer.Option(help="Input key holding the publication date.")] = "doc_date",
    output_format: Annotated[
        Optional[str], typer.Option("--format", help="jsonl or parquet (default: from the -o suffix, else jsonl).")
    ] = None,
    mentions: Annotated[
        Optional[str], typer.Option(help="Also write a flat Parquet table, one row per entity (a folder for several shards).")
    ] = None,
    workers: Annotated[int, typer.Option(help="Worker processes (default: all cores).")] = 0,
    force: Annotated[bool, typer.Option("--force", help="Redo shards already marked complete.")] = False,
    pipeline: Annotated[
        Optional[str], typer.Option(help="'module:function' returning your own Pipeline (default: the built-in one).")
    ] = None,
) -> None:
    """Annotate a corpus, one output record per input record, in order; a bad record becomes an error record.

    Several inputs or a folder give one output per shard in the -o folder, each
    published only when complete (with a hidden .done marker): a re-run skips
    completed shards. Exit code: 0 all good, 1 some records failed, 2 usage or I/O error.
    """
    from .corpus import require_pyarrow
    from .runner import Interrupted, RunError, RunSettings, plan_shards, run

    chosen_format = output_format or ("parquet" if output.lower().endswith((".parquet", ".pq")) else "jsonl")
    if chosen_format not in ("jsonl", "parquet"):
        raise typer.BadParameter(f"unknown format {chosen_format!r}: use jsonl or parquet", param_hint="--format")
    settings = RunSettings(
        keys=RecordKeys(text=text_key, id=id_key, date=date_key),
        pipeline=pipeline,
        output_format=chosen_format,  # type: ignore[arg-type]
        workers=workers or _available_cores(),
        force=force,
    )
    try:
        if chosen_format == "parquet" or mentions or any(name.lower().endswith((".parquet", ".pq")) for name in inputs):
            require_pyarrow()
        shards = plan_shards(inputs, output, output_format=settings.output_format, mentions=mentions)
        with _progress_bar() as bar:
            summary = run(shards, settings, on_batch=bar.record_batch)
    except (RunError, ImportError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(code=2) from None
    except Interrupted as interruption:
        typer.echo(f"{interruption}: completed shards are kept; run again to resume", err=True)
        raise typer.Exit(code=128 + interruption.signum) from None

    skipped = f", {summary.skipped} already complete" if summary.skipped else ""
    typer.echo(f"{summary.records} record(s) in {summary.shards} shard(s){skipped}", err=True)
    if summary.errors:
        typer.echo(f"{summary.errors} record(s) could not be annotated; see their 'error' field", err=True)
        raise typer.Exit(code=1)


def _available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class _ProgressBar(tqdm):  # type: ignore[misc]
    """Documents per second from tqdm, characters per second alongside; silent unless stderr is a terminal."""

    monitor_interval = 0  # no monitor thread: worker processes are forked while the bar is alive
    chars = 0

    def record_batch(self, records: int, chars: int) -> None:
        self.chars += chars
        elapsed = self.format_dict["elapsed"] or 1e-9
        self.set_postfix_str(f"{self.chars / elapsed:,.0f} chars/s", refresh=False)
        self.update(records)


def _progress_bar() -> _ProgressBar:
    return _ProgressBar(unit="doc", file=sys.stderr, disable=not sys.stderr.isatty(), dynamic_ncols=True)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (ANNOTATION.md format).")],
    predicted: Annotated[Path, typer.Argument(help="Predicted JSONL.")],
    map: Annotated[Optional[list[str]], typer.Option("--map", help="Rename a gold label: GOLD=PRED.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """P/R/F1 per label, attribute accuracy and holder links, as the shared scorer reports them."""
    label_map = dict(item.split("=", 1) for item in map or [])
    result = score(load_records(gold), load_records(predicted), label_map)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        typer.echo(format_report(result))
    if result["docs_missing_in_pred"]:
        typer.echo(f"warning: {result['docs_missing_in_pred']} of {result['docs']} gold documents missing in predictions", err=True)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output record."""
    from .schema import Document

    typer.echo(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=1))


def main() -> None:
    app()


register_app = typer.Typer(help="The officials register: one row per (person, title) across a corpus.", no_args_is_help=True)
app.add_typer(register_app, name="register")


def _write_table(table: str, annotated: Path, output: Path, counts: bool = False) -> None:
    """Build the register or the citation table; a bad suffix or input is one line on stderr, exit code 2."""
    from .citations import write_citations
    from .register import write_register

    try:
        if table == "register":
            rows = write_register(annotated, output)
        else:
            rows = write_citations(annotated, output, counts=counts)
    except (ValueError, OSError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(code=2) from None
    typer.echo(f"{rows} {table} rows -> {output}", err=True)


@register_app.command("build")
def register_build(
    annotated: Annotated[Path, typer.Argument(help="Annotated JSONL (output of `vnpolitics annotate`).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Table to write: .parquet, .csv or .jsonl.")],
) -> None:
    """Who held which title, first and last seen, in how many documents."""
    _write_table("register", annotated, output)


@app.command()
def citations(
    annotated: Annotated[Path, typer.Argument(help="Annotated JSONL (output of `vnpolitics annotate`).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Table to write: .parquet, .csv or .jsonl.")],
    counts: Annotated[bool, typer.Option("--counts", help="One row per cited document instead of per citation.")] = False,
) -> None:
    """The legal documents the corpus cites, and who the sentence says issued or applied them."""
    _write_table("citations", annotated, output, counts)
