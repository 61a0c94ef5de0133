"""The data path: normalise -> recognise -> resolve overlaps -> link -> Document.

A :class:`Pipeline` is built once (compiling patterns, loading lexicons) and
then called for every text; :func:`extract` uses one shared default pipeline
per process.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, Callable

from .errors import InputTypeError
from .normalization import normalize
from .recognizers.base import Candidate, Context
from .registry import get_linker, get_recognizer
from .resolve import resolve_overlaps
from .schema import MENTION_CLASSES, Document, parse_doc_date

__all__ = ["Pipeline", "DEFAULT_RECOGNIZERS", "DEFAULT_LINKERS", "extract", "default_pipeline"]

# Order matters only for recognisers that read earlier candidates (context.candidates).
DEFAULT_RECOGNIZERS: tuple[str, ...] = (
    "vnpolitics.legal_docs.v1",
    "vnpolitics.dates.v1",
    "vnpolitics.titles.v1",
    "vnpolitics.organizations.v1",
    "vnpolitics.locations.v1",
    "vnpolitics.people.v1",
)
DEFAULT_LINKERS: tuple[str, ...] = ("vnpolitics.coreference.v1", "vnpolitics.holders.v1")


class Pipeline:
    """Recognisers and linkers by registered name, run in order on each text."""

    def __init__(
        self,
        recognizers: Sequence[str] = DEFAULT_RECOGNIZERS,
        linkers: Sequence[str] = DEFAULT_LINKERS,
    ) -> None:
        self.recognizer_names = tuple(recognizers)
        self.linker_names = tuple(linkers)
        self._recognizers: list[Callable[[Context], Iterable[Candidate]]] = [
            get_recognizer(name) for name in self.recognizer_names  # type: ignore[misc]
        ]
        self._linkers: list[Callable[[Context, list[Candidate]], None]] = [
            get_linker(name) for name in self.linker_names  # type: ignore[misc]
        ]

    def __repr__(self) -> str:
        return f"Pipeline(recognizers={list(self.recognizer_names)}, linkers={list(self.linker_names)})"

    def __call__(
        self,
        text: str,
        *,
        doc_date: _dt.date | str | None = None,
        id: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Document:
        if not isinstance(text, str):
            raise InputTypeError(f"text must be str, not {type(text).__name__}")
        date = parse_doc_date(doc_date)
        fields: dict[str, Any] = dict(extra or {})
        if not text.strip():
            return Document(id=id, text=text, doc_date=date, entities=[], **fields)

        context = Context(normalize(text), date)
        for recognize in self._recognizers:
            context.candidates.extend(recognize(context))
        entities = resolve_overlaps(context.candidates)
        for number, entity in enumerate(entities, start=1):
            entity.id = f"e{number}"
        for link in self._linkers:
            link(context, entities)
        return Document(id=id, text=text, doc_date=date, entities=self._to_mentions(context, entities), **fields)

    @staticmethod
    def _to_mentions(context: Context, entities: list[Candidate]) -> list[Any]:
        mentions = []
        original = context.normalized.original
        for entity in entities:
            start, end = context.normalized.to_original(entity.start, entity.end)
            mention_class = MENTION_CLASSES[entity.label]
            mentions.append(
                mention_class(
                    id=entity.id, start=start, end=end, text=original[start:end], attrs=entity.attrs
                )
            )
        return mentions

    def pipe(self, texts: Iterable[str], *, doc_date: _dt.date | str | None = None) -> Iterator[Document]:
        for text in texts:
            yield self(text, doc_date=doc_date)


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The process-wide default pipeline, built on first use."""
    return Pipeline()


def extract(text: str, doc_date: _dt.date | str | None = None, *, id: str | None = None) -> Document:
    """Find every entity in ``text``; offsets refer to ``text`` exactly as given.

    ``doc_date`` (publication date) resolves dates written without a year.
    Raises :class:`~vnpolitics.errors.InputTypeError` for non-str input and
    :class:`~vnpolitics.errors.InputValueError` for a malformed ``doc_date``.
    """
    return default_pipeline()(text, doc_date=doc_date, id=id)
