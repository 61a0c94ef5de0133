"""PERSON recogniser: name families, honorifics, cues, exclusions, credits; offsets always slice.

Most tests run the recogniser alone on a Context whose earlier candidates are
written by hand, so they test this recogniser and not the other recognisers.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vnpolitics
from vnpolitics.normalization import normalize
from vnpolitics.recognizers.base import Candidate, Context
from vnpolitics.registry import get_recognizer

from conftest import read_jsonl, shared_file

recognize = get_recognizer("vnpolitics.people.v1")


def people(text: str, **earlier: str | list[str]) -> list[tuple[str, str | None]]:
    """(name, honorific) found in ``text``; ``earlier`` gives other recognisers' spans by label."""
    context = Context(normalize(text))
    for label, spans in earlier.items():
        for span in [spans] if isinstance(spans, str) else spans:
            start = text.index(span)
            context.candidates.append(Candidate(start, start + len(span), label.upper()))
    found = sorted(recognize(context), key=lambda c: c.start)  # type: ignore[operator]
    return [(text[c.start : c.end], c.attrs["honorific"]) for c in found]


def names(text: str, **earlier: str | list[str]) -> list[str]:
    return [name for name, _ in people(text, **earlier)]


# -- Vietnamese names -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hôm qua Trần Thị Mai Lan phát biểu tại hội trường.", ["Trần Thị Mai Lan"]),
        ("Theo Đinh Quang Bảo, dự án sẽ xong trong năm.", ["Đinh Quang Bảo"]),
        ("Hai cán bộ Phùng Thế Vĩnh và Khúc Thị Hoa được khen.", ["Phùng Thế Vĩnh", "Khúc Thị Hoa"]),
    ],
)
def test_a_surname_and_one_to_three_syllables_is_a_name_without_any_cue(text, expected):
    assert names(text) == expected


def test_a_lone_capitalised_word_without_cue_is_not_a_name():
    assert names("Sáng nay Tuấn và Hùng không đến.") == []


def test_upper_case_heading_gives_the_name_and_stops_at_the_given_name():
    assert names("BÍ THƯ TỈNH ỦY LÊ QUANG HUY THĂM BỆNH VIỆN") == ["LÊ QUANG HUY"]


def test_a_name_stops_before_an_office_word_written_without_punctuation():
    assert names("Sau đó Hồ Văn Toàn Phó Chủ tịch xã ký biên bản.") == ["Hồ Văn Toàn"]


# -- honorifics ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sáng nay, đồng chí Hoàng Văn Tâm dự lễ.", [("Hoàng Văn Tâm", "đồng chí")]),
        ("Đồng chí Hoàng Văn Tâm dự lễ.", [("Hoàng Văn Tâm", "Đồng chí")]),
        ("Đ/c Lý Thanh Sơn phát biểu.", [("Lý Thanh Sơn", "Đ/c")]),
        ("Ông Phạm Quốc Hưng cho biết.", [("Phạm Quốc Hưng", "Ông")]),
        ("Theo bà Quách Thị Nguyệt, việc này cần làm ngay.", [("Quách Thị Nguyệt", "bà")]),
        ("Khi được hỏi, chị Mai trả lời ngay.", [("Mai", "chị")]),
        ("Sau đó ông Văn nói thêm.", [("Văn", "ông")]),
    ],
)
def test_honorific_stays_outside_the_span_as_written(text, expected):
    assert people(text) == expected


def test_a_list_introduced_by_a_plural_honorific_has_no_honorific():
    assert people("Dự có các đồng chí: Cao Minh Tú, Tạ Văn Lực.") == [("Cao Minh Tú", None), ("Tạ Văn Lực", None)]


def test_partial_name_after_honorific_but_not_a_place_that_begins_like_one():
    assert names("Người dân bà Rịa phản ánh; còn bà Nguyệt thì không.") == ["Nguyệt"]


# -- ethnic-minority names ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trong đoàn có Ksor Bơm và Rơ Mah Khiêm.", ["Ksor Bơm", "Rơ Mah Khiêm"]),
        ("Đại diện thôn, Y Khoa Niê phát biểu.", ["Y Khoa Niê"]),
        ("Cô giáo H'Lim Êban được tặng bằng khen.", ["H'Lim Êban"]),
        ("Bảo vệ rừng giỏi có anh Điểu K'Lơi.", ["Điểu K'Lơi"]),
        ("Tiếp đó, đồng chí A Sang báo cáo.", ["A Sang"]),
    ],
)
def test_names_of_ethnic_minorities(text, expected):
    assert names(text) == expected


