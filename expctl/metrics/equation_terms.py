"""A fitted equation written out as a sum of terms: EQUATION_TERMS (rules).

A model discovered or fitted as a sum of terms is printed as its equation, each term's
coefficient before the term::

    (x)' = -9.999 x +  9.999 y                 <- (x)'/x = -9.999, (x)'/y = 9.999
    (y)' =  27.992 x + -0.999 y + -1.000 x z   <- (y)'/x z = -1.000

Each coefficient is what the fit found for its term of that left side: ``<left>/<term>``. The
whole line must be such a sum, two terms at least, each a number then a term of one or more
identifiers one space apart (``x z``, ``x^2``, ``sin(x)``, ``1`` for the constant); a term
subtracted (``- 0.5 x``) has its coefficient negated. A lone ``time = 3.2 s`` (one term) is
left to the pairs' grammar, and a constant with no term (``time = -1.1E-05 + 3.1E-08*n``)
makes the line no such sum.
"""

from __future__ import annotations

from .grammar import NUMBER
from ..lazyre import LazyPattern

_TOKEN = r"(?:[^\W\d][\w^]*(?:\([^()\s]{1,16}\))?|1)"
_TERM = rf"({NUMBER}) ({_TOKEN}(?: {_TOKEN}){{0,3}})"
_LEFT = LazyPattern(r"\s*([^\s=]{1,32}) +=[ \t]+")
_FIRST = LazyPattern(rf"{_TERM}(?=\s|\Z)")
_NEXT = LazyPattern(rf"\s+([-+])\s+{_TERM}(?=\s|\Z)")


def equation_terms(line: str) -> tuple[list[tuple[str, str]], list[int]] | None:
    """The ``(<left>/<term>, coefficient)`` pairs of `line` and where its left side starts
    (each pair's) when it is such an equation, or None."""
    left = _LEFT.match(line)
    if left is None or left.group(1)[-1:] in "<>!":
        return None
    term = _FIRST.match(line, left.end())
    if term is None:
        return None
    pairs = [(f"{left.group(1)}/{term.group(2)}", term.group(1))]
    at = term.end()
    while (term := _NEXT.match(line, at)) is not None:
        value = term.group(2)
        if term.group(1) == "-":
            value = value[1:] if value[:1] == "-" else "-" + value.lstrip("+")
        pairs.append((f"{left.group(1)}/{term.group(3)}", value))
        at = term.end()
    if len(pairs) < 2 or line[at:].strip():
        return None
    return pairs, [left.start(1)] * len(pairs)
