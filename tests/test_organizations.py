"""ORGANIZATION: each family of bodies, their chains and places, and what is no organisation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnpolitics.normalization import normalize
from vnpolitics.recognizers.base import Candidate, Context
from vnpolitics.registry import get_recognizer

recognize = get_recognizer("vnpolitics.organizations.v1")


def organizations(text: str) -> list[Candidate]:
    return list(recognize(Context(normalize(text))))  # type: ignore[operator]


def spans(text: str) -> list[str]:
    return [text[c.start : c.end] for c in organizations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Party committees and bodies
        ("Tỉnh ủy Hà Tĩnh vừa ban hành kế hoạch.", ["Tỉnh ủy Hà Tĩnh"]),
        ("Ban Thường vụ Huyện ủy họp chiều nay.", ["Ban Thường vụ Huyện ủy"]),
        ("Hội nghị Ban Chấp hành Đảng bộ tỉnh Thái Bình khóa XX bế mạc.", ["Ban Chấp hành Đảng bộ tỉnh Thái Bình khóa XX"]),
        ("Đảng ủy xã Nghi Phong tổ chức sơ kết.", ["Đảng ủy xã Nghi Phong"]),
        ("Bộ Chính trị và Ban Bí thư cho ý kiến.", ["Bộ Chính trị", "Ban Bí thư"]),
        ("Ý Đảng hợp lòng dân.", ["Đảng"]),
        ("Ban Dân vận Tỉnh ủy phối hợp với Ban Tuyên giáo Trung ương.", ["Ban Dân vận Tỉnh ủy", "Ban Tuyên giáo Trung ương"]),
        ("Ủy ban Kiểm tra Thành ủy công bố kết luận.", ["Ủy ban Kiểm tra Thành ủy"]),
        # State bodies
        ("Chính phủ trình Quốc hội dự án luật.", ["Chính phủ", "Quốc hội"]),
        ("Bộ Tài nguyên và Môi trường hướng dẫn.", ["Bộ Tài nguyên và Môi trường"]),
        ("Sở Giáo dục và Đào tạo Hà Tĩnh thông báo.", ["Sở Giáo dục và Đào tạo Hà Tĩnh"]),
        ("UBND thị xã Cửa Lò chỉ đạo.", ["UBND thị xã Cửa Lò"]),
        ("HĐND huyện Yên Thành khóa 20 họp.", ["HĐND huyện Yên Thành khóa 20"]),
        ("Văn phòng Chính phủ thông báo.", ["Văn phòng Chính phủ"]),
        ("Văn phòng UBND tỉnh phát hành công văn.", ["Văn phòng UBND tỉnh"]),
        # Mass organisations
        ("Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh phát động.", ["Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh"]),
        ("Hội Nông dân huyện Đô Lương trao quà.", ["Hội Nông dân huyện Đô Lương"]),
        ("Hội Liên hiệp Phụ nữ tỉnh ra quân.", ["Hội Liên hiệp Phụ nữ tỉnh"]),
        ("Tỉnh Đoàn tổ chức hội trại.", ["Tỉnh Đoàn"]),
        ("Hội Cựu chiến binh Việt Nam kỷ niệm ngày thành lập.", ["Hội Cựu chiến binh Việt Nam"]),
        ("Liên đoàn Lao động tỉnh thăm công nhân.", ["Liên đoàn Lao động tỉnh"]),
        # Boards and steering committees
        ("Ban Chỉ đạo phòng, chống dịch tỉnh họp.", ["Ban Chỉ đạo phòng, chống dịch tỉnh"]),
        ("Ban Chỉ đạo phòng, chống dịch họp.", []),
        ("Ban chỉ đạo an toàn giao thông tỉnh họp.", ["Ban chỉ đạo an toàn giao thông tỉnh"]),
        # Courts and procuracies, armed forces
        ("TAND tỉnh Nghệ An mở phiên tòa.", ["TAND tỉnh Nghệ An"]),
        ("Viện Kiểm sát nhân dân huyện Quỳnh Lưu truy tố.", ["Viện Kiểm sát nhân dân huyện Quỳnh Lưu"]),
        ("Bộ Chỉ huy Quân sự tỉnh diễn tập.", ["Bộ Chỉ huy Quân sự tỉnh"]),
        ("Quân khu 4 tổng kết năm.", ["Quân khu 4"]),
        ("Công an tỉnh Hà Tĩnh bắt giữ đối tượng.", ["Công an tỉnh Hà Tĩnh"]),
        # Outlets and credits
        ("Ảnh: TTXVN", ["TTXVN"]),
        ("(Baonghean.vn) - Sáng nay, hội nghị khai mạc.", ["Baonghean.vn"]),
        ("Ảnh tư liệu/SGGP", ["SGGP"]),
        # Schools, universities, hospitals, banks and companies
        ("Học sinh Trường THPT Cẩm Xuyên, Hà Tĩnh đạt giải nhất.", ["Trường THPT Cẩm Xuyên"]),
        ("Giảng viên Trường ĐH Nông Lâm TP.HCM phát biểu.", ["Trường ĐH Nông Lâm TP.HCM"]),
        ("Bệnh viện Nhi Trung ương tiếp nhận bệnh nhân.", ["Bệnh viện Nhi Trung ương"]),
        ("Khách hàng của Ngân hàng ACB, ông cho biết.", ["Ngân hàng ACB"]),
        ("Đại diện Công ty TNHH Minh Phát, ông Hòa cho biết.", ["Công ty TNHH Minh Phát"]),
        ("Sản lượng thép của Tập đoàn Hòa Phát, theo báo cáo, tăng.", ["Tập đoàn Hòa Phát"]),
        ("Bệnh nhân được đưa về Trung tâm Y tế huyện.", ["Trung tâm Y tế huyện"]),
    ],
)
def test_organisation_families(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lãnh đạo các sở, ban, ngành dự hội nghị.",
        "Nhà nước và chính quyền các cấp quan tâm.",
        "Theo chỉ đạo của Trung ương, tỉnh triển khai ngay.",
        "Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm.",
        "Đại biểu HĐND các cấp tiếp xúc cử tri.",
        "Ban tổ chức cảm ơn các vận động viên.",
        "Đây là tỉnh có nhiều tiềm năng.",
        "Trường hợp F1 được cách ly tập trung.",
        "Công ty cho biết sẽ bồi thường.",
        "Ông Lê Văn Trường, Giám đốc Sở, cho biết.",
    ],
)
def test_not_organisations(text: str) -> None:
    assert spans(text) == []


def test_xa_hoi_is_society_not_a_commune() -> None:
    assert not any(span.endswith(" xã") for span in spans("Cán bộ Hội Bảo trợ xã hội đến thăm các em."))


def test_canonical_expands_and_attaches_the_place() -> None:
    (found,) = organizations("UBND TP.HCM chỉ đạo.")
    assert found.attrs["canonical"] == "Ủy ban nhân dân thành phố Hồ Chí Minh"


def test_organisation_keeps_its_place_and_term_in_the_pipeline() -> None:
    from vnpolitics import extract

    doc = extract("Hôm qua, HĐND tỉnh Quảng Trị khóa VIII khai mạc kỳ họp.")
    assert [(e.label, e.text) for e in doc.entities if e.label in ("ORGANIZATION", "LOCATION")] == [
        ("ORGANIZATION", "HĐND tỉnh Quảng Trị khóa VIII")
    ]


FRAGMENTS = [
    "UBND ", "tỉnh", " ", "Nghệ An", "Ban Thường vụ ", "Tỉnh ủy", ", ", ". ", "khóa ", "XI", "Đảng", "Hội",
    "Hội Nông dân ", "Việt Nam", "các ", "Bộ ", "Công an", "Sở ", "Nội vụ", "(", ")", "LHTN", "Quân khu ",
    "7", "Ban chỉ đạo ", "an toàn ", "Trung ương", "TP.HCM", ".vn", "Baonghean",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=25))
def test_candidates_slice_the_text_and_do_not_overlap(parts: list[str]) -> None:
    text = "".join(parts)
    previous_end = 0
    for candidate in organizations(text):
        assert 0 <= candidate.start < candidate.end <= len(text)
        assert candidate.start >= previous_end
        surface = text[candidate.start : candidate.end]
        assert surface.strip() == surface
        assert candidate.attrs["canonical"]
        previous_end = candidate.end
