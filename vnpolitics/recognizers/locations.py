"""LOCATION recogniser (not written yet: proposes nothing)."""

from __future__ import annotations

from typing import Iterable

from ..registry import register_recognizer
from .base import Candidate, Context


@register_recognizer("vnpolitics.locations.v1")
def make_recognizer() -> "object":
    def recognize(context: Context) -> Iterable[Candidate]:
        return ()

    return recognize
