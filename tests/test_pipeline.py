"""extract(): bad input gives typed errors; NFD and old-style tone marks change nothing but offsets."""

from __future__ import annotations

import unicodedata

import pytest

import vnpolitics
from vnpolitics import InputTypeError, InputValueError, VnPoliticsError
from vnpolitics.normalization import _tone_table
from vnpolitics.pipeline import Pipeline


@pytest.mark.parametrize("bad", [b"bytes", None, 42, ["a list"]])
def test_non_str_input_raises_a_typed_library_error(bad):
    with pytest.raises(InputTypeError) as caught:
        vnpolitics.extract(bad)  # type: ignore[arg-type]
    assert isinstance(caught.value, TypeError) and isinstance(caught.value, VnPoliticsError)


def test_malformed_doc_date_raises_value_error():
    with pytest.raises(InputValueError) as caught:
        vnpolitics.extract("Ngày 27/8", doc_date="hôm qua")
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("blank", ["", "   ", "\n\t\u00a0"])
def test_empty_and_whitespace_text_give_an_empty_document(blank):
    document = vnpolitics.extract(blank)
    assert document.entities == [] and document.text == blank


def test_unknown_component_name_lists_the_known_ones():
    with pytest.raises(KeyError, match="vnpolitics.dates.v1"):
        Pipeline(recognizers=["vnpolitics.nothing.v9"])


def _old_style(text: str) -> str:
    """Write tone marks the new way ("Uỷ", "hoà"): the inverse of what the normaliser does."""
    inverse = {old: new for new, old in _tone_table().items()}
    for old, new in inverse.items():
        text = text.replace(old + " ", new + " ").replace(old + ",", new + ",").replace(old + ".", new + ".")
    return text


def _signature(text: str) -> list[tuple]:
    """Entities as (label, start, end, canonical text, attrs) with offsets in NFC code points."""
    document = vnpolitics.extract(text)
    canonical = lambda s: vnpolitics.normalize(s).text  # noqa: E731
    # textual attributes may keep the surface spelling ("Tỉnh uỷ"): compare them canonically
    return [
        (e.label, len(canonical(text[: e.start])), len(canonical(text[: e.end])), canonical(e.text),
         {k: canonical(v) if isinstance(v, str) else v for k, v in e.attrs.model_dump().items()})
        for e in document.entities
    ]


def test_nfd_and_old_tone_marks_give_the_same_entities_on_dev_texts(dev_records):
    changed_tone = 0
    for record in dev_records:
        text = record["text"]
        expected = _signature(text)
        assert _signature(unicodedata.normalize("NFD", text)) == expected, record["id"]
        old = _old_style(text)
        changed_tone += old != text
        assert _signature(old) == expected, record["id"]
    assert changed_tone > 0  # the dev texts do exercise tone placement


def test_offsets_slice_the_original_on_dev_texts(dev_records):
    for record in dev_records:
        for variant in (record["text"], unicodedata.normalize("NFD", record["text"])):
            document = vnpolitics.extract(variant)
            for entity in document.entities:
                assert variant[entity.start : entity.end] == entity.text
