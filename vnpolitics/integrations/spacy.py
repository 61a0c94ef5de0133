"""vnpolitics inside spaCy: a Vietnamese word tokenizer and an entity component.

Both are registered under versioned names and declared as entry points in
pyproject.toml, so an installed vnpolitics is found by name without an import::

    nlp = spacy.blank("xx", config={"nlp": {"tokenizer": {"@tokenizers": "vnpolitics.Tokenizer.v1"}}})
    nlp.add_pipe("vnpolitics_entities")

The language stays "xx": registering "vi" would replace every user's
``spacy.blank("vi")``. Entity data lives in ``doc.user_data`` (plain dicts,
never pydantic objects) so that ``DocBin`` and ``nlp.pipe(n_process=...)``
carry it across; :func:`to_models` turns it back into typed objects.
"""

import bisect
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import regex
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..normalization import normalize
from ..pipeline import DEFAULT_LINKERS, DEFAULT_RECOGNIZERS, Pipeline, default_pipeline
from ..schema import Document, parse_doc_date
from ..segment import words

__all__ = [
    "SPANS_KEY",
    "DISPLACY_COLORS",
    "WordTokenizer",
    "EntityComponent",
    "create_tokenizer",
    "make_entities_component",
    "load",
    "to_models",
]

SPANS_KEY = "vnp"

# One colour per label, read by displaCy through the spacy_displacy_colors entry point.
# PERSON and DATE keep spaCy's own colours so that other pipelines' renderings do not change.
DISPLACY_COLORS: dict[str, str] = {
    "PERSON": "#aa9cfc",
    "TITLE": "#ffeb80",
    "ORGANIZATION": "#7aecec",
    "LOCATION": "#ff9561",
    "LEGAL_DOC": "#ff8197",
    "DATE": "#bfe1d9",
}

# Doc._.vnp_doc_date: publication date (ISO string) for dates written without a year.
Doc.set_extension("vnp_doc_date", default=None, force=True)
# Span._.vnp: the entity's record (id, start, end, text, label, attrs) as a plain dict.
Span.set_extension("vnp", default=None, force=True)

# A word may hold single spaces ("Hà Nội", NBSP too) but never a line break: the segmenter
# sometimes joins across one ("TPHCM.\nBan"), and such a word is cut there.
_WORD_PART = regex.compile(r"\S+(?:[\p{Zs}\t]\S+)*")
_GAP_PIECE = regex.compile(r"\s+|\S+")
_EDGE_WHITESPACE = regex.compile(r"(\s*)(.*?)(\s*)", regex.DOTALL)


