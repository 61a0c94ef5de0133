"""ORGANIZATION error kinds found on unseen news: short ministry names, lower-case ministry names,
institutions whose name nothing but a place, an auxiliary or a line break closes, bodies named
only with a place ("Thanh tra tỉnh"), outlets and official country names."""

from __future__ import annotations

import pytest

from vnpolitics.canonical import canonical_organization
from vnpolitics.normalization import normalize
from vnpolitics.recognizers.base import Context
from vnpolitics.registry import get_recognizer

recognize = get_recognizer("vnpolitics.organizations.v1")


def spans(text: str) -> list[str]:
    return [text[c.start : c.end] for c in recognize(Context(normalize(text)))]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the standard short forms of a ministry's field
        ("Bộ KH&ĐT vừa gửi báo cáo thẩm định.", ["Bộ KH&ĐT"]),
        ("Sở LĐ-TB&XH tỉnh Nghệ An tổ chức hội nghị.", ["Sở LĐ-TB&XH tỉnh Nghệ An"]),
        ("Ý kiến của Sở NN&PTNT được tiếp thu.", ["Sở NN&PTNT"]),
        ("Sở Nội vụ TP tổ chức kỳ thi tuyển.", ["Sở Nội vụ TP"]),
        # a known ministry name written in lower case
        ("Đoàn công tác của Bộ tài chính đã đến.", ["Bộ tài chính"]),
        ("Sở tư pháp hướng dẫn thủ tục mới.", ["Sở tư pháp"]),
        # ... but an event's organising board is no body
        ("Ban tổ chức giải chạy thông báo hoãn.", []),
        # institutions: a name ending in a place, "và" between capitalised words, an auxiliary after
        ("Trường Cao đẳng Y tế Thanh Hóa tuyển sinh năm nay.", ["Trường Cao đẳng Y tế Thanh Hóa"]),
        ("Đại diện Học viện Kỹ thuật và Công nghệ, ông Lâm phát biểu.", ["Học viện Kỹ thuật và Công nghệ"]),
        ("Tập đoàn Kim Long cũng tham gia dự án.", ["Tập đoàn Kim Long"]),
        ("Học sinh trường THPT Lê Lợi, huyện Thọ Xuân đạt giải.", ["trường THPT Lê Lợi"]),
        ("Giảng viên cao cấp\nViện Cơ khí Động lực\nPhó Trưởng khoa", ["Viện Cơ khí Động lực"]),
        # bodies named only with a place or a parent body
        ("Thanh tra tỉnh Quảng Bình kết luận vụ việc.", ["Thanh tra tỉnh Quảng Bình"]),
        ("Thanh tra Bộ Xây dựng công bố kết luận.", ["Thanh tra Bộ Xây dựng"]),
        ("Thanh tra đã phát hiện nhiều sai phạm.", []),
        ("Quân đội nhân dân Việt Nam luôn đồng hành cùng nhân dân.", ["Quân đội nhân dân Việt Nam"]),
        # the Party's Central Committee named alone, as in a generic office ("các Ủy viên Trung ương Đảng")
        ("Nghị quyết của Trung ương Đảng được quán triệt.", ["Trung ương Đảng"]),
        # outlets and agencies credited
        ("Như VietNamNet đã đưa tin, dự án bị chậm.", ["VietNamNet"]),
        ("Người dân xếp hàng chờ tiêm (Ảnh: AFP).", ["AFP"]),
        # an armed service is a body only with its country
        ("Hải quân Nhật Bản điều tàu tới khu vực.", ["Hải quân Nhật Bản"]),
        ("Anh ấy từng phục vụ trong hải quân.", []),
        # a name followed by its own initials ends there, lower-case words and all
        ("Hồ sơ nộp tại Trung tâm Phát triển quỹ đất (TTPTQĐ) huyện Quế Võ.", ["Trung tâm Phát triển quỹ đất (TTPTQĐ) huyện Quế Võ"]),
        ("Sở Kế hoạch và Đầu tư (KH-ĐT) tỉnh Bắc Giang cho biết.", ["Sở Kế hoạch và Đầu tư (KH-ĐT) tỉnh Bắc Giang"]),
        # long lower-case names: closed by a place with its word, or national in scope
        ("Trung tâm Kiểm soát bệnh tật tỉnh Yên Bái lấy mẫu.", ["Trung tâm Kiểm soát bệnh tật tỉnh Yên Bái"]),
        ("Ban chỉ đạo phòng, chống dịch Covid-19 huyện Can Lộc họp khẩn.", ["Ban chỉ đạo phòng, chống dịch Covid-19 huyện Can Lộc"]),
        ("Ban Chỉ đạo quốc gia phòng chống dịch COVID-19 đề nghị thế.", ["Ban Chỉ đạo quốc gia phòng chống dịch COVID-19"]),
        ("Ý kiến Ban Chỉ đạo quốc gia hoặc người đứng đầu địa phương.", []),
        # district offices
        ("Phòng Tư pháp huyện Kỳ Anh hướng dẫn người dân.", ["Phòng Tư pháp huyện Kỳ Anh"]),
        ("Phòng chống dịch là việc cấp bách.", []),
        # an opening bracket closes a title-case name
        ("Ngân hàng TMCP Hưng Thịnh (HTBank) tổ chức đại hội.", ["Ngân hàng TMCP Hưng Thịnh"]),
        # a body of a country named officially
        ("Chính phủ nước Cộng hòa Nhân dân Trung Hoa và Lào ký kết.", ["Chính phủ nước Cộng hòa Nhân dân Trung Hoa"]),
    ],
)
def test_unseen_organisation_kinds(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a second syllable that is also a function word ("Thiết bị", "Hàng không") closes nothing
        ("Công ty TNHH Thiết bị Hoàng Gia bị xử phạt.", "Công ty TNHH Thiết"),
        ("Cục Hàng không Việt Nam cho biết.", "Cục Hàng"),
        # two lower-case words in a row are a verb phrase, not part of a name ending in a place
        ("Ngân hàng ABC dự báo Việt Nam tăng trưởng.", "Ngân hàng ABC dự báo Việt Nam"),
        # "trường" ends common words; it opens a school only before the school's type
        ("Hàng xuất khẩu sang thị trường Mỹ tăng mạnh.", "trường Mỹ"),
        # a one-word name at the end of a line is a byline as often as a body
        ("Bài viết kết thúc tại đây.\nTrường Giang", "Trường Giang"),
    ],
)
def test_unseen_non_organisations(text: str, wrong: str) -> None:
    assert wrong not in spans(text)


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Bộ KH&ĐT", "Bộ Kế hoạch và Đầu tư"),
        ("Sở TN&MT tỉnh Lào Cai", "Sở Tài nguyên và Môi trường tỉnh Lào Cai"),
        ("Bộ GD-ĐT", "Bộ Giáo dục và Đào tạo"),
    ],
)
def test_short_ministry_names_are_spelt_out(name: str, canonical: str) -> None:
    assert canonical_organization(name) == canonical

