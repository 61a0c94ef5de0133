"""TITLE recogniser: where a title and its organisation start and end, and what they are."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import shared_file

from vnpolitics.pipeline import Pipeline
from vnpolitics.recognizers.titles import find_titles



@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(recognizers=["vnpolitics.titles.v1"], linkers=[])


def titles(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(span text, role, organization, kind) of every TITLE, in order."""
    return [(t.text, t.role, t.organization, t.kind) for t in pipeline(text).titles]


# -- families -------------------------------------------------------------------------


def test_party_titles_are_coordinated_separately(pipeline: Pipeline) -> None:
    text = "Đồng chí Lò Văn Sáu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, phát biểu."
    assert titles(pipeline, text) == [
        ("Ủy viên Ban Thường vụ Tỉnh ủy", "Ủy viên", "Ban Thường vụ Tỉnh ủy", "position"),
        ("Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban", "Ban Dân vận Tỉnh ủy", "position"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sáng nay, Bộ trưởng Ngoại giao Moldova Nicolae Popescu đã tới.", "Bộ trưởng Ngoại giao Moldova"),
        ("Hôm qua, Đại sứ Chile Pablo Ortega trình quốc thư.", "Đại sứ Chile"),
        ("Chủ tịch Tập đoàn Zentrix Olaf Brenner cho biết.", "Chủ tịch Tập đoàn Zentrix"),
    ],
)
def test_a_foreign_name_after_the_organisation_is_not_part_of_the_title(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert [span for span, *_ in titles(pipeline, text)] == [expected]


def test_capitalised_chinh_quyen_is_the_government_not_an_acting_office(pipeline: Pipeline) -> None:
    text = "Chính quyền Tổng thống Pháp công bố gói hỗ trợ."
    assert [span for span, *_ in titles(pipeline, text)] == ["Tổng thống Pháp"]


def test_standing_deputy_secretary_keeps_modifiers_in_the_role(pipeline: Pipeline) -> None:
    found = titles(pipeline, "Bà Đinh Thị Hoa - Phó Bí thư Thường trực Huyện ủy Quế Sơn chủ trì.")
    assert found == [("Phó Bí thư Thường trực Huyện ủy Quế Sơn", "Phó Bí thư Thường trực", "Huyện ủy Quế Sơn", "position")]


def test_alternate_member_and_provincial_committee_member(pipeline: Pipeline) -> None:
    found = titles(pipeline, "ông Vi Văn Thành, Ủy viên dự khuyết Trung ương Đảng; bà Mai, Tỉnh ủy viên.")
    assert found == [
        ("Ủy viên dự khuyết Trung ương Đảng", "Ủy viên dự khuyết", "Trung ương Đảng", "position"),
        ("Tỉnh ủy viên", "Tỉnh ủy viên", None, "position"),
    ]


def test_state_titles_with_multiword_ministry_and_department(pipeline: Pipeline) -> None:
    text = (
        "Bộ trưởng Bộ Tài nguyên và Môi trường Lê Văn Phúc và Giám đốc Sở Tư pháp tỉnh Quảng Ngãi "
        "làm việc với Phó Chủ tịch UBND huyện Yên Thành Hoàng Văn Tâm."
    )
    assert titles(pipeline, text) == [
        ("Bộ trưởng Bộ Tài nguyên và Môi trường", "Bộ trưởng", "Bộ Tài nguyên và Môi trường", "position"),
        ("Giám đốc Sở Tư pháp tỉnh Quảng Ngãi", "Giám đốc", "Sở Tư pháp tỉnh Quảng Ngãi", "position"),
        ("Phó Chủ tịch UBND huyện Yên Thành", "Phó Chủ tịch", "UBND huyện Yên Thành", "position"),
    ]


def test_bare_office_before_a_name_has_no_organization(pipeline: Pipeline) -> None:
    found = titles(pipeline, "Sáng nay, Phó Thủ tướng Đỗ Minh Quân thăm trường.")
    assert found == [("Phó Thủ tướng", "Phó Thủ tướng", None, "position")]


def test_legislature_delegation_shares_its_head_with_the_role(pipeline: Pipeline) -> None:
    found = titles(pipeline, "bà Kha Thị Lan, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Bắc Ninh, cho biết")
    assert found == [
        ("Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Bắc Ninh", "Phó Trưởng đoàn chuyên trách", "Đoàn ĐBQH tỉnh Bắc Ninh", "position")
    ]
    found = titles(pipeline, "ông Tạ Văn Hải, Trưởng đoàn đại biểu Quốc hội tỉnh Sơn La phát biểu")
    assert found == [
        ("Trưởng đoàn đại biểu Quốc hội tỉnh Sơn La", "Trưởng đoàn", "đoàn đại biểu Quốc hội tỉnh Sơn La", "position")
    ]


def test_head_of_a_party_board_repeats_the_board_in_the_organization(pipeline: Pipeline) -> None:
    text = "Phó trưởng ban Tuyên giáo Thành ủy Hải Phòng Bùi Văn Hạnh cho biết."
    found = titles(pipeline, text)
    assert found == [
        ("Phó trưởng ban Tuyên giáo Thành ủy Hải Phòng", "Phó trưởng ban", "ban Tuyên giáo Thành ủy Hải Phòng", "position")
    ]
    assert pipeline(text).titles[0].organization_canonical == "Ban Tuyên giáo Thành ủy Hải Phòng"


def test_mass_organisation_titles(pipeline: Pipeline) -> None:
    text = "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tây Ninh và Chủ tịch Hội Nông dân tỉnh dự lễ."
    assert titles(pipeline, text) == [
        ("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tây Ninh", "Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh", "position"),
        ("Chủ tịch Hội Nông dân tỉnh", "Chủ tịch", "Hội Nông dân tỉnh", "position"),
    ]


def test_court_and_procuracy_titles(pipeline: Pipeline) -> None:
    text = "Chánh án TAND tỉnh Hà Tĩnh; Viện trưởng VKSND huyện Đông Anh."
    assert titles(pipeline, text) == [
        ("Chánh án TAND tỉnh Hà Tĩnh", "Chánh án", "TAND tỉnh Hà Tĩnh", "position"),
        ("Viện trưởng VKSND huyện Đông Anh", "Viện trưởng", "VKSND huyện Đông Anh", "position"),
    ]


def test_rank_then_position(pipeline: Pipeline) -> None:
    text = "Đại tá Lý Văn Tuấn, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, và thiếu tướng Đặng Văn Sơn."
    assert titles(pipeline, text) == [
        ("Đại tá", "Đại tá", None, "rank"),
        ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh", "position"),
        ("thiếu tướng", "thiếu tướng", None, "rank"),
    ]


def test_promotion_phrase_gives_two_ranks(pipeline: Pipeline) -> None:
    found = titles(pipeline, "vừa được phong quân hàm từ Đại tá lên Thiếu tướng.")
    assert [(t[0], t[3]) for t in found] == [("Đại tá", "rank"), ("Thiếu tướng", "rank")]


def test_academic_titles_before_a_name_but_not_degrees(pipeline: Pipeline) -> None:
    text = "PGS.TS Phan Thị Mai và TS Hồ Anh; bà tốt nghiệp thạc sĩ Kinh tế, tiến sĩ Luật, cử nhân Anh văn."
    assert titles(pipeline, text) == [
        ("PGS.TS", "PGS.TS", None, "academic"),
        ("TS", "TS", None, "academic"),
    ]


# -- conventions ----------------------------------------------------------------------


def test_kiem_joins_two_titles(pipeline: Pipeline) -> None:
    found = titles(pipeline, "Phó Tư lệnh kiêm Tham mưu trưởng Quân khu 5 dự họp.")
    assert found == [
        ("Phó Tư lệnh", "Phó Tư lệnh", None, "position"),
        ("Tham mưu trưởng Quân khu 5", "Tham mưu trưởng", "Quân khu 5", "position"),
    ]


def test_nguyen_and_tan_stay_outside(pipeline: Pipeline) -> None:
    text = "ông Hà Văn Lợi, nguyên Bí thư Huyện ủy Nghi Lộc, và tân Chủ tịch UBND tỉnh"
    assert [t[0] for t in titles(pipeline, text)] == ["Bí thư Huyện ủy Nghi Lộc", "Chủ tịch UBND tỉnh"]


def test_term_inside_and_office_period_outside(pipeline: Pipeline) -> None:
    text = "Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII, Bí thư Tỉnh ủy nhiệm kỳ 2020-2025."
    assert titles(pipeline, text) == [
        ("Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII", "Ủy viên", "Ban Chấp hành Trung ương Đảng khóa XIII", "position"),
        ("Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy", "position"),
    ]


def test_diplomat_title_stops_before_tai(pipeline: Pipeline) -> None:
    found = titles(pipeline, "tiếp Đại sứ đặc mệnh toàn quyền Hàn Quốc tại Việt Nam.")
    assert found == [("Đại sứ đặc mệnh toàn quyền Hàn Quốc", "Đại sứ đặc mệnh toàn quyền", "Hàn Quốc", "position")]


def test_elliptical_coordination(pipeline: Pipeline) -> None:
    found = titles(pipeline, "Ông Lù Văn Páo, Bí thư, Chủ tịch UBND xã Tân Phú, dự họp.")
    assert found == [
        ("Bí thư", "Bí thư", None, "position"),
        ("Chủ tịch UBND xã Tân Phú", "Chủ tịch", "UBND xã Tân Phú", "position"),
    ]


def test_organization_stops_before_the_holders_name(pipeline: Pipeline) -> None:
    found = titles(pipeline, "Bí thư Thành ủy Cần Thơ Phạm Văn Hiếu và Chủ tịch UBND tỉnh Lương Văn Khải")
    assert [t[2] for t in found] == ["Thành ủy Cần Thơ", "UBND tỉnh"]


def test_committee_of_the_national_assembly_keeps_cua_quoc_hoi(pipeline: Pipeline) -> None:
    found = titles(pipeline, "Chủ nhiệm Ủy ban Pháp luật của Quốc hội Đàm Văn Khiêm phát biểu.")
    assert found == [("Chủ nhiệm Ủy ban Pháp luật của Quốc hội", "Chủ nhiệm", "Ủy ban Pháp luật của Quốc hội", "position")]


def test_place_names_are_read_whole(pipeline: Pipeline) -> None:
    # "Mỹ" alone is a country, but "Mỹ Châu" is a commune; "Hà Tĩnh" is a province, not a family name.
    text = "Phó Chủ tịch UBND Mỹ Châu; Bí thư Tỉnh ủy Hà Tĩnh Trịnh Văn Lực; Thủ tướng Nhật Bản."
    assert [t[2] for t in titles(pipeline, text)] == ["UBND Mỹ Châu", "Tỉnh ủy Hà Tĩnh", "Nhật Bản"]


def test_lower_case_office_without_body_needs_a_name_or_an_assignment(pipeline: Pipeline) -> None:
    text = "ông Tùng, giám đốc doanh nghiệp tư nhân, được cử làm trưởng đoàn; thầy hiệu trưởng Lê Nam."
    assert [t[0] for t in titles(pipeline, text)] == ["trưởng đoàn", "hiệu trưởng"]


def test_chinh_quyen_is_no_acting_office(pipeline: Pipeline) -> None:
    found = titles(pipeline, "chính quyền Tổng thống Mỹ ủng hộ; ông Bảo được giao quyền Giám đốc Sở Y tế.")
    assert found == [
        ("Tổng thống Mỹ", "Tổng thống", "Mỹ", "position"),
        ("quyền Giám đốc Sở Y tế", "quyền Giám đốc", "Sở Y tế", "position"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị bầu 3 Phó Bí thư Huyện ủy.",
        "và các đồng chí Ủy viên Ban Thường vụ Huyện ủy có mặt.",
        "lãnh đạo các sở, ban, ngành tham dự.",
        "Chủ tịch UBND các huyện báo cáo.",
        "Ban Bí thư Trung ương Đảng và Đại sứ quán Pháp, Bộ Tư lệnh Thủ đô.",
        "chuẩn bị bầu cử đại biểu Quốc hội khóa XV",
        "đoàn Đại biểu Quốc hội tỉnh làm việc với huyện.",
        "giao việc cho mỗi thành viên Ban Chỉ đạo huyện.",
    ],
)
def test_generic_plural_and_body_mentions_are_no_titles(pipeline: Pipeline, text: str) -> None:
    assert titles(pipeline, text) == []


def test_plural_mention_makes_its_coordinated_titles_plural(pipeline: Pipeline) -> None:
    assert titles(pipeline, "mời các Chủ tịch, Phó Chủ tịch Hội đồng nhân dân dự.") == []


def test_canonical_organization_spells_out_abbreviations(pipeline: Pipeline) -> None:
    (title,) = pipeline("Phó Chủ tịch HĐND tỉnh Bến Tre phát biểu.").titles
    assert title.organization == "HĐND tỉnh Bến Tre"
    assert title.organization_canonical == "Hội đồng nhân dân tỉnh Bến Tre"
    assert title.holder is None


def test_attributes_keep_the_callers_spelling_and_offsets_hold_for_nfd(pipeline: Pipeline) -> None:
    text = unicodedata.normalize("NFD", "Ông Kiều, Bí thư Thành uỷ Vinh, phát biểu.")
    (title,) = pipeline(text).titles
    assert text[title.start : title.end] == title.text
    assert title.organization == "Thành uỷ Vinh"  # old-style tone placement, as written


def test_spans_found_earlier_are_neither_entered_nor_crossed() -> None:
    text = "Chủ tịch UBND tỉnh 5/6 ký; Quyết định về Chủ tịch nước"
    date = (text.index("5/6"), text.index("5/6") + 3)
    document = (text.index("Quyết"), len(text))
    found = [(t.start, t.end) for t in find_titles(text, [date, document])]
    assert found == [(0, text.index(" 5/6"))]


# -- properties -----------------------------------------------------------------------

_PIECES = [
    "Phó", "Bí thư", "Chủ tịch", "UBND", "tỉnh", "Nghệ An", "Tỉnh ủy", "Ban", "Tổ chức", "Trưởng ban",
    "Đại tá", "PGS.TS", "Nguyễn Văn A", "và", "kiêm", "nguyên", ",", ";", "-", ".", "khóa", "XIII",
    "nhiệm kỳ", "2020-2025", "các", "4", "Sở", "Tài chính", "Thành uỷ", "Đại sứ", "tại", "\n", "Ủy viên",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=25), st.sampled_from(["NFC", "NFD"]))
