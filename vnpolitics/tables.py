"""Mentions as a pandas table: one row per entity, attributes flattened into columns.

A corpus becomes something to count and plot ("which documents are cited
most?") without walking nested objects. pandas is an optional extra
(``vnpolitics[pandas]``), imported only when called.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .schema import Document

if TYPE_CHECKING:
    import pandas

__all__ = ["COLUMNS", "ATTRIBUTE_COLUMNS", "to_pandas"]

# Normalised attributes, each its own column (empty where a label does not have it).
ATTRIBUTE_COLUMNS: tuple[str, ...] = (
    "value",
    "code",
    "doc_type",
    "number",
    "year",
    "issuer_code",
    "name",
    "role",
    "organization",
    "organization_canonical",
    "kind",
    "holder",
    "holder_text",
    "honorific",
    "person_id",
    "canonical",
)
COLUMNS: tuple[str, ...] = ("doc_id", "doc_index", "start", "end", "label", "text", *ATTRIBUTE_COLUMNS)
_ATTRIBUTES = tuple(column for column in ATTRIBUTE_COLUMNS if column != "holder_text")


def _import_pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError("vnpolitics tables need pandas: pip install 'vnpolitics[pandas]'") from None
    return pandas


def to_pandas(docs: Document | Iterable[Document]) -> pandas.DataFrame:
    """One row per mention of one or many documents, in document then text order.

    ``doc_id`` is the document's id (None when it has none); ``doc_index`` its
    position in ``docs``. ``holder`` is the holding PERSON's id, ``holder_text``
    that person's text as written.
    """
    pandas = _import_pandas()
    documents = [docs] if isinstance(docs, Document) else docs
    rows = [row for index, document in enumerate(documents) for row in _rows(document, index)]
    frame = pandas.DataFrame(rows, columns=list(COLUMNS))
    return frame.astype({"doc_index": "int64", "start": "int64", "end": "int64", "year": "Int64"})


def _rows(document: Document, index: int) -> Iterable[dict[str, Any]]:
    texts = {entity.id: entity.text for entity in document.entities}
    for entity in document.entities:
        attrs = entity.attrs
        row: dict[str, Any] = {
            "doc_id": document.id,
            "doc_index": index,
            "start": entity.start,
            "end": entity.end,
            "label": entity.label,
            "text": entity.text,
        }
        row.update({name: getattr(attrs, name, None) for name in _ATTRIBUTES})
        row["holder_text"] = texts.get(row["holder"]) if row["holder"] else None
        yield row

