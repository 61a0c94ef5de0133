"""The spaCy integration: tokenizer, entity component, serialisation, entry points, workers."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

spacy = pytest.importorskip("spacy")
from spacy.tokens import Doc, DocBin  # noqa: E402

import vnpolitics  # noqa: E402
from vnpolitics.integrations.spacy import DISPLACY_COLORS, to_models, write_entities  # noqa: E402
from vnpolitics.schema import LABELS  # noqa: E402

PYTHON = sys.executable
# Own sentences, in the style of provincial news; each has dates and legal references.
TEXTS = [
    "Sáng 16/7/2021, tại Hà Nội, Bộ trưởng Bộ Nội vụ Phan Văn Long chủ trì hội nghị triển khai "
    "Nghị định số 30/2020/NĐ-CP về công tác văn thư.",
    "Ngày 3/2/2022, UBND tỉnh Hà Tĩnh ban hành Kế hoạch số 45/KH-UBND thực hiện Chỉ thị 05-CT/TW.",
    "Chiều 12/9, Phó Chủ tịch UBND huyện Trần Thị Mai kiểm tra công tác phòng chống thiên tai.",
]


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return vnpolitics.load()


def spans_of(doc: Doc) -> list[tuple[int, int, str]]:
    return [(span.start_char, span.end_char, span.label_) for span in doc.spans["vnp"]]


# -- tokenizer ---------------------------------------------------------------

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
TEXT_PIECES = st.lists(
    st.one_of(
        st.text(alphabet=VIETNAMESE + VIETNAMESE.upper(), min_size=1, max_size=8),
        st.sampled_from([" ", "  ", "\n", "\n\n", ", ", ". ", "/", "-", " – ", "\u00a0", "\u200b", "\t", "2021"]),
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(pieces=TEXT_PIECES, nfd=st.booleans())
def test_tokenizer_keeps_the_text_and_every_token_is_a_slice(nlp, pieces: list[str], nfd: bool) -> None:
    text = "".join(pieces)
    if nfd:
        text = unicodedata.normalize("NFD", text)
    doc = nlp.make_doc(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text
        assert token.text  # no empty tokens
        assert token.is_space or "\n" not in token.text  # a word never runs across a line break


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_compound_words_are_one_token_in_either_normal_form(nlp, form: str) -> None:
    text = unicodedata.normalize(form, "Đoàn công tác đến Hà Nội  hôm nay.\nHội nghị")
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert unicodedata.normalize("NFD", "Hà Nội") in [unicodedata.normalize("NFD", t.text) for t in doc]
    assert not any(token.text.startswith(" ") and token.text.strip() for token in doc)


# -- entity component --------------------------------------------------------


def test_component_writes_what_extract_finds(nlp) -> None:
    for text in TEXTS:
        expected = vnpolitics.extract(text)
        doc = nlp(text)
        assert expected.entities, "the example sentences should produce entities"
        assert spans_of(doc) == [(e.start, e.end, e.label) for e in expected.entities]
        assert [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents] == spans_of(doc)
        assert to_models(doc).entities == expected.entities
        assert all(type(span._.vnp) is dict for span in doc.spans["vnp"])  # plain data: DocBin-safe


def test_component_reads_the_publication_date(nlp) -> None:
    text = "Sáng 27/8, hội nghị khai mạc."
    doc = nlp.make_doc(text)
    doc._.vnp_doc_date = "2013-08-27"
    doc = nlp(doc)
    dates = to_models(doc).dates
    assert dates and dates[0].value.startswith("2013")  # the year comes from doc_date
    assert to_models(doc).entities == vnpolitics.extract(text, doc_date="2013-08-27").entities


def test_entity_boundary_inside_a_token_splits_the_token(nlp) -> None:
    # A segmenter may glue a name to the next word; the span must still be exact.
    doc = Doc(nlp.vocab, words=["Đoàn", "về", "Bắc Ninh dự", "họp"], spaces=[True, True, True, False])
    start = doc.text.index("Bắc Ninh")
    document = vnpolitics.Document(
        text=doc.text,
        entities=[{"id": "e1", "start": start, "end": start + 8, "label": "LOCATION", "text": "Bắc Ninh"}],
    )
    write_entities(doc, document)
    assert doc.text == "Đoàn về Bắc Ninh dự họp"
    assert [span.text for span in doc.spans["vnp"]] == ["Bắc Ninh"]
    assert [token.text for token in doc] == ["Đoàn", "về", "Bắc Ninh", " ", "dự", "họp"]
    assert to_models(doc).entities == document.entities


def test_docbin_round_trip_keeps_spans_ents_and_entity_data(nlp) -> None:
    docs = list(nlp.pipe(TEXTS))
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    restored = list(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab))
    for before, after in zip(docs, restored, strict=True):
        assert after.text == before.text
        assert spans_of(after) == spans_of(before)
        assert [(e.start_char, e.end_char, e.label_) for e in after.ents] == spans_of(before)
        assert to_models(after) == to_models(before)


def test_saved_pipeline_loads_back(nlp, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert spans_of(reloaded(TEXTS[0])) == spans_of(nlp(TEXTS[0]))


def test_to_models_needs_the_component_to_have_run(nlp) -> None:
    with pytest.raises(ValueError, match="vnpolitics_entities"):
        to_models(nlp.make_doc("Hà Nội"))


def test_one_display_colour_per_label() -> None:
    assert set(DISPLACY_COLORS) == set(LABELS)
    assert len(set(DISPLACY_COLORS.values())) == len(LABELS)


# -- outside this process: entry points, pickling, worker processes ----------

DISCOVERY = """
import json, sys, spacy
nlp = spacy.blank("xx", config={"nlp": {"tokenizer": {"@tokenizers": "vnpolitics.Tokenizer.v1"}}})
nlp.add_pipe("vnpolitics_entities")
doc = nlp(sys.argv[1])
colours = spacy.util.registry.displacy_colors.get_all()
print(json.dumps({"text": doc.text, "tokens": [t.text for t in doc], "ents": [e.label_ for e in doc.ents],
                  "colours": sorted(colours.get("vnpolitics", {}))}))
"""


def test_entry_points_are_found_without_importing_vnpolitics() -> None:
    assert "import vnpolitics" not in DISCOVERY  # spaCy must find everything by name alone
    text = TEXTS[0]
    result = subprocess.run([PYTHON, "-c", DISCOVERY, text], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["text"] == text
    assert "Hà Nội" in found["tokens"]
    assert found["ents"] == [e.label for e in vnpolitics.extract(text).entities]
    assert found["colours"] == sorted(LABELS)


def test_pipeline_pickles(nlp) -> None:
    # What the spawn start method sends to each worker process.
    copy = pickle.loads(pickle.dumps(nlp))
    assert spans_of(copy(TEXTS[1])) == spans_of(nlp(TEXTS[1]))


def test_pipe_with_two_processes(nlp) -> None:
    texts = TEXTS * 2
    together = [to_models(doc) for doc in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert [document.text for document in together] == texts
    assert together == [to_models(doc) for doc in nlp.pipe(texts)]
