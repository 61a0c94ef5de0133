"""Corpus formats: gzip recognised by content, a truncated gzip keeps what it had, Parquet in and out."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from test_runner import TINY

from vnpolitics.corpus import ReadFailure, output_name, read_items
from vnpolitics.records import RecordKeys
from vnpolitics.runner import RunSettings, plan_shards, run

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

LINES = [
    json.dumps({"id": f"d{n}", "text": f"Kỳ họp thứ {n} năm {2000 + n}."}, ensure_ascii=False).encode() + b"\n"
    for n in range(50)
]


def test_gzip_is_read_by_its_magic_bytes_whatever_the_name(tmp_path: Path) -> None:
    plain, packed = tmp_path / "a.jsonl", tmp_path / "b.jsonl"  # no .gz suffix on purpose
    plain.write_bytes(b"".join(LINES))
    packed.write_bytes(gzip.compress(b"".join(LINES)))
    assert list(read_items(packed)) == list(read_items(plain)) == list(enumerate(LINES, start=1))


def test_a_truncated_gzip_yields_what_was_read_then_one_failure(tmp_path: Path) -> None:
    whole = gzip.compress(b"".join(LINES * 200), compresslevel=1)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    items = list(read_items(path))
    *lines, (failed_at, failure) = items
    assert isinstance(failure, ReadFailure) and "EOFError" in failure.message
    assert 0 < len(lines) < 200 * len(LINES)
    assert [payload for _, payload in lines] == (LINES * 200)[: len(lines)]
    assert failed_at == len(lines) + 1


def test_output_names_drop_compression_and_take_the_format() -> None:
    assert output_name("2021/part-7.jsonl.gz", "jsonl") == "2021/part-7.jsonl"
    assert output_name("news.parquet", "jsonl") == "news.jsonl"
    assert output_name("news.ndjson", "parquet") == "news.parquet"


def test_parquet_in_parquet_out_with_a_flat_mentions_table(tmp_path: Path) -> None:
    table = pa.table(
        {
            "doc": ["a", "b", "c"],
            "body": ["Đại hội năm 2020 và năm 2025.", None, "Không có năm nào."],
            "published": [dt.date(2020, 1, 2), dt.date(2020, 1, 3), None],
            "views": [10, 20, 30],
        }
    )
    source = tmp_path / "in.parquet"
    pq.write_table(table, source)
    out, mentions = tmp_path / "out.parquet", tmp_path / "mentions.parquet"
    shards = plan_shards([str(source)], str(out), output_format="parquet", mentions=str(mentions))
    keys = RecordKeys(text="body", id="doc", date="published")
    settings = RunSettings(pipeline=TINY, output_format="parquet", keys=keys)
    summary = run(shards, settings)

    assert (summary.records, summary.errors) == (3, 1)
    documents = pq.read_table(out).to_pylist()
    assert [d["id"] for d in documents] == ["a", "b", "c"]
    assert [d["line"] for d in documents] == [1, 2, 3]
    assert documents[0]["doc_date"] == "2020-01-02"
    assert json.loads(documents[0]["extra"])["views"] == 10  # input columns are kept
    assert [(e["text"], json.loads(e["attrs"])["value"]) for e in documents[0]["entities"]] == [
        ("năm 2020", "2020"),
        ("năm 2025", "2025"),
    ]
    assert "null" in documents[1]["error"] and documents[1]["source_file"] == str(source)
    assert documents[2]["entities"] == [] and documents[2]["error"] is None

    rows = pq.read_table(mentions)
    assert rows.schema.field("year").type == pa.int64()
    assert [(r["doc_id"], r["line"], r["start"], r["end"], r["label"], r["value"]) for r in rows.to_pylist()] == [
        ("a", 1, 8, 16, "DATE", "2020"),
        ("a", 1, 20, 28, "DATE", "2025"),
    ]


def test_a_file_that_is_not_parquet_becomes_one_error_record(tmp_path: Path) -> None:
    source = tmp_path / "broken.parquet"
    source.write_bytes(b"PAR1 this is not a parquet file")
    out = tmp_path / "out.jsonl"
    summary = run(plan_shards([str(source)], str(out), output_format="jsonl"), RunSettings(pipeline=TINY))
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert summary.errors == 1 and record["line"] == 1 and "Parquet" in record["error"]


def test_gzip_output_is_reproducible(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"".join(LINES))
    outputs = []
    for name in ("one.jsonl.gz", "two.jsonl.gz"):
        run(plan_shards([str(source)], str(tmp_path / name), output_format="jsonl"), RunSettings(pipeline=TINY))
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]
    assert len(gzip.decompress(outputs[0]).splitlines()) == len(LINES)


def test_a_record_parquet_cannot_store_becomes_an_error_row(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(LINES[0] + b'{"id": "s", "text": "nam 2001 \\ud800"}\n' + LINES[1])
    out = tmp_path / "out.parquet"
    summary = run(plan_shards([str(source)], str(out), output_format="parquet"), RunSettings(pipeline=TINY, output_format="parquet"))
    rows = pq.read_table(out).to_pylist()
    assert summary.errors == 1 and [row["id"] for row in rows] == ["d0", "s", "d1"]
    assert "UTF-8" in rows[1]["error"] and rows[1]["line"] == 2
