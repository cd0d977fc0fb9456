"""PHASE_PAIR (rules): a short line of a phase word, a name and a number, nothing else
(``Test MSE 1776.8``): the name is the metric's, the phase word its section (PHASES)."""

from __future__ import annotations

from . import rules
from .grammar import NUMBER
from ..lazyre import LazyPattern

_PHASE_PAIR = LazyPattern(rf"\s*([^\W\d]+) ([^\W\d][\w@/-]*) +({NUMBER})\s*\Z")


def phase_pair(line: str, label_end: list[int]) -> list[tuple[str, str]]:
    """The one pair of a line made of a phase word, a name and a number, or []; `label_end`
    is set to where the name starts."""
    match = _PHASE_PAIR.match(line)
    if match is None or rules.phase_of(match.group(1)) is None:
        return []
    label_end[:] = [match.start(2)]
    return [(match.group(2), match.group(3))]