# -- foreign names ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tổng thống Pháp Emmanuel Macron đến thăm.", ["Emmanuel Macron"]),
        ("Ngoại trưởng Annalena Baerbock nói.", ["Annalena Baerbock"]),
        ("Tổng thống Trump phát biểu.", ["Trump"]),
        ("Chiều qua, ông Mahathir Mohamad trả lời.", ["Mahathir Mohamad"]),
        ("Cô Hương Fiona dạy tiếng Anh.", ["Hương Fiona"]),
        ("Sau cuộc gặp, Vladimir Putin rời Hà Nội.", ["Vladimir Putin"]),
    ],
)
def test_foreign_names_after_a_cue_or_from_the_lexicon(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("country", ["Latvia", "Estonia", "Slovakia", "Phần Lan"])
def test_a_country_in_a_list_after_gom_is_not_a_name(country):
    assert names(f"Khối này gồm {country}, Ba Lan và Hungary.") == []


def test_a_country_after_an_office_word_is_not_a_name():
    assert names("Đại sứ Indonesia tham dự.") == []


# -- titles and other recognisers' candidates ---------------------------------------------
def test_any_short_run_right_after_a_title_is_a_name():
    text = "Giám đốc Sở Y tế Siu Hlang cho biết."
    assert names(text, title="Giám đốc Sở Y tế") == ["Siu Hlang"]


@pytest.mark.parametrize(
    ("text", "earlier", "expected"),
    [
        ("Bộ trưởng Hưng cho biết sẽ xem xét.", {"title": "Bộ trưởng"}, ["Hưng"]),
        ("GS Quang nhấn mạnh điều đó.", {"title": "GS"}, ["Quang"]),
        ("Theo bác sĩ Lành nói thêm, ca bệnh đã ổn.", {}, ["Lành"]),
        # a country's name is a speaker only where the story gave it as a person's name
        ("Phó đô đốc Pháp nhận định tình hình căng thẳng.", {"title": "Phó đô đốc"}, []),
        ("Ông Hà Văn Pháp nhậm chức. Bộ trưởng Pháp cho biết sẽ xem xét.", {"title": "Bộ trưởng"}, ["Hà Văn Pháp", "Pháp"]),
        # no verb of saying: a lone word after a bare title may be the office's body
        ("Bộ trưởng Hưng và các cộng sự.", {"title": "Bộ trưởng"}, []),
        ("Theo bác sĩ Lành ở bệnh viện tỉnh.", {}, []),
        # an acronym is a body, whatever follows it
        ("Theo bác sĩ CDC cho biết thêm.", {}, []),
    ],
)
def test_a_lone_word_before_a_verb_of_saying_is_the_speakers_name(text, earlier, expected):
    assert names(text, **earlier) == expected


def test_a_known_foreign_name_that_spells_like_a_vietnamese_syllable_is_kept_after_a_title():
    assert names("Cố Chủ tịch Lee Kun-hee.", title="Chủ tịch") == ["Lee Kun-hee"]


def test_candidates_of_other_recognisers_cut_the_run():
    text = "Chủ tịch UBND TP Hải Phòng Bạch Văn Tiến ký quyết định."
    assert names(text, title="Chủ tịch UBND TP Hải Phòng") == ["Bạch Văn Tiến"]
    assert names("Đoàn công tác làm việc với UBND huyện Mai Sơn.", organization="UBND huyện Mai Sơn") == []


def test_a_place_that_runs_into_the_name_after_a_title_does_not_hide_it():
    text = "Chủ tịch UBND tỉnh Đặng Quốc Khánh dự."
    context = Context(normalize(text))
    context.candidates += [
        Candidate(0, len("Chủ tịch UBND tỉnh"), "TITLE"),
        Candidate(text.index("tỉnh"), text.index(" dự"), "LOCATION"),
    ]
    (found,) = recognize(context)  # type: ignore[operator]
    assert text[found.start : found.end] == "Đặng Quốc Khánh" and found.priority > 0


# -- places, schools, streets -------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Xe chạy trên đường Lê Duẩn rồi rẽ vào phố Hàng Bài.",
        "Học sinh Trường THCS Nguyễn Du đạt giải.",
        "Đoàn về TP Hồ Chí Minh và học tập tư tưởng Hồ Chí Minh.",
        "Người dân phường Trần Phú và quận Hoàng Mai đã đến.",
        "Mưa lớn ở Cao Bằng, Lâm Đồng và Hà Giang.",
        "Tàu cá ra Hoàng Sa; Đoàn Thanh niên tham gia.",
        "Các bệnh nhân Covid-19 đã xuất viện.",
        "Quán mở ở (12 Trần Quang Khải, quận 1) từ tháng trước.",
        "Hôm qua Bắc Từ Liêm có mưa; Vương quốc Anh thì nắng.",
        "Hai em học Trường ĐH Văn Lang và Đại Học Tôn Đức Thắng.",
    ],
)
def test_names_inside_places_streets_schools_and_doctrines_are_not_people(text):
    assert names(text) == []


