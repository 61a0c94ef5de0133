"""Choosing among overlapping candidates: the output is flat (ANNOTATION.md).

Higher ``priority`` wins, then the longer span, then the earlier one. Longest
wins because the longer reading is almost always the right one here:
"UBND tỉnh Nghệ An" (ORGANIZATION) over "tỉnh Nghệ An" (LOCATION),
"TP Hồ Chí Minh" over the person "Hồ Chí Minh", a legal code over the year
inside it.
"""

from __future__ import annotations

import bisect

from .recognizers.base import Candidate

__all__ = ["resolve_overlaps"]


def resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep a non-overlapping subset, returned in text order."""
    ranked = sorted(candidates, key=lambda c: (-c.priority, -c.length, c.start, c.label))
    starts: list[int] = []  # accepted spans, sorted by start
    ends: list[int] = []
    kept: list[Candidate] = []
    for candidate in ranked:
        if candidate.length <= 0:
            continue
        index = bisect.bisect_left(starts, candidate.start)
        if index > 0 and ends[index - 1] > candidate.start:
            continue
        if index < len(starts) and starts[index] < candidate.end:
            continue
        starts.insert(index, candidate.start)
        ends.insert(index, candidate.end)
        kept.insert(index, candidate)
    return kept
