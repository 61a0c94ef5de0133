"""Rendering entities as HTML: every entity drawn with its label, holders visible, text escaped."""

from __future__ import annotations

import unicodedata
from collections import Counter
from html.parser import HTMLParser
from typing import Any

import pytest

import vnpolitics
from vnpolitics.rendering import render_html
from vnpolitics.integrations.spacy import DISPLACY_COLORS

TEXT = (
    "Sáng 5/3/2024, Phó Chủ tịch UBND tỉnh Lê Văn Hải làm việc tại huyện Đức Thọ về Nghị định 15/2020/NĐ-CP.\n\n"
    "Ông Hải đề nghị Sở Tài chính <khẩn trương> triển khai."
)


def mention(text: str, number: int, label: str, surface: str, occurrence: int = 0, **attrs: Any) -> dict[str, Any]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return {"id": f"e{number}", "start": start, "end": start + len(surface), "label": label, "text": surface, "attrs": attrs}


def sample_document(text: str = TEXT) -> vnpolitics.Document:
    entities = [
        mention(text, 1, "DATE", "5/3/2024", value="2024-03-05"),
        mention(text, 2, "TITLE", "Phó Chủ tịch UBND tỉnh", role="Phó Chủ tịch", organization="UBND tỉnh", holder="e3"),
        mention(text, 3, "PERSON", "Lê Văn Hải"),
        mention(text, 4, "LOCATION", "huyện Đức Thọ"),
        mention(text, 5, "LEGAL_DOC", "Nghị định 15/2020/NĐ-CP", code="15/2020/NĐ-CP", doc_type="Nghị định"),
        mention(text, 6, "PERSON", "Hải", occurrence=1, honorific="Ông"),
        mention(text, 7, "ORGANIZATION", "Sở Tài chính"),
    ]
    return vnpolitics.Document(id="doc-1", text=text, entities=entities)


class _TextChunks(HTMLParser):
    """The visible text of the markup, one chunk per text node."""

    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[str] = []

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.chunks.append(" ".join(data.split()))


def chunks_of(markup: str) -> list[str]:
    parser = _TextChunks()
    parser.feed(markup)
    return parser.chunks


def test_every_entity_is_drawn_with_its_label_and_colour() -> None:
    document = sample_document()
    markup = render_html(document)
    chunks = chunks_of(markup)
    labels = Counter(entity.label for entity in document.entities)
    assert Counter(chunk for chunk in chunks if chunk in DISPLACY_COLORS) == labels
    for label in labels:
        assert DISPLACY_COLORS[label] in markup
    for entity in document.entities:
        assert all(word in chunks for word in entity.text.split())


def test_titles_show_their_holder_and_values_their_normal_form() -> None:
    chunks = chunks_of(render_html(sample_document()))
    assert "→ Lê Văn Hải" in chunks  # beside the TITLE label
    assert "2024-03-05" in chunks and "15/2020/NĐ-CP" in chunks
    table = chunks[chunks.index("Titles and their holders") :]
    assert table[-4:] == ["Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh", "Lê Văn Hải"]


def test_text_is_escaped_and_paragraphs_stay_apart() -> None:
    markup = render_html(sample_document())
    assert "<khẩn" not in markup and "&lt;khẩn" in markup
    assert markup.count('class="spans"') == 2


def test_nfd_text_renders_its_entities() -> None:
    text = unicodedata.normalize("NFD", TEXT)
    document = vnpolitics.Document(
        text=text, entities=[mention(text, 1, "PERSON", unicodedata.normalize("NFD", "Lê Văn Hải"))]
    )
    chunks = chunks_of(render_html(document))
    assert chunks.count("PERSON") == 1


def test_document_repr_and_display_give_the_same_html() -> None:
    document = sample_document()
    assert document._repr_html_() == render_html(document)
    assert vnpolitics.display(document) == render_html(document)  # outside Jupyter: returned


def test_spacy_doc_renders_like_the_document_it_came_from() -> None:
    pytest.importorskip("spacy")
    text = "Ngày 3/2/2022, UBND tỉnh Hà Tĩnh ban hành Kế hoạch số 45/KH-UBND."
    document = vnpolitics.extract(text)
    assert document.entities
    assert render_html(vnpolitics.load()(text)) == render_html(document)


def test_document_without_entities_still_shows_its_text() -> None:
    chunks = chunks_of(render_html(vnpolitics.Document(text="Không có gì.")))
    assert " ".join(chunks) == "Không có gì."
