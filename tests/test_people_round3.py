"""PERSON kinds seen on unseen news (round 3): hyphenated foreign names, a name after an
abbreviated academic title with its dot, a rare surname that is also an office word."""

from __future__ import annotations

import vnpolitics


def people(text: str) -> list[str]:
    return [e.text for e in vnpolitics.extract(text).entities if e.label == "PERSON"]


def test_a_foreign_name_may_join_capitalised_parts_with_a_hyphen() -> None:
    assert people("Ông Jean-Luc Martin đã gặp bà Ana Ruiz-Tagle tại Hà Nội.") == ["Jean-Luc Martin", "Ana Ruiz-Tagle"]


def test_a_dash_glued_between_vietnamese_words_still_splits_them() -> None:
    found = people("Chủ tịch nước Việt Nam-Lào Hồ Văn Nam phát biểu.")
    assert not any("-" in name for name in found)


def test_a_foreign_name_after_an_academic_abbreviation_and_its_dot() -> None:
    assert people("Hội thảo có GS. Marco Bellini và TS. Hiroshi Tanaka tham dự.") == ["Marco Bellini", "Hiroshi Tanaka"]


def test_pho_before_thi_is_a_surname_not_a_deputy() -> None:
    assert people("Danh sách gồm TS. Phó Thị Hồng Nhung và ông Lê Văn Khoa.") == ["Phó Thị Hồng Nhung", "Lê Văn Khoa"]


def test_gom_lists_companies_as_well_as_people() -> None:
    assert people("Ba mảng gồm Ống Thép, Thép Tấm và Bao Bì đều có lãi.") == []
    assert people("Đoàn kiểm tra gồm Đinh Văn Hòa và Lục Thị Nga.") == ["Đinh Văn Hòa", "Lục Thị Nga"]


def test_an_abbreviated_profession_after_an_academic_title_is_no_name() -> None:
    assert people("Tại hội nghị, ThS. Bs. Lưu Văn Khánh trình bày báo cáo.") == ["Lưu Văn Khánh"]