def test_spans_slice_the_text_and_never_overlap(pipeline: Pipeline, pieces: list[str], form: str) -> None:
    text = unicodedata.normalize(form, " ".join(pieces))
    found = pipeline(text).titles
    previous_end = 0
    for title in found:
        assert text[title.start : title.end] == title.text
        assert title.start >= previous_end
        previous_end = title.end
        surface = unicodedata.normalize("NFC", title.text)
        assert title.role and title.role in surface
        assert title.organization is None or title.organization in surface


# -- the shared dev set ---------------------------------------------------------------


def test_dev_gold_title_f1(pipeline: Pipeline) -> None:
    gold_path = shared_file("data", "gold", "dev.jsonl")
    tp = predicted = expected = 0
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold = {(e["start"], e["end"]) for e in record["entities"] if e["label"] == "TITLE"}
        found = {(t.start, t.end) for t in pipeline(record["text"]).titles}
        tp += len(gold & found)
        predicted += len(found)
        expected += len(gold)
    precision, recall = tp / predicted, tp / expected
    assert 2 * precision * recall / (precision + recall) >= 0.9


# -- offices and bodies of foreign and business news ------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thống đốc bang Oregon Kate Brennan ký lệnh.", ("Thống đốc bang Oregon", "Thống đốc", "bang Oregon")),
        ("Thống đốc Nevada Kate Brennan ký lệnh.", ("Thống đốc Nevada", "Thống đốc", "Nevada")),
        ("Thư ký Báo chí Nhà Trắng Dana Cole trả lời.", ("Thư ký Báo chí Nhà Trắng", "Thư ký Báo chí", "Nhà Trắng")),
        ("Tổng Thư ký Liên Hợp Quốc đã gửi thư.", ("Tổng Thư ký Liên Hợp Quốc", "Tổng Thư ký", "Liên Hợp Quốc")),
        ("Ông Lý Minh, Ủy viên Quốc vụ, đến thăm.", ("Ủy viên Quốc vụ", "Ủy viên", "Quốc vụ")),
        (
            "Ông Lim Seng, Quốc vụ khanh cấp cao Bộ Tài chính, nói.",
            ("Quốc vụ khanh cấp cao Bộ Tài chính", "Quốc vụ khanh cấp cao", "Bộ Tài chính"),
        ),
        (
            "Ông Kha Văn Sĩ, Giám đốc điều hành Công ty Minh Phú, phát biểu.",
            ("Giám đốc điều hành Công ty Minh Phú", "Giám đốc điều hành", "Công ty Minh Phú"),
        ),
    ],
)
def test_foreign_governors_spokespeople_and_international_bodies(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert [(span, role, organization) for span, role, organization, _ in titles(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tổng giám đốc Nexora Group Lưu Văn Phát dự lễ.", "Tổng giám đốc Nexora Group"),
        ("Ông Hầu Văn Lực, Phó chủ tịch Westbay United, cho biết.", "Phó chủ tịch Westbay United"),
        (
            "Ông Lạc Văn Tín làm Chủ tịch Delmont Capital Management từ năm ngoái.",
            "Chủ tịch Delmont Capital Management",
        ),
    ],
)
def test_a_foreign_company_or_club_name_is_the_body_of_the_office(pipeline: Pipeline, text: str, expected: str) -> None:
    assert [span for span, *_ in titles(pipeline, text)] == [expected]


def test_state_corporation_and_club_heads_open_a_body(pipeline: Pipeline) -> None:
    text = "Ông Đỗ Văn Kiên là Chủ tịch kiêm Tổng Giám đốc Tổng Công ty Thép miền Trung, Chủ tịch CLB Bóng đá Sông Mã."
    assert [span for span, *_ in titles(pipeline, text)] == [
        "Chủ tịch",
        "Tổng Giám đốc Tổng Công ty Thép miền Trung",
        "Chủ tịch CLB Bóng đá Sông Mã",
    ]


def test_roi_then_ends_the_organisation(pipeline: Pipeline) -> None:
    text = "Bà Tạ Thu Hà làm Giám đốc Công ty Sao Việt rồi chuyển công tác."
    assert [span for span, *_ in titles(pipeline, text)] == ["Giám đốc Công ty Sao Việt"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thủ tướng Anh Dirk Halley phát biểu.", ["Thủ tướng Anh"]),
        ("Tổng thống Belmora Dirk Halley phát biểu.", ["Tổng thống Belmora"]),
        ("Tổng thống Dirk Halley phát biểu.", ["Tổng thống"]),
        ("Ngoại trưởng Gabor Ali Kessi Ondo phát biểu.", ["Ngoại trưởng"]),
    ],
)
def test_a_country_unknown_to_the_tables_before_a_leader_s_name(
    pipeline: Pipeline, text: str, expected: list[str]
) -> None:
    assert [span for span, *_ in titles(pipeline, text)] == expected


