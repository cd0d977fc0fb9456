"""ASIDE_TOTAL (rules): a total in parentheses belongs to the value right before it.

A line states a figure and, in an aside, the total it was worked out of::

    Average time of function evaluating (secs): 1.02e-05 (total = 0.000306)
                                                ^ no pair (a sentence)  ^ the time's total

The total is an amount of the same kind as the figure before it: where that figure gives no
pair (its label a sentence, a time, a count), its total gives none either; where it does, the
total stays a pair beside it.
"""

from __future__ import annotations

import re

from ..lazyre import LazyPattern
from .grammar import NUMBER

_TOTAL_WORDS = frozenset(("total", "sum", "overall"))
_AFTER_NUMBER = LazyPattern(rf"({NUMBER})\s*\(\s*['\"]?\Z")


def orphan_total(line: str, match: re.Match[str], pairs: list[tuple[str, str]]) -> bool:
    """True when `match` (a PAIR match in `line`) is a total word alone opening a parenthesis
    right after a number that gave no pair of `pairs` (the pairs found before it)."""
    if match.group(1).lower() not in _TOTAL_WORDS:
        return False
    before = _AFTER_NUMBER.search(line, max(0, match.start(1) - 48), match.start(1))
    return before is not None and not (pairs and pairs[-1][1] == before.group(1))
