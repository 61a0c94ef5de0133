"""Typed results read and write exactly the ANNOTATION.md record format."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from vnpolitics import Document, InputValueError, LegalDocMention, TitleMention

RECORD = {
    "id": "doc-1",
    "text": "Đồng chí Lê Văn A - Phó Chủ tịch UBND tỉnh ký Quyết định số 12/QĐ-UBND.",
    "doc_date": "2021-03-05",
    "source": "kept as is",
    "entities": [
        {"id": "e1", "start": 9, "end": 17, "label": "PERSON", "text": "Lê Văn A", "attrs": {"honorific": "Đồng chí"}},
        {"id": "e2", "start": 20, "end": 42, "label": "TITLE", "text": "Phó Chủ tịch UBND tỉnh",
         "attrs": {"role": "Phó Chủ tịch", "organization": "UBND tỉnh", "kind": "position", "holder": "e1"}},
        {"id": "e3", "start": 46, "end": 70, "label": "LEGAL_DOC", "text": "Quyết định số 12/QĐ-UBND",
         "attrs": {"doc_type": "Quyết định", "number": "12", "year": None, "code": "12/QĐ-UBND",
                   "issuer_code": "UBND", "name": None}},
    ],
}


def test_record_round_trip_keeps_fields_types_and_unknown_keys():
    document = Document.from_record(RECORD)
    assert document.doc_date == dt.date(2021, 3, 5)
    title = document.titles[0]
    assert isinstance(title, TitleMention) and title.role == "Phó Chủ tịch" and title.holder == "e1"
    assert isinstance(document.legal_documents[0], LegalDocMention)
    assert document.legal_documents[0].code == "12/QĐ-UBND"
    record = json.loads(document.model_dump_json())
    assert record["source"] == "kept as is"
    for entity, original in zip(record["entities"], RECORD["entities"]):
        assert {k: entity[k] for k in ("id", "start", "end", "label", "text")} == {
            k: original[k] for k in ("id", "start", "end", "label", "text")
        }
        assert original["attrs"].items() <= entity["attrs"].items()
    assert Document.from_record(record) == document


@pytest.mark.parametrize("change", [{"end": 71}, {"start": 8}, {"end": 500}, {"text": "Lê Văn B"}])
def test_entities_whose_offsets_do_not_slice_the_text_are_refused(change):
    broken = {**RECORD, "entities": [{**RECORD["entities"][0], **change}]}
    with pytest.raises(ValidationError, match="offsets"):
        Document.from_record(broken)


def test_duplicate_entity_ids_are_refused():
    duplicated = {**RECORD, "entities": [RECORD["entities"][0], {**RECORD["entities"][1], "id": "e1"}]}
    with pytest.raises(ValidationError, match="unique"):
        Document.from_record(duplicated)


def test_people_groups_mentions_and_collects_titles():
    document = Document.from_record(RECORD)
    (person,) = document.people
    assert person.name == "Lê Văn A" and person.honorific == "Đồng chí"
    assert [t.text for t in person.titles] == ["Phó Chủ tịch UBND tỉnh"]


def test_unknown_label_and_bad_kind_are_refused():
    bad_label = {**RECORD, "entities": [{**RECORD["entities"][0], "label": "MONEY"}]}
    with pytest.raises(ValidationError):
        Document.from_record(bad_label)
    bad_kind = {**RECORD, "entities": [{**RECORD["entities"][1], "attrs": {"kind": "hobby"}}]}
    with pytest.raises(ValidationError):
        Document.from_record(bad_kind)


@pytest.mark.parametrize("value, expected", [("20200918", dt.date(2020, 9, 18)), ("2013-08-27", dt.date(2013, 8, 27)),
                                             ("2013-08-27T10:00:00", dt.date(2013, 8, 27)), (None, None), ("", None)])
def test_doc_date_forms(value, expected):
    assert Document(text="x", doc_date=value).doc_date == expected


def test_malformed_doc_date_is_a_clear_error():
    from vnpolitics.schema import parse_doc_date

    with pytest.raises(InputValueError, match="doc_date"):
        parse_doc_date("27/8/2013")


def test_json_schema_describes_every_label():
    schema = json.dumps(Document.model_json_schema())
    for label in ("PERSON", "TITLE", "ORGANIZATION", "LOCATION", "LEGAL_DOC", "DATE"):
        assert f'"{label}"' in schema