def test_a_governor_followed_by_one_name_only_is_a_person_not_a_state(pipeline: Pipeline) -> None:
    text = "Cử tri muốn Thống đốc Brennan hay một ứng viên khác."
    assert [span for span, *_ in titles(pipeline, text)] == ["Thống đốc"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Kha Văn Sĩ, Chủ tịch Zentrabank cho biết.", "Chủ tịch Zentrabank"),
        ("Chủ tịch Zentrabank Lưu Văn Phát phát biểu.", "Chủ tịch Zentrabank"),
        ("Theo Giám đốc điều hành Brenton, doanh thu tăng.", "Giám đốc điều hành Brenton"),
    ],
)
def test_a_one_word_foreign_brand_is_the_body_of_a_business_office(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert [span for span, *_ in titles(pipeline, text)] == [expected]


def test_a_one_word_foreign_name_after_a_head_of_state_is_the_man(pipeline: Pipeline) -> None:
    assert [span for span, *_ in titles(pipeline, "Tổng thống Brennan tiếp đoàn.")] == ["Tổng thống"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Lê Văn Tú, Phó Tổng Giám đốc Tổng Công ty Cảng hàng không miền Nam, cho biết.",
         "Phó Tổng Giám đốc Tổng Công ty Cảng hàng không miền Nam"),
        ("Bà Kiều Thị Mơ làm Chủ tịch tập đoàn Phú Gia từ năm ngoái.", "Chủ tịch tập đoàn Phú Gia"),
    ],
)
def test_compound_words_and_lower_case_corporation_heads_stay_in_the_body(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert [span for span, *_ in titles(pipeline, text)] == [expected]


def test_member_states_of_an_alliance_are_no_title(pipeline: Pipeline) -> None:
    assert titles(pipeline, "Các nước thành viên NATO tăng chi tiêu quốc phòng.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Lò Văn Nam, Trưởng phòng Tài chính - Kế hoạch huyện, cho biết.",
            "Trưởng phòng Tài chính - Kế hoạch huyện",
        ),
        ("Ông Lò Văn Nam - Trưởng phòng Tài chính - cho biết.", "Trưởng phòng Tài chính"),
        (
            "Ông Tan Wei, Phó trưởng đoàn đàm phán Hiệp định thương mại tự do ASEAN, nói.",
            "Phó trưởng đoàn đàm phán Hiệp định thương mại tự do ASEAN",
        ),
    ],
)
def test_dash_joined_departments_and_tu_do_stay_inside_the_body(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert [span for span, *_ in titles(pipeline, text)] == [expected]


def test_offices_that_a_plural_subject_is_said_to_hold_are_generic(pipeline: Pipeline) -> None:
    assert titles(pipeline, "Có 12 ứng viên là Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy.") == []
    found = titles(pipeline, "Những ngày là Bí thư Tỉnh ủy, ông Hà Văn Lũy rất bận.")
    assert [span for span, *_ in found] == ["Bí thư Tỉnh ủy"]



def test_phu_trach_before_a_body_belongs_to_the_role_but_not_before_a_field(pipeline: Pipeline) -> None:
    found = titles(pipeline, "Ông Lý Văn Tám - Phó Giám đốc phụ trách Sở Công Thương tỉnh Hà Giang, cho biết.")
    assert found == [
        (
            "Phó Giám đốc phụ trách Sở Công Thương tỉnh Hà Giang",
            "Phó Giám đốc phụ trách",
            "Sở Công Thương tỉnh Hà Giang",
            "position",
        )
    ]
    found = titles(pipeline, "Ông Lý Văn Tám, Phó Chủ tịch phụ trách văn xã, cho biết.")
    assert [span for span, *_ in found] == ["Phó Chủ tịch"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Đào Văn Bốn, Hiệu trưởng Trường THPT Trần Phú, phát biểu.", "Hiệu trưởng Trường THPT Trần Phú"),
        (
            "Phó Hiệu trưởng trường đại học Phan Châu Trinh Lê Thị Sáu phát biểu.",
            "Phó Hiệu trưởng trường đại học Phan Châu Trinh",
        ),
        ("Giám đốc Bệnh viện Nguyễn Thị Minh Khai, bà Hà Thị Mơ, nói.", "Giám đốc Bệnh viện Nguyễn Thị Minh Khai"),
        # the name follows a descriptive body, not a school's head word: it is the holder
        ("Vụ trưởng Vụ Giáo dục đại học Nguyễn Thị Bảy phát biểu.", "Vụ trưởng Vụ Giáo dục đại học"),
        ("Hiệu trưởng Trường THPT Lê Lợi Trần Văn Tư phát biểu.", "Hiệu trưởng Trường THPT Lê Lợi"),
    ],
)
def test_a_school_or_hospital_named_after_a_person_keeps_the_name(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert [span for span, *_ in titles(pipeline, text)] == [expected]


def test_a_lower_case_school_word_without_a_name_is_no_body_but_an_ordinary_word_inside_one(
    pipeline: Pipeline,
) -> None:
    assert [span for span, *_ in titles(pipeline, "Hiệu trưởng trường đại học cho biết.")] == ["Hiệu trưởng"]
    found = titles(pipeline, "Phó Cục trưởng Cục Quản lý môi trường y tế cho biết.")
    assert [span for span, *_ in found] == ["Phó Cục trưởng Cục Quản lý môi trường y tế"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giám đốc Sở Giáo dục và đào tạo tỉnh Hà Giang phát biểu.", "Giám đốc Sở Giáo dục và đào tạo tỉnh Hà Giang"),
        ("Chủ tịch Hiệp hội Du lịch và lữ hành Việt Nam phát biểu.", "Chủ tịch Hiệp hội Du lịch và lữ hành Việt Nam"),
        ("Giám đốc Sở Y tế và lãnh đạo các đơn vị tỉnh Hà Giang cho biết.", "Giám đốc Sở Y tế"),
        ("Giám đốc Sở Y tế và lãnh đạo sở cho biết.", "Giám đốc Sở Y tế"),
    ],
)
def test_lower_case_words_after_va_stay_in_the_body_only_when_a_place_closes_them(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert [span for span, *_ in titles(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    ["Vòng đối thoại cấp Thứ trưởng lần thứ 3 diễn ra.", "Kinh phí dành cho thành viên Ban chỉ đạo các cấp."],
)
def test_a_level_or_the_bodies_of_all_levels_name_no_office(pipeline: Pipeline, text: str) -> None:
    assert titles(pipeline, text) == []


def test_a_conjunction_of_cause_ends_the_body(pipeline: Pipeline) -> None:
    found = titles(pipeline, "Ông Lương Văn Chín bị cách chức Bí thư Đảng ủy vì vi phạm.")
    assert [span for span, *_ in found] == ["Bí thư Đảng ủy"]


def test_abbreviated_bodies_treasury_disease_control_and_members_council(pipeline: Pipeline) -> None:
    text = "Phó Giám đốc KBNN tỉnh Hà Giang, Giám đốc CDC Hà Giang và Chủ tịch HĐTV Công ty Sông Lô dự họp."
    assert [(span, org) for span, _, org, _ in titles(pipeline, text)] == [
        ("Phó Giám đốc KBNN tỉnh Hà Giang", "KBNN tỉnh Hà Giang"),
        ("Giám đốc CDC Hà Giang", "CDC Hà Giang"),
        ("Chủ tịch HĐTV Công ty Sông Lô", "HĐTV Công ty Sông Lô"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Lò Văn Tư, Giám đốc Công ty TNHH Vận tải Hà Phát, cho biết.", "Giám đốc Công ty TNHH Vận tải Hà Phát"),
        ("Bà Vi Thị Ba là Chủ tịch HĐQT Tập đoàn Mai Long.", "Chủ tịch HĐQT Tập đoàn Mai Long"),
        # the name goes on with the sentence: it is the holder's, after the company's
        ("Giám đốc Công ty Vận tải Lê Văn Tư cho biết.", "Giám đốc Công ty Vận tải"),
    ],
)
def test_a_company_name_that_looks_like_a_person_and_ends_the_clause_stays_in_the_body(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert [span for span, *_ in titles(pipeline, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tổng thống Jair Messias Bolsonaro cho biết sẽ tới.", "Tổng thống"),
        ("Ngoại trưởng Mohammad Javad Zarif đã gặp đồng cấp.", "Ngoại trưởng"),
        ("Tổng thống Chad Idriss Déby đã tới.", "Tổng thống Chad"),  # a country the tables do not know
        ("Chủ tịch Samsung Lee Jae-yong bị bắt.", "Chủ tịch Samsung"),  # the company, then the name
    ],
)
def test_a_known_foreign_given_name_after_a_head_of_state_opens_the_name(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert [span for span, *_ in titles(pipeline, text)] == [expected]


# -- Ordinal and shared offices, village and hospital bodies, party names written in lower case, a
# historic government body.


def roles_and_bodies(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.role, t.organization) for t in pipeline(text).titles]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bà Hà Thị Lan được bầu làm Bí thư Thứ nhất Trung ương Đoàn.",
            [("Bí thư Thứ nhất Trung ương Đoàn", "Bí thư Thứ nhất", "Trung ương Đoàn")],
        ),
        ("Ông Karl Berger, Phó Thủ tướng thứ nhất, đã tới.", [("Phó Thủ tướng thứ nhất", "Phó Thủ tướng thứ nhất", None)]),
        (
            "Ông Lý Văn Sơn là đồng Chủ tịch Hiệp hội Chè và Đồng Giám đốc dự án.",
            [
                ("đồng Chủ tịch Hiệp hội Chè", "đồng Chủ tịch", "Hiệp hội Chè"),
                ("Đồng Giám đốc", "Đồng Giám đốc", None),
            ],
        ),
    ],
)
def test_ordinal_and_shared_offices_keep_their_modifier(pipeline: Pipeline, text: str, expected: list) -> None:
    assert roles_and_bodies(pipeline, text) == expected


