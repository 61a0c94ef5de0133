"""Canonical organisation names: one written form per body."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnpolitics.canonical import canonical_organization, expand_abbreviations


def test_three_spellings_of_one_peoples_committee() -> None:
    forms = {canonical_organization(n) for n in ("UBND tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An", "UBND Nghệ An")}
    assert forms == {"Ủy ban nhân dân tỉnh Nghệ An"}


@pytest.mark.parametrize("name", ["HĐND TP.HCM", "HĐND TPHCM", "HĐND TP. HCM", "Hội đồng Nhân dân TP Hồ Chí Minh"])
def test_ho_chi_minh_city_spellings(name: str) -> None:
    assert canonical_organization(name) == "Hội đồng nhân dân thành phố Hồ Chí Minh"


def test_a_committee_keeps_the_bare_place() -> None:
    assert canonical_organization("Thành ủy TP. Hồ Chí Minh") == canonical_organization("Thành ủy TPHCM")
    assert canonical_organization("Tỉnh ủy Nghệ An") == "Tỉnh ủy Nghệ An"
    assert canonical_organization("BTV Tỉnh ủy") == "Ban Thường vụ Tỉnh ủy"


def test_old_style_tone_marks_and_casing_of_full_forms() -> None:
    assert canonical_organization("Uỷ ban Nhân dân tỉnh") == "Ủy ban nhân dân tỉnh"
    assert canonical_organization("Ban chấp hành Đảng bộ tỉnh") == "Ban Chấp hành Đảng bộ tỉnh"


def test_abbreviation_in_brackets_is_dropped() -> None:
    assert canonical_organization("Hội Liên hiệp Thanh niên (LHTN) Việt Nam") == canonical_organization(
        "Hội LHTN Việt Nam"
    )


def test_web_addresses_and_none_are_left_alone() -> None:
    assert canonical_organization("Baonghean.vn") == "Baonghean.vn"
    assert canonical_organization(None) is None
    assert expand_abbreviations("TAND  tỉnh") == "Tòa án nhân dân tỉnh"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("UBND Mỹ Châu", "Ủy ban nhân dân Mỹ Châu"),
        ("HĐND Tân Mỹ", "Hội đồng nhân dân Tân Mỹ"),
        ("UBND Pháp Vân", "Ủy ban nhân dân Pháp Vân"),
        ("Công an Lào Sơn", "Công an Lào Sơn"),
    ],
)
def test_a_country_inside_a_longer_place_name_is_not_renamed(name: str, expected: str) -> None:
    assert canonical_organization(name) == expected


def test_a_whole_country_name_is_still_renamed() -> None:
    assert canonical_organization("Đại sứ quán Mỹ") == canonical_organization("Đại sứ quán Hoa Kỳ") == "Đại sứ quán Hoa Kỳ"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Đảng ủy xã Hưng Lộc", "Đảng ủy xã Hưng Lộc"),
        ("Đảng ủy phường Bến Thủy", "Đảng ủy phường Bến Thủy"),
        ("Đảng ủy thị trấn Quán Hành", "Đảng ủy thị trấn Quán Hành"),
        ("UBND xã Nghi Phong", "Ủy ban nhân dân xã Nghi Phong"),
    ],
)
def test_the_administrative_word_the_text_gives_stays(name: str, expected: str) -> None:
    assert canonical_organization(name) == expected


def test_a_commune_and_a_district_of_one_name_stay_apart() -> None:
    assert canonical_organization("Đảng ủy xã Quỳnh Lưu") != canonical_organization("Đảng ủy huyện Quỳnh Lưu")


def test_a_committee_drops_only_the_word_of_its_own_level() -> None:
    assert canonical_organization("Huyện ủy huyện Nghi Lộc") == canonical_organization("Huyện ủy Nghi Lộc") == "Huyện ủy Nghi Lộc"
    assert canonical_organization("Tỉnh ủy tỉnh Thanh Hóa") == "Tỉnh ủy Thanh Hóa"


@pytest.mark.parametrize(
    "name",
    ["Đại học Quốc gia Hà Nội", "Báo Nghệ An", "Đài Phát thanh và Truyền hình Thanh Hóa", "Trường Đại học Sài Gòn"],
)
def test_a_place_in_an_institutions_own_name_gets_no_administrative_word(name: str) -> None:
    assert canonical_organization(name) == name


@pytest.mark.parametrize(
    ("bare", "expected"),
    [
        ("Sở Tài chính Đà Nẵng", "Sở Tài chính thành phố Đà Nẵng"),
        ("Công an Thanh Hóa", "Công an tỉnh Thanh Hóa"),
        ("Cục Quản lý thị trường Nghệ An", "Cục Quản lý thị trường tỉnh Nghệ An"),
        ("VKSND Hà Tĩnh", "Viện Kiểm sát nhân dân tỉnh Hà Tĩnh"),
    ],
)
def test_an_administrative_body_takes_the_word_of_its_level(bare: str, expected: str) -> None:
    assert canonical_organization(bare) == expected


PARTS = ["UBND", "HĐND", "Ban Thường vụ", "Tỉnh ủy", "tỉnh", "Nghệ An", "TP.HCM", "TPHCM", "khóa X", "MTTQ", "Việt Nam", "Sở Nội vụ", "TP. Vinh",
         "Đảng ủy", "xã Hưng Lộc", "Mỹ", "Châu", "Đại học Quốc gia", "Hà Nội", "Công an", "Huyện ủy", "huyện Nghi Lộc"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PARTS), min_size=1, max_size=6))
def test_canonical_form_is_a_fixed_point(parts: list[str]) -> None:
    once = canonical_organization(" ".join(parts))
    assert once is not None and "  " not in once and ". " not in once.replace("TP. ", "")
    assert canonical_organization(once) == once
