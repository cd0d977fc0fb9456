"""A printed frame of labels closed by ``=`` and their values: EQUALS_LABELS (rules).

A statistics package returns a test's results as a two-column pandas frame, the first column
labels that end in ``=`` (right-aligned), the second the numbers, under two column titles;
printed, each row opens with the frame's index::

                      Independent t-test  results
    0  Difference (control - treated) =   -5.7001     <- Difference (control - treated)
    1              Degrees of freedom =   78.0000
    6                       Cohen's d =   -0.6546     <- Cohen's d

Each row is one value named by its whole label, whatever it holds (parentheses, ``<``, a
quote), which the grammar of pairs cannot take for a name. The rows are one frame: the index
counts from 0 under a line of titles, and every row's ``=`` stands where the row above's does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .grammar import NUMBER
from .summary import MEASURED
from ..lazyre import LazyPattern

_MAX_ROWS = 64  # a frame of a test's results is short
_ROW = LazyPattern(rf"(\d+) +(\S[^=]*?) =\s+({NUMBER})\s*\Z")


def read_equals_row(line: str, before: Callable[[int], Sequence[str]]):
    """The step of `line` as a row of such a frame, or None when it is none."""
    row = _ROW.match(line)
    if row is None:
        return None
    index, at = int(row.group(1)), row.end(2)
    lines = before(index + 1) if index <= _MAX_ROWS else ()
    if len(lines) != index + 1:
        return None
    for back in range(1, index + 1):  # the rows above: one frame, each "=" where this one's is
        prior = _ROW.match(lines[-back])
        if prior is None or int(prior.group(1)) != index - back or prior.end(2) != at:
            return None
    title = lines[0].strip()
    if not title or lines[0][:1] != " " or _ROW.match(lines[0]) is not None:
        return None  # the first row sits under the frame's titles, set in
    label = row.group(2)
    if rules.is_setup_name(label) and not rules.is_result_name(label):
        return []
    return [([(label, row.group(3))], MEASURED)]