class WordTokenizer:
    """Vietnamese words ("Hà Nội" is one token), each an exact slice of the caller's text.

    Words are found on the normalised text (underthesea segmentation) and mapped
    back through the normaliser's offset map, so ``doc.text`` equals the input
    exactly, NFD and zero-width characters included.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        normalized = normalize(text)
        spans = [normalized.to_original(word.start, word.end) for word in words(normalized.text)]
        token_words, spaces = _words_and_spaces(text, spans)
        return Doc(self.vocab, words=token_words, spaces=spaces)

    # The tokenizer has no state; these let nlp.to_disk / spacy.load round-trip a pipeline.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> "WordTokenizer":
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        return None

    def from_disk(self, path: str | Path, **kwargs: Any) -> "WordTokenizer":
        return self


def _words_and_spaces(text: str, spans: Iterable[tuple[int, int]]) -> tuple[list[str], list[bool]]:
    """spaCy's words/spaces for ``text`` given word spans in text order.

    Text between words becomes trailing-space flags and extra tokens, as spaCy's
    own tokenizer does ("a  b" -> "a", " ", "b"), so the tokens cover everything.
    """
    token_words: list[str] = []
    spaces: list[bool] = []
    cursor = 0
    for span_start, span_end in spans:
        for part in _WORD_PART.finditer(text, max(span_start, cursor), span_end):
            _add_gap(text[cursor : part.start()], token_words, spaces)
            token_words.append(part.group())
            spaces.append(False)
            cursor = part.end()
    _add_gap(text[cursor:], token_words, spaces)
    return token_words, spaces


def _add_gap(gap: str, token_words: list[str], spaces: list[bool]) -> None:
    for piece in _GAP_PIECE.findall(gap):
        follows_word = bool(token_words) and not spaces[-1] and not token_words[-1].isspace()
        if piece.startswith(" ") and follows_word:
            spaces[-1] = True
            piece = piece[1:]
        if piece:
            token_words.append(piece)
            spaces.append(False)


@spacy.registry.tokenizers("vnpolitics.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], WordTokenizer]:
    def make_tokenizer(nlp: Language) -> WordTokenizer:
        return WordTokenizer(nlp.vocab)

    return make_tokenizer


class EntityComponent:
    """Runs the vnpolitics pipeline on ``doc.text`` and writes its entities into the Doc.

    Writes every entity to ``doc.spans[spans_key]``, the same spans to
    ``doc.ents`` (replacing earlier ones), and each entity's record to
    ``span._.vnp``. Tokens that an entity boundary falls inside are split there
    first, so every span covers its entity exactly.
    """

    def __init__(
        self,
        name: str = "vnpolitics_entities",
        recognizers: Sequence[str] = DEFAULT_RECOGNIZERS,
        linkers: Sequence[str] = DEFAULT_LINKERS,
        spans_key: str = SPANS_KEY,
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        default = tuple(recognizers) == DEFAULT_RECOGNIZERS and tuple(linkers) == DEFAULT_LINKERS
        self.pipeline = default_pipeline() if default else Pipeline(recognizers, linkers)

    def __reduce__(self) -> tuple[Any, ...]:
        # The pipeline holds compiled closures: rebuild it from its names (spawned workers).
        names = (tuple(self.pipeline.recognizer_names), tuple(self.pipeline.linker_names))
        return (type(self), (self.name, *names, self.spans_key))

    def __call__(self, doc: Doc) -> Doc:
        doc_date = parse_doc_date(doc._.vnp_doc_date)
        doc._.vnp_doc_date = None if doc_date is None else doc_date.isoformat()  # msgpack-safe
        document = self.pipeline(doc.text, doc_date=doc_date)
        write_entities(doc, document, self.spans_key)
        return doc


@Language.factory(
    "vnpolitics_entities",
    default_config={
        "recognizers": list(DEFAULT_RECOGNIZERS),
        "linkers": list(DEFAULT_LINKERS),
        "spans_key": SPANS_KEY,
    },
    assigns=["doc.ents", "doc.spans", "span._.vnp"],
)
def make_entities_component(
    nlp: Language, name: str, recognizers: list[str], linkers: list[str], spans_key: str
) -> EntityComponent:
    return EntityComponent(name, recognizers, linkers, spans_key)


def write_entities(doc: Doc, document: Document, spans_key: str = SPANS_KEY) -> None:
    """Put ``document``'s entities (offsets into ``doc.text``) into ``doc``."""
    split_tokens_at(doc, (offset for entity in document.entities for offset in (entity.start, entity.end)))
    spans = []
    for entity in document.entities:
        span = doc.char_span(entity.start, entity.end, label=entity.label, alignment_mode="expand")
        if span is None:
            raise ValueError(f"entity {entity.id} ({entity.start}, {entity.end}) covers no token")
        span._.vnp = entity.model_dump(mode="json")
        spans.append(span)
    doc.spans[spans_key] = spans
    doc.ents = filter_spans(spans)


def split_tokens_at(doc: Doc, offsets: Iterable[int]) -> None:
    """Split the tokens that a character offset falls strictly inside, at that offset.

    Whitespace next to a cut becomes its own token ("Hà Nội" cut before "Nội"
    gives "Hà", " ", "Nội"): a split cannot move text into a trailing-space flag.
    """
    token_starts = [token.idx for token in doc]
    cuts: dict[int, list[int]] = {}
    for offset in sorted(set(offsets)):
        index = bisect.bisect_right(token_starts, offset) - 1
        if index >= 0 and offset < token_starts[index] + len(doc[index].text):
            cuts.setdefault(index, []).append(offset - token_starts[index])
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for index, positions in cuts.items():
            token = doc[index]
            orths = _pieces(token.text, positions)
            first_head: Token | tuple[Token, int] = token.head if token.head.i != token.i else (token, 0)
            retokenizer.split(token, orths, heads=[first_head] + [(token, 0)] * (len(orths) - 1))


def _pieces(text: str, positions: list[int]) -> list[str]:
    bounds = [0, *positions, len(text)]
    pieces = []
    for start, end in zip(bounds, bounds[1:]):
        match = _EDGE_WHITESPACE.fullmatch(text, start, end)
        pieces.extend(group for group in match.groups() if group)  # type: ignore[union-attr]
    return pieces


def to_models(doc: Doc, spans_key: str = SPANS_KEY) -> Document:
    """The typed :class:`~vnpolitics.Document` behind a Doc the entity component has processed."""
    if spans_key not in doc.spans:
        raise ValueError(f"doc.spans has no {spans_key!r} group: run the 'vnpolitics_entities' component first")
    records = [span._.vnp for span in doc.spans[spans_key]]
    return Document(text=doc.text, doc_date=doc._.vnp_doc_date, entities=records)


def load() -> Language:
    """A blank multi-language spaCy pipeline with the vnpolitics tokenizer and entity component."""
    nlp = spacy.blank("xx", config={"nlp": {"tokenizer": {"@tokenizers": "vnpolitics.Tokenizer.v1"}}})
    nlp.add_pipe("vnpolitics_entities")
    return nlp
