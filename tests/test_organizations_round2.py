"""ORGANIZATION error kinds found on a second unseen sample: bodies of every province named by a
coordinated scope ("UBND tỉnh, thành phố"), a bare "Bộ"/"Sở" as the subject of an auxiliary,
glued words, names closed by a bare administrative word after several lower-case words, lower-case
department fields, companies named by their legal form, brands, and names written in English."""

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
        # a coordinated scope names a kind of body, not one body
        ("Thẩm quyền của Hội đồng nhân dân tỉnh, thành phố được mở rộng.", []),
        ("Sở Tài chính tỉnh, huyện cùng rà soát.", []),
        ("UBND tỉnh, Sở Công Thương đã họp.", ["UBND tỉnh", "Sở Công Thương"]),
        ("Bộ Chỉ huy Quân sự tỉnh và huyện Ia Grai", ["Bộ Chỉ huy Quân sự tỉnh"]),
        # a level makes a steering board every such board
        ("Đại diện Ban chỉ đạo cấp huyện có mặt.", []),
        ("Ban chỉ đạo phòng chống thiên tai tỉnh họp.", ["Ban chỉ đạo phòng chống thiên tai tỉnh"]),
        # "Công an" alone is the force; with a place it is a body
        ("Ông là cán bộ Công an nghỉ hưu.", []),
        ("Công an xã Tân Lập đã vào cuộc.", ["Công an xã Tân Lập"]),
        # liaison committees and a bloc's Party committee
        ("Ban liên lạc cựu chiến binh tỉnh Hà Tĩnh gặp mặt. Quà tặng Ban liên lạc.", ["Ban liên lạc cựu chiến binh tỉnh Hà Tĩnh", "Ban liên lạc"]),
        ("Đảng ủy khối các cơ quan tỉnh Bắc Giang chỉ đạo", ["Đảng ủy khối các cơ quan tỉnh Bắc Giang"]),
        # a bare "Bộ"/"Sở" before an auxiliary is the body the text is about
        ("Lãnh đạo Bộ Nội vụ nói, Bộ sẽ trình đề án.", ["Bộ Nội vụ", "Bộ"]),
        ("Sở đã có văn bản trả lời.", ["Sở"]),
        ("Các Bộ đã góp ý.", []),
        ("Vùng Đông Nam Bộ là trọng điểm.", []),
        ("Các Bộ, ngành liên quan.", []),
        # words that lost their space
        ("Văn bản được gửiUBND huyện Kỳ Sơn.", ["UBND huyện Kỳ Sơn"]),
        # a bare administrative word closes a name of several lower-case words
        ("Trung tâm Kiểm soát bệnh tật tỉnh và bệnh viện", ["Trung tâm Kiểm soát bệnh tật tỉnh"]),
        ("Trường Đại học trên địa bàn thành phố", []),
        # a title-case name of two words or more is complete before a verb, unless the lower-case
        # word ends a unit the last word begins; "Đức" (Germany) inside the name closes nothing
        ("Học sinh Trường THPT Nguyễn Đức Cảnh được khen.", ["Trường THPT Nguyễn Đức Cảnh"]),
        ("Bệnh viện Sản Nhi Trung ương tiếp nhận ca bệnh.", ["Bệnh viện Sản Nhi Trung ương"]),
        ("Phòng Nguyễn Văn An làm việc với đoàn công tác.", []),
        # a name in name case ("Bách khoa") before a reporting verb of two words is complete too
        ("Trường ĐH Bách khoa tuyển sinh", ["Trường ĐH Bách khoa"]),
        ("Trường THPT chuyên Lê Hồng Phong cho biết", ["Trường THPT chuyên Lê Hồng Phong"]),
        # a number after "số" ends the name
        ("Học sinh Trường Tiểu học Kim Đồng số 2 dự thi.", ["Trường Tiểu học Kim Đồng số 2"]),
        # headings in capitals, with the place after them
        ("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ TĨNH", ["HỘI ĐỒNG NHÂN DÂN"]),
        ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ["ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"]),
        # a body's abbreviation inside a document code is no mention of it
        ("Số: 45/QĐ-UBND ngày 3/3", []),
        # a department's field written in lower case, one in title case
        ("Chi cục kiểm lâm tỉnh Lào Cai phát hiện vụ việc.", ["Chi cục kiểm lâm tỉnh Lào Cai"]),
        ("Giao Tổng cục Thủy lợi chủ trì soạn thảo.", ["Tổng cục Thủy lợi"]),
        ("Đồn Biên phòng cửa khẩu Tây Trang kiểm tra hàng hóa xuất khẩu.", ["Đồn Biên phòng cửa khẩu Tây Trang"]),
        # a company: its legal form announces the name, lower-case words included
        ("Ông làm việc tại Công ty CP Xây lắp điện lực Phú Thọ; sau đó", ["Công ty CP Xây lắp điện lực Phú Thọ"]),
        ("Công ty TNHH Minh Quang đã nộp phạt.", ["Công ty TNHH Minh Quang"]),
        ("Công ty CP Thiết bị Sông Hồng bị xử phạt.", ["Công ty CP Thiết bị Sông Hồng"]),
        ("Lãnh đạo Công ty cổ phần cho biết.", []),
        ("Công ty cổ phần Sông Lam công bố.", ["Công ty cổ phần Sông Lam"]),
        # brands and acronyms of state groups and banks
        ("EVN và Agribank ký thỏa thuận.", ["EVN", "Agribank"]),
        # a company's board is named with the company; alone it names none
        ("Trước khi vào HĐQT Sacombank, ông công tác ở Bộ Tài chính.", ["HĐQT Sacombank", "Bộ Tài chính"]),
        ("Hội đồng quản trị đã họp.", []),
        # names written in English
        ("Ông tốt nghiệp Stanford Graduate School of Business năm 2001.", ["Stanford Graduate School of Business"]),
        ("Bà học tại University of Sydney. Group này", ["University of Sydney"]),
        ("Nhóm Group mới thành lập.", []),
    ],
)
def test_round2_organization_kinds(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_a_name_never_ends_in_a_dash() -> None:
    assert not any(span.endswith("-") for span in spans("Ông Hải - Tổng giám đốc Tập đoàn Sao Mai - cho biết"))


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Công ty TNHH MTV Thành Công", "Công ty trách nhiệm hữu hạn một thành viên Thành Công"),
        ("KBNN huyện Quỳnh Lưu", "Kho bạc Nhà nước huyện Quỳnh Lưu"),
    ],
)
def test_company_and_treasury_abbreviations_are_spelt_out(name: str, canonical: str) -> None:
    assert spans(name) == [name]
    assert canonical_organization(name) == canonical


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn công tác của Bộ Nông nghiệp làm việc với tỉnh.", ["Bộ Nông nghiệp"]),
        ("Lãnh đạo Bộ Giáo dục cho biết sẽ sửa quy chế.", ["Bộ Giáo dục"]),
        ("Sở Lao động đã kiểm tra 12 doanh nghiệp.", ["Sở Lao động"]),
        # the full name wins where the text goes on
        ("Bộ Giáo dục và Đào tạo ban hành thông tư.", ["Bộ Giáo dục và Đào tạo"]),
        ("Sở Khoa học và Công nghệ tổ chức hội thảo.", ["Sở Khoa học và Công nghệ"]),
    ],
)
def test_the_short_names_news_gives_ministries_and_departments(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dash before a lower-case word sets off an aside: the name ends before it
        ("Đại diện Công ty Sông Lam - ông Lò Văn Hải cho biết.", ["Công ty Sông Lam"]),
        ("Công ty Cổ phần Bắc Sơn - bà Hà Thị Mai ký biên bản.", ["Công ty Cổ phần Bắc Sơn"]),
        ("Trường Đại học Vinh - nơi đào tạo giáo viên.", ["Trường Đại học Vinh"]),
        # before a capitalised word it joins the fields of one name
        ("Công ty CP Xây dựng - Thương mại Sao Mai ký hợp đồng.", ["Công ty CP Xây dựng - Thương mại Sao Mai"]),
        ("Ban Tuyên giáo - Dân vận Tỉnh ủy họp.", ["Ban Tuyên giáo - Dân vận Tỉnh ủy"]),
        ("Viện Nghiên cứu phát triển kinh tế - xã hội Đà Nẵng công bố.", ["Viện Nghiên cứu phát triển kinh tế - xã hội Đà Nẵng"]),
    ],
)
def test_a_dash_before_a_lower_case_aside_ends_the_name(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
