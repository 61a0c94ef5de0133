"""Linking resolved entities: which PERSON holds which TITLE, which mentions are one person.

(Not written yet: links nothing.)
"""

from __future__ import annotations

from .recognizers.base import Candidate, Context
from .registry import register_linker

__all__: list[str] = []


@register_linker("vnpolitics.holders.v1")
def make_holder_linker() -> object:
    def link_holders(context: Context, entities: list[Candidate]) -> None:
        return None

    return link_holders


@register_linker("vnpolitics.coreference.v1")
def make_coreference_linker() -> object:
    def link_people(context: Context, entities: list[Candidate]) -> None:
        return None

    return link_people
