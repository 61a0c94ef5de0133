"""TITLE kinds seen on unseen news (round 3): ordinal and shared offices, village and hospital
bodies, party names written in lower case, a historic government body."""

from __future__ import annotations

import pytest

from vnpolitics.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(recognizers=["vnpolitics.titles.v1"], linkers=[])


def titles(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.role, t.organization) for t in pipeline(text).titles]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bà Hà Thị Lan được bầu làm Bí thư Thứ nhất Trung ương Đoàn.",
            [("Bí thư Thứ nhất Trung ương Đoàn", "Bí thư Thứ nhất", "Trung ương Đoàn")],
        ),
        ("Ông Karl Berger, Phó Thủ tướng thứ nhất, đã tới.", [("Phó Thủ tướng thứ nhất", "Phó Thủ tướng thứ nhất", None)]),
        (
            "Ông Lý Văn Sơn là đồng Chủ tịch Hiệp hội Chè và Đồng Giám đốc dự án.",
            [
                ("đồng Chủ tịch Hiệp hội Chè", "đồng Chủ tịch", "Hiệp hội Chè"),
                ("Đồng Giám đốc", "Đồng Giám đốc", None),
            ],
        ),
    ],
)
def test_ordinal_and_shared_offices_keep_their_modifier(pipeline: Pipeline, text: str, expected: list) -> None:
    assert titles(pipeline, text) == expected


def test_a_village_is_the_scope_of_its_party_secretary(pipeline: Pipeline) -> None:
    text = "Ông Mã Văn Cường, Bí thư thôn Khe Lim, và ông Vi Văn Hải, Trưởng ấp Tân Hòa, có mặt."
    assert titles(pipeline, text)[0] == ("Bí thư thôn Khe Lim", "Bí thư", "thôn Khe Lim")


@pytest.mark.parametrize("hospital", ["bệnh viện Nhi Đồng Nai", "bệnh viện Lê Lợi"])
def test_a_hospital_written_in_lower_case_is_the_directors_body(pipeline: Pipeline, hospital: str) -> None:
    text = f"Bác sĩ Tô Văn An, Giám đốc {hospital}, cho biết."
    assert titles(pipeline, text) == [(f"Giám đốc {hospital}", "Giám đốc", hospital)]


def test_a_lower_case_hospital_word_alone_is_no_body(pipeline: Pipeline) -> None:
    assert titles(pipeline, "Giám đốc bệnh viện cho biết.") == [("Giám đốc", "Giám đốc", None)]


def test_the_party_name_in_lower_case_stays_in_the_body(pipeline: Pipeline) -> None:
    text = "Ông là Ủy viên Ban Chấp hành Trung ương Đảng cộng sản Việt Nam khóa XII."
    assert titles(pipeline, text) == [
        (
            "Ủy viên Ban Chấp hành Trung ương Đảng cộng sản Việt Nam khóa XII",
            "Ủy viên",
            "Ban Chấp hành Trung ương Đảng cộng sản Việt Nam khóa XII",
        )
    ]


def test_the_council_of_ministers_is_a_body_not_a_minister(pipeline: Pipeline) -> None:
    text = "Ông từng là Phó Chủ tịch Hội đồng Bộ trưởng trong nhiều năm."
    assert titles(pipeline, text) == [("Phó Chủ tịch Hội đồng Bộ trưởng", "Phó Chủ tịch", "Hội đồng Bộ trưởng")]


def test_an_office_listed_with_a_class_of_offices_is_generic(pipeline: Pipeline) -> None:
    text = "Nghị định giao trách nhiệm cho Bộ trưởng, Thủ trưởng cơ quan ngang bộ tổ chức thực hiện."
    assert titles(pipeline, text) == []
    text = "Bộ trưởng Bộ Nội vụ, Thủ trưởng cơ quan ngang bộ khác cùng ký."
    assert titles(pipeline, text)[0][0] == "Bộ trưởng Bộ Nội vụ"


def test_an_election_body_keeps_its_name(pipeline: Pipeline) -> None:
    text = "Bà Lục Thị Hoa, Tổ trưởng Tổ bầu cử số 4, cho biết."
    assert titles(pipeline, text) == [("Tổ trưởng Tổ bầu cử số 4", "Tổ trưởng", "Tổ bầu cử số 4")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Hà Văn Khải, Phó Trưởng Ban Chỉ đạo Nhà nước về Biên giới, phát biểu.", "Phó Trưởng Ban Chỉ đạo Nhà nước về Biên giới"),
        ("Ông Hà Văn Khải, Chủ nhiệm Ủy ban Kinh tế về Hà Nội họp.", "Chủ nhiệm Ủy ban Kinh tế"),
        ("Ông Hà Văn Khải, Chủ tịch Ủy ban nhân dân tỉnh về Kế hoạch năm.", "Chủ tịch Ủy ban nhân dân tỉnh"),
        ("Ông Hà Văn Khải, Giám đốc Sở Nội vụ về Quốc hội làm việc.", "Giám đốc Sở Nội vụ"),
    ],
)
def test_a_steering_body_keeps_the_field_it_deals_with(pipeline: Pipeline, text: str, expected: str) -> None:
    assert titles(pipeline, text)[0][0] == expected
