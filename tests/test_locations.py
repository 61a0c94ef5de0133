"""LOCATION: administrative units with their word, provinces and countries alone, venues."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnpolitics import gazetteer
from vnpolitics.normalization import normalize
from vnpolitics.recognizers.base import Candidate, Context
from vnpolitics.registry import get_recognizer

recognize = get_recognizer("vnpolitics.locations.v1")


def places(text: str) -> list[Candidate]:
    return list(recognize(Context(normalize(text))))  # type: ignore[operator]


def spans(text: str) -> list[str]:
    return [text[c.start : c.end] for c in places(text)]


@pytest.mark.parametrize("unit", gazetteer.provinces("legacy"), ids=lambda u: u.name)
def test_every_legacy_province_in_a_sentence(unit: gazetteer.AdminUnit) -> None:
    text = f"Đoàn công tác đến làm việc tại {unit.canonical}."
    found = places(text)
    assert [text[c.start : c.end] for c in found] == [unit.canonical]
    assert found[0].attrs["canonical"] == unit.canonical
    assert found[0].attrs["province"] == unit.canonical
    assert found[0].attrs["province_2025"] == unit.province_2025


@pytest.mark.parametrize("unit", gazetteer.provinces("2025"), ids=lambda u: u.name)
def test_every_2025_province_in_a_sentence(unit: gazetteer.AdminUnit) -> None:
    text = f"Lãnh đạo {unit.canonical} tiếp đoàn; đoàn cũng làm việc với {unit.name}."
    found = places(text)
    expected = [unit.canonical] + ([] if unit.name == "Hồ Chí Minh" else [unit.name])
    assert [text[c.start : c.end] for c in found] == expected
    assert {c.attrs["province_2025"] for c in found} == {unit.canonical}


def test_merged_province_carries_its_new_province() -> None:
    (binh_duong,) = places("Đoàn công tác đến làm việc tại tỉnh Bình Dương.")
    assert binh_duong.attrs["province_2025"] == "thành phố Hồ Chí Minh"


@pytest.mark.parametrize(
    ("text", "expected", "canonical"),
    [
        ("Hội nghị diễn ra tại Tp Vinh hôm qua.", "Tp Vinh", "thành phố Vinh"),
        ("Hội nghị diễn ra tại TP. Vinh hôm qua.", "TP. Vinh", "thành phố Vinh"),
        ("Ông về thăm TP.HCM và nói chuyện.", "TP.HCM", "thành phố Hồ Chí Minh"),
        ("Ông về thăm TPHCM và nói chuyện.", "TPHCM", "thành phố Hồ Chí Minh"),
        ("Ông về thăm TP Hồ Chí Minh và nói chuyện.", "TP Hồ Chí Minh", "thành phố Hồ Chí Minh"),
        ("Mưa lớn ở Thừa Thiên - Huế kéo dài.", "Thừa Thiên - Huế", "thành phố Huế"),
        ("Mưa lớn ở Đăk Lăk kéo dài.", "Đăk Lăk", "tỉnh Đắk Lắk"),
        ("Mưa lớn ở Bà Rịa - Vũng Tàu kéo dài.", "Bà Rịa - Vũng Tàu", "tỉnh Bà Rịa - Vũng Tàu"),
        ("Cán bộ xã Hưng Đông đã có mặt.", "xã Hưng Đông", "xã Hưng Đông"),
        ("Trụ sở mới ở quận 3 đã xong.", "quận 3", "quận 3"),
        ("Đoàn đến thăm Trung Quốc và Campuchia.", "Trung Quốc", "Trung Quốc"),
        ("Tàu cá hoạt động trên Biển Đông.", "Biển Đông", "Biển Đông"),
    ],
)
def test_named_places(text: str, expected: str, canonical: str) -> None:
    found = [c for c in places(text) if text[c.start : c.end] == expected]
    assert found and found[0].attrs["canonical"] == canonical


def test_a_name_stops_where_the_gazetteer_name_ends() -> None:
    assert spans("Chủ tịch UBND huyện Nghi Lộc Trần Văn Bình phát biểu.") == ["huyện Nghi Lộc"]


def test_a_foreign_province_is_taken_whole() -> None:
    assert spans("Đoàn làm việc với tỉnh Savannakhet của Lào.") == ["tỉnh Savannakhet", "Lào"]


def test_a_shared_commune_name_leans_to_the_province_in_the_text() -> None:
    text = "Người dân xã Châu Thành, tỉnh An Giang đón đoàn."
    commune = places(text)[0]
    assert commune.attrs["province_2025"] == "tỉnh An Giang"


@pytest.mark.parametrize(
    "text",
    [
        "Ông Trịnh Vinh Hảo phát biểu.",  # a place name inside a person's name
        "Bí thư Tỉnh Đoàn phát biểu.",  # an organisation, not "tỉnh Đoàn"
        "Lời dạy của Chủ tịch Hồ Chí Minh còn mãi.",  # the person, not the city
        "Mỹ thuật đương đại được giới thiệu.",  # a word that starts with a country's short name
        "Phó Chủ tịch tỉnh Phạm Văn Hùng dự.",  # a person after "tỉnh", not an unknown province
        "Các văn bản Luật mới đã ban hành.",  # "bản" as part of "văn bản"
    ],
)
def test_not_places(text: str) -> None:
    assert spans(text) == []


def test_a_capitalised_preposition_opening_the_sentence() -> None:
    assert spans("Tại Hà Nội, hội nghị đã diễn ra.") == ["Hà Nội"]
    assert spans("Ông Lê Hà Nội đến.") == []


def test_village_word_inside_a_common_word() -> None:
    assert spans("Chương trình nông thôn Nghệ An mới.") == ["Nghệ An"]


def test_one_syllable_country_needs_a_place_context() -> None:
    assert spans("Đoàn sang Lào công tác.") == ["Lào"]
    assert spans("Quan hệ với Nga.") == ["Nga"]
    assert spans("Chị Nga cho biết.") == []


def test_venue() -> None:
    assert spans("Buổi lễ tổ chức tại Khách sạn Mường Thanh.") == ["Khách sạn Mường Thanh"]
    assert spans("Hội nghị họp ở Trung tâm Hội nghị tỉnh.") == ["Trung tâm Hội nghị tỉnh"]


def test_organisation_wins_over_its_place_in_the_pipeline() -> None:
    from vnpolitics import extract

    doc = extract("UBND tỉnh Nghệ An họp phiên thường kỳ.")
    assert [(e.label, e.text) for e in doc.entities if e.label in ("ORGANIZATION", "LOCATION")] == [
        ("ORGANIZATION", "UBND tỉnh Nghệ An")
    ]


FRAGMENTS = [
    "tỉnh ", "Nghệ An", "TP.", "HCM", " ", ", ", ". ", "huyện ", "Nghi Lộc", "Tp", "Vinh", "xã ", "Lào",
    "Việt Nam", "quận ", "8", "Bà Rịa", " - ", "Vũng Tàu", "Khách sạn ", "Mường Thanh", "nông thôn ", "Đoàn",
    "ông Lê ", "Tỉnh ", "-", "Ủy", "Đắk Lắk", "\n", "thị xã ", "Cửa Lò",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=25))
def test_candidates_slice_the_text_and_do_not_overlap(parts: list[str]) -> None:
    text = "".join(parts)
    found = places(text)
    previous_end = 0
    for candidate in found:
        assert 0 <= candidate.start < candidate.end <= len(text)
        assert candidate.start >= previous_end
        assert text[candidate.start : candidate.end].strip() == text[candidate.start : candidate.end]
        previous_end = candidate.end
