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


PARTS = ["UBND", "HĐND", "Ban Thường vụ", "Tỉnh ủy", "tỉnh", "Nghệ An", "TP.HCM", "TPHCM", "khóa X", "MTTQ", "Việt Nam", "Sở Nội vụ", "TP. Vinh"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PARTS), min_size=1, max_size=6))
def test_canonical_form_is_a_fixed_point(parts: list[str]) -> None:
    once = canonical_organization(" ".join(parts))
    assert once is not None and "  " not in once and ". " not in once.replace("TP. ", "")
    assert canonical_organization(once) == once
