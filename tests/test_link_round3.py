"""Holder kinds seen on unseen news (round 3)."""

from __future__ import annotations

import vnpolitics


def holders(text: str) -> dict[str, str | None]:
    entities = vnpolitics.extract(text).entities
    by_id = {e.id: e.text for e in entities}
    return {e.text: by_id.get(e.attrs.holder) for e in entities if e.label == "TITLE"}


def test_an_academic_title_before_a_name_is_not_the_previous_persons() -> None:
    text = "Dự có PGS. Lê Văn Khoa, TS. Martin Keller và nhiều nhà khoa học."
    assert holders(text) == {"PGS": "Lê Văn Khoa", "TS": "Martin Keller"}


def test_a_subject_after_a_clause_that_names_another_person() -> None:
    text = "Sau khi giao việc cho ông Đỗ Văn Lâm, ông Hà Minh Tuấn giữ chức vụ Phó Chủ tịch HĐQT Công ty."
    assert holders(text) == {"Phó Chủ tịch HĐQT Công ty": "Hà Minh Tuấn"}


def test_a_list_of_three_subjects_still_shares_the_office() -> None:
    text = "Các ông Đỗ Văn Lâm, Hà Minh Tuấn, Lý Văn Bình được bầu làm Phó Chủ tịch HĐND tỉnh."
    assert holders(text) == {"Phó Chủ tịch HĐND tỉnh": None}


def test_a_dash_glued_between_two_titles_still_chains_them() -> None:
    text = "Phó Bí thư Đảng ủy-Giám đốc Sở Tư pháp Trần Minh Sơn dự lễ."
    assert holders(text) == {"Phó Bí thư Đảng ủy": "Trần Minh Sơn", "Giám đốc Sở Tư pháp": "Trần Minh Sơn"}


def test_a_title_after_an_owner_and_a_comma_that_a_verb_follows_opens_the_next_clause() -> None:
    text = "Ghi nhận ý kiến của Bộ trưởng Hà Minh Tuấn, Thủ tướng yêu cầu các bộ rà soát."
    assert holders(text) == {"Bộ trưởng": "Hà Minh Tuấn", "Thủ tướng": None}
    text = "Đó là ý kiến của TS Hà Minh Tuấn, Viện trưởng Viện Sử học phát biểu tại hội thảo."
    assert holders(text)["Viện trưởng Viện Sử học"] == "Hà Minh Tuấn"
    text = "Theo đề nghị của Giám đốc Sở Hà Minh Tuấn, Phó Chủ tịch UBND huyện, dự án được duyệt."
    assert holders(text)["Phó Chủ tịch UBND huyện"] == "Hà Minh Tuấn"


def test_a_dash_sets_the_name_off_after_the_body_the_title_belongs_to() -> None:
    text = "Tổng Giám đốc mới của Tập đoàn Hưng Thịnh - ông Vũ Đình Khang - cho biết sẽ mở rộng."
    assert holders(text) == {"Tổng Giám đốc": "Vũ Đình Khang"}


def test_a_pronoun_subject_keeps_the_office_from_the_only_name_in_the_sentence() -> None:
    text = "Từ năm 2015, ông là Giám đốc Viện Hóa học, cùng với Phó Giám đốc, TS. Martin Keller."
    assert holders(text)["Giám đốc Viện Hóa học"] is None
