"""Sentence and word spans: exact slices, and no breaks inside abbreviations or codes."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from vnpolitics.segment import SentenceIndex, sentences, words


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def test_splits_at_full_stops_and_line_breaks():
    text = "Hội nghị khai mạc sáng nay. Đồng chí Bí thư phát biểu!\nQuang cảnh hội nghị"
    assert _texts(text) == ["Hội nghị khai mạc sáng nay.", "Đồng chí Bí thư phát biểu!", "Quang cảnh hội nghị"]


def test_does_not_split_domains_abbreviations_titles_or_codes():
    text = (
        "(Baonghean.vn) - Sáng nay, tại TP. Vinh và Tp. Hà Tĩnh, PGS.TS. Nguyễn Văn An dự hội nghị "
        "về Quyết định số 12/2020/QĐ-TTg. Hội nghị kết thúc."
    )
    assert _texts(text) == [
        "(Baonghean.vn) - Sáng nay, tại TP. Vinh và Tp. Hà Tĩnh, PGS.TS. Nguyễn Văn An dự hội nghị "
        "về Quyết định số 12/2020/QĐ-TTg.",
        "Hội nghị kết thúc.",
    ]


def test_initials_do_not_end_a_sentence():
    assert len(sentences("Ông Nguyễn V. An phát biểu. Hội nghị bế mạc.")) == 2


def test_sentence_index_answers_same_sentence():
    text = "Ông A là Bí thư. Bà B là Chủ tịch."
    index = SentenceIndex(sentences(text))
    assert index.same_sentence(text.index("A"), text.index("Bí thư"))
    assert not index.same_sentence(text.index("A"), text.index("Chủ tịch"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Aa bĐđ.!?\n…;,0123456789TPvn")), max_size=60))
def test_sentences_are_ordered_disjoint_trimmed_slices(text):
    previous_end = 0
    for span in sentences(text):
        assert previous_end <= span.start < span.end <= len(text)
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()
        previous_end = span.end
    covered = "".join(text[s.start : s.end] for s in sentences(text))
    assert "".join(text.split()) == "".join(covered.split())


def test_words_are_exact_slices_even_when_underthesea_rewrites():
    text = unicodedata.normalize("NFD", "Uỷ ban nhân dân tỉnh Nghệ An họp")
    spans = words(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert "".join("".join(text[s.start : s.end] for s in spans).split()) == "".join(text.split())
    assert any(" " in text[s.start : s.end] for s in spans)  # multi-syllable words are kept whole