def test_a_leader_named_after_a_title_word_is_a_person_even_if_a_city_bears_the_name():
    assert names("Theo lời Chủ tịch Hồ Chí Minh, đoàn kết là sức mạnh.") == ["Hồ Chí Minh"]


# -- credits, bylines and anonymised names -----------------------------------------------
def test_photo_credits_and_initials_are_people_but_outlets_are_not():
    text = "Lễ ký kết. Ảnh: Minh Khoa\nHội nghị. (Ảnh: T.L)\nToàn cảnh. Ảnh: TTXVN\nBuổi lễ. Ảnh: VŨ HÀ/TTO"
    assert names(text) == ["Minh Khoa", "T.L", "VŨ HÀ"]


def test_the_byline_on_the_last_line_is_a_person():
    assert names("Buổi làm việc kết thúc lúc 11 giờ.\nThanh Tâm - Quốc Việt") == ["Thanh Tâm", "Quốc Việt"]


def test_the_byline_before_a_last_line_naming_the_agency_is_a_person():
    assert names("Hội nghị bế mạc chiều cùng ngày.\nKhánh Linh\nTTXVN") == ["Khánh Linh"]


def test_foreign_company_and_club_names_are_not_people():
    text = "Tổng giám đốc Nexora Group phát biểu; ông Ron Teller, Chủ tịch Westbay United, dự."
    assert names(text, title=["Tổng giám đốc", "Chủ tịch"]) == ["Ron Teller"]


@pytest.mark.parametrize(
    "text",
    [
        "Ba người từ chức: Rick Dalton (Chủ tịch Fulbrook) và những người khác.",
        "Chủ tịch CLB Fulbrook, Rick Dalton được xem là nhân vật then chốt.",
    ],
)
def test_a_foreign_name_with_no_cue_beside_a_title_is_a_person(text):
    title = "Chủ tịch Fulbrook" if "(" in text else "Chủ tịch CLB Fulbrook"
    assert names(text, title=title) == ["Rick Dalton"]


def test_a_vietnamese_typo_glued_into_one_word_is_no_foreign_name():
    assert names("Đảng ủy viên, Trưởngphòng Hành chính phát biểu.", title="Đảng ủy viên") == []


def test_a_foreign_newspaper_before_a_title_is_not_a_person():
    assert names("Trả lời Coastal Times, Giám đốc điều hành Viện cho biết.", title="Giám đốc điều hành Viện") == []


def test_initials_after_a_word_for_a_role_in_the_story_are_a_name():
    assert names("Sáng nay, bệnh nhân L.T.M. đã được xuất viện; tài xế P.V.K. bị tạm giữ.") == ["L.T.M", "P.V.K"]


def test_a_name_after_xom_is_a_hamlet():
    assert names("Đoàn đến thăm xóm Lê Xá, xã Hòa Bình.") == []


def test_initials_of_an_anonymised_name_are_one_name():
    assert people("Nạn nhân là anh N.V.Đ. (SN 1990); ông Đỗ T.H. đưa đi cấp cứu.") == [
        ("N.V.Đ", "anh"),
        ("Đỗ T.H", "ông"),
    ]


