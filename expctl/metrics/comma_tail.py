"""A result named in words closing a line of pairs after a comma (COMMA_TAIL in `rules`).

A search prints the settings it chose as pairs and its score as words after them::

    best c=2.0, g=0.125, cross-validation accuracy 98.1221%     <- cross-validation accuracy

The last comma field of a line that has pairs, words and one number (``%`` after it at most)
closing the line, is a pair when its words name a result (RESULT_WORDS) and hold no prose
word; anything else there (``took 3.5 s``, ``3 workers``) is left alone.
"""

from __future__ import annotations

from . import rules
from .grammar import NUMBER, PROSE_WORDS
from ..lazyre import LazyPattern

_TAIL = LazyPattern(rf",\s+((?:[^\W\d][\w-]*\s){{0,3}}[^\W\d][\w-]*)\s+({NUMBER})\s?%?\s*\Z")


def comma_tail(line: str, pairs: list, spans: list[int]) -> tuple[list, list[int]]:
    """`pairs` and `spans` with the closing comma field's pair added (COMMA_TAIL), when the
    line has one after its last pair."""
    if not pairs or len(spans) != len(pairs) or (tail := _TAIL.search(line, spans[-1])) is None:
        return pairs, spans
    name = tail.group(1)
    if PROSE_WORDS.intersection(name.lower().split()) or not rules.is_result_name(name) or (
            rules.is_setup_name(name)) or any(name == held for held, _ in pairs):
        return pairs, spans
    return [*pairs, (name, tail.group(2))], [*spans, tail.start(1)]
