"""The ``vnpolitics`` command: annotate a corpus, score it, export the schema."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .evaluate import format_report, load_records, score
from .records import RecordKeys, annotate_line, dump_record

app = typer.Typer(
    help="Vietnamese political text -> people, titles, organisations, places, legal documents, dates.",
    no_args_is_help=True,
    add_completion=False,
)


@app.command()
def annotate(
    input: Annotated[str, typer.Argument(help="JSONL file, or - for standard input.")],
    output: Annotated[str, typer.Option("-o", "--output", help="JSONL file, or - for standard output.")] = "-",
    text_key: Annotated[str, typer.Option(help="Input key holding the text.")] = "text",
    id_key: Annotated[str, typer.Option(help="Input key holding the document id.")] = "id",
    date_key: Annotated[str, typer.Option(help="Input key holding the publication date.")] = "doc_date",
) -> None:
    """Annotate every line of a JSONL corpus; a bad line becomes an error record."""
    keys = RecordKeys(text=text_key, id=id_key, date=date_key)
    source = sys.stdin.buffer if input == "-" else open(input, "rb")
    sink = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    failed = 0
    try:
        for number, line in enumerate(source, start=1):
            record = annotate_line(line, keys=keys, source=input, line_number=number)
            failed += "error" in record
            sink.write(dump_record(record) + "\n")
    finally:
        if source is not sys.stdin.buffer:
            source.close()
        if sink is not sys.stdout:
            sink.close()
    if failed:
        typer.echo(f"{failed} record(s) could not be annotated; see their 'error' field", err=True)
        raise typer.Exit(code=1)


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


@register_app.command("build")
def register_build(
    annotated: Annotated[Path, typer.Argument(help="Annotated JSONL (output of `vnpolitics annotate`).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Table to write: .parquet, .csv or .jsonl.")],
) -> None:
    """Who held which title, first and last seen, in how many documents."""
    from .register import write_register

    try:
        typer.echo(f"{write_register(annotated, output)} register rows -> {output}", err=True)
    except (ValueError, OSError) as error:  # bad suffix, unreadable input: no traceback
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(code=2) from None


@app.command()
def citations(
    annotated: Annotated[Path, typer.Argument(help="Annotated JSONL (output of `vnpolitics annotate`).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Table to write: .parquet, .csv or .jsonl.")],
    counts: Annotated[bool, typer.Option("--counts", help="One row per cited document instead of per citation.")] = False,
) -> None:
    """The legal documents the corpus cites, and who the sentence says issued or applied them."""
    from .citations import write_citations

    try:
        typer.echo(f"{write_citations(annotated, output, counts=counts)} rows -> {output}", err=True)
    except (ValueError, OSError) as error:  # bad suffix, unreadable input: no traceback
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(code=2) from None
