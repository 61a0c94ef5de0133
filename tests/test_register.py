"""The officials register: merging people across documents, dates, examples, output files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import shared_file
from constructed import make_document
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from vnpolitics.cli import app
from vnpolitics.errors import InputValueError
from vnpolitics.register import build_register, register_frame, write_register
from vnpolitics.schema import Document



def speech(
    doc_id: str,
    date: str | None,
    name: str,
    titles: list[tuple[str, str, str | None]],
    *,
    location: str | None = None,
) -> Document:
    """"[Tại <location>, ]ông <name>, <title>, <title>, phát biểu." with every title held by the person."""
    prefix = f"Tại {location}, " if location else ""
    text = f"{prefix}ông {name}, {', '.join(t for t, _, _ in titles)}, phát biểu chỉ đạo hội nghị."
    annotations = [("LOCATION", location, {})] if location else []
    annotations.append(("PERSON", name, {"honorific": "ông", "person_id": "p1"}))
    holder = f"e{len(annotations)}"
    for title, role, organization in titles:
        annotations.append(("TITLE", title, {"role": role, "organization": organization, "kind": "position", "holder": holder}))
    return make_document(doc_id, date, text, annotations)


def people(rows: list) -> set[str]:
    return {row.person_id for row in rows}


def test_same_person_in_two_documents_with_compatible_titles_is_one_row() -> None:
    named = speech("a", "2021-02-03", "Đinh Quang Lực", [("Chủ tịch UBND tỉnh Quảng Bình", "Chủ tịch", "UBND tỉnh Quảng Bình")])
    unnamed = speech(
        "b", "2021-06-10", "Đinh Quang Lực", [("Chủ tịch UBND tỉnh", "Chủ tịch", "UBND tỉnh")], location="tỉnh Quảng Bình"
    )
    rows = build_register([unnamed, named])
    assert len(rows) == 1
    row = rows[0]
    assert (row.person, row.role, row.organization) == ("Đinh Quang Lực", "Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Bình")
    assert (row.first_date, row.last_date) == (dt.date(2021, 2, 3), dt.date(2021, 6, 10))
    assert row.n_documents == 2
    assert row.example_ids == ["a", "b"]  # earliest first, whatever the input order
    assert row.provinces == ["tỉnh Quảng Bình"]


def test_namesakes_in_different_provinces_stay_apart() -> None:
    rows = build_register(
        [
            speech("a", "2021-01-05", "Lò Văn Thắm", [("Giám đốc Sở Tài chính tỉnh Lào Cai", "Giám đốc", "Sở Tài chính tỉnh Lào Cai")]),
            speech("b", "2021-03-05", "Lò Văn Thắm", [("Chủ tịch UBND tỉnh Cà Mau", "Chủ tịch", "UBND tỉnh Cà Mau")]),
        ]
    )
    assert len(people(rows)) == 2
    assert sorted(row.provinces[0] for row in rows) == ["tỉnh Cà Mau", "tỉnh Lào Cai"]
    assert all(row.n_documents == 1 for row in rows)


def test_a_district_title_places_its_holder_in_the_district_province() -> None:
    district = speech("a", "2020-05-01", "Phan Hữu Tài", [("Bí thư Huyện ủy Đức Thọ", "Bí thư", "Huyện ủy Đức Thọ")])
    same_province = speech("b", "2021-05-01", "Phan Hữu Tài", [("Phó Chủ tịch UBND tỉnh Hà Tĩnh", "Phó Chủ tịch", "UBND tỉnh Hà Tĩnh")])
    elsewhere = speech("c", "2021-07-01", "Phan Hữu Tài", [("Phó Chủ tịch UBND tỉnh Quảng Bình", "Phó Chủ tịch", "UBND tỉnh Quảng Bình")])
    rows = build_register([district, same_province, elsewhere])
    by_document = {row.example_ids[0]: row.person_id for row in rows}
    assert by_document["a"] == by_document["b"] != by_document["c"]


def test_a_local_title_without_place_takes_the_documents_province() -> None:
    placed = speech("a", "2021-01-01", "Vi Thị Nga", [("Chủ tịch UBND tỉnh Lào Cai", "Chủ tịch", "UBND tỉnh Lào Cai")])
    other_province = speech(
        "b", "2021-02-01", "Vi Thị Nga", [("Phó Bí thư Tỉnh ủy", "Phó Bí thư", "Tỉnh ủy")], location="tỉnh Cà Mau"
    )
    assert len(people(build_register([placed, other_province]))) == 2


def test_a_placeless_title_is_not_pinned_on_a_placed_namesake() -> None:
    rows = build_register(
        [
            speech("a", "2020-01-01", "Hà Minh Tuệ", [("Chủ tịch UBND tỉnh Lào Cai", "Chủ tịch", "UBND tỉnh Lào Cai")]),
            speech("b", "2021-01-01", "Hà Minh Tuệ", [("Thiếu tá", "Thiếu tá", None)]),
            speech("c", "2021-02-01", "Hà Minh Tuệ", [("Thứ trưởng Bộ Tài chính", "Thứ trưởng", "Bộ Tài chính")]),
        ]
    )
    by_role = {row.role: row for row in rows}
    assert by_role["Chủ tịch"].person_id != by_role["Thiếu tá"].person_id == by_role["Thứ trưởng"].person_id
    assert by_role["Thiếu tá"].provinces == []


def test_a_placeless_sighting_between_namesakes_goes_where_its_title_was_seen() -> None:
    deputy = ("Đại biểu Quốc hội khóa XV", "Đại biểu", "Quốc hội khóa XV")
    lao_cai = speech("a", "2021-01-01", "Trần Đức Hậu", [("Chủ tịch UBND tỉnh Lào Cai", "Chủ tịch", "UBND tỉnh Lào Cai"), deputy])
    ca_mau = speech("b", "2021-02-01", "Trần Đức Hậu", [("Chủ tịch UBND tỉnh Cà Mau", "Chủ tịch", "UBND tỉnh Cà Mau")])
    deputy_only = speech("c", "2021-03-01", "Trần Đức Hậu", [deputy])
    minister = speech("d", "2021-04-01", "Trần Đức Hậu", [("Bộ trưởng Bộ Tài chính", "Bộ trưởng", "Bộ Tài chính")])
    rows = build_register([lao_cai, ca_mau, deputy_only, minister])
    deputy_row = next(row for row in rows if row.role == "Đại biểu")
    assert deputy_row.example_ids == ["a", "c"] and deputy_row.provinces == ["tỉnh Lào Cai"]
    minister_row = next(row for row in rows if row.role == "Bộ trưởng")
    assert minister_row.provinces == []  # two namesakes, no shared title: kept apart, unplaced
    assert len(people(rows)) == 3


def test_a_given_name_counts_only_through_its_full_name() -> None:
    tied = make_document(
        "a",
        "2021-04-04",
        "Ông Hồ Văn Khải cho biết thêm. Ông Khải, Giám đốc Sở Xây dựng tỉnh Lào Cai, nói vậy.",
        [
            ("PERSON", "Hồ Văn Khải", {"honorific": "Ông", "person_id": "p1"}),
            ("PERSON", "Khải", {"honorific": "Ông", "person_id": "p1"}),
            ("TITLE", "Giám đốc Sở Xây dựng tỉnh Lào Cai", {"role": "Giám đốc", "organization": "Sở Xây dựng tỉnh Lào Cai", "holder": "e2"}),
        ],
    )
    alone = speech("b", "2021-04-05", "Tâm", [("Giám đốc Sở Xây dựng tỉnh Lào Cai", "Giám đốc", "Sở Xây dựng tỉnh Lào Cai")])
    rows = build_register([tied, alone])
    assert [(row.person, row.example_ids) for row in rows] == [("Hồ Văn Khải", ["a"])]


def test_a_person_without_title_is_not_in_the_register() -> None:
    untitled = make_document("a", "2021-01-01", "Ông Lê Văn Sơn dự lễ.", [("PERSON", "Lê Văn Sơn", {"person_id": "p1"})])
    assert build_register([untitled]) == []


def test_a_title_that_says_less_folds_into_the_only_fuller_one() -> None:
    full = speech("a", "2021-01-01", "Sùng A Hồ", [("Bí thư Tỉnh ủy Lào Cai", "Bí thư", "Tỉnh ủy Lào Cai")])
    bare = speech("b", "2021-02-01", "Sùng A Hồ", [("Bí thư", "Bí thư", None)], location="tỉnh Lào Cai")
    rows = build_register([full, bare])
    assert [(row.role, row.organization, row.n_documents) for row in rows] == [("Bí thư", "Tỉnh ủy Lào Cai", 2)]


def test_examples_are_the_earliest_documents_and_undated_ones_come_last() -> None:
    title = [("Giám đốc Sở Y tế tỉnh Lào Cai", "Giám đốc", "Sở Y tế tỉnh Lào Cai")]
    dates = {"w": None, "x": "2021-05-01", "y": "2020-05-01", "z": "2021-01-01"}
    rows = build_register([speech(doc_id, date, "Giàng Seo Phử", title) for doc_id, date in dates.items()])
    assert len(rows) == 1
    assert rows[0].example_ids == ["y", "z", "x"]
    assert rows[0].n_documents == 4
    assert (rows[0].first_date, rows[0].last_date) == (dt.date(2020, 5, 1), dt.date(2021, 5, 1))


def test_one_person_seen_twice_in_a_document_counts_once() -> None:
    text = "Ông Lý Văn Hùng, Chủ tịch UBND tỉnh Cà Mau, và ông Lý Văn Hùng, Chủ tịch UBND tỉnh Cà Mau."
    first, second = "Chủ tịch UBND tỉnh Cà Mau", "Chủ tịch UBND tỉnh Cà Mau"
    document = make_document(
        "a",
        "2021-01-01",
        text,
        [
            ("PERSON", "Lý Văn Hùng", {"person_id": "p1"}),
            ("TITLE", first, {"role": "Chủ tịch", "organization": "UBND tỉnh Cà Mau", "holder": "e1"}),
            ("PERSON", "Lý Văn Hùng", {"person_id": "p1"}),
            ("TITLE", second, {"role": "Chủ tịch", "organization": "UBND tỉnh Cà Mau", "holder": "e3"}),
        ],
    )
    assert [row.n_documents for row in build_register([document])] == [1]


def test_names_in_capitals_and_decomposed_unicode_are_one_person() -> None:
    import unicodedata

    title = [("Chủ tịch UBND tỉnh Lào Cai", "Chủ tịch", "UBND tỉnh Lào Cai")]
    rows = build_register(
        [
            speech("a", "2021-01-01", "Đỗ Thị Huệ", title),
            speech("b", "2021-02-01", "ĐỖ THỊ HUỆ", title),
            speech("c", "2021-03-01", unicodedata.normalize("NFD", "Đỗ Thị Huệ"), title),
        ]
    )
    assert [(row.person, row.n_documents) for row in rows] == [("Đỗ Thị Huệ", 3)]


def test_annotated_records_are_read_and_error_records_skipped() -> None:
    record = speech("a", "2021-01-01", "Mai Văn Ninh", [("Chủ tịch UBND tỉnh Cà Mau", "Chủ tịch", "UBND tỉnh Cà Mau")]).to_record()
    rows = build_register([record, {"id": "broken", "error": "invalid JSON", "line": 2}])
    assert [row.person for row in rows] == ["Mai Văn Ninh"]


_NAMESAKE_DOCS = [
    speech("a", "2020-01-01", "Trần Đức Hậu", [("Chủ tịch UBND tỉnh Lào Cai", "Chủ tịch", "UBND tỉnh Lào Cai"), ("Đại biểu Quốc hội", "Đại biểu", "Quốc hội")]),
    speech("b", "2020-02-01", "Trần Đức Hậu", [("Chủ tịch UBND tỉnh Cà Mau", "Chủ tịch", "UBND tỉnh Cà Mau")]),
    speech("c", "2020-03-01", "Trần Đức Hậu", [("Đại biểu Quốc hội", "Đại biểu", "Quốc hội")]),
    speech("d", "2020-04-01", "Trần Đức Hậu", [("Bí thư Huyện ủy Đức Thọ", "Bí thư", "Huyện ủy Đức Thọ")]),
    speech("e", "2020-05-01", "Trần Đức Hậu", [("Bí thư", "Bí thư", None)], location="huyện Can Lộc"),
    speech("f", "2020-06-01", "Hồ Sĩ Hưng", [("Thứ trưởng Bộ Tài chính", "Thứ trưởng", "Bộ Tài chính")]),
]


@settings(max_examples=30, deadline=None)
@given(st.permutations(_NAMESAKE_DOCS))
def test_the_register_does_not_depend_on_document_order(documents: list[Document]) -> None:
    assert build_register(documents) == build_register(_NAMESAKE_DOCS)


def test_rows_are_well_formed_on_mixed_input() -> None:
    for row in build_register(_NAMESAKE_DOCS):
        assert row.first_date <= row.last_date
        assert 1 <= len(row.example_ids) <= min(row.n_documents, 3)
        assert row.person_id.startswith(row.person + "#")


def test_the_register_writes_jsonl_csv_and_parquet(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    annotated = tmp_path / "annotated.jsonl"
    annotated.write_text(
        "".join(json.dumps(document.to_record(), ensure_ascii=False) + "\n" for document in _NAMESAKE_DOCS), encoding="utf-8"
    )
    expected = build_register(_NAMESAKE_DOCS)
    assert write_register(annotated, tmp_path / "r.jsonl") == len(expected)
    lines = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [line["first_date"] for line in lines] == [row.first_date.isoformat() for row in expected]
    write_register(annotated, tmp_path / "r.csv")
    assert len(pandas.read_csv(tmp_path / "r.csv")) == len(expected)
    write_register(annotated, tmp_path / "r.parquet")
    frame = pandas.read_parquet(tmp_path / "r.parquet")
    assert list(frame["person"]) == [row.person for row in expected]
    assert list(frame["example_ids"].iloc[0]) == expected[0].example_ids


def test_an_unknown_output_suffix_is_refused_before_reading(tmp_path: Path) -> None:
    with pytest.raises(InputValueError, match=".xlsx"):
        write_register(tmp_path / "missing.jsonl", tmp_path / "register.xlsx")


def test_the_dataframe_has_its_columns_even_when_empty() -> None:
    pytest.importorskip("pandas")
    frame = register_frame([])
    assert {"person", "role", "organization", "first_date", "last_date", "n_documents", "example_ids"} <= set(frame.columns)
    assert len(frame) == 0


def test_the_register_command(tmp_path: Path) -> None:
    annotated = tmp_path / "annotated.jsonl"
    annotated.write_text(json.dumps(_NAMESAKE_DOCS[0].to_record(), ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["register", "build", str(annotated), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    refused = CliRunner().invoke(app, ["register", "build", str(annotated), "-o", str(tmp_path / "out.txt")])
    assert refused.exit_code == 2


def test_the_register_of_the_gold_set_names_people_its_documents_contain() -> None:
    gold = shared_file("data", "gold", "dev.jsonl")
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = {record["id"]: Document.from_record(record).text for record in records}
    rows = build_register(records)
    assert rows
    for row in rows:
        assert len(row.person.split()) >= 2
        assert all(row.person in " ".join(texts[doc_id].split()) for doc_id in row.example_ids)


def test_a_ministers_body_is_one_spelling_with_or_without_its_head_word() -> None:
    rows = build_register(
        [
            speech("a", "2021-01-01", "Tòng Thị Mai", [("Bộ trưởng Y tế", "Bộ trưởng", "Y tế")]),
            speech("b", "2021-02-01", "Tòng Thị Mai", [("Bộ trưởng Bộ Y tế", "Bộ trưởng", "Bộ Y tế")]),
        ]
    )
    assert [(row.organization, row.n_documents) for row in rows] == [("Bộ Y tế", 2)]


def test_a_bare_role_folds_once_the_fuller_spellings_have_joined() -> None:
    rows = build_register(
        [
            speech("a", "2021-01-01", "Tòng Thị Mai", [("Bộ trưởng Bộ Y tế Việt Nam", "Bộ trưởng", "Bộ Y tế Việt Nam")]),
            speech("b", "2021-02-01", "Tòng Thị Mai", [("Bộ trưởng Bộ Y tế", "Bộ trưởng", "Bộ Y tế")]),
            speech("c", "2021-03-01", "Tòng Thị Mai", [("Bộ trưởng", "Bộ trưởng", None)]),
        ]
    )
    assert [(row.organization, row.n_documents) for row in rows] == [("Bộ Y tế Việt Nam", 3)]


def test_examples_stay_earliest_first_when_a_general_title_is_folded_in() -> None:
    rows = build_register(
        [
            speech("late", "2021-06-01", "Sùng A Hồ", [("Bí thư Tỉnh ủy Lào Cai", "Bí thư", "Tỉnh ủy Lào Cai")]),
            speech("early", "2020-01-01", "Sùng A Hồ", [("Bí thư", "Bí thư", None)]),
        ]
    )
    assert [(row.example_ids, row.first_date) for row in rows] == [(["early", "late"], dt.date(2020, 1, 1))]


def test_roles_are_spelt_one_way() -> None:
    rows = build_register(
        [
            speech("a", "2021-01-01", "Lục Văn Hòa", [("giám đốc Sở Y tế tỉnh Cà Mau", "giám đốc", "Sở Y tế tỉnh Cà Mau")]),
            speech("b", "2021-02-01", "Lục Văn Hòa", [("Giám đốc Sở Y tế tỉnh Cà Mau", "Giám đốc", "Sở Y tế tỉnh Cà Mau")]),
            speech("c", "2021-03-01", "Lục Văn Hòa", [("PGS. TS", "PGS. TS", None)]),
        ]
    )
    assert sorted((row.role, row.n_documents) for row in rows) == [("Giám đốc", 2), ("PGS.TS", 1)]


def test_a_district_that_became_a_city_still_places_its_officials() -> None:
    # The 63-province map lists "huyện Phú Quốc"; the text says "thành phố Phú Quốc".
    city = speech("a", "2021-01-01", "Lâm Văn Út", [("Chủ tịch UBND thành phố Phú Quốc", "Chủ tịch", "UBND thành phố Phú Quốc")])
    elsewhere = speech("b", "2021-02-01", "Lâm Văn Út", [("Chủ tịch UBND tỉnh Cà Mau", "Chủ tịch", "UBND tỉnh Cà Mau")])
    rows = build_register([city, elsewhere])
    assert sorted(row.provinces[0] for row in rows) == ["tỉnh Cà Mau", "tỉnh Kiên Giang"]
