"""Runs of ``label = value`` set two or more spaces apart: SPACED_EQUALS (rules).

A statistics package prints the fit's summary figures on one line, each as ``label = value``
and the runs parted by two or more spaces, with labels spelt as the package's own notation::

    R-sq.(adj) =  0.716   Deviance explained = 72.6%
    -REML = 861.13  Scale est. = 3.898     n = 400

The labels hold what no pair name holds (a leading ``-``, parentheses, a closing ``.``,
single spaces), so the pairs' grammar misses them; the runs' layout tells them apart instead:
the whole line is such runs, two at least, each label a word with a letter, set off from the
run before it by two or more spaces. A count (``n = 400``: the number of observations, a
count column's name) is no result and gives no pair; a step key (``cycle = 3``) stays a pair,
the line's step.
"""

from __future__ import annotations

from . import rules
from .grammar import NUMBER
from .equation_terms import equation_terms
from .ratio_equation import ratio_equation
from .steps import STEP_RANK
from ..lazyre import LazyPattern

# one run: a label (words one space apart, no "="), " = ", a number, maybe a percent sign
_RUN = LazyPattern(rf"([^\s=]+(?: [^\s=]+)*) +=[ \t]+({NUMBER})%?(?=\s|\Z)")
_LETTER = LazyPattern(r"[^\W\d_]")


def equal_runs(line: str, found: int) -> tuple[list[tuple[str, str]], list[int]] | None:
    """The pairs and where each starts when `line` is wholly two or more ``label = value``
    runs two or more spaces apart and the pairs' grammar `found` fewer pairs than it has runs
    or read a count among them; None otherwise (the pairs' reading stands). A ratio written
    out with its terms is read first (RATIO_EQUATION, `ratio_equation`), and so is an equation
    written as a sum of terms (EQUATION_TERMS, `equation_terms`)."""
    if "/" in line and (ratio := ratio_equation(line)) is not None:
        return ratio  # RATIO_EQUATION: "chi2 / ndf = 2.818 / 5 = 0.5636"
    if ("+ " in line or " - " in line) and (terms := equation_terms(line)) is not None:
        return terms  # EQUATION_TERMS: "(y)' = 27.992 x + -0.999 y", a coefficient a term
    end = len(line.rstrip())
    at = len(line) - len(line.lstrip())
    pairs: list[tuple[str, str]] = []
    spans: list[int] = []
    runs = 0
    while at < end:
        run = _RUN.match(line, at)
        if run is None or _LETTER.search(run.group(1)) is None or run.group(1)[0].isdigit():
            return None
        if run.group(1) in STEP_RANK or not rules.is_count_column(run.group(1)):
            pairs.append((run.group(1), run.group(2)))
            spans.append(at)
        at, runs = run.end(), runs + 1
        gap = len(line) - at - len(line[at:].lstrip())
        if at < end and gap < 2:
            return None  # "x = 1 and y = 2", "a = 1 b = 2": no runs set apart
        at += gap
    return (pairs, spans) if runs >= 2 and (found < runs or len(pairs) < runs) else None