def test_a_village_is_the_scope_of_its_party_secretary(pipeline: Pipeline) -> None:
    text = "Ông Mã Văn Cường, Bí thư thôn Khe Lim, và ông Vi Văn Hải, Trưởng ấp Tân Hòa, có mặt."
    assert roles_and_bodies(pipeline, text)[0] == ("Bí thư thôn Khe Lim", "Bí thư", "thôn Khe Lim")


@pytest.mark.parametrize("hospital", ["bệnh viện Nhi Đồng Nai", "bệnh viện Lê Lợi"])
def test_a_hospital_written_in_lower_case_is_the_directors_body(pipeline: Pipeline, hospital: str) -> None:
    text = f"Bác sĩ Tô Văn An, Giám đốc {hospital}, cho biết."
    assert roles_and_bodies(pipeline, text) == [(f"Giám đốc {hospital}", "Giám đốc", hospital)]


def test_a_lower_case_hospital_word_alone_is_no_body(pipeline: Pipeline) -> None:
    assert roles_and_bodies(pipeline, "Giám đốc bệnh viện cho biết.") == [("Giám đốc", "Giám đốc", None)]


def test_the_party_name_in_lower_case_stays_in_the_body(pipeline: Pipeline) -> None:
    text = "Ông là Ủy viên Ban Chấp hành Trung ương Đảng cộng sản Việt Nam khóa XII."
    assert roles_and_bodies(pipeline, text) == [
        (
            "Ủy viên Ban Chấp hành Trung ương Đảng cộng sản Việt Nam khóa XII",
            "Ủy viên",
            "Ban Chấp hành Trung ương Đảng cộng sản Việt Nam khóa XII",
        )
    ]


