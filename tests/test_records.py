"""One JSONL line in, exactly one out: good records annotated, bad ones turned into error records."""

from __future__ import annotations

import json

import pytest

from vnpolitics.records import RecordKeys, annotate_line, dump_record

GOOD = {"id": "a1", "text": "Sáng 27/8, Quốc hội họp.", "date": "20130827", "section": "politics"}


def test_good_record_keeps_its_keys_and_gets_entities():
    record = annotate_line(json.dumps(GOOD), keys=RecordKeys(date="date"))
    assert "error" not in record
    assert record["id"] == "a1" and record["section"] == "politics" and record["doc_date"] == "2013-08-27"
    assert isinstance(record["entities"], list)
    for entity in record["entities"]:
        assert record["text"][entity["start"] : entity["end"]] == entity["text"]


def test_input_entities_are_replaced_not_merged():
    stale = {**GOOD, "entities": [{"id": "x", "start": 0, "end": 1, "label": "PERSON", "text": "S", "attrs": {}}]}
    record = annotate_line(json.dumps(stale))
    assert all(entity["id"] != "x" for entity in record["entities"])


@pytest.mark.parametrize(
    "line, reason",
    [
        (b"\xff\xfe{}", "UTF-8"),
        ("not json", "invalid JSON"),
        ("[1, 2]", "not an object"),
        ('{"id": "n1", "text": 42}', "not a string"),
        ('{"id": "n2", "text": null}', "null"),
        ('{"id": "n3"}', "missing"),
        ("   ", "empty"),
        ('{"id": "n4", "text": "x", "doc_date": "27/8"}', "doc_date"),
    ],
)
def test_bad_lines_become_error_records_with_id_and_line(line, reason):
    record = annotate_line(line, source="corpus.jsonl", line_number=7)
    assert reason in record["error"]
    assert record["line"] == 7 and record["source_file"] == "corpus.jsonl"
    assert "entities" not in record
    if isinstance(line, str) and line.startswith('{"id"'):
        assert record["id"] == json.loads(line)["id"]


def test_output_lines_are_deterministic_utf8_json():
    line = json.dumps({"id": "v", "text": "Ủy ban nhân dân tỉnh"}, ensure_ascii=False)
    first, second = dump_record(annotate_line(line)), dump_record(annotate_line(line))
    assert first == second and "Ủy ban" in first and "\n" not in first
