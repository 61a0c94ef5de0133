"""LEGAL_DOC: references to documents by number code or by proper name (ANNOTATION.md)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vnpolitics
from vnpolitics.normalization import normalize
from vnpolitics.recognizers.base import Context
from vnpolitics.registry import get_recognizer

from conftest import shared_file

RECOGNIZE = get_recognizer("vnpolitics.legal_docs.v1")


def found(text: str) -> list[tuple[str, dict[str, Any]]]:
    context = Context(normalize(text))
    candidates = sorted(RECOGNIZE(context), key=lambda c: c.start)  # type: ignore[operator]
    return [(context.normalized.original_slice(c.start, c.end), c.attrs) for c in candidates]


def spans(text: str) -> list[str]:
    return [surface for surface, _ in found(text)]


def only(text: str) -> tuple[str, dict[str, Any]]:
    results = found(text)
    assert len(results) == 1, results
    return results[0]


# -- documents cited by number ----------------------------------------------------------------------


def test_a_state_document_with_so_and_the_date_after_it_left_out() -> None:
    surface, attrs = only("Căn cứ Nghị định số 07/2016/NĐ-CP ngày 25/01/2016 của Chính phủ về việc thành lập.")
    assert surface == "Nghị định số 07/2016/NĐ-CP"
    assert attrs == {
        "doc_type": "Nghị định",
        "number": "07",
        "year": 2016,
        "code": "07/2016/NĐ-CP",
        "issuer_code": "CP",
        "issuer": "Chính phủ",
        "name": None,
    }


def test_spaced_dashes_inside_a_code_stay_in_the_span_and_leave_the_code() -> None:
    surface, attrs = only("Tỉnh quán triệt Chỉ thị 21/2003/CT – TTg của Thủ tướng Chính phủ.")
    assert surface == "Chỉ thị 21/2003/CT – TTg"  # the original en dash: offsets refer to the input
    assert attrs["code"] == "21/2003/CT-TTg" and attrs["issuer"] == "Thủ tướng Chính phủ"


@pytest.mark.parametrize(
    ("text", "surface", "code", "doc_type"),
    [
        ("Thực hiện Kết luận số 64 - KL/TW của Bộ Chính trị.", "Kết luận số 64 - KL/TW", "64-KL/TW", "Kết luận"),
        ("theo chỉ thị số 9 -CT/HU ngày 2/3/2019", "chỉ thị số 9 -CT/HU", "9-CT/HU", "Chỉ thị"),
        ("Ban hành Quy định số 15-QĐi/TU về kiểm tra.", "Quy định số 15-QĐi/TU", "15-QĐi/TU", "Quy định"),
        ("tại Tờ trình số: 240/TTr-UBND ngày 3/4/2020", "Tờ trình số: 240/TTr-UBND", "240/TTr-UBND", "Tờ trình"),
        ("theo Tờ trình số 240TTr-SNV ngày 3/4", "Tờ trình số 240TTr-SNV", "240/TTr-SNV", "Tờ trình"),
        ("QUYẾT ĐỊNH SỐ 517/QĐ-UBND về việc", "QUYẾT ĐỊNH SỐ 517/QĐ-UBND", "517/QĐ-UBND", "Quyết định"),
        ("Nghị định 93/CP của Chính phủ", "Nghị định 93/CP", "93/CP", "Nghị định"),
        ("Luật số 55/2014/QH13 của Quốc hội", "Luật số 55/2014/QH13", "55/2014/QH13", "Luật"),
        ("theo Văn bản số 2210/SNV-TCBC ngày 5/6", "Văn bản số 2210/SNV-TCBC", "2210/SNV-TCBC", "Văn bản"),
        ("Kế hoạch số 9/KH-BCĐ về phòng chống", "Kế hoạch số 9/KH-BCĐ", "9/KH-BCĐ", "Kế hoạch"),
    ],
)
def test_codes_of_every_family_with_the_type_word(text: str, surface: str, code: str, doc_type: str) -> None:
    assert only(text)[0] == surface
    attrs = only(text)[1]
    assert (attrs["code"], attrs["doc_type"]) == (code, doc_type)


def test_the_longest_type_word_is_the_type() -> None:
    surface, attrs = only("Thực hiện Thông báo kết luận số 61-TB/TU ngày 2/8/2022 của Tỉnh ủy.")
    assert (surface, attrs["doc_type"], attrs["code"]) == ("Thông báo kết luận số 61-TB/TU", "Thông báo kết luận", "61-TB/TU")


def test_the_type_word_decides_the_type_when_the_code_disagrees() -> None:
    _, attrs = only("theo Tờ trình số 88/TT-STC ngày 1/2/2019")
    assert attrs["doc_type"] == "Tờ trình" and attrs["code"] == "88/TT-STC"


def test_a_few_words_of_kind_may_stand_between_the_type_word_and_so() -> None:
    surface, attrs = only("Tỉnh ủy ban hành Nghị quyết chuyên đề số 11-NQ/TU về du lịch.")
    assert (surface, attrs["code"]) == ("Nghị quyết chuyên đề số 11-NQ/TU", "11-NQ/TU")
    assert spans("UBND tỉnh quyết định cấp cho số 12/QĐ-UBND") == []  # lower-case type word: the verb


def test_a_bare_number_after_so_is_the_code() -> None:
    surface, attrs = only("thực hiện Quyết định số 315 của Ban Bí thư về công tác cán bộ")
    assert surface == "Quyết định số 315"
    assert (attrs["number"], attrs["code"], attrs["year"]) == ("315", "315", None)


def test_a_number_with_only_a_year_gives_the_year() -> None:
    surface, attrs = only("triển khai Chỉ thị 12/2024 của Bộ Chính trị")
    assert surface == "Chỉ thị 12/2024"
    assert (attrs["code"], attrs["number"], attrs["year"]) == ("12/2024", "12", 2024)


@pytest.mark.parametrize(
    "text",
    [
        "Hội đồng quyết định số lượng đại biểu.",  # "số lượng": the verb "decide", no number
        "Đại hội quyết định 3 nội dung quan trọng.",  # lower-case type word, bare number, no "số"
        "Tỉnh thực hiện kế hoạch 5 năm 2021-2025.",  # a count, then a period
        "Chương trình 135 hỗ trợ các xã đặc biệt khó khăn.",  # a programme, not a document number
        "Ông là Phó Giám đốc Sở Kế hoạch và Đầu tư.",
        "Đoàn kiểm tra số 12 làm việc với huyện.",  # "số 12" without any type word
        "Dự án có tổng vốn theo Kế hoạch 2.000 tỷ đồng.",
    ],
)
def test_numbers_that_are_no_document_reference(text: str) -> None:
    assert spans(text) == []


def test_items_of_a_list_sharing_one_type_word_start_at_so() -> None:
    results = found("Căn cứ Nghị quyết số 41/2017/NQ-HĐND và số 163/2019/NQ-HĐND của HĐND tỉnh.")
    assert [surface for surface, _ in results] == ["Nghị quyết số 41/2017/NQ-HĐND", "số 163/2019/NQ-HĐND"]
    assert results[1][1]["doc_type"] == "Nghị quyết" and results[1][1]["year"] == 2019


def test_bare_numbers_listed_right_after_a_document_are_items_of_its_list() -> None:
    assert spans("Tỉnh quán triệt Kết luận số 21, số 22 và số 23 của Ban Bí thư.") == [
        "Kết luận số 21",
        "số 22",
        "số 23",
    ]
    # a count after "số" ends the list; a "số" far from any document starts none
    assert spans("Chỉ thị số 7 và số 40 hộ dân được hỗ trợ.") == ["Chỉ thị số 7"]
    assert spans("Đoàn có 9 người và số 4 là trưởng đoàn.") == []


def test_codes_listed_without_so_after_one_type_word() -> None:
    results = found("áp dụng Nghị định 15/2020/NĐ-CP, 14/2022/NĐ-CP và 2 văn bản khác")
    assert [surface for surface, _ in results] == ["Nghị định 15/2020/NĐ-CP", "14/2022/NĐ-CP"]
    assert results[1][1]["doc_type"] == "Nghị định"


def test_a_list_introduced_by_a_plural_type_word() -> None:
    results = found("Căn cứ các Quyết định của UBND tỉnh: số 518/QĐ-UBND ngày 2/3/2020; số 77/QĐ-UBND ngày 9/9/2021;")
    assert [surface for surface, _ in results] == ["số 518/QĐ-UBND", "số 77/QĐ-UBND"]
    assert {attrs["doc_type"] for _, attrs in results} == {"Quyết định"}


# -- documents cited by name ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "name", "year"),
    [
        ("Dự thảo đã bám sát Luật Bảo vệ môi trường.", "Luật Bảo vệ môi trường", "Bảo vệ môi trường", None),
        ("xử lý theo Bộ luật hình sự về tội tham ô", "Bộ luật hình sự", "hình sự", None),
        ("phù hợp với Hiến pháp năm 2013.", "Hiến pháp năm 2013", None, 2013),
        ("thi hành Luật Đất đai 2024, có hiệu lực", "Luật Đất đai 2024", "Đất đai", 2024),
        ("Theo Luật Phòng, chống tham nhũng, người đứng đầu", "Luật Phòng, chống tham nhũng", "Phòng, chống tham nhũng", None),
        ("đúng nguyên tắc theo Điều lệ Đảng và quy chế làm việc", "Điều lệ Đảng", "Đảng", None),
        ("theo Điều lệ Hội Cựu chiến binh Việt Nam.", "Điều lệ Hội Cựu chiến binh Việt Nam",
         "Hội Cựu chiến binh Việt Nam", None),
        ("Pháp lệnh Ưu đãi người có công với cách mạng đã quy định", "Pháp lệnh Ưu đãi người có công với cách mạng",
         "Ưu đãi người có công với cách mạng", None),
    ],
)
def test_named_laws_end_where_the_name_ends(text: str, surface: str, name: str | None, year: int | None) -> None:
    found_surface, attrs = only(text)
    assert found_surface == surface
    assert (attrs["name"], attrs["year"], attrs["code"]) == (name, year, None)


def test_an_amended_law_known_by_name_stays_inside_the_amending_law() -> None:
    text = "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18/6/2020;"
    assert spans(text) == ["Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật"]


def test_a_known_law_name_ends_before_the_verb_that_follows_it() -> None:
    assert spans("Luật Khám bệnh, chữa bệnh quy định rõ quyền của người bệnh.") == ["Luật Khám bệnh, chữa bệnh"]
    assert spans("Luật Khám bệnh, chữa bệnh bảo đảm quyền của người bệnh.") == ["Luật Khám bệnh, chữa bệnh"]


def test_two_laws_joined_by_va_are_two_spans() -> None:
    assert spans("Quốc hội thông qua Luật Đầu tư công và Luật Quy hoạch đô thị.") == [
        "Luật Đầu tư công",
        "Luật Quy hoạch đô thị",
    ]


def test_va_inside_a_name_does_not_split_it() -> None:
    assert spans("thực hiện Luật Bảo vệ và phát triển rừng trên địa bàn") == ["Luật Bảo vệ và phát triển rừng"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Doanh nghiệp tuân theo Luật Hợp tác xã và pháp luật khác có liên quan.", "Luật Hợp tác xã"),
        ("Thu theo Luật Thuế tài nguyên và trường hợp miễn thuế khác.", "Luật Thuế tài nguyên"),
        ("Ký kết theo Luật Dầu khí và hợp đồng mẫu của Chính phủ.", "Luật Dầu khí"),
    ],
)
def test_va_before_a_generic_noun_ends_the_name(text: str, surface: str) -> None:
    assert spans(text) == [surface]


def test_in_a_can_cu_line_the_name_runs_to_the_date() -> None:
    text = "Căn cứ Luật Tổ chức Quốc hội, Hội đồng bầu cử quốc gia ngày 20 tháng 11 năm 2014;"
    surface, attrs = only(text)
    assert surface == "Luật Tổ chức Quốc hội, Hội đồng bầu cử quốc gia"
    assert attrs["year"] is None  # the date is the passing date, not part of the name


def test_in_a_can_cu_line_a_year_after_the_name_is_inside() -> None:
    surface, attrs = only("Căn cứ Luật Thanh tra của nước ta năm 2010;")
    assert surface == "Luật Thanh tra của nước ta năm 2010"
    assert (attrs["name"], attrs["year"]) == ("Thanh tra của nước ta", 2010)


def test_an_amending_law_names_the_laws_it_amends() -> None:
    text = "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở ngày 1/7/2023;"
    assert spans(text) == ["Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở"]


def test_a_named_law_with_a_bare_number_after_so() -> None:
    surface, attrs = only("Trường áp dụng Luật Giáo dục nghề nghiệp sửa đổi số 74 từ năm học mới.")
    assert (surface, attrs["code"]) == ("Luật Giáo dục nghề nghiệp sửa đổi số 74", "74")
    assert spans("Luật Thủy sản số 3 điều đã được sửa.") == ["Luật Thủy sản"]  # a count of articles


def test_a_named_law_with_its_number() -> None:
    surface, attrs = only("Luật Thủy sản số 18/2017/QH14 có hiệu lực")
    assert surface == "Luật Thủy sản số 18/2017/QH14"
    assert (attrs["name"], attrs["code"], attrs["year"]) == ("Thủy sản", "18/2017/QH14", 2017)
    _, attrs = only("Luật thủy sản số 18/2017/QH14 có hiệu lực")
    assert attrs["name"] == "thủy sản"


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("quán triệt Nghị quyết Đại hội XII của Đảng", "Nghị quyết Đại hội XII", "Đại hội XII"),
        ("thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025",
         "Nghị quyết Đại hội Đảng bộ huyện lần thứ XX", "Đại hội Đảng bộ huyện lần thứ XX"),
        ("triển khai nghị quyết Đại hội 13 của Đảng", "nghị quyết Đại hội 13", "Đại hội 13"),
        ("học tập Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng", "Nghị quyết Trung ương 4 khóa XII",
         "Trung ương 4 khóa XII"),
        ("quán triệt Nghị quyết Hội nghị Trung ương 8 (khóa XIII) về", "Nghị quyết Hội nghị Trung ương 8 (khóa XIII)",
         "Hội nghị Trung ương 8 (khóa XIII)"),
        # a congress named by its term only: the term is a DATE, outside the span
        ("cụ thể hóa Nghị quyết Đại hội Đảng bộ quận Ba Đình nhiệm kỳ 2025-2030 bằng các đề án",
         "Nghị quyết Đại hội Đảng bộ quận Ba Đình", "Đại hội Đảng bộ quận Ba Đình"),
        ("theo Nghị quyết Đại hội Đảng bộ tỉnh, nhiệm kỳ 2015 - 2020", "Nghị quyết Đại hội Đảng bộ tỉnh",
         "Đại hội Đảng bộ tỉnh"),
    ],
)
def test_congress_and_plenum_resolutions_are_named(text: str, surface: str, name: str) -> None:
    found_surface, attrs = only(text)
    assert (found_surface, attrs["name"], attrs["doc_type"]) == (surface, name, "Nghị quyết")


@pytest.mark.parametrize(
    "text",
    [
        "Luật sư Trần Văn An cho biết.",
        "Ông tốt nghiệp cử nhân Luật Kinh tế.",
        "Trường Đại học Luật Hà Nội tuyển sinh.",
        "Luật này có hiệu lực từ năm sau.",
        "Luật quy định rõ trách nhiệm của người đứng đầu.",
        "các văn bản pháp luật hiện hành",
        "Nghị quyết Đại hội đề ra nhiều chỉ tiêu.",  # no congress number: not one specific resolution
        "Nghị quyết Đại hội nhiệm kỳ 2020-2025 đi vào cuộc sống.",  # a term, but no body named
        "góp vốn theo Điều lệ công ty",
    ],
)
def test_words_that_look_like_laws_but_are_not(text: str) -> None:
    assert spans(text) == []


# -- laws cited informally, and words that only look like type words ---------------------------------


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Đại biểu dẫn luật Đất đai và luật Nhà ở để phân tích.", ["luật Đất đai", "luật Nhà ở"]),
        ("Nhiều người vi phạm luật Giao thông đường bộ mỗi ngày.", ["luật Giao thông đường bộ"]),
        ("Tòa xử theo bộ luật Hình sự hiện hành.", ["bộ luật Hình sự"]),
        # "và" before a lower-case word ends an informal citation
        ("Cần phổ biến luật Giao thông và kỹ năng cứu hộ.", ["luật Giao thông"]),
    ],
)
def test_a_law_in_lower_case_needs_a_capitalised_name(text: str, surfaces: list[str]) -> None:
    assert spans(text) == surfaces


@pytest.mark.parametrize(
    "text",
    [
        "Cơ quan chấp hành nghiêm pháp luật Việt Nam.",
        "Theo luật Nhật Bản, người thừa kế phải nộp thuế.",  # the law of a country, not a named law
        "Ông từng học ngành Chính trị và Luật Singapore.",
        "Hai đội vi phạm kỷ luật Liên đoàn nhiều lần.",
        "Thí nghiệm minh họa định luật Newton cho học sinh.",
        "Ca sĩ Hoàng Minh Luật hát bài mới tặng khán giả.",  # a person named Luật
        "Luật khác có liên quan cũng được áp dụng.",
        "Theo chuyên gia luật Đỗ Minh Khang, quy định cần sửa.",  # an expert in law, then a name
        "Bài viết của cây bút luật Lê Hữu Tài gây chú ý.",  # a surname and a capitalised word: a name
        "Các dự án luật Quốc hội cho ý kiến lần đầu.",  # the body acting on laws
    ],
)
def test_compounds_countries_and_people_are_no_law(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hai nước cam kết tuân thủ Công ước của Liên hợp quốc về Luật Biển.",
        "Tàu thuyền qua lại theo Hiệp định khung về luật Hàng hải quốc tế.",
    ],
)
def test_a_law_named_as_the_subject_of_a_treaty_is_no_document(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Năm nay trường mở thêm ngành Luật kinh tế và Quản trị kinh doanh.",
        "Học viên được bồi dưỡng luật Nhân đạo quốc tế trước khi lên đường.",
        "Đại hội cổ đông biểu quyết sửa đổi Điều lệ Công ty.",
    ],
)
def test_fields_of_law_and_a_company_charter_are_no_document(text: str) -> None:
    assert spans(text) == []


def test_a_field_name_with_a_year_is_a_document() -> None:
    assert spans("Nước này ban hành Luật Kinh tế 2015 để thay luật cũ.") == ["Luật Kinh tế 2015"]


def test_a_law_after_ve_outside_a_treaty_name_is_still_a_law() -> None:
    assert spans("Hiệp định đã có hiệu lực. Đại biểu góp ý về Luật Đất đai (sửa đổi).") == [
        "Luật Đất đai (sửa đổi)"
    ]


def test_a_discipline_decision_is_a_decision_not_a_law() -> None:
    surface, attrs = only("Liên đoàn đã thu hồi quyết định kỷ luật số 14/QĐ-LĐBĐ ngày 2/3.")
    assert surface == "quyết định kỷ luật số 14/QĐ-LĐBĐ"
    assert (attrs["doc_type"], attrs["code"]) == ("Quyết định", "14/QĐ-LĐBĐ")


def test_a_lower_case_type_word_with_words_before_so_needs_a_code_of_its_type() -> None:
    assert spans("Hội đồng quyết định bổ sung số 12/KH-UBND vào chương trình.") == []


def test_a_lower_case_type_word_with_words_before_so_takes_a_code_with_only_an_issuer() -> None:
    surface, attrs = only("Sở đã có công văn hỏa tốc số 815/SGDĐT-VP gửi các trường.")
    assert (surface, attrs["code"]) == ("công văn hỏa tốc số 815/SGDĐT-VP", "815/SGDĐT-VP")


def test_a_capitalised_type_word_with_words_before_so_takes_a_bare_number() -> None:
    surface, attrs = only("Đoàn công bố Kết luận kiểm tra số 27 về công tác cán bộ.")
    assert (surface, attrs["code"]) == ("Kết luận kiểm tra số 27", "27")
    assert spans("Hội đồng quyết định khen thưởng số 5 tập thể.") == []  # lower case: the verb


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("UBND huyện đã có quyết định 457 về việc thu hồi đất.", "quyết định 457"),
        ("Nội dung được nêu tại văn bản 2210 của Bộ Y tế.", "văn bản 2210"),
        ("Theo quyết định 96 của Chủ tịch tỉnh, dự án bị dừng.", "quyết định 96"),
    ],
)
def test_a_bare_number_after_a_lower_case_type_word_used_as_a_noun(text: str, surface: str) -> None:
    found_surface, attrs = only(text)
    assert found_surface == surface and attrs["code"] == surface.split()[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Hội đồng sẽ quyết định 3 phương án trong tuần tới.",
        "Bộ Ngoại giao thông báo 25 trường hợp được về nước.",
    ],
)
def test_a_bare_number_after_a_lower_case_verb_is_a_count(text: str) -> None:
    assert spans(text) == []


def test_an_issuer_written_after_a_space_joins_the_code() -> None:
    surface, attrs = only("Bộ đã ban hành Quyết định 2345/QĐ BYT ngày 3/2/2020 về chuyên môn.")
    assert surface == "Quyết định 2345/QĐ BYT"
    assert (attrs["code"], attrs["issuer_code"], attrs["issuer"]) == ("2345/QĐ-BYT", "BYT", "Bộ Y tế")


def test_an_unknown_capitalised_word_after_a_code_stays_out() -> None:
    surface, attrs = only("Theo Quyết định 2345/QĐ ABCXYZ cho biết.")
    assert (surface, attrs["code"]) == ("Quyết định 2345/QĐ", "2345/QĐ")


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        ("Điều 12 Luật GDNN quy định rõ việc này.", "Luật GDNN", None),
        ("Người dân chấp hành luật ATGT và giữ trật tự.", "luật ATGT", None),
        ("Khoản 3 Luật BHXH năm 2014 nêu rõ.", "Luật BHXH năm 2014", 2014),
    ],
)
def test_a_law_named_by_its_abbreviation_is_that_word(text: str, surface: str, year: int | None) -> None:
    found_surface, attrs = only(text)
    assert (found_surface, attrs["year"]) == (surface, year)


def test_a_known_name_matches_with_a_body_abbreviated() -> None:
    surface, attrs = only("Thực hiện Luật Hoạt động giám sát của Quốc hội và HĐND trong kỳ họp.")
    assert surface == "Luật Hoạt động giám sát của Quốc hội và HĐND"
    assert attrs["name"] == "Hoạt động giám sát của Quốc hội và HĐND"


def test_a_foreign_act_is_a_named_law() -> None:
    surface, attrs = only("Thượng viện Mỹ thông qua Đạo luật Cắt giảm lạm phát.")
    assert (surface, attrs["doc_type"], attrs["name"]) == ("Đạo luật Cắt giảm lạm phát", "Đạo luật", "Cắt giảm lạm phát")


def test_a_foreign_act_cut_at_a_stop_word_runs_to_its_abbreviation() -> None:
    text = "Công ty bị phạt theo Đạo luật Bảo vệ người tiêu dùng khỏi các khoản vay của ngân hàng (CPLBA) năm ngoái."
    assert spans(text) == ["Đạo luật Bảo vệ người tiêu dùng khỏi các khoản vay của ngân hàng"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Theo Đạo luật Hàng hải đã được sửa đổi về tàu cá (FMA), chủ tàu phải khai báo.", "Đạo luật Hàng hải"),
        ("Theo Luật Đầu tư về hình thức đối tác công tư (PPP), nhà đầu tư được bảo lãnh.", "Luật Đầu tư"),
    ],
)
def test_an_abbreviation_after_a_verb_or_after_a_domestic_law_does_not_stretch_the_name(text: str, surface: str) -> None:
    assert spans(text) == [surface]


def test_an_amendment_note_after_the_year_belongs_to_the_law() -> None:
    surface, attrs = only("Căn cứ Hiến pháp năm 1980 (sửa đổi, bổ sung năm 1988) và các luật hiện hành.")
    assert (surface, attrs["year"]) == ("Hiến pháp năm 1980 (sửa đổi, bổ sung năm 1988)", 1980)


def test_a_lower_case_verb_after_a_lower_case_name_ends_it() -> None:
    assert spans("Bộ luật dân sự góp phần ổn định các giao dịch.") == ["Bộ luật dân sự"]


# -- the whole pipeline ----------------------------------------------------------------------------


def test_a_year_inside_a_code_or_a_law_name_is_no_date() -> None:
    doc = vnpolitics.extract("Chỉ thị 12/2024 và Hiến pháp năm 2013 được quán triệt ngày 5/6/2024.")
    assert [(e.label, e.text) for e in doc.entities] == [
        ("LEGAL_DOC", "Chỉ thị 12/2024"),
        ("LEGAL_DOC", "Hiến pháp năm 2013"),
        ("DATE", "ngày 5/6/2024"),
    ]


def test_offsets_hold_for_decomposed_input() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Theo Nghị quyết số 36-NQ/TW của Bộ Chính trị.")
    doc = vnpolitics.extract(text)
    [legal] = doc.legal_documents
    assert text[legal.start : legal.end] == legal.text
    assert legal.code == "36-NQ/TW"


_FRAGMENTS = st.sampled_from(
    [
        "Nghị định", "số", "số:", "07/2016/NĐ-CP", "36-NQ/TW", "64 - KL/TW", "240TTr-UBND", "315", "Luật",
        "Bộ luật", "Hiến pháp", "năm", "2013", "Đất đai", "và", ",", ";", "\n", "Căn cứ", "ngày", "5/6/2024",
        "của", "Nghị quyết", "Đại hội", "XIII", "lần thứ", "quyết định", "Chương trình", "–", "(sửa đổi)",
        "sửa đổi, bổ sung", "một số điều", "Ủy ban", "\u0301", "Uỷ", "12/2024", "Điều lệ", "Đảng",
    ]
)


@given(st.lists(_FRAGMENTS, max_size=25), st.lists(st.sampled_from([" ", "", "  "]), min_size=25, max_size=25))
@settings(max_examples=300, deadline=None)
def test_offsets_always_slice_the_text(fragments: list[str], gaps: list[str]) -> None:
    text = "".join(fragment + gap for fragment, gap in zip(fragments, gaps))
    context = Context(normalize(text))
    for candidate in RECOGNIZE(context):  # type: ignore[operator]
        assert 0 <= candidate.start < candidate.end <= len(context.text)
        surface = context.text[candidate.start : candidate.end]
        assert surface == surface.strip()
        assert context.normalized.original_slice(candidate.start, candidate.end)


def test_the_dev_set_meets_the_bars() -> None:
    from vnpolitics.evaluate import load_records, score
    from vnpolitics.pipeline import Pipeline

    path = shared_file("data", "gold", "dev.jsonl")
    gold = load_records(path)
    pipeline = Pipeline(recognizers=("vnpolitics.legal_docs.v1",), linkers=())
    predicted = {
        key: pipeline(record["text"], doc_date=record.get("doc_date")).to_record() for key, record in gold.items()
    }
    gold_legal = {
        key: {**record, "entities": [e for e in record["entities"] if e["label"] == "LEGAL_DOC"]}
        for key, record in gold.items()
    }
    result = score(gold_legal, predicted)
    assert result["labels"]["LEGAL_DOC"]["f"] >= 0.95
    for attribute in ("code", "doc_type", "number", "year"):
        assert result["attributes"][f"LEGAL_DOC.{attribute}"]["acc"] >= 0.97
