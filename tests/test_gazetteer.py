"""The administrative gazetteer: both maps complete, spellings folded, old provinces sent to new ones."""

from __future__ import annotations

import subprocess
import sys

import pytest

from vnpolitics import gazetteer

# Mergers of 2025 (Resolution 202/2025/QH15): legacy province -> the province it joined.
MERGED_INTO = {
    "Hà Giang": "Tuyên Quang",
    "Yên Bái": "Lào Cai",
    "Bắc Kạn": "Thái Nguyên",
    "Vĩnh Phúc": "Phú Thọ",
    "Hòa Bình": "Phú Thọ",
    "Bắc Giang": "Bắc Ninh",
    "Thái Bình": "Hưng Yên",
    "Hải Dương": "Hải Phòng",
    "Hà Nam": "Ninh Bình",
    "Nam Định": "Ninh Bình",
    "Quảng Bình": "Quảng Trị",
    "Quảng Nam": "Đà Nẵng",
    "Kon Tum": "Quảng Ngãi",
    "Bình Định": "Gia Lai",
    "Ninh Thuận": "Khánh Hòa",
    "Đắk Nông": "Lâm Đồng",
    "Bình Thuận": "Lâm Đồng",
    "Phú Yên": "Đắk Lắk",
    "Bình Dương": "Hồ Chí Minh",
    "Bà Rịa - Vũng Tàu": "Hồ Chí Minh",
    "Bình Phước": "Đồng Nai",
    "Long An": "Tây Ninh",
    "Tiền Giang": "Đồng Tháp",
    "Bến Tre": "Vĩnh Long",
    "Trà Vinh": "Vĩnh Long",
    "Sóc Trăng": "Cần Thơ",
    "Hậu Giang": "Cần Thơ",
    "Kiên Giang": "An Giang",
    "Bạc Liêu": "Cà Mau",
}


def test_the_two_maps_have_63_and_34_provinces() -> None:
    assert len(gazetteer.provinces("legacy")) == 63
    assert len(gazetteer.provinces("2025")) == 34
    assert {u.kind for u in gazetteer.provinces("legacy")} == {"tỉnh", "thành phố"}


@pytest.mark.parametrize("unit", gazetteer.provinces("legacy"), ids=lambda u: u.name)
def test_every_legacy_province_is_found_with_and_without_its_admin_word(unit: gazetteer.AdminUnit) -> None:
    for text in (unit.name, unit.canonical, unit.canonical.upper()):
        found = gazetteer.lookup(text)
        assert found is not None and found.level == "province", text
        assert found.canonical == unit.canonical
    expected_new = MERGED_INTO.get(unit.name, unit.name)
    assert unit.province_2025 == gazetteer.lookup(expected_new, kind=None).canonical  # type: ignore[union-attr]
    assert unit.province_2025 in {p.canonical for p in gazetteer.provinces("2025")}


@pytest.mark.parametrize("unit", gazetteer.provinces("2025"), ids=lambda u: u.name)
def test_every_2025_province_is_found_and_is_its_own_province(unit: gazetteer.AdminUnit) -> None:
    found = gazetteer.lookup_all(unit.canonical)
    assert unit in found
    assert unit.province_2025 == unit.canonical
    assert unit.name not in MERGED_INTO


def test_merged_provinces_are_exactly_the_legacy_ones_missing_from_2025() -> None:
    legacy = {u.name for u in gazetteer.provinces("legacy")}
    current = {u.name for u in gazetteer.provinces("2025")}
    assert legacy - current == set(MERGED_INTO)


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("Tp Vinh", "thành phố Vinh"),
        ("TP. Vinh", "thành phố Vinh"),
        ("thành phố Vinh", "thành phố Vinh"),
        ("TPHCM", "thành phố Hồ Chí Minh"),
        ("TP.HCM", "thành phố Hồ Chí Minh"),
        ("TP HCM", "thành phố Hồ Chí Minh"),
        ("TP Hồ Chí Minh", "thành phố Hồ Chí Minh"),
        ("Hà Nội", "thành phố Hà Nội"),
        ("Thừa Thiên - Huế", "thành phố Huế"),
        ("Thừa Thiên Huế", "thành phố Huế"),
        ("Đắk Lắk", "tỉnh Đắk Lắk"),
        ("Đăk Lăk", "tỉnh Đắk Lắk"),
        ("Daklak", "tỉnh Đắk Lắk"),
        ("Bà Rịa - Vũng Tàu", "tỉnh Bà Rịa - Vũng Tàu"),
        ("Bà Rịa-Vũng Tàu", "tỉnh Bà Rịa - Vũng Tàu"),
        ("huyện Nghi Lộc", "huyện Nghi Lộc"),
        ("quận 8", "quận 8"),
    ],
)
def test_spelling_variants_reach_one_unit(spelling: str, canonical: str) -> None:
    unit = gazetteer.lookup(spelling)
    assert unit is not None and unit.canonical == canonical


def test_a_district_knows_both_provinces() -> None:
    vinh = gazetteer.lookup("TP. Vinh")
    assert vinh is not None and vinh.level == "district"
    assert (vinh.province, vinh.province_2025) == ("tỉnh Nghệ An", "tỉnh Nghệ An")
    thu_dau_mot = gazetteer.lookup("thành phố Thủ Dầu Một")
    assert thu_dau_mot is not None
    assert (thu_dau_mot.province, thu_dau_mot.province_2025) == ("tỉnh Bình Dương", "thành phố Hồ Chí Minh")


def test_a_commune_of_the_new_map_has_only_a_new_province() -> None:
    ward = gazetteer.lookup("phường Buôn Ma Thuột")
    assert ward is not None and ward.era == "2025" and ward.level == "commune"
    assert ward.province is None and ward.province_2025 == "tỉnh Đắk Lắk"


def test_legacy_communes_point_to_a_2025_commune_of_their_new_province() -> None:
    legacy = [u for u in gazetteer.lookup_all("phường Hưng Bình") if u.era == "legacy"]
    assert legacy and legacy[0].successor is not None
    successor = [u for u in gazetteer.lookup_all(legacy[0].successor) if u.era == "2025"]
    assert any(u.province_2025 == legacy[0].province_2025 for u in successor)


def test_the_admin_word_restricts_the_reading() -> None:
    assert gazetteer.lookup("Vinh", kind="thành phố") is not None
    assert gazetteer.lookup("huyện Hà Nội") is None
    assert gazetteer.lookup("Atlantis") is None


def test_split_admin_word() -> None:
    assert gazetteer.split_admin_word("TP. Vinh") == ("thành phố", "Vinh")
    assert gazetteer.split_admin_word("Thị xã Cửa Lò") == ("thị xã", "Cửa Lò")
    assert gazetteer.split_admin_word("Nghệ An") == (None, "Nghệ An")


def test_bare_hồ_chí_minh_is_not_a_standalone_place_name() -> None:
    names = gazetteer.standalone_names()
    assert "Hồ Chí Minh" not in names and "TPHCM" in names and "Nghệ An" in names


def test_runtime_does_not_need_the_build_package() -> None:
    code = (
        "import sys; sys.modules['vietnamadminunits'] = None\n"
        "from vnpolitics import gazetteer\n"
        "assert gazetteer.lookup('tỉnh Nghệ An').province_2025 == 'tỉnh Nghệ An'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
