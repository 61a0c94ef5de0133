"""DATE recogniser and date value parser: forms, ranges, exclusions, years, properties."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import shared_file

from vnpolitics.date_values import parse_date, scan
from vnpolitics.normalization import normalize
from vnpolitics.recognizers.base import Context
from vnpolitics.registry import get_recognizer

RECOGNIZE = get_recognizer("vnpolitics.dates.v1")


def dates(text: str, doc_date: dt.date | None = None) -> list[tuple[str, str]]:
    """(span text, value) of every DATE the recogniser proposes, in text order."""
    context = Context(normalize(text), doc_date)
    found = sorted(RECOGNIZE(context), key=lambda c: c.start)  # type: ignore[operator]
    return [(context.text[c.start : c.end], c.attrs["value"]) for c in found]


def one_date(text: str, doc_date: dt.date | None = None) -> tuple[str, str]:
    found = dates(text, doc_date)
    assert len(found) == 1, found
    return found[0]


DOC = dt.date(2019, 6, 10)


# -- written forms -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Chiều 14/3, đoàn công tác làm việc tại huyện.", "14/3", "2019-03-14"),
        ("Sáng 5-4, Tỉnh ủy tổ chức hội nghị.", "5-4", "2019-04-05"),
        ("Ngày 12.2, hội nghị khai mạc.", "Ngày 12.2", "2019-02-12"),
        ("Quyết định được ký ngày 3/11/2017 tại Hà Nội.", "ngày 3/11/2017", "2017-11-03"),
        ("Hội nghị diễn ra ngày 9-12-2016 tại tỉnh.", "ngày 9-12-2016", "2016-12-09"),
        ("Luật được thông qua ngày 14 tháng 6 năm 2005.", "ngày 14 tháng 6 năm 2005", "2005-06-14"),
        ("Ban hành ngày 8 tháng tháng 3 năm 2012 tại tỉnh.", "ngày 8 tháng tháng 3 năm 2012", "2012-03-08"),
        ("Văn bản ký ngày07 tháng 5 năm 2010.", "ngày07 tháng 5 năm 2010", "2010-05-07"),
        ("Căn cứ Nghị định ngày\n15/8/2001 của Chính phủ.", "ngày\n15/8/2001", "2001-08-15"),
        ("Ông giữ chức vụ này từ tháng 3/2016.", "tháng 3/2016", "2016-03"),
        ("Ông nghỉ hưu từ tháng 11-2014.", "tháng 11-2014", "2014-11"),
        ("Công trình khởi công tháng 4 năm 2018.", "tháng 4 năm 2018", "2018-04"),
        ("Đoàn sẽ trở lại vào tháng 9.", "tháng 9", "2019-09"),
        ("Sự kiện diễn ra vào tháng Mười Hai năm 2015.", "tháng Mười Hai năm 2015", "2015-12"),
        ("Kết quả công tác năm 2014 được đánh giá cao.", "năm 2014", "2014"),
        ("Kế hoạch phát triển đến 2035 đã được duyệt.", "2035", "2035"),
        ("Nhân dịp xuân Canh Tý 2020, lãnh đạo tỉnh thăm hỏi gia đình chính sách.", "2020", "2020"),
        ("Từ tháng 3.2024, lương cơ sở tăng.", "tháng 3.2024", "2024-03"),  # a dot after "tháng"
    ],
)
def test_written_forms(text: str, span: str, value: str) -> None:
    assert one_date(text, DOC) == (span, value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Hội chợ diễn ra 12 -15/7 tại quảng trường.", "12 -15/7", "2019-07-12/2019-07-15"),
        ("Đại hội diễn ra từ 3-5/11.", "3-5/11", "2019-11-03/2019-11-05"),
        ("Lớp học tổ chức ngày 21-23/5 tại trường.", "ngày 21-23/5", "2019-05-21/2019-05-23"),
        ("Kế hoạch giai đoạn 2016 - 2020 đã hoàn thành.", "2016 - 2020", "2016/2020"),
        ("Ban Chấp hành nhiệm kỳ 2010- 2015 họp phiên cuối.", "2010- 2015", "2010/2015"),
        ("Kỷ niệm ngày thành lập (3/2/1930 - 3/2/2020).", "3/2/1930 - 3/2/2020", "1930-02-03/2020-02-03"),
        ("Kỷ niệm ngày truyền thống (22-12-1944 - 22-12-2019).", "22-12-1944 - 22-12-2019", "1944-12-22/2019-12-22"),
        ("Ngày 22 - 12 là ngày truyền thống của quân đội.", "Ngày 22 - 12", "2019-12-22"),
        ("Đợt nghỉ lễ 30/4 - 1/5 kéo dài năm ngày.", "30/4 - 1/5", "2019-04-30/2019-05-01"),
    ],
)
def test_ranges(text: str, span: str, value: str) -> None:
    assert one_date(text, DOC) == (span, value)


def test_from_day_to_full_date_is_two_dates_and_the_first_borrows_month_and_year() -> None:
    assert dates("Hội nghị diễn ra từ ngày 4 đến ngày 6/3/2011 tại tỉnh.") == [
        ("ngày 4", "2011-03-04"),
        ("ngày 6/3/2011", "2011-03-06"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khóa một học từ ngày 15-17, khóa hai từ ngày 19-21/8 tại trường.",
            [("ngày 15-17", "2019-08-15/2019-08-17"), ("ngày 19-21/8", "2019-08-19/2019-08-21")],
        ),
        (
            "Thi đấu ngày 13-14 và ngày 20-22/9/2018 tại sân tỉnh.",
            [("ngày 13-14", "2018-09-13/2018-09-14"), ("ngày 20-22/9/2018", "2018-09-20/2018-09-22")],
        ),
    ],
)
def test_a_range_of_days_takes_the_month_of_the_next_date_of_its_sentence(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(text, DOC) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kiểm tra ngày 15-17. Ngày 19/8 tổng kết.",  # another sentence gives no month
        "Cho uống ngày 15-20 viên, đến ngày 25/8 thì dừng.",  # a count of pills
        "Họp ngày 25-27, còn ngày 19/8 là lễ tổng kết.",  # the later date is earlier in the month
    ],
)
def test_a_range_of_days_without_a_month_of_its_own_stays_out(text: str) -> None:
    assert [span for span, _ in dates(text, DOC) if "-" in span] == []


def test_day_then_number_over_twelve_is_no_day_and_month() -> None:
    assert dates("Ngày 10-12 là ngày truyền thống.", DOC) == [("Ngày 10-12", "2019-12-10")]


def test_a_start_without_year_takes_the_year_of_its_end() -> None:
    assert dates("Đợt kiểm tra từ 20/12 đến 5/1/2018.") == [("20/12", "2017-12-20"), ("5/1/2018", "2018-01-05")]


def test_listed_dates_are_each_a_date() -> None:
    assert dates("Các hoạt động diễn ra sáng 2/9 và 3/9.", DOC) == [("2/9", "2019-09-02"), ("3/9", "2019-09-03")]


def test_days_coordinated_before_one_month_are_each_a_date() -> None:
    # "ngày 9 và 10/11" lists two days, not a range: two spans, as "từ ngày 18 đến ngày 20/9" is
    assert dates("Đoàn làm việc trong 2 ngày 9 và 10/11/2015 tại tỉnh.") == [
        ("ngày 9", "2015-11-09"),
        ("10/11/2015", "2015-11-10"),
    ]
    assert dates("Lớp học mở các ngày 14, 15 và 16/8.", DOC) == [
        ("ngày 14", "2019-08-14"),
        ("15", "2019-08-15"),
        ("16/8", "2019-08-16"),
    ]


def test_years_listed_after_cac_nam_are_dates_but_the_decades_of_nhung_nam_are_not() -> None:
    assert dates("Đơn vị đạt danh hiệu này trong các năm 2016, 2017 và 2019.") == [
        ("năm 2016", "2016"),
        ("2017", "2017"),
        ("2019", "2019"),
    ]
    assert dates("Những năm 1980, đời sống còn nhiều khó khăn.") == []


def test_months_listed_before_a_month_of_a_year_take_its_year() -> None:
    assert dates("Giá điện tăng trong các tháng 7, 8 và 9/2018.") == [
        ("tháng 7", "2018-07"),
        ("8", "2018-08"),
        ("9/2018", "2018-09"),
    ]
    assert dates("Mưa lớn kéo dài từ tháng 11 đến tháng 2/2016.") == [("tháng 11", "2015-11"), ("tháng 2/2016", "2016-02")]
    assert dates("Từ tháng 5-6/2017, giá giảm.") == [("tháng 5-6/2017", "2017-05/2017-06")]  # one range


def test_a_year_alone_in_parentheses_is_a_date() -> None:
    assert dates("Bà tốt nghiệp cử nhân (1994) rồi học tiếp thạc sĩ.") == [("1994", "1994")]
    assert dates("Huyện Một (năm 2012) được nâng cấp.") == [("năm 2012", "2012")]  # "Một (" counts nothing
    assert dates("Tổng số mẫu (4500) đã được xét nghiệm.") == []  # outside the years a bare year may be


def test_a_space_lost_around_a_date_keeps_the_date() -> None:
    assert dates("Sở Y tế ngày 9/3thông báo thêm ca bệnh.", DOC) == [("ngày 9/3", "2019-03-09")]
    assert dates("Cầu đã thông xe.Tháng 8/2017, tỉnh khởi công tuyến mới.") == [("Tháng 8/2017", "2017-08")]
    assert dates("Mã hồ sơ QĐ-2019 được lưu.") == []  # a year hanging on a code stays glued


def test_a_count_after_a_day_is_no_listed_day() -> None:
    assert dates("Ngày 7, 12 hộ dân được hỗ trợ và 1/3 số xã đạt chuẩn.") == []


def test_spans_exclude_part_of_day_and_prepositions_but_keep_the_part_of_day() -> None:
    context = Context(normalize("Tối 21/6, ông đến dự."), DOC)
    (candidate,) = list(RECOGNIZE(context))  # type: ignore[operator]
    assert context.text[candidate.start : candidate.end] == "21/6"
    assert candidate.attrs["part_of_day"] == "tối"
    assert dates("Chương trình kéo dài từ 10/5.", DOC) == [("10/5", "2019-05-10")]


def test_quarters_and_half_years_keep_only_the_year() -> None:
    assert dates("Doanh thu quý III/2018 tăng.") == [("2018", "2018")]
    assert dates("Kết quả 6 tháng đầu năm 2017 khả quan.") == [("năm 2017", "2017")]
    assert dates("Báo cáo quý 2/2016 đã gửi.") == [("2016", "2016")]


# -- not dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Chỉ thị 12/2005/CT-TTg của Thủ tướng.",
        "Theo Nghị quyết 09/2010/NQ-HĐND của tỉnh.",
        "Đội nhà thắng 2-0 trên sân khách.",
        "Trận đấu kết thúc với tỷ số 3-1.",
        "Tỉnh đạt 9/10 chỉ tiêu đề ra.",
        "Có 14/34 xã đạt chuẩn nông thôn mới.",
        "Chiếm khoảng 1/4 diện tích tự nhiên.",
        "Dịch COVID-19 được kiểm soát.",
        "Kỳ họp thứ 12, Khóa XIV bế mạc.",
        "Cuộc họp bắt đầu lúc 14h30.",
        "Đường dây nóng 0912-345-678 hoạt động.",
        "Giá bán 1.500.000 đồng một chiếc.",
        "Tăng trưởng đạt 7,5% so với cùng kỳ.",
        "Ứng dụng chạy trên phiên bản 4.1 trở lên.",
        "Trụ sở đặt tại số 12/5 đường Trần Phú.",
        "Khai mạc Festival Hoa 2017 tại thành phố.",
        "Công trình được thi công trong 3 ngày.",
        "Ông đã công tác 5 năm tại địa phương.",
        "Trực 24/7 trong dịp cao điểm.",
        "Có từ 2/3 tổng số đại biểu tán thành.",
        "Mỗi tháng 2 lần đoàn đi kiểm tra.",
        "Uống thuốc ngày 2-3 lần sau bữa ăn.",
    ],
)
def test_not_dates(text: str) -> None:
    assert dates(text, DOC) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of day marks the date even before a noun that usually follows a count
        ("Dự kiến sáng 3/9 huyện sẽ tổ chức diễn tập.", [("3/9", "2019-09-03")]),
        ("Nghỉ lễ 2/9-3/9 lần này kéo dài hai ngày.", [("2/9-3/9", "2019-09-02/2019-09-03")]),
        # a holiday break or an anniversary before a day and month
        ("Các điểm du lịch đông khách trong kỳ nghỉ 2/9 và 3/9.", [("2/9", "2019-09-02"), ("3/9", "2019-09-03")]),
        ("Buổi gặp mặt dịp kỷ niệm 20/11 năm nay rất ấm cúng.", [("20/11", "2019-11-20")]),
        # a date in parentheses whatever word comes before the parenthesis
        ("Lễ hội đường phố (1/9-3/9) thu hút du khách.", [("1/9-3/9", "2019-09-01/2019-09-03")]),
    ],
)
def test_cues_that_make_a_slashed_day_and_month_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, DOC) == expected


def test_a_count_after_a_comma_cue_stays_a_fraction() -> None:
    assert dates("Hôm qua, 8/12 đội bóng đã rút lui.", DOC) == []


def test_words_after_a_list_of_months_qualify_every_month() -> None:
    assert dates("Mùa cá cơm từ tháng 7 đến tháng 9 âm lịch.", DOC) == []
    assert dates("Hoa nở rộ từ tháng 3 cho tới tháng 5 hằng năm.", DOC) == [("tháng 3", "XXXX-03"), ("tháng 5", "XXXX-05")]
    assert dates("Giá tăng vào tháng 11, tháng 12 năm ngoái.", DOC) == [("tháng 11", "2018-11"), ("tháng 12", "2018-12")]


def test_a_dotted_month_and_year_needs_thang() -> None:
    assert dates("Thu nhập bình quân đạt 3.2019 triệu đồng.", DOC) == []


def test_a_quantity_word_ending_the_previous_sentence_makes_no_duration() -> None:
    assert dates("Công ty giữ nhiều cổ phần trong nhiều năm. Năm 2016, công ty bán bớt.", DOC) == [("Năm 2016", "2016")]
    assert dates("Ông làm phụ bếp tại các nhà hàng.\nNăm 2003, ông về nước.", DOC) == [("Năm 2003", "2003")]


@pytest.mark.parametrize(
    "text",
    [
        "Khai mạc Hội chợ Xuân 2024 ở trung tâm thành phố.",
        "Ban tổ chức Cuộc thi SangTao 2022-2023 công bố kết quả.",
        "Đêm bế mạc Lễ hội Hoa Đà Lạt 2019 thu hút du khách.",
    ],
)
def test_a_year_ending_an_event_name_is_no_date(text: str) -> None:
    assert dates(text, DOC) == []


def test_a_year_after_a_lower_case_cue_or_with_nam_stays_a_date() -> None:
    assert dates("Người dân đón xuân 2024 an toàn.", DOC) == [("2024", "2024")]
    assert dates("Hội chợ Xuân năm 2024 sẽ mở cửa.", DOC) == [("năm 2024", "2024")]


def test_a_year_inside_a_legal_doc_candidate_is_not_proposed() -> None:
    from vnpolitics.recognizers.base import Candidate

    context = Context(normalize("Hiến pháp năm 2013 quy định rõ."), None)
    context.candidates.append(Candidate(0, 18, "LEGAL_DOC", {}))
    assert list(RECOGNIZE(context)) == []  # type: ignore[operator]


def test_only_dates_inside_legal_doc_candidates_are_dropped() -> None:
    from vnpolitics.recognizers.base import Candidate

    text = "Luật Đất đai năm 2013 ngày 29/11/2013 và Luật Đầu tư năm 2020."
    context = Context(normalize(text), None)
    context.candidates += [Candidate(0, 21, "LEGAL_DOC", {}), Candidate(41, 61, "LEGAL_DOC", {})]
    found = [text[c.start : c.end] for c in RECOGNIZE(context)]  # type: ignore[attr-defined]
    assert found == ["ngày 29/11/2013"]


# -- which year ----------------------------------------------------------------------------------


def test_doc_date_gives_the_year() -> None:
    assert one_date("Sáng 3/4, hội nghị khai mạc.", dt.date(2021, 4, 5)) == ("3/4", "2021-04-03")


def test_a_date_long_after_publication_belongs_to_the_previous_year() -> None:
    assert one_date("Chiều 29/12, đoàn đến thăm.", dt.date(2020, 1, 3)) == ("29/12", "2019-12-29")


def test_the_one_year_of_the_document_fills_an_undated_day() -> None:
    text = "Chiều 2/10, Tỉnh ủy họp. Hội nghị đánh giá kết quả công tác 9 tháng năm 2017."
    assert dates(text) == [("2/10", "2017-10-02"), ("năm 2017", "2017")]


def test_two_years_in_the_document_leave_the_year_unknown() -> None:
    text = "Sáng 2/10, hội nghị tổng kết năm 2016 và triển khai nhiệm vụ năm 2017."
    assert dates(text)[0] == ("2/10", "XXXX-10-02")


def test_a_birth_year_or_a_background_year_does_not_date_the_story() -> None:
    assert dates("Sáng 2/10, ông Minh (sinh năm 1970) nhận quyết định.")[0] == ("2/10", "XXXX-10-02")
    assert dates("Chiều 8/5, đoàn đến thăm. Trường được thành lập vào năm 1995.")[0] == ("8/5", "XXXX-05-08")


def test_without_any_year_the_value_says_unknown_never_today() -> None:
    assert one_date("Sáng 27/8, đoàn công tác đến thăm.") == ("27/8", "XXXX-08-27")
    assert one_date("Hồi tháng 6, dự án khởi công.") == ("tháng 6", "XXXX-06")


def test_relative_and_recurring_years() -> None:
    assert one_date("Tháng 5 năm ngoái, tỉnh khởi công dự án.", dt.date(2022, 3, 1)) == ("Tháng 5", "2021-05")
    assert one_date("Ngày 15/8 năm tới, công trình sẽ khánh thành.", dt.date(2022, 3, 1)) == ("Ngày 15/8", "2023-08-15")
    assert one_date("Ngày 15-8 hằng năm là ngày truyền thống của ngành.", dt.date(2022, 3, 1)) == ("Ngày 15-8", "XXXX-08-15")


def test_a_holiday_name_marks_its_day() -> None:
    assert dates("Chào mừng Ngày Thầy thuốc Việt Nam 27/2, bệnh viện tổ chức lễ.", DOC) == [("27/2", "2019-02-27")]
    assert dates("Nhân dịp Quốc khánh 2-9, tỉnh tặng quà.", DOC) == [("2-9", "2019-09-02")]


def test_calendar_is_validated() -> None:
    assert dates("Sáng 31/2, đoàn đến.") == []
    assert dates("Ngày 12/13 có mưa.") == []
    assert parse_date("29/2/2019") is None
    assert parse_date("29/2/2020") == "2020-02-29"


# -- the value parser ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "default_year", "value"),
    [
        ("ngày 21 tháng 10 năm 2021", None, "2021-10-21"),
        ("27 -29/8", 2013, "2013-08-27/2013-08-29"),
        ("27 -29/8", None, "XXXX-08-27/XXXX-08-29"),
        ("tháng 7/2025", None, "2025-07"),
        ("năm 2013", None, "2013"),
        ("2021 - 2025", None, "2021/2025"),
        ("30/12 - 2/1", 2019, "2019-12-30/2020-01-02"),
        ("không phải ngày", None, None),
        ("27/8 và 28/8", None, None),
        ("2025 - 2021", None, None),
        ("ngày 22-24", 2019, None),  # days without a month are no date on their own
    ],
)
def test_parse_date(text: str, default_year: int | None, value: str | None) -> None:
    assert parse_date(text, default_year=default_year) == value


@given(st.text())
@settings(max_examples=300)
def test_parse_date_never_raises(text: str) -> None:
    value = parse_date(text)
    assert value is None or isinstance(value, str)


@given(st.integers(1, 30).flatmap(lambda first: st.tuples(st.just(first), st.integers(max(13, first + 1), 31))))
def test_days_with_a_second_number_over_twelve_wait_for_a_month(days: tuple[int, int]) -> None:
    first, last = days
    (expression,) = scan(f"ngày {first}-{last}")
    assert (expression.kind, expression.first.day, expression.last.day) == ("day", first, last)  # type: ignore[union-attr]
    assert parse_date(f"ngày {first}-{last}") is None  # no month: no value of its own


_FORMS = [
    "{d}/{m}/{y}",
    "{d:02d}/{m:02d}/{y}",
    "{d}-{m}-{y}",
    "ngày {d}/{m}/{y}",
    "ngày {d} tháng {m} năm {y}",
    "Ngày {d:02d} tháng {m:02d} năm {y}",
]


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2199, 12, 31)), st.sampled_from(_FORMS))
def test_written_days_round_trip(day: dt.date, form: str) -> None:
    text = form.format(d=day.day, m=day.month, y=day.year)
    assert parse_date(text) == day.isoformat()


@given(st.integers(1000, 2199), st.integers(1, 12), st.sampled_from(["tháng {m}/{y}", "tháng {m}-{y}", "tháng {m} năm {y}"]))
def test_written_months_round_trip(year: int, month: int, form: str) -> None:
    assert parse_date(form.format(m=month, y=year)) == f"{year:04d}-{month:02d}"


@given(st.integers(1000, 2198), st.integers(1, 150), st.sampled_from(["{a}-{b}", "{a} - {b}", "năm {a}"]))
def test_written_years_round_trip(first: int, length: int, form: str) -> None:
    last = min(first + length, 2199)
    expected = f"{first}/{last}" if "{b}" in form else str(first)
    assert parse_date(form.format(a=first, b=last)) == expected


_SCAN_PIECES = st.sampled_from(
    ["ngày", "Ngày", "tháng", "năm", "Tháng Mười", "x", "-", "/", ".", " ", "\n", "2019", "31", "12", "2", "123456", "ngày3"]
)


@given(st.lists(_SCAN_PIECES, max_size=25).map("".join))
def test_anchored_scan_finds_what_a_full_scan_finds(text: str) -> None:
    """The scan tries the date pattern only at likely starts: it must miss nothing."""
    from vnpolitics.date_values import _atom_pattern, _atoms

    assert [m.span() for m in _atoms(text)] == [m.span() for m in _atom_pattern().finditer(text)]


# -- properties of the recogniser's output ---------------------------------------------------------

_PIECES = st.sampled_from(
    ["ngày", "tháng", "năm", "Sáng", "chiều", "từ", "đến", "và", "quý", "số", "-", "/", ".", ",", "(", ")", " ",
     "\n", "2019", "1930", "2025", "31", "29", "12", "2", "13", "0", "/2020/NĐ-CP", "COVID-19", "14h30", "%"]
)
_POINT = r"(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?"
_ISO = re.compile(rf"{_POINT}(?:/{_POINT})?")


def _is_calendar_point(point: str) -> bool:
    parts = point.split("-")
    if len(parts) < 3:
        return len(parts) == 1 or 1 <= int(parts[1]) <= 12
    year = 2000 if parts[0] == "XXXX" else int(parts[0])  # 2000 is leap: "XXXX-02-29" is fine
    try:
        dt.date(year, int(parts[1]), int(parts[2]))
    except ValueError:
        return False
    return True


@given(st.lists(_PIECES, max_size=30).map(lambda pieces: " ".join(pieces)), st.none() | st.dates())
@settings(max_examples=300)
def test_recogniser_output_is_iso_and_slices_the_text(text: str, doc_date: dt.date | None) -> None:
    context = Context(normalize(text), doc_date)
    for candidate in RECOGNIZE(context):  # type: ignore[attr-defined]
        assert 0 <= candidate.start < candidate.end <= len(context.text)
        assert context.text[candidate.start : candidate.end].strip() == context.text[candidate.start : candidate.end]
        value = candidate.attrs["value"]
        assert _ISO.fullmatch(value), value
        assert all(_is_calendar_point(point) for point in value.split("/")), value


@given(st.integers(1, 28), st.integers(1, 12), st.sampled_from(["Sáng {d}/{m}, ", "Ngày {d}-{m}, ", "chiều ngày {d}/{m} "]))
def test_without_doc_date_or_year_in_text_the_year_is_unknown(day: int, month: int, form: str) -> None:
    text = form.format(d=day, m=month) + "đoàn công tác làm việc tại tỉnh."
    assert [value for _, value in dates(text)] == [f"XXXX-{month:02d}-{day:02d}"]


# -- the dev set -----------------------------------------------------------------------------------


def test_dev_set_date_scores() -> None:
    gold_path = shared_file("data", "gold", "dev.jsonl")
    from vnpolitics.pipeline import Pipeline

    pipeline = Pipeline(recognizers=["vnpolitics.legal_docs.v1", "vnpolitics.dates.v1"], linkers=[])
    true_positive = predicted = expected = same_value = 0
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        document = pipeline(record["text"], doc_date=record.get("doc_date"))
        found = {(e.start, e.end): e.attrs.value for e in document.entities if e.label == "DATE"}
        gold = {(e["start"], e["end"]): e["attrs"]["value"] for e in record["entities"] if e["label"] == "DATE"}
        predicted += len(found)
        expected += len(gold)
        for span, value in found.items():
            if span in gold:
                true_positive += 1
                same_value += value == gold[span]
    precision, recall = true_positive / predicted, true_positive / expected
    assert 2 * precision * recall / (precision + recall) >= 0.93
    assert same_value / true_positive >= 0.95
