"""LOCATION error kinds found on a second unseen sample: natural features named like units
("bán đảo ...", "vịnh ...") and places glued to the word before them."""

from __future__ import annotations

import pytest

from vnpolitics.normalization import normalize
from vnpolitics.recognizers.base import Context
from vnpolitics.registry import get_recognizer

recognize = get_recognizer("vnpolitics.locations.v1")


def spans(text: str) -> list[str]:
    return [text[c.start : c.end] for c in recognize(Context(normalize(text)))]  # type: ignore[operator]


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
def test_round2_location_kinds(text: str, expected: list[str]) -> None:
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