def test_the_council_of_ministers_is_a_body_not_a_minister(pipeline: Pipeline) -> None:
    text = "Ông từng là Phó Chủ tịch Hội đồng Bộ trưởng trong nhiều năm."
    assert roles_and_bodies(pipeline, text) == [("Phó Chủ tịch Hội đồng Bộ trưởng", "Phó Chủ tịch", "Hội đồng Bộ trưởng")]


def test_an_office_listed_with_a_class_of_offices_is_generic(pipeline: Pipeline) -> None:
    text = "Nghị định giao trách nhiệm cho Bộ trưởng, Thủ trưởng cơ quan ngang bộ tổ chức thực hiện."
    assert roles_and_bodies(pipeline, text) == []
    text = "Bộ trưởng Bộ Nội vụ, Thủ trưởng cơ quan ngang bộ khác cùng ký."
    assert roles_and_bodies(pipeline, text)[0][0] == "Bộ trưởng Bộ Nội vụ"


def test_an_election_body_keeps_its_name(pipeline: Pipeline) -> None:
    text = "Bà Lục Thị Hoa, Tổ trưởng Tổ bầu cử số 4, cho biết."
    assert roles_and_bodies(pipeline, text) == [("Tổ trưởng Tổ bầu cử số 4", "Tổ trưởng", "Tổ bầu cử số 4")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Hà Văn Khải, Phó Trưởng Ban Chỉ đạo Nhà nước về Biên giới, phát biểu.", "Phó Trưởng Ban Chỉ đạo Nhà nước về Biên giới"),
        ("Ông Hà Văn Khải, Chủ nhiệm Ủy ban Kinh tế về Hà Nội họp.", "Chủ nhiệm Ủy ban Kinh tế"),
        ("Ông Hà Văn Khải, Chủ tịch Ủy ban nhân dân tỉnh về Kế hoạch năm.", "Chủ tịch Ủy ban nhân dân tỉnh"),
        ("Ông Hà Văn Khải, Giám đốc Sở Nội vụ về Quốc hội làm việc.", "Giám đốc Sở Nội vụ"),
    ],
)
def test_a_steering_body_keeps_the_field_it_deals_with(pipeline: Pipeline, text: str, expected: str) -> None:
    assert roles_and_bodies(pipeline, text)[0][0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hiệu trưởng Trường THPT Bắc Sơn - thầy Lò Văn Tâm cho biết.", "Hiệu trưởng Trường THPT Bắc Sơn"),
        ("Chủ tịch Công ty Sông Lam - ông Hà Văn Khải ký biên bản.", "Chủ tịch Công ty Sông Lam"),
        # a dash before a capitalised word joins the fields of one body
        ("Giám đốc Sở Lao động - Thương binh và Xã hội Lê Thị Na dự.", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
    ],
)
def test_a_dash_before_a_lower_case_aside_ends_the_body(pipeline: Pipeline, text: str, expected: str) -> None:
    assert [span for span, *_ in titles(pipeline, text)] == [expected]


