"""Mentions as a pandas table: one row per entity, normalised attributes in flat columns."""

from __future__ import annotations

import sys

import pytest

import vnpolitics
from vnpolitics.tables import COLUMNS

pandas = pytest.importorskip("pandas")

REQUIRED = [
    "doc_id", "start", "end", "label", "text", "value", "code", "doc_type", "number", "year", "issuer_code",
    "role", "organization", "organization_canonical", "kind", "holder", "holder_text", "honorific",
    "person_id", "canonical",
]  # fmt: skip


def entity(text: str, number: int, label: str, surface: str, /, **attrs: object) -> dict[str, object]:
    start = text.index(surface)
    return {"id": f"e{number}", "start": start, "end": start + len(surface), "label": label, "text": surface, "attrs": attrs}


def corpus() -> list[vnpolitics.Document]:
    first = "Giám đốc Sở Y tế Đỗ Thị Lan quán triệt Chỉ thị 12/2023/CT-UBND."
    second = "Năm 2019, Ban Thường vụ Tỉnh ủy họp."
    return [
        vnpolitics.Document(
            id="a",
            text=first,
            entities=[
                entity(first, 1, "TITLE", "Giám đốc Sở Y tế", role="Giám đốc", organization="Sở Y tế", holder="e2"),
                entity(first, 2, "PERSON", "Đỗ Thị Lan", person_id="p1"),
                entity(
                    first, 3, "LEGAL_DOC", "Chỉ thị 12/2023/CT-UBND",
                    doc_type="Chỉ thị", number="12", year=2023, code="12/2023/CT-UBND", issuer_code="UBND",
                ),  # fmt: skip
            ],
        ),
        vnpolitics.Document(
            text=second,
            entities=[
                entity(second, 1, "DATE", "Năm 2019", value="2019"),
                entity(second, 2, "ORGANIZATION", "Ban Thường vụ Tỉnh ủy", canonical="Ban Thường vụ Tỉnh ủy"),
            ],
        ),
    ]


def test_one_row_per_mention_with_the_flattened_attributes() -> None:
    frame = vnpolitics.to_pandas(corpus())
    assert list(frame.columns) == list(COLUMNS)
    assert set(REQUIRED) <= set(frame.columns)
    assert len(frame) == 5
    assert frame["doc_id"].tolist()[:3] == ["a", "a", "a"] and frame["doc_id"].isna().tolist()[3:] == [True, True]
    assert frame["doc_index"].tolist() == [0, 0, 0, 1, 1]
    title = frame.iloc[0]
    assert (title["role"], title["organization"], title["holder"], title["holder_text"]) == (
        "Giám đốc", "Sở Y tế", "e2", "Đỗ Thị Lan",
    )  # fmt: skip
    law = frame[frame["label"] == "LEGAL_DOC"].iloc[0]
    assert (law["code"], law["number"], law["year"], law["issuer_code"]) == ("12/2023/CT-UBND", "12", 2023, "UBND")
    assert frame.loc[frame["label"] == "DATE", "value"].tolist() == ["2019"]
    assert frame.loc[frame["label"] == "PERSON", "person_id"].tolist() == ["p1"]
    assert str(frame["year"].dtype) == "Int64"  # missing years stay missing, not 0.0


def test_offsets_slice_the_texts() -> None:
    documents = corpus()
    frame = vnpolitics.to_pandas(documents)
    for row in frame.itertuples():
        assert documents[row.doc_index].text[row.start : row.end] == row.text


def test_document_method_matches_the_corpus_function() -> None:
    document = corpus()[0]
    assert document.to_pandas().equals(vnpolitics.to_pandas([document]))


def test_empty_corpus_keeps_the_columns() -> None:
    frame = vnpolitics.to_pandas([])
    assert frame.empty and list(frame.columns) == list(COLUMNS)


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match=r"vnpolitics\[pandas\]"):
        vnpolitics.to_pandas(corpus())
