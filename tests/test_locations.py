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


# -- Numbered units, hamlets and islands, venues, official country names, lists of bare unit names.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number the gazetteer knows as part of the name ...
        ("Bà con xã A Lưới 3 đã thu hoạch xong.", ["xã A Lưới 3"]),
        # ... and a count it does not
        ("Ở thôn Phú Mỹ 15 hộ bị ngập.", ["thôn Phú Mỹ"]),
        ("Người dân xóm Bãi Dài dọn vệ sinh.", ["xóm Bãi Dài"]),
        ("Thôn Đồng Tâm có 200 hộ.", ["Thôn Đồng Tâm"]),
        ("Ngư dân ra quần đảo Trường Sa đánh bắt.", ["quần đảo Trường Sa"]),
        ("Du khách đến đảo Cô Tô ngày càng đông.", ["đảo Cô Tô"]),
        ("Lễ truy điệu tổ chức tại Nhà tang lễ Quốc gia.", ["Nhà tang lễ Quốc gia"]),
        ("Công dân nước Cộng hòa Dân chủ Nhân dân Lào học tập tại đây.", ["Cộng hòa Dân chủ Nhân dân Lào"]),
        # capitals and seas abroad
        ("Phái đoàn rời Phnom Penh để tới Biển Đỏ.", ["Phnom Penh", "Biển Đỏ"]),
        # a bare administrative word announcing a list: each name is a place
        ("Thành phố sẽ nâng cấp 3 huyện: Sóc Sơn, Mê Linh và Thường Tín.", ["Sóc Sơn", "Mê Linh", "Thường Tín"]),
        # ... only names the gazetteer knows as that kind of unit
        ("Các huyện: Ban Chỉ đạo đã kiểm tra.", []),
    ],
)
def test_numbered_units_hamlets_islands_venues_and_listed_names(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bảo vệ chủ quyền biển, đảo Tổ quốc.",  # "Tổ quốc" is the fatherland
        "Khách tham quan bán đảo Sơn Trà.",  # a peninsula is no "đảo"
    ],
)
def test_island_word_inside_other_words(text: str) -> None:
    assert not any(s.startswith("đảo") for s in spans(text))


# -- Natural features named like units ("bán đảo ...", "vịnh ...") and places glued to the word
# before them.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # natural features with their word
        ("Dự án nằm trên bán đảo Cà Mau.", ["bán đảo Cà Mau"]),
        ("Tàu du lịch neo ở vịnh Lan Hạ đêm qua.", ["vịnh Lan Hạ"]),
        ("Xe khách gặp nạn trên đèo Ngang.", ["đèo Ngang"]),
        ("Khu du lịch núi Cấm mở cửa lại.", ["núi Cấm"]),
        # the word alone, without a name, is no place
        ("Họ leo núi và ra vịnh câu cá.", []),
        ("Các tỉnh miền núi Tây Bắc khó khăn.", ["Tây Bắc"]),
        # a place glued to the previous word by a lost space
        ("đã báo cáo xong.Quảng Trị cũng đề nghị hỗ trợ.", ["Quảng Trị"]),
        ("Đoàn công tác đến thămLạng Sơn hôm qua.", ["Lạng Sơn"]),
        # a heading writes the administrative word in capitals; the gazetteer bounds the name
        ("UBND\nHUYỆN THẠCH HÀ\nSố: 12", ["HUYỆN THẠCH HÀ"]),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", []),
        # a lower-case web address stays whole
        ("Theo Baonghean.vn, mưa lớn kéo dài.", []),
    ],
)
def test_natural_features_and_places_glued_to_the_word_before(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "place", "province_2025"),
    [
        # units abolished before the 63-province map, as older text names them
        ("Người dân huyện Từ Liêm cũ phản ánh.", "huyện Từ Liêm", "thành phố Hà Nội"),
        ("Ông sinh ra ở tỉnh Hà Tây năm 1960.", "tỉnh Hà Tây", "thành phố Hà Nội"),
        ("Dự án ở huyện Hoành Bồ được phê duyệt.", "huyện Hoành Bồ", "tỉnh Quảng Ninh"),
    ],
)
def test_former_units_are_places_with_their_successor_province(text: str, place: str, province_2025: str) -> None:
    found = [c for c in recognize(Context(normalize(text)))]  # type: ignore[operator]
    assert [text[c.start : c.end] for c in found] == [place]
    assert found[0].attrs["province_2025"] == province_2025


# -- Short foreign names after an ordinary word, rivers and streets, and the words that only look
# like a country.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-syllable country after an ordinary lower-case word is the country ...
        ("Hải quân Pháp điều tàu tới vùng biển này.", ["Pháp"]),
        ("Giới chức Praha triệu tập đại diện ngoại giao.", ["Praha"]),
        # ... after an honorific or a kin word it is a given name
        ("Chị Nga cùng vợ Đức về quê ăn Tết.", []),
        # words that begin with a country's syllable
        ("Cô ấy học ngành Mỹ thuật ứng dụng.", []),
        ("Ý kiến của bạn đọc được tổng hợp.", []),
        # rivers and streets carry their word; a delta keeps its whole name
        ("Cây cầu bắc qua sông Thu Bồn đã thông xe.", ["sông Thu Bồn"]),
        ("Phù sa bồi đắp đồng bằng sông Cửu Long.", ["đồng bằng sông Cửu Long"]),
        ("Cửa hàng trên đường Lý Thường Kiệt đóng cửa.", ["đường Lý Thường Kiệt"]),
        # a street needs a name of two words; an island never takes a year
        ("Xe đi vào đường Vành đai mới mở.", []),
        ("Lễ hội biển, đảo 2024 sẽ khai mạc.", []),
        # a counted administrative word belongs to no one name
        ("Mưa lớn ở các tỉnh Lào Cai, Yên Bái kéo dài.", ["Lào Cai", "Yên Bái"]),
        ("Dự án nối hai huyện Mê Linh và Sóc Sơn.", ["Mê Linh", "Sóc Sơn"]),
        # ... unlike a junction's "ngã ba" or a number ending a name
        ("Vụ va chạm xảy ra tại ngã ba xã Tân Lập.", ["xã Tân Lập"]),
        # a venue named by a body is the body's mention, no place
        ("Hội nghị diễn ra tại Hội trường Bộ Tư pháp sáng nay.", []),
        ("Khách nghỉ tại Khách sạn Hồng Vân (phường 3).", ["Khách sạn Hồng Vân", "phường 3"]),
        # a venue named by its unit takes the unit's name
        ("Buổi lễ diễn ra ở Nhà văn hóa xã Tân Phú hôm qua.", ["Nhà văn hóa xã Tân Phú"]),
    ],
)
def test_short_foreign_names_rivers_streets_and_look_alike_words(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