def test_time_words_end_the_body_and_ub_abbreviates_uy_ban(pipeline: Pipeline) -> None:
    text = "Chánh Thanh tra Bộ Xây dựng kể từ tháng sau sẽ đi kiểm tra."
    assert [span for span, *_ in titles(pipeline, text)] == ["Chánh Thanh tra Bộ Xây dựng"]
    text = "Phó Chủ tịch UB Mặt trận Tổ quốc tỉnh Hà Văn Tâm phát biểu."
    assert titles(pipeline, text)[0][:3] == (
        "Phó Chủ tịch UB Mặt trận Tổ quốc tỉnh", "Phó Chủ tịch", "UB Mặt trận Tổ quốc tỉnh"
    )


@pytest.mark.parametrize(
    "committee",
    ["Ủy ban Quốc phòng và An ninh", "Ủy ban Khoa học, Công nghệ và Môi trường", "Ủy ban Văn hóa, Giáo dục"],
)
def test_the_national_assemblys_committees_are_read_whole(pipeline: Pipeline, committee: str) -> None:
    text = f"Chủ nhiệm {committee} Hà Văn Tâm phát biểu."
    assert [span for span, *_ in titles(pipeline, text)] == [f"Chủ nhiệm {committee}"]
    text = f"Phó Chủ nhiệm {committee} của Quốc hội Hà Văn Tâm phát biểu."
    assert [span for span, *_ in titles(pipeline, text)] == [f"Phó Chủ nhiệm {committee} của Quốc hội"]
