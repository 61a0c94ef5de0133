"""The normaliser: one canonical spelling, and offsets that always lead back to the input."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from vnpolitics.normalization import normalize

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
noisy_text = st.lists(
    st.sampled_from(
        list(VIETNAMESE + VIETNAMESE.upper() + " -/.,0123456789")
        + ["\u0300", "\u0301", "\u0302", "\u0303", "\u0309", "\u0323", "\u00a0", "\u200b", "\u00ad",
           "\u2013", "\u2014", "\ufeff", "\r\n", "\u212b", "oà", "uỷ", "Uỷ", "oẻ", "\u00d0", "\u00f0"]
    ),
    max_size=60,
).map("".join)


def test_clean_text_is_left_alone_without_an_offset_table():
    normalized = normalize("Ủy ban nhân dân tỉnh Nghệ An")
    assert normalized.text == "Ủy ban nhân dân tỉnh Nghệ An"
    assert normalized.is_identity


def test_nfd_and_mixed_decompositions_become_nfc():
    nfd = unicodedata.normalize("NFD", "Bệnh viện Nghệ An")
    mixed = "B\u1eb9\u0302nh vi\u1ec7n"  # "ẹ" + combining circumflex, as scraped pages write "ệ"
    assert normalize(nfd).text == "Bệnh viện Nghệ An"
    assert normalize(mixed).text == "Bệnh viện"


def test_new_style_tone_marks_move_to_the_traditional_place():
    assert normalize("Uỷ ban hoà giải, khoẻ mạnh, thuỷ lợi").text == "Ủy ban hòa giải, khỏe mạnh, thủy lợi"
    # closed syllables and "qu" are the same in both styles
    assert normalize("hoàng quý").text == "hoàng quý"


def test_dashes_spaces_and_invisible_characters():
    normalized = normalize("CT\u00a0\u2013 TTg\u200b năm 2013\u00ad")
    assert normalized.text == "CT - TTg năm 2013"


def test_eth_typed_for_d_with_stroke_reads_as_the_vietnamese_letter():
    original = "Vùng \u00d0BSCL, \u00f0ồng bằng"
    normalized = normalize(original)
    assert normalized.text == "Vùng ĐBSCL, đồng bằng"
    start = normalized.text.index("ĐBSCL")
    assert normalized.original_slice(start, start + 5) == "\u00d0BSCL"


def test_span_maps_back_over_removed_and_merged_characters():
    original = "Chỉ thị 18/2000/CT \u2013 TTg của Thủ t\u01b0\u0301\u01a1\u0301ng"
    normalized = normalize(original)
    start = normalized.text.index("18/2000")
    end = normalized.text.index("TTg") + 3
    assert normalized.original_slice(start, end) == "18/2000/CT \u2013 TTg"


@settings(max_examples=300, deadline=None)
@given(noisy_text)
def test_every_span_maps_to_an_original_span_with_the_same_canonical_text(text):
    normalized = normalize(text)
    canonical = normalized.text
    assert unicodedata.is_normalized("NFC", canonical)
    for start in range(len(canonical) + 1):
        for end in range(start, min(len(canonical), start + 6) + 1):
            original_start, original_end = normalized.to_original(start, end)
            assert 0 <= original_start <= original_end <= len(text)
            if start < end:
                # the original slice holds what was normalised (tone marks aside, whose
                # placement depends on the letters around them); a span inside a merged
                # cluster maps to the whole cluster, so it may hold a little more
                again = normalize(text[original_start:original_end]).text
                assert _strip_tones(canonical[start:end]) in _strip_tones(again)


@settings(max_examples=200, deadline=None)
@given(noisy_text)
def test_normalising_twice_changes_nothing(text):
    once = normalize(text).text
    assert normalize(once).text == once
    assert normalize(once).is_identity


def _strip_tones(value: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", value) if not unicodedata.combining(c))
