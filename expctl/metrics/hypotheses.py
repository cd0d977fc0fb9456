"""HYPOTHESIS_VALUE (rules): a pair stating a hypothesis's value is no metric.

A test or a model comparison prints the hypothesis it tested against, the parameter's value
under it given, not measured (BayesFactor's ``Against denominator:`` over ``Null, mu1-mu2 = 0``,
``Null, rho = 0``). A line whose text before its first pair is a hypothesis's name alone
(``Null``, ``Alt.``, ``Alternative``, ``H0``, ``H_1``), closed by a comma or a colon, states one.
"""

from __future__ import annotations

from ..lazyre import LazyPattern

_HYPOTHESIS = LazyPattern(r"[ \t]*(?ai:null|alt\.?|alternative|h_?[01]|h_?a)[ \t]*[,:][ \t]*\Z")


def states_hypothesis(line: str, spans: list[int]) -> bool:
    """True when `line`'s pairs (their names starting at `spans`) state a hypothesis's value."""
    return bool(spans) and _HYPOTHESIS.match(line, 0, spans[0]) is not None
