"""Annotated Documents built by hand, for tests of corpus-level tables.

The register and the citation table read what the recognisers produce; these
tests must not depend on how well the recognisers do today, so they build
the annotations themselves.
"""

from __future__ import annotations

from typing import Any

from vnpolitics.schema import Document

Annotation = tuple[str, str, dict[str, Any]]  # (label, surface text, attrs)


def make_document(doc_id: str | None, doc_date: str | None, text: str, annotations: list[Annotation]) -> Document:
    """A Document whose entities are found in ``text`` in the order given; ids are e1, e2, ...

    Refer to another entity (a title's holder) by its id: the n-th annotation is "e<n>".
    """
    entities = []
    cursor = 0
    for number, (label, surface, attrs) in enumerate(annotations, start=1):
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        entities.append({"id": f"e{number}", "start": start, "end": cursor, "label": label, "text": surface, "attrs": attrs})
    return Document.from_record({"id": doc_id, "doc_date": doc_date, "text": text, "entities": entities})
