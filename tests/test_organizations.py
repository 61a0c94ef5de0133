"""ORGANIZATION: each family of bodies, their chains and places, and what is no organisation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnpolitics.canonical import canonical_organization
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


# -- Short ministry names, lower-case ministry names, institutions whose name nothing but a place, an
# auxiliary or a line break closes, bodies named only with a place ("Thanh tra tỉnh"), outlets and
# official country names.


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
def test_ministry_short_forms_institutions_closed_by_a_place_and_outlets(text: str, expected: list[str]) -> None:
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
def test_what_only_looks_like_an_organisation(text: str, wrong: str) -> None:
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


# -- Bodies of every province named by a coordinated scope ("UBND tỉnh, thành phố"), a bare "Bộ"/"Sở"
# as the subject of an auxiliary, glued words, names closed by a bare administrative word after
# several lower-case words, lower-case department fields, companies named by their legal form,
# brands, and names written in English.


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
def test_coordinated_scopes_lower_case_fields_companies_brands_and_english_names(text: str, expected: list[str]) -> None:
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


# -- Parties abroad, investigating agencies, local election committees, ministries written without
# their comma, names closed by "để", embassies, and the abbreviations a text defines in brackets.


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
def test_parties_abroad_agencies_academies_embassies_and_bare_ministries(text: str, expected: list[str]) -> None:
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
