"""INDEXED_FAMILY (rules): the members of an indexed family listed together keep bare names.

A program lists the values of a vector's members as pairs, each named by one letter and its
index, the words before the first saying of what the list is::

    optimal cost: 1.42, final state x1 = -0.000018, x2 = 0.000022

``x1`` and ``x2`` are two members of one vector: the words that opened the list (``final
state``) say what the whole list holds, no more ``x1``'s than ``x2``'s, so the first member is
named as bare as the next is. So with symbols of no number (``best c=2.0, g=0.125``: the chosen
settings); a phase word among the words (``test R2 = 0.5, F1 = 0.3``) stays, and so does a statistic's
(``Avg L: 0.19 | x: 0.7``: the average of L).
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from . import rules
from .grammar import STATISTIC_WORDS

_MEMBER = LazyPattern(r"([^\W\d_]{1,2})(\d{0,3})\Z")  # "x1", "q12"; SYMBOL_LIST: "c", "g"


def family_names(pairs: list[tuple[str, str]], spans: list[int] | None) -> list[tuple[str, str]]:
    """`pairs` (name, value text) with a name of words ending in a member (``final state x1``)
    named by the member alone when the next pair is a bare member of the same family (``x2``),
    or both are bare letters (``best c``, ``g``), and no word is a phase's;
    `spans` (where each name starts, its last ``len(pairs)`` entries) moved with the names."""
    for i in range(len(pairs) - 1):
        if " " not in pairs[i][0] or len(pairs[i + 1][0]) > 5:
            continue  # the usual case: a name of one word, or the next no symbol
        words, nxt = pairs[i][0].split(" "), _MEMBER.match(pairs[i + 1][0])
        own = _MEMBER.match(words[-1])
        if own and nxt and own.group() != nxt.group() and (
                own.group(1) == nxt.group(1) or not (own.group(2) or nxt.group(2))) and not any(
                rules.phase_of(word) or word.lower() in STATISTIC_WORDS for word in words[:-1]):
            if spans is not None:
                spans[len(spans) - len(pairs) + i] += len(pairs[i][0]) - len(words[-1])
            pairs[i] = (words[-1], pairs[i][1])
    return pairs
