"""ORGANIZATION error kinds of the third unseen check: parties abroad, investigating agencies,
local election committees, ministries written without their comma, names closed by "để",
embassies, and the abbreviations a text defines in brackets."""

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
        ("Hôm qua Đảng Cộng sản Lào bế mạc đại hội.", ["Đảng Cộng sản Lào"]),
        # the country's name ends it: no second country joined by "và"
        ("Quan hệ giữa Đảng Cộng sản Trung Quốc và Việt Nam được củng cố.", ["Đảng Cộng sản Trung Quốc"]),
        ("Cơ quan Cảnh sát điều tra Công an tỉnh Lâm Đồng đã khởi tố vụ án.",
         ["Cơ quan Cảnh sát điều tra Công an tỉnh Lâm Đồng"]),
        ("Ủy ban bầu cử huyện Đông Anh họp phiên thứ hai.", ["Ủy ban bầu cử huyện Đông Anh"]),
        # without a place the election committee is the kind of body, no one body
        ("Mỗi ủy ban bầu cử phải công khai danh sách.", []),
        ("Bộ Văn hóa Thể thao và Du lịch vừa ban hành hướng dẫn.", ["Bộ Văn hóa Thể thao và Du lịch"]),
        # national academies by their known names, whatever word follows
        ("Giảng viên Học viện Ngoại giao tham gia hội thảo.", ["Học viện Ngoại giao"]),
        ("Vốn được chuyển cho Tập đoàn Minh Long để mở rộng sản xuất.", ["Tập đoàn Minh Long"]),
        # a name written with its syllables in name case, then an auxiliary
        ("Theo kết quả, Viện Dinh dưỡng Lâm sàng đã đề nghị bổ sung.", ["Viện Dinh dưỡng Lâm sàng"]),
        # ... but not a verb after an abbreviation, nor a role after a dash
        ("Giám đốc Đại học Quốc gia TPHCM hứa sẽ trả lời.", ["Đại học Quốc gia TPHCM"]),
        # a bare ministry or department as the subject of a reporting verb is the body the text is about
        ("Bộ Nội vụ họp báo. Sau đó, Bộ đề nghị các tỉnh báo cáo.", ["Bộ Nội vụ", "Bộ"]),
        # ... but after an honorific it is a person's given name
        ("Theo thầy Hội, học sinh cần ôn kỹ.", []),
        # an embassy is named after its country; the host city is no part of it
        ("Hôm qua Đại sứ quán Hà Lan tại Hà Nội tổ chức tiệc.", ["Đại sứ quán Hà Lan"]),
        # an adverb opening the sentence is no part of the name after it
        ("Hiện Trung tâm Kiểm soát bệnh tật huyện Thanh Oai đang lấy mẫu.",
         ["Trung tâm Kiểm soát bệnh tật huyện Thanh Oai"]),
    ],
)
def test_round3_organization_kinds(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_an_abbreviation_defined_in_brackets_names_the_body_later() -> None:
    text = (
        "Ông làm việc với Trung tâm Phát triển quỹ đất (TTPTQĐ) sáng nay. Sau đó TTPTQĐ Nghệ An "
        "báo cáo, còn ngành GTVT chưa có ý kiến."
    )
    found = {text[c.start : c.end]: c.attrs["canonical"] for c in recognize(Context(normalize(text)))}  # type: ignore[operator]
    assert found["TTPTQĐ Nghệ An"] == canonical_organization("Trung tâm Phát triển quỹ đất Nghệ An")
    assert "GTVT" not in found  # never defined here, and after "ngành" a field anyway


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bracket after a name that does not take it in is a mention of its own
        ("Hôm qua Bộ Tài nguyên và Môi trường (TN-MT). Nay TN-MT họp.", ["Bộ Tài nguyên và Môi trường", "TN-MT", "TN-MT"]),
        # letters that are not the name's initials define nothing
        ("Công nhân nhận giấy chứng nhận quyền sử dụng (GCN) đất.", []),
        # a place's abbreviation is no organisation's
        ("UBND tỉnh Bình Định (BĐ) họp. BĐ có mưa.", ["UBND tỉnh Bình Định"]),
        # a ministry's abbreviation after a lower-case "bộ"
        ("Ý kiến gửi bộ KH&ĐT trước tháng 5.", ["bộ KH&ĐT"]),
    ],
)
def test_abbreviation_kinds(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_canonical_name_of_a_lower_case_mention_starts_with_a_capital() -> None:
    assert canonical_organization("bộ TN&MT") == "Bộ Tài nguyên và Môi trường"
    assert canonical_organization("đảng Cộng sản Lào") == "Đảng Cộng sản Lào"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lower-case field words between capitalised ones, then a place: one long name
        ("Đề tài do Viện Nghiên cứu phát triển du lịch - văn hóa Đà Nẵng chủ trì.",
         ["Viện Nghiên cứu phát triển du lịch - văn hóa Đà Nẵng"]),
        ("Bệnh nhân chuyển lên Bệnh viện Đa khoa khu vực Cần Thơ hôm qua.", ["Bệnh viện Đa khoa khu vực Cần Thơ"]),
        # a Roman numeral inside the name
        ("Các cụ sống tại Trung tâm Bảo trợ xã hội II Đà Nẵng từ lâu.", ["Trung tâm Bảo trợ xã hội II Đà Nẵng"]),
        # a name in name case, a Roman numeral at its end, then a reporting verb
        ("Sáng nay, Bệnh viện Tâm thần Trung ương I cho biết đã đủ giường.", ["Bệnh viện Tâm thần Trung ương I"]),
        ("Đại diện Học viện Kỹ thuật Mật mã cho biết chỉ tiêu tăng.", ["Học viện Kỹ thuật Mật mã"]),
        # ... but "thông tin" after "Công nghệ" is the field, no verb
        ("Họ phối hợp với Cục Công nghệ thông tin của Bộ.", []),
        # a verb right after a name is no field word: the name stops before it
        ("Tập đoàn Sông Hồng phát triển đô thị Hà Nam suốt 10 năm.", ["Tập đoàn Sông Hồng"]),
        # two names joined by "và" stay two
        ("Hợp tác giữa Trường Đại học Vinh và Trường Đại học Huế được ký kết.",
         ["Trường Đại học Vinh", "Trường Đại học Huế"]),
    ],
)
def test_long_institution_names(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_a_company_named_once_in_full_is_named_by_its_short_name_later() -> None:
    text = "Tập đoàn Minh Long mở rộng đầu tư. Năm nay Minh Long xuất khẩu gốm, ông Trần Minh Long cho biết."
    found = {(text[c.start : c.end], c.attrs["canonical"]) for c in recognize(Context(normalize(text)))}  # type: ignore[operator]
    assert found == {("Tập đoàn Minh Long", "Tập đoàn Minh Long"), ("Minh Long", "Tập đoàn Minh Long")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's title-case name, then its verb
        ("Công ty Phú Thành bàn giao nhà cho dân.", ["Công ty Phú Thành"]),
        # "Hàng không" is a name word, though "không" ends names elsewhere ...
        ("Tổng công ty Cảng Hàng không, đơn vị chủ quản, cho biết.", ["Tổng công ty Cảng Hàng không"]),
        # ... so the name does not stop before it
        ("Tổng công ty Cảng Hàng không thông báo lịch bay.", ["Tổng công ty Cảng Hàng không"]),
    ],
)
def test_company_names(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's full name after the person the school is named for, or after a place, is no part of it
        ("Hiệu trưởng Trường THPT Lê Lợi Nguyễn Văn An cho biết như vậy.", ["Trường THPT Lê Lợi"]),
        ("Viện trưởng Viện Văn học Việt Nam Trần Văn Bình phát biểu.", ["Viện Văn học Việt Nam"]),
        # a surname after a field word or an administrative word belongs to the name
        ("Sinh viên Đại học Y khoa Phạm Ngọc Thạch, TP HCM, đi chống dịch.", ["Đại học Y khoa Phạm Ngọc Thạch"]),
        ("Bệnh nhân được đưa tới Trung tâm Y tế huyện Lý Nhân, sau đó chuyển viện.", ["Trung tâm Y tế huyện Lý Nhân"]),
        ("Trường THPT Nguyễn Thị Minh Khai tổ chức lễ khai giảng.", ["Trường THPT Nguyễn Thị Minh Khai"]),
    ],
)
def test_a_person_after_an_institution_name(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
