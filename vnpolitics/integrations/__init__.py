"""Bridges to other libraries, imported only when used so that ``import vnpolitics`` stays light."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["load"]


def load() -> Language:
    """A spaCy pipeline (blank "xx") with the vnpolitics tokenizer and entity component.

    >>> nlp = vnpolitics.load()                       # doctest: +SKIP
    >>> [(ent.text, ent.label_) for ent in nlp("...").ents]  # doctest: +SKIP

    spaCy is imported here, on first use, not when vnpolitics is imported.
    """
    from .spacy import load as load_spacy

    return load_spacy()
