"""What every recogniser shares: the candidate it proposes and the context it reads.

A recogniser is any callable ``(Context) -> Iterable[Candidate]`` registered
under a versioned name (see :mod:`vnpolitics.registry`). It works on the
normalised text only; the pipeline maps offsets back to the original.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from typing import Any, Iterable, Protocol

from ..normalization import NormalizedText
from ..segment import SentenceIndex, sentences

__all__ = ["Candidate", "Context", "Recognizer", "SpanIndex"]


@dataclass(slots=True)
class Candidate:
    """A proposed entity in normalised-text offsets.

    ``priority`` breaks overlaps before length does (higher wins); leave it at 0
    unless a rule must beat a longer competitor.
    """

    start: int
    end: int
    label: str
    attrs: dict[str, Any] = field(default_factory=dict)
    priority: int = 0
    id: str | None = None  # set by the pipeline once overlaps are resolved

    @property
    def length(self) -> int:
        return self.end - self.start


class Context:
    """The document as recognisers and linkers see it."""

    def __init__(self, normalized: NormalizedText, doc_date: _dt.date | None = None) -> None:
        self.normalized = normalized
        self.text = normalized.text
        self.doc_date = doc_date
        # Candidates proposed so far, in pipeline order: later recognisers may read them.
        self.candidates: list[Candidate] = []

    @cached_property
    def sentences(self) -> SentenceIndex:
        return SentenceIndex(sentences(self.text))


class Recognizer(Protocol):
    def __call__(self, context: Context) -> Iterable[Candidate]: ...


class SpanIndex:
    """Answers "does [start, end) overlap any of these spans?" in O(log n).

    Recognisers check their matches against spans found earlier; a linear scan
    per match makes a long text quadratic (a 1 MB line holds thousands of each).
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        # _reach[i]: the furthest end among the first i + 1 spans (spans may nest or overlap)
        self._reach = list(accumulate((end for _, end in ordered), max))

    def __len__(self) -> int:
        return len(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        """True when some span shares at least one character with [start, end)."""
        before = bisect.bisect_left(self._starts, end)  # spans starting before `end`
        return before > 0 and self._reach[before - 1] > start

    def contains(self, position: int) -> bool:
        """True when ``position`` lies inside some span."""
        return self.overlaps(position, position + 1)
