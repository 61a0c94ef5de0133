"""LOCATION error kinds found on unseen news: numbered units, hamlets and islands, venues,
official country names, lists of bare unit names."""

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
def test_unseen_place_kinds(text: str, expected: list[str]) -> None:
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
