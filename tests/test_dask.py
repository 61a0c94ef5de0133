"""Dask on a real two-process cluster gives exactly what one process gives, bad records included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

dask_bag = pytest.importorskip("dask.bag")
dask_dataframe = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

from vnpolitics.integrations.dask import annotate_bag, annotate_dataframe  # noqa: E402
from vnpolitics.records import RecordKeys, annotate_line, annotate_or_error  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def sample_records() -> list[dict]:
    """Paragraphs of the shipped examples as separate records, plus two that cannot be annotated."""
    records = []
    for line in (ROOT / "examples" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        for number, paragraph in enumerate(filter(None, article["text"].split("\n"))):
            records.append({"id": f"{article.get('id')}-{number}", "text": paragraph, "doc_date": "2013-08-27"})
    records.insert(2, {"id": "no-text", "text": None, "doc_date": "2013-08-27"})
    records.insert(4, {"id": "number", "text": 7, "doc_date": None})
    return records


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        yield client


def test_bag_of_lines_and_of_records_match_one_process(client) -> None:
    records = sample_records()
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    expected = [annotate_line(line) for line in lines]

    from_lines = annotate_bag(dask_bag.from_sequence(lines, npartitions=4)).compute()
    from_records = annotate_bag(dask_bag.from_sequence(records, npartitions=4)).compute()

    assert from_lines == expected
    assert from_records == [annotate_or_error(record) for record in records]
    assert sum("error" in record for record in from_lines) == 2
    assert any(record.get("entities") for record in from_lines)
    workers = client.run(lambda: __import__("os").getpid())
    assert len(set(workers.values())) == 2


def test_dataframe_gets_entities_and_error_columns(client) -> None:
    # dask turns an object column into strings, so a number in the text column would arrive as "7"
    records = [record for record in sample_records() if not isinstance(record["text"], int)]
    frame = pd.DataFrame(
        {"doc": [r["id"] for r in records], "body": [r["text"] for r in records], "day": [r["doc_date"] for r in records]}
    )
    keys = RecordKeys(text="body", id="doc", date="day")

    result = annotate_dataframe(
        dask_dataframe.from_pandas(frame, npartitions=3), text_key="body", id_key="doc", date_key="day"
    ).compute()

    rows = [{key: None if pd.isna(value) else value for key, value in row.items()} for row in frame.to_dict("records")]
    expected = [annotate_or_error(row, keys=keys) for row in rows]
    assert list(result["doc"]) == list(frame["doc"])
    assert list(result["entities"]) == [record.get("entities", []) for record in expected]
    assert list(result["error"]) == [record.get("error") for record in expected]
    assert list(result["error"].dropna()) == ["text field 'body' is null"]  # a missing cell, not NaN
    assert result["entities"].map(len).sum() > 0
