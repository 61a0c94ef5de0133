"""Linkers: which PERSON holds which TITLE (same sentence only), which mentions are one person.

The linkers are run on entities written by hand, so these tests do not depend on
the recognisers; a few tests at the end run the whole pipeline.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import vnpolitics
from vnpolitics.normalization import normalize
from vnpolitics.recognizers.base import Candidate, Context
from vnpolitics.registry import get_linker

link_people = get_linker("vnpolitics.coreference.v1")
link_holders = get_linker("vnpolitics.holders.v1")


def resolved(text: str, spans: list[tuple[str, str]]) -> tuple[Context, list[Candidate]]:
    """The context and the entities a pipeline would pass to the linkers.

    ``spans`` are (label, surface) in text order, each found after the previous one.
    """
    entities, cursor = [], 0
    for number, (label, surface) in enumerate(spans, start=1):
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        entity = Candidate(start, cursor, label, {})
        entity.id = f"e{number}"
        entities.append(entity)
    return Context(normalize(text)), entities


def linked(text: str, spans: list[tuple[str, str]]) -> dict[str, str | None]:
    """Run both linkers: each title's surface (numbered "#2" when repeated) -> its holder's surface."""
    context, entities = resolved(text, spans)
    link_people(context, entities)  # type: ignore[operator]
    link_holders(context, entities)  # type: ignore[operator]
    by_id = {e.id: text[e.start : e.end] for e in entities}
    result: dict[str, str | None] = {}
    for entity in entities:
        if entity.label == "TITLE":
            key = text[entity.start : entity.end]
            while key in result:
                key += "#2"
            result[key] = by_id.get(entity.attrs["holder"])
    return result


def P(surface: str) -> tuple[str, str]:
    return ("PERSON", surface)


def T(surface: str) -> tuple[str, str]:
    return ("TITLE", surface)


# -- holders ----------------------------------------------------------------------------
def test_apposition_with_comma_and_with_dash():
    text = "Ông Trần Quang Vinh, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội Chữ thập đỏ tỉnh phát biểu."
    assert linked(text, [P("Trần Quang Vinh"), T("Phó Chủ tịch UBND tỉnh"), T("Chủ tịch Hội Chữ thập đỏ tỉnh")]) == {
        "Phó Chủ tịch UBND tỉnh": "Trần Quang Vinh",
        "Chủ tịch Hội Chữ thập đỏ tỉnh": "Trần Quang Vinh",
    }
    text = "Dự có đồng chí Lò Văn Pao - tân Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện."
    assert linked(text, [P("Lò Văn Pao"), T("Bí thư Huyện ủy"), T("Chủ tịch HĐND huyện")]) == {
        "Bí thư Huyện ủy": "Lò Văn Pao",
        "Chủ tịch HĐND huyện": "Lò Văn Pao",
    }


def test_apposition_after_a_parenthesis():
    text = "Ông Mạc Văn Khải (52 tuổi, kỹ sư thủy lợi), Phó Giám đốc Sở Nông nghiệp được điều động."
    assert linked(text, [P("Mạc Văn Khải"), T("Phó Giám đốc Sở Nông nghiệp")]) == {
        "Phó Giám đốc Sở Nông nghiệp": "Mạc Văn Khải"
    }


def test_titles_before_the_name():
    text = "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Đào Văn Minh chủ trì."
    assert linked(text, [T("Ủy viên Trung ương Đảng"), T("Bí thư Tỉnh ủy"), P("Đào Văn Minh")]) == {
        "Ủy viên Trung ương Đảng": "Đào Văn Minh",
        "Bí thư Tỉnh ủy": "Đào Văn Minh",
    }


def test_rank_before_and_office_after_the_name():
    text = "Thiếu tướng Ksor Phước, Chính ủy Quân khu, trao quà."
    assert linked(text, [T("Thiếu tướng"), P("Ksor Phước"), T("Chính ủy Quân khu")]) == {
        "Thiếu tướng": "Ksor Phước",
        "Chính ủy Quân khu": "Ksor Phước",
    }


def test_a_list_of_people_each_with_their_titles():
    text = (
        "Tham dự có ông Vương Đình Huệ, Bí thư Thành ủy; bà Ngô Thị Lan, Phó Chủ tịch HĐND, "
        "Chủ tịch Hội Phụ nữ; Giám đốc Sở Tài chính Lưu Quang Tùng và các đại biểu."
    )
    spans = [
        P("Vương Đình Huệ"), T("Bí thư Thành ủy"), P("Ngô Thị Lan"), T("Phó Chủ tịch HĐND"),
        T("Chủ tịch Hội Phụ nữ"), T("Giám đốc Sở Tài chính"), P("Lưu Quang Tùng"),
    ]
    assert linked(text, spans) == {
        "Bí thư Thành ủy": "Vương Đình Huệ",
        "Phó Chủ tịch HĐND": "Ngô Thị Lan",
        "Chủ tịch Hội Phụ nữ": "Ngô Thị Lan",
        "Giám đốc Sở Tài chính": "Lưu Quang Tùng",
    }


def test_an_office_shared_by_several_listed_people_has_no_holder():
    text = "Hội đồng bầu bà Ngô Thị Lan và ông Lý Văn Tùng làm Phó Chủ tịch HĐND tỉnh."
    assert linked(text, [P("Ngô Thị Lan"), P("Lý Văn Tùng"), T("Phó Chủ tịch HĐND tỉnh")]) == {
        "Phó Chủ tịch HĐND tỉnh": None
    }
    text = "Phê chuẩn chức vụ Ủy viên UBND tỉnh đối với các ông: Hà Văn Sơn, Đàm Quang Lợi."
    assert linked(text, [T("Ủy viên UBND tỉnh"), P("Hà Văn Sơn"), P("Đàm Quang Lợi")]) == {"Ủy viên UBND tỉnh": None}
    text = "Dự lễ có ông Tô Văn Hào và ông Lục Minh Thư, Phó Chủ tịch UBND huyện."
    assert linked(text, [P("Tô Văn Hào"), P("Lục Minh Thư"), T("Phó Chủ tịch UBND huyện")]) == {
        "Phó Chủ tịch UBND huyện": None
    }


def test_an_office_named_as_issuer_or_by_reference_has_no_holder():
    text = "Ông Hà Văn Sơn nhận Quyết định số 12/QĐ-UBND của Chủ tịch UBND tỉnh về việc nghỉ hưu."
    assert linked(text, [P("Hà Văn Sơn"), T("Chủ tịch UBND tỉnh")]) == {"Chủ tịch UBND tỉnh": None}
    text = "Theo đề nghị của Giám đốc Sở Nội vụ, ông Hà Văn Sơn được khen thưởng."
    assert linked(text, [T("Giám đốc Sở Nội vụ"), P("Hà Văn Sơn")]) == {"Giám đốc Sở Nội vụ": None}


def test_ranks_in_a_promotion_phrase_have_no_holder():
    text = "Vừa được phong quân hàm từ Đại tá lên Thiếu tướng Phan Đức Long rất xúc động."
    assert linked(text, [T("Đại tá"), T("Thiếu tướng"), P("Phan Đức Long")]) == {"Đại tá": None, "Thiếu tướng": None}
    text = "Đại tá Hà Văn Sơn được thăng từ Đại tá lên Thiếu tướng."
    assert linked(text, [T("Đại tá"), P("Hà Văn Sơn"), T("Đại tá"), T("Thiếu tướng")]) == {
        "Đại tá": "Hà Văn Sơn",
        "Đại tá#2": None,
        "Thiếu tướng": None,
    }


def test_nothing_links_across_a_sentence_boundary():
    text = "Ông Lê Văn Hòa dự hội nghị. Phó Chủ tịch UBND tỉnh cũng phát biểu."
    assert linked(text, [P("Lê Văn Hòa"), T("Phó Chủ tịch UBND tỉnh")]) == {"Phó Chủ tịch UBND tỉnh": None}
    text = "Tiếp đó là Giám đốc Sở Y tế.\nLương Văn Tâm trình bày."
    assert linked(text, [T("Giám đốc Sở Y tế"), P("Lương Văn Tâm")]) == {"Giám đốc Sở Y tế": None}


def test_appointment_words_give_the_office_to_the_subject():
    text = "Chị Kiều Thị Vân được tín nhiệm bầu làm Bí thư Tỉnh Đoàn."
    assert linked(text, [P("Kiều Thị Vân"), T("Bí thư Tỉnh Đoàn")]) == {"Bí thư Tỉnh Đoàn": "Kiều Thị Vân"}
    text = "Ông Giáp Văn Hùng thôi giữ chức Chủ tịch UBND huyện, sang làm Trưởng Ban Dân vận Huyện ủy."
    assert linked(text, [P("Giáp Văn Hùng"), T("Chủ tịch UBND huyện"), T("Trưởng Ban Dân vận Huyện ủy")]) == {
        "Chủ tịch UBND huyện": "Giáp Văn Hùng",
        "Trưởng Ban Dân vận Huyện ủy": "Giáp Văn Hùng",
    }


def test_office_then_for_one_person_goes_to_that_person():
    text = "Thủ tướng phê duyệt kết quả bầu Phó Chủ tịch UBND tỉnh khóa X đối với ông Hứa Văn Đông."
    assert linked(text, [T("Thủ tướng"), T("Phó Chủ tịch UBND tỉnh"), P("Hứa Văn Đông")]) == {
        "Thủ tướng": None,
        "Phó Chủ tịch UBND tỉnh": "Hứa Văn Đông",
    }


def test_an_unnamed_subject_between_person_and_office_blocks_the_link():
    text = "Ông Âu Văn Bình tạm điều hành công việc trong thời gian chờ bố trí nhân sự làm Giám đốc Sở Xây dựng."
    assert linked(text, [P("Âu Văn Bình"), T("Giám đốc Sở Xây dựng")]) == {"Giám đốc Sở Xây dựng": None}


# -- coreference ----------------------------------------------------------------------------
def person_ids(text: str, surfaces: list[str]) -> list[str]:
    context, entities = resolved(text, [P(surface) for surface in surfaces])
    link_people(context, entities)  # type: ignore[operator]
    return [e.attrs["person_id"] for e in entities]


def test_short_references_join_the_full_name_they_end_with():
    text = "Đồng chí Lê Xuân Đại phát biểu. Bà Kim Thị Hoa Mai dự. Đồng chí Đại nhấn mạnh; bà Hoa Mai, bà Mai đồng tình."
    assert person_ids(text, ["Lê Xuân Đại", "Kim Thị Hoa Mai", "Đại", "Hoa Mai", "Mai"]) == ["p1", "p2", "p1", "p2", "p2"]


def test_an_ambiguous_short_reference_keeps_its_own_id():
    text = "Ông Nguyễn Văn An và ông Trần Văn An dự; ông An nói; ông Trần Văn An đáp."
    assert person_ids(text, ["Nguyễn Văn An", "Trần Văn An", "An", "Trần Văn An"]) == ["p1", "p2", "p3", "p2"]


def test_document_people_groups_mentions_and_collects_their_titles():
    text = (
        "Sáng 5/3, đồng chí Lê Xuân Đại - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh dự lễ. "
        "Phát biểu tại buổi lễ, đồng chí Đại đề nghị ngành y tế chuẩn bị tốt."
    )
    (person,) = [p for p in vnpolitics.extract(text).people if p.name == "Lê Xuân Đại"]
    assert [m.text for m in person.mentions] == ["Lê Xuân Đại", "Đại"]
    assert "Phó Chủ tịch UBND tỉnh" in [t.text for t in person.titles]


# -- properties -------------------------------------------------------------------------------
_NAMES = ["Lê Văn Hòa", "Đào Thị Nga", "Hòa", "Y Khoa Niê"]
_TITLES = ["Bí thư Tỉnh ủy", "Phó Chủ tịch UBND tỉnh", "Đại tá"]
_GLUE = [", ", " - ", " ", "; ", ". ", " và ", " làm ", " của ", " từ ", " lên ", " đối với ông ", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["P", "T"]), st.integers(0, 3), st.sampled_from(_GLUE)), max_size=12))
def test_holders_point_at_a_person_of_the_same_sentence(parts):
    text, spans = "", []
    for kind, choice, glue in parts:
        surface = _NAMES[choice] if kind == "P" else _TITLES[choice % len(_TITLES)]
        start = len(text)
        text += surface + glue
        spans.append(Candidate(start, start + len(surface), "PERSON" if kind == "P" else "TITLE", {}))
    context = Context(normalize(text))
    for number, entity in enumerate(spans, start=1):
        entity.id = f"e{number}"
    link_people(context, spans)  # type: ignore[operator]
    link_holders(context, spans)  # type: ignore[operator]
    by_id = {e.id: e for e in spans}
    for entity in spans:
        if entity.label == "TITLE" and entity.attrs["holder"] is not None:
            holder = by_id[entity.attrs["holder"]]
            assert holder.label == "PERSON"
            assert context.sentences.same_sentence(holder.start, entity.start)
        if entity.label == "PERSON":
            assert entity.attrs["person_id"].startswith("p")


def test_pipeline_holders_refer_to_person_entities_of_the_document():
    text = (
        "Chiều 2/4, Thượng tá Nông Văn Quý, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, làm việc với "
        "ông Lâm Hữu Phúc - Chủ tịch UBND huyện. Ông Phúc cho biết huyện đã hoàn thành kế hoạch."
    )
    document = vnpolitics.extract(text)
    persons = {p.id for p in document.persons}
    assert persons
    for title in document.titles:
        assert title.holder is None or title.holder in persons
    assert any(title.holder for title in document.titles)


# -- gaps between a title and its holder's name ---------------------------------------------
def test_an_academic_title_with_its_full_stop_goes_to_the_name_after_it():
    text = "Theo PGS.TS. Đàm Văn Khuê, Phó Giám đốc Học viện, đề án đã hoàn tất."
    assert linked(text, [T("PGS.TS"), P("Đàm Văn Khuê"), T("Phó Giám đốc Học viện")]) == {
        "PGS.TS": "Đàm Văn Khuê",
        "Phó Giám đốc Học viện": "Đàm Văn Khuê",
    }


def test_duong_nhiem_between_the_office_and_the_name_keeps_the_link():
    text = "Thống đốc đương nhiệm Peter Marlow tuyên bố tái tranh cử."
    assert linked(text, [T("Thống đốc"), P("Peter Marlow")]) == {"Thống đốc": "Peter Marlow"}


def test_titles_joined_by_a_dash_belong_to_the_same_person():
    text = "Ông Vi Đức Toàn - Chủ tịch HĐQT - Tổng giám đốc Công ty Hưng Thịnh cho biết."
    assert linked(text, [P("Vi Đức Toàn"), T("Chủ tịch HĐQT"), T("Tổng giám đốc Công ty Hưng Thịnh")]) == {
        "Chủ tịch HĐQT": "Vi Đức Toàn",
        "Tổng giám đốc Công ty Hưng Thịnh": "Vi Đức Toàn",
    }


def test_titles_that_open_the_sentence_go_to_the_name_after_the_comma():
    text = "Chủ tịch Hội Nông dân tỉnh, bà Vi Thị Nhàn cho biết vụ mùa đạt khá."
    assert linked(text, [T("Chủ tịch Hội Nông dân tỉnh"), P("Vi Thị Nhàn")]) == {
        "Chủ tịch Hội Nông dân tỉnh": "Vi Thị Nhàn"
    }
    text = "Theo Chủ tịch Hội Nông dân tỉnh, bà Vi Thị Nhàn đã được khen thưởng."
    assert linked(text, [T("Chủ tịch Hội Nông dân tỉnh"), P("Vi Thị Nhàn")]) == {"Chủ tịch Hội Nông dân tỉnh": None}


def test_a_title_goes_to_the_name_a_dash_sets_off_after_it():
    text = "Giám đốc Sở Tư pháp - ông Hứa Văn Sáu - cho biết sẽ rà soát."
    assert linked(text, [T("Giám đốc Sở Tư pháp"), P("Hứa Văn Sáu")]) == {"Giám đốc Sở Tư pháp": "Hứa Văn Sáu"}
    text = "Theo Giám đốc Sở Tư pháp - ông Hứa Văn Sáu - thì việc này đúng luật."
    assert linked(text, [T("Giám đốc Sở Tư pháp"), P("Hứa Văn Sáu")]) == {"Giám đốc Sở Tư pháp": "Hứa Văn Sáu"}


def test_offices_listed_after_nhieu_vi_tri_nhu_go_to_the_subject():
    text = "Ông Âu Văn Bảy từng giữ nhiều vị trí quan trọng như Bí thư Tỉnh ủy, Bộ trưởng Bộ Tư pháp."
    assert linked(text, [P("Âu Văn Bảy"), T("Bí thư Tỉnh ủy"), T("Bộ trưởng Bộ Tư pháp")]) == {
        "Bí thư Tỉnh ủy": "Âu Văn Bảy",
        "Bộ trưởng Bộ Tư pháp": "Âu Văn Bảy",
    }


def test_an_office_held_in_the_capacity_of_goes_to_the_subject():
    text = "Trên cương vị Giám đốc Sở Công Thương, ông Mạch Văn Lý đã ký nhiều văn bản."
    assert linked(text, [T("Giám đốc Sở Công Thương"), P("Mạch Văn Lý")]) == {"Giám đốc Sở Công Thương": "Mạch Văn Lý"}


def test_titles_joined_by_an_ampersand_belong_to_the_same_person():
    text = "Bà Lục Thu Hà - Chủ tịch HĐQT & Tổng giám đốc Công ty Sao Mai phát biểu."
    assert linked(text, [P("Lục Thu Hà"), T("Chủ tịch HĐQT"), T("Tổng giám đốc Công ty Sao Mai")]) == {
        "Chủ tịch HĐQT": "Lục Thu Hà",
        "Tổng giám đốc Công ty Sao Mai": "Lục Thu Hà",
    }


def test_a_line_break_is_a_sentence_boundary_for_holders_even_in_a_staff_list():
    # ANNOTATION.md: the holder is the person who holds the title "in this sentence"
    text = "Lạc Văn Đông\nHiệu trưởng nhà trường cho biết sẽ tuyển thêm giáo viên."
    assert linked(text, [P("Lạc Văn Đông"), T("Hiệu trưởng")]) == {"Hiệu trưởng": None}
    text = "1\nLạc Văn Đông\nBí thư Đảng ủy, Hiệu trưởng"
    spans = [P("Lạc Văn Đông"), T("Bí thư Đảng ủy"), T("Hiệu trưởng")]
    assert linked(text, spans) == {"Bí thư Đảng ủy": None, "Hiệu trưởng": None}


# -- Holders in sentences with several clauses, lists and academic titles.


def holders(text: str) -> dict[str, str | None]:
    entities = vnpolitics.extract(text).entities
    by_id = {e.id: e.text for e in entities}
    return {e.text: by_id.get(e.attrs.holder) for e in entities if e.label == "TITLE"}


def test_an_academic_title_before_a_name_is_not_the_previous_persons() -> None:
    text = "Dự có PGS. Lê Văn Khoa, TS. Martin Keller và nhiều nhà khoa học."
    assert holders(text) == {"PGS": "Lê Văn Khoa", "TS": "Martin Keller"}


def test_a_subject_after_a_clause_that_names_another_person() -> None:
    text = "Sau khi giao việc cho ông Đỗ Văn Lâm, ông Hà Minh Tuấn giữ chức vụ Phó Chủ tịch HĐQT Công ty."
    assert holders(text) == {"Phó Chủ tịch HĐQT Công ty": "Hà Minh Tuấn"}


def test_a_list_of_three_subjects_still_shares_the_office() -> None:
    text = "Các ông Đỗ Văn Lâm, Hà Minh Tuấn, Lý Văn Bình được bầu làm Phó Chủ tịch HĐND tỉnh."
    assert holders(text) == {"Phó Chủ tịch HĐND tỉnh": None}


def test_a_dash_glued_between_two_titles_still_chains_them() -> None:
    text = "Phó Bí thư Đảng ủy-Giám đốc Sở Tư pháp Trần Minh Sơn dự lễ."
    assert holders(text) == {"Phó Bí thư Đảng ủy": "Trần Minh Sơn", "Giám đốc Sở Tư pháp": "Trần Minh Sơn"}


def test_a_title_after_an_owner_and_a_comma_that_a_verb_follows_opens_the_next_clause() -> None:
    text = "Ghi nhận ý kiến của Bộ trưởng Hà Minh Tuấn, Thủ tướng yêu cầu các bộ rà soát."
    assert holders(text) == {"Bộ trưởng": "Hà Minh Tuấn", "Thủ tướng": None}
    text = "Đó là ý kiến của TS Hà Minh Tuấn, Viện trưởng Viện Sử học phát biểu tại hội thảo."
    assert holders(text)["Viện trưởng Viện Sử học"] == "Hà Minh Tuấn"
    text = "Theo đề nghị của Giám đốc Sở Hà Minh Tuấn, Phó Chủ tịch UBND huyện, dự án được duyệt."
    assert holders(text)["Phó Chủ tịch UBND huyện"] == "Hà Minh Tuấn"


def test_a_dash_sets_the_name_off_after_the_body_the_title_belongs_to() -> None:
    text = "Tổng Giám đốc mới của Tập đoàn Hưng Thịnh - ông Vũ Đình Khang - cho biết sẽ mở rộng."
    assert holders(text) == {"Tổng Giám đốc": "Vũ Đình Khang"}


def test_a_pronoun_subject_keeps_the_office_from_the_only_name_in_the_sentence() -> None:
    text = "Từ năm 2015, ông là Giám đốc Viện Hóa học, cùng với Phó Giám đốc, TS. Martin Keller."
    assert holders(text)["Giám đốc Viện Hóa học"] is None
