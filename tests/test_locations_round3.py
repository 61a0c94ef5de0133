"""LOCATION error kinds of the third unseen check: short foreign names after an ordinary word,
rivers and streets, and the words that only look like a country."""

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
def test_round3_place_kinds(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