# -- offsets -------------------------------------------------------------------------------
_PIECES = st.sampled_from(
    [
        "ông ", "Bà ", "đồng chí ", "Đ/c ", "Nguyễn ", "Văn ", "Thị ", "Hà ", "Nội", "Lê Lợi", "đường ",
        "TP ", "Hồ Chí Minh", "H'Hen ", "Niê", "Ảnh: ", "X.N", "Trump", "Tổng thống ", ", ", " - ",
        ".\n", "(", ")", " ", "ủy ", "UBND ", "A", "Y ", "Ksor ", "Phước", "in-la- văn", "’",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=25))
def test_every_name_is_a_trimmed_slice_that_starts_with_a_capital_or_initial(pieces):
    text = "".join(pieces)
    context = Context(normalize(text))
    for candidate in recognize(context):  # type: ignore[operator]
        span = context.text[candidate.start : candidate.end]
        assert 0 <= candidate.start < candidate.end <= len(context.text)
        assert span == span.strip() and span[0].isupper()
        honorific = candidate.attrs["honorific"]
        assert honorific is None or honorific.casefold() not in span.casefold().split()[:1]


@settings(max_examples=40, deadline=None)
@given(st.lists(_PIECES, max_size=20), st.sampled_from(["NFC", "NFD"]))
def test_pipeline_person_offsets_slice_the_callers_string(pieces, form):
    import unicodedata

    text = unicodedata.normalize(form, "".join(pieces))
    for mention in vnpolitics.extract(text).persons:
        assert text[mention.start : mention.end] == mention.text


# -- the dev set ------------------------------------------------------------------------------
def test_dev_set_person_f1_stays_high():
    records = read_jsonl(shared_file("data", "gold", "dev.jsonl"))
    gold = predicted = hits = 0
    for record in records:
        expected = {(e["start"], e["end"]) for e in record["entities"] if e["label"] == "PERSON"}
        found = {(m.start, m.end) for m in vnpolitics.extract(record["text"]).persons}
        gold, predicted, hits = gold + len(expected), predicted + len(found), hits + len(expected & found)
    f1 = 2 * hits / (gold + predicted)
    assert f1 >= 0.93, f"PERSON F1 on dev fell to {f1:.3f}"


# -- Hyphenated foreign names, a name after an abbreviated academic title with its dot, a rare
# surname that is also an office word.


def extracted_names(text: str) -> list[str]:
    return [e.text for e in vnpolitics.extract(text).entities if e.label == "PERSON"]


def test_a_foreign_name_may_join_capitalised_parts_with_a_hyphen() -> None:
    assert extracted_names("Ông Jean-Luc Martin đã gặp bà Ana Ruiz-Tagle tại Hà Nội.") == ["Jean-Luc Martin", "Ana Ruiz-Tagle"]


def test_a_dash_glued_between_vietnamese_words_still_splits_them() -> None:
    found = extracted_names("Chủ tịch nước Việt Nam-Lào Hồ Văn Nam phát biểu.")
    assert not any("-" in name for name in found)


def test_a_foreign_name_after_an_academic_abbreviation_and_its_dot() -> None:
    assert extracted_names("Hội thảo có GS. Marco Bellini và TS. Hiroshi Tanaka tham dự.") == ["Marco Bellini", "Hiroshi Tanaka"]


def test_pho_before_thi_is_a_surname_not_a_deputy() -> None:
    assert extracted_names("Danh sách gồm TS. Phó Thị Hồng Nhung và ông Lê Văn Khoa.") == ["Phó Thị Hồng Nhung", "Lê Văn Khoa"]


def test_gom_lists_companies_as_well_as_people() -> None:
    assert extracted_names("Ba mảng gồm Ống Thép, Thép Tấm và Bao Bì đều có lãi.") == []
    assert extracted_names("Đoàn kiểm tra gồm Đinh Văn Hòa và Lục Thị Nga.") == ["Đinh Văn Hòa", "Lục Thị Nga"]


def test_an_abbreviated_profession_after_an_academic_title_is_no_name() -> None:
    assert extracted_names("Tại hội nghị, ThS. Bs. Lưu Văn Khánh trình bày báo cáo.") == ["Lưu Văn Khánh"]
