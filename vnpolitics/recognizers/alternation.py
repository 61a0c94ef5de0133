"""A word list as one fast regular expression.

A plain alternation of a few hundred names ("Hà Nội|Hải Phòng|...") makes the
regex engine try every name at every position of the text; written as a
trie ("H(?:à Nội|ải Phòng)") it tries one branch per character, which runs
over ten times faster on news text. Longer entries still win: each optional
tail is greedy, so a following boundary test backtracks to the longest entry
that fits.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

__all__ = ["trie_alternation"]

_END = ""


def trie_alternation(words: Iterable[str]) -> str:
    """A regex (no groups, no anchors) matching exactly the given words, longest first."""
    trie: dict[str, dict] = {}
    for word in words:
        if not word:
            continue
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[_END] = {}
    return _pattern(trie)


def _pattern(node: dict[str, dict]) -> str:
    branches = [regex.escape(character) + _pattern(child) for character, child in sorted(node.items()) if character != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body
