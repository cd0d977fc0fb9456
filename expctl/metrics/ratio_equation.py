"""A ratio written out with its terms: RATIO_EQUATION (rules).

A fitter states a goodness of fit as the ratio of two quantities, their values, and the
quotient, in one line::

    chi2 / ndf = 2.818 / 5 = 0.5636        <- chi2 = 2.818, ndf = 5, chi2 / ndf = 0.5636

The pairs' grammar would take ``ndf = 2.818`` from it. The line says three things: each
quantity's value and the ratio's, named as printed (``chi2 / ndf``). The quotient must be the
ratio of the two values (to the printed digits), so a line that only looks so is left alone.
"""

from __future__ import annotations

from .grammar import NUMBER
from ..lazyre import LazyPattern

_NAME = r"[^\W\d][\w.^']*"
_RATIO = LazyPattern(rf"\s*(({_NAME}) ?/ ?({_NAME})) = ({NUMBER}) ?/ ?({NUMBER}) = ({NUMBER})\s*\Z")
_CLOSE = 0.01  # the quotient as printed, to 1 %


def ratio_equation(line: str) -> tuple[list[tuple[str, str]], list[int]] | None:
    """The three pairs of `line` and where each name starts when it is such a ratio, or None."""
    found = _RATIO.match(line)
    if found is None:
        return None
    top, bottom, quotient = float(found.group(4)), float(found.group(5)), float(found.group(6))
    if not bottom or abs(top / bottom - quotient) > _CLOSE * abs(quotient):
        return None
    pairs = [(found.group(2), found.group(4)), (found.group(3), found.group(5)),
             (found.group(1), found.group(6))]
    return pairs, [found.start(2), found.start(3), found.start(1)]
