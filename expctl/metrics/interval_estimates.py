"""INTERVAL_ESTIMATE (rules): a padded label, then an estimate with its interval in parentheses.

A statistics package prints a table of point estimates as a label column, then each estimate
followed by its confidence interval (epiR's ``epi.2by2``, many ``summary`` methods)::

    Inc risk ratio                                 2.05 (1.32, 3.19)
    Attrib fraction in the exposed (%)            51.16 (24.01, 68.61)
    Hazard ratio                                   0.71 (0.52 to 0.97)

The label (words, a letter first, no colon or ``=``, no number last: ``Epoch 3`` says when,
not what) is parted from the estimate by two spaces
or more, a column's padding; the interval is two numbers in parentheses or brackets parted by a
comma or ``to``, and nothing follows it. The estimate is the value of the label; the bounds say
how sure it is and are no results of their own.
"""

from __future__ import annotations

from .grammar import NUMBER
from ..lazyre import LazyPattern

_LABEL = r"[^\W\d][^:=\t]*?[^\s:=\d]"  # no number closing it: "Epoch 3" is a step, no quantity
_ROW = LazyPattern(
    rf"[ \t]*({_LABEL})(?: {{2,}}|\t)({NUMBER})[ \t]+[(\[][ \t]*{NUMBER}[ \t]*(?:,|[ \t]to)[ \t]*"
    rf"{NUMBER}[ \t]*[)\]][ \t]*\Z")
_GAP = LazyPattern(r"\S {2,}\S")  # a label of one column holds no padded gap


def interval_estimate(line: str) -> tuple[str, str, int] | None:
    """The label, estimate and where the label starts of a line ``<label>  <x> (<lo>, <hi>)``,
    else None."""
    row = _ROW.match(line)
    if row is None or _GAP.search(row.group(1)) is not None:
        return None
    return row.group(1), row.group(2), row.start(1)
