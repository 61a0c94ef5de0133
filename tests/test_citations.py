"""The citation table: cited documents, who the sentence says issued or applied them, counts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from constructed import make_document
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from vnpolitics.citations import citation_counts, citation_table, citations_frame, write_citations
from vnpolitics.cli import app
from vnpolitics.schema import Document

DIRECTIVE = {"doc_type": "Chỉ thị", "number": "05", "year": 2019, "code": "05/2019/CT-TTg", "issuer_code": "TTg"}
DECISION = {"doc_type": "Quyết định", "number": "771", "year": None, "code": "771/QĐ-UBND", "issuer_code": "UBND"}
PLAN = {"doc_type": "Kế hoạch", "number": "42", "year": None, "code": "42/KH-UBND", "issuer_code": "UBND"}
ORG = {"canonical": None}


def only(citations: list) -> object:
    assert len(citations) == 1
    return citations[0]


def test_an_issuer_after_of_is_attributed_across_a_date() -> None:
    document = make_document(
        "a",
        "2021-03-02",
        "Các sở triển khai Chỉ thị số 05/2019/CT-TTg ngày 12/2/2019 của Thủ tướng Chính phủ về phòng dịch.",
        [
            ("LEGAL_DOC", "Chỉ thị số 05/2019/CT-TTg", DIRECTIVE),
            ("DATE", "ngày 12/2/2019", {"value": "2019-02-12"}),
            ("TITLE", "Thủ tướng Chính phủ", {"role": "Thủ tướng", "organization": "Chính phủ"}),
        ],
    )
    citation = only(citation_table([document]))
    assert (citation.cited, citation.doc_type, citation.issuer_code) == ("05/2019/CT-TTg", "Chỉ thị", "TTg")
    assert (citation.issued_by, citation.issued_by_label, citation.relation) == ("Thủ tướng Chính phủ", "TITLE", "issued")
    assert (citation.citing_id, citation.citing_date) == ("a", dt.date(2021, 3, 2))


def test_an_issuer_in_brackets_after_a_code() -> None:
    document = make_document(
        "a",
        None,
        "Thực hiện Kế hoạch 42/KH-UBND (ngày 3/4/2021) của UBND tỉnh Cà Mau, huyện đã họp.",
        [
            ("LEGAL_DOC", "Kế hoạch 42/KH-UBND", PLAN),
            ("DATE", "ngày 3/4/2021", {"value": "2021-04-03"}),
            ("ORGANIZATION", "UBND tỉnh Cà Mau", ORG),
        ],
    )
    citation = only(citation_table([document]))
    assert citation.issued_by == "UBND tỉnh Cà Mau"
    assert citation.issued_by_canonical == "Ủy ban nhân dân tỉnh Cà Mau"


def test_a_body_before_an_issuing_verb_issued_the_document() -> None:
    document = make_document(
        "a",
        "2021-05-05",
        "UBND tỉnh vừa ban hành Quyết định 771/QĐ-UBND về giá đất.",
        [("ORGANIZATION", "UBND tỉnh", ORG), ("LEGAL_DOC", "Quyết định 771/QĐ-UBND", DECISION)],
    )
    citation = only(citation_table([document]))
    assert (citation.issued_by, citation.relation) == ("UBND tỉnh", "issued")


def test_a_body_that_implements_a_document_applies_it() -> None:
    document = make_document(
        "a",
        "2021-05-05",
        "Sở Y tế đã ban hành Kế hoạch 42/KH-UBND triển khai Chỉ thị 05/2019/CT-TTg trên địa bàn.",
        [
            ("ORGANIZATION", "Sở Y tế", ORG),
            ("LEGAL_DOC", "Kế hoạch 42/KH-UBND", PLAN),
            ("LEGAL_DOC", "Chỉ thị 05/2019/CT-TTg", DIRECTIVE),
        ],
    )
    plan, directive = citation_table([document])
    assert (plan.issued_by, plan.relation) == ("Sở Y tế", "issued")
    assert (directive.issued_by, directive.relation) == ("Sở Y tế", "applied")


def test_a_minister_and_their_name_before_signing() -> None:
    document = make_document(
        "a",
        "2021-05-05",
        "Bộ trưởng Bộ Y tế Nguyễn Thị Lan đã ký Quyết định 771/QĐ-UBND.",
        [
            ("TITLE", "Bộ trưởng Bộ Y tế", {"role": "Bộ trưởng", "organization": "Bộ Y tế", "holder": "e2"}),
            ("PERSON", "Nguyễn Thị Lan", {"person_id": "p1"}),
            ("LEGAL_DOC", "Quyết định 771/QĐ-UBND", DECISION),
        ],
    )
    citation = only(citation_table([document]))
    assert (citation.issued_by, citation.issued_by_person) == ("Bộ trưởng Bộ Y tế", "Nguyễn Thị Lan")


def test_do_needs_an_issuing_verb_after_the_body() -> None:
    issued = make_document(
        "a",
        None,
        "Quyết định 771/QĐ-UBND do UBND tỉnh ban hành năm ngoái.",
        [("LEGAL_DOC", "Quyết định 771/QĐ-UBND", DECISION), ("ORGANIZATION", "UBND tỉnh", ORG)],
    )
    organised = make_document(
        "b",
        None,
        "Hội nghị quán triệt Chỉ thị 05/2019/CT-TTg do Ban Tuyên giáo tổ chức.",
        [("LEGAL_DOC", "Chỉ thị 05/2019/CT-TTg", DIRECTIVE), ("ORGANIZATION", "Ban Tuyên giáo", ORG)],
    )
    first, second = citation_table([issued, organised])
    assert first.issued_by == "UBND tỉnh"
    assert (second.issued_by, second.relation) == (None, None)


def test_attribution_stays_inside_the_sentence() -> None:
    document = make_document(
        "a",
        None,
        "Đoàn đã nghiên cứu Quyết định 771/QĐ-UBND. Của UBND tỉnh là phần còn lại.",
        [("LEGAL_DOC", "Quyết định 771/QĐ-UBND", DECISION), ("ORGANIZATION", "UBND tỉnh", ORG)],
    )
    assert only(citation_table([document])).issued_by is None


def test_a_body_far_from_the_document_is_not_its_issuer() -> None:
    document = make_document(
        "a",
        None,
        "UBND tỉnh ban hành nhiều văn bản quan trọng trong năm qua nhằm hướng dẫn các địa phương thực hiện tốt Quyết định 771/QĐ-UBND.",
        [("ORGANIZATION", "UBND tỉnh", ORG), ("LEGAL_DOC", "Quyết định 771/QĐ-UBND", DECISION)],
    )
    citation = only(citation_table([document]))
    assert citation.relation == "applied"  # "thực hiện" right before the document
    wordy = make_document(
        "b",
        None,
        "UBND tỉnh ban hành nhiều văn bản quan trọng trong năm qua nhằm hướng dẫn các địa phương về Quyết định 771/QĐ-UBND.",
        [("ORGANIZATION", "UBND tỉnh", ORG), ("LEGAL_DOC", "Quyết định 771/QĐ-UBND", DECISION)],
    )
    assert only(citation_table([wordy])).issued_by is None


def test_named_laws_are_cited_by_type_name_and_year() -> None:
    document = make_document(
        "a",
        None,
        "Quốc hội thông qua Luật Đầu tư công năm 2019 tại kỳ họp.",
        [
            ("ORGANIZATION", "Quốc hội", ORG),
            ("LEGAL_DOC", "Luật Đầu tư công năm 2019", {"doc_type": "Luật", "name": "Đầu tư công", "year": 2019}),
        ],
    )
    citation = only(citation_table([document]))
    assert (citation.cited, citation.issued_by, citation.relation) == ("Luật Đầu tư công 2019", "Quốc hội", "issued")


def _corpus() -> list:
    directive_text = "Tỉnh quán triệt Chỉ thị 05/2019/CT-TTg của Thủ tướng Chính phủ."
    directive = [
        ("LEGAL_DOC", "Chỉ thị 05/2019/CT-TTg", DIRECTIVE),
        ("TITLE", "Thủ tướng Chính phủ", {"role": "Thủ tướng", "organization": "Chính phủ"}),
    ]
    return [
        make_document("a", "2021-01-10", directive_text + " Sau đó nhắc lại Chỉ thị 05/2019/CT-TTg.", [*directive, ("LEGAL_DOC", "Chỉ thị 05/2019/CT-TTg", DIRECTIVE)]),
        make_document("b", "2020-06-01", directive_text, directive),
        make_document("c", "2021-02-01", "Huyện thực hiện Quyết định 771/QĐ-UBND.", [("LEGAL_DOC", "Quyết định 771/QĐ-UBND", DECISION)]),
    ]


def test_counts_per_cited_document_most_cited_first() -> None:
    counts = citation_counts(citation_table(_corpus()))
    assert [(row.cited, row.n_citations, row.n_documents) for row in counts] == [
        ("05/2019/CT-TTg", 3, 2),
        ("771/QĐ-UBND", 1, 1),
    ]
    directive = counts[0]
    assert (directive.first_date, directive.last_date) == (dt.date(2020, 6, 1), dt.date(2021, 1, 10))
    assert directive.issued_by == "Thủ tướng Chính phủ"
    assert directive.example_ids == ["a", "b"]


def test_the_citations_command_writes_rows_and_counts(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    annotated = tmp_path / "annotated.jsonl"
    annotated.write_text("".join(json.dumps(d.to_record(), ensure_ascii=False) + "\n" for d in _corpus()), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["citations", str(annotated), "-o", str(tmp_path / "c.parquet")]).exit_code == 0
    assert len(pandas.read_parquet(tmp_path / "c.parquet")) == 4
    assert runner.invoke(app, ["citations", str(annotated), "-o", str(tmp_path / "n.csv"), "--counts"]).exit_code == 0
    assert list(pandas.read_csv(tmp_path / "n.csv")["n_citations"]) == [3, 1]
    assert write_citations(annotated, tmp_path / "n.jsonl", counts=True) == 2


def test_frames_from_documents() -> None:
    pytest.importorskip("pandas")
    assert list(citations_frame(_corpus())["citing_id"]) == ["a", "a", "b", "c"]
    assert citations_frame([], counts=True).columns.tolist()[:2] == ["cited", "doc_type"]


def test_a_list_of_one_type_shares_the_issuer_after_it_but_a_mixed_list_does_not() -> None:
    resolution = {"doc_type": "Nghị quyết", "issuer_code": "TW"}
    same = make_document(
        "a",
        None,
        "Quán triệt Nghị quyết 21-NQ/TW (1-2-2020) và Nghị quyết 22-NQ/TW của Ban Chấp hành Trung ương.",
        [
            ("LEGAL_DOC", "Nghị quyết 21-NQ/TW", {**resolution, "code": "21-NQ/TW"}),
            ("DATE", "1-2-2020", {"value": "2020-02-01"}),
            ("LEGAL_DOC", "Nghị quyết 22-NQ/TW", {**resolution, "code": "22-NQ/TW"}),
            ("ORGANIZATION", "Ban Chấp hành Trung ương", ORG),
        ],
    )
    mixed = make_document(
        "b",
        None,
        "Học tập Quyết định 771/QĐ-UBND, Chỉ thị 05/2019/CT-TTg của Thủ tướng Chính phủ.",
        [
            ("LEGAL_DOC", "Quyết định 771/QĐ-UBND", DECISION),
            ("LEGAL_DOC", "Chỉ thị 05/2019/CT-TTg", DIRECTIVE),
            ("TITLE", "Thủ tướng Chính phủ", {"role": "Thủ tướng", "organization": "Chính phủ"}),
        ],
    )
    assert [c.issued_by for c in citation_table([same, mixed])] == [
        "Ban Chấp hành Trung ương",
        "Ban Chấp hành Trung ương",
        None,
        "Thủ tướng Chính phủ",
    ]


_PIECES = {
    "doc": ("LEGAL_DOC", "Quyết định 771/QĐ-UBND", DECISION),
    "org": ("ORGANIZATION", "UBND tỉnh", ORG),
    "title": ("TITLE", "Thủ tướng Chính phủ", {"role": "Thủ tướng", "organization": "Chính phủ"}),
    "date": ("DATE", "ngày 2/3/2021", {"value": "2021-03-02"}),
}
_WORDS = ["của", "do", "ban hành", "thực hiện", "và", ",", "đã", "về việc", "tổ chức", ".", "theo"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(sorted(_PIECES)), st.sampled_from(_WORDS)), min_size=1, max_size=14))
def test_every_citation_is_one_row_and_its_issuer_is_in_its_sentence(parts: list[str]) -> None:
    text = " ".join(_PIECES[p][1] if p in _PIECES else p for p in parts) + "."
    document = make_document("a", None, text, [_PIECES[p] for p in parts if p in _PIECES])
    citations = citation_table([document])
    assert [c.mention for c in citations] == [e.text for e in document.legal_documents]
    for citation in citations:
        assert citation.mention in citation.sentence
        if citation.issued_by is not None:
            assert citation.issued_by in citation.sentence
            assert citation.relation in {"issued", "applied"}
            assert citation.issued_by_label in {"TITLE", "ORGANIZATION"}


def _cite(doc_id: str, mention: str, attrs: dict) -> Document:
    return make_document(doc_id, "2021-01-01", f"Các địa phương áp dụng {mention} từ hôm nay.", [("LEGAL_DOC", mention, attrs)])


def test_a_short_citation_is_counted_with_the_only_fuller_one() -> None:
    directive = {"doc_type": "Chỉ thị", "number": "16"}
    corpus = [
        _cite("a", "Chỉ thị 16/CT-TTg", {**directive, "code": "16/CT-TTg", "issuer_code": "TTg"}),
        _cite("b", "Chỉ thị 16", {**directive, "code": "16"}),
        _cite("c", "Luật Đất đai năm 2013", {"doc_type": "Luật", "name": "Đất đai", "year": 2013}),
        _cite("d", "Luật đất đai", {"doc_type": "Luật", "name": "đất đai"}),
        _cite("e", "Nghị định 16", {"doc_type": "Nghị định", "number": "16", "code": "16"}),
    ]
    counts = {row.cited: (row.n_citations, row.example_ids) for row in citation_counts(citation_table(corpus))}
    assert counts == {
        "16/CT-TTg": (2, ["a", "b"]),
        "Luật Đất đai 2013": (2, ["c", "d"]),
        "16": (1, ["e"]),  # another type: not the directive
    }


def test_a_short_citation_with_two_fuller_candidates_stays_apart() -> None:
    directive = {"doc_type": "Chỉ thị", "number": "16"}
    corpus = [
        _cite("a", "Chỉ thị 16/CT-TTg", {**directive, "code": "16/CT-TTg"}),
        _cite("b", "Chỉ thị 16/CT-UBND", {**directive, "code": "16/CT-UBND"}),
        _cite("c", "Chỉ thị 16", {**directive, "code": "16"}),
    ]
    assert sorted(row.cited for row in citation_counts(citation_table(corpus))) == ["16", "16/CT-TTg", "16/CT-UBND"]


def test_a_code_without_its_year_folds_first_so_a_bare_number_finds_one_fuller_form() -> None:
    decree = {"doc_type": "Nghị định", "number": "116"}
    corpus = [
        _cite("a", "Nghị định 116/2020/NĐ-CP", {**decree, "code": "116/2020/NĐ-CP", "year": 2020}),
        _cite("b", "Nghị định 116/NĐ-CP", {**decree, "code": "116/NĐ-CP"}),
        _cite("c", "Nghị định 116", {**decree, "code": "116"}),
        _cite("d", "Nghị định 116/2019/NĐ-CP", {**decree, "code": "116/2019/NĐ-CP", "year": 2019}),
    ]
    counts = {row.cited: row.n_citations for row in citation_counts(citation_table(corpus[:3]))}
    assert counts == {"116/2020/NĐ-CP": 3}
    # With a second dated decree 116, the undated forms could be either: they stay apart.
    counts = {row.cited: row.n_citations for row in citation_counts(citation_table(corpus))}
    assert counts == {"116/2020/NĐ-CP": 1, "116/2019/NĐ-CP": 1, "116/NĐ-CP": 1, "116": 1}
