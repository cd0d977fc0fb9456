"""PADDED_EQUALS: a run of ``label   =  value`` lines whose ``=`` stand in one column.

A result object's print method (R's ``show``) lists its figures one a line, each label padded
so that every ``=`` stands in one column::

    Number of iterations  =  133
    Sum of similarities   =  -15.27187      <- Sum of similarities
    Sum of preferences    =  -13.74747
    Net similarity        =  -29.01934

The lines may be set in, all by as many spaces. A label of prose (``of``) is no key the grammar of pairs takes: a sentence's words before a
number. In such a run the label is the whole name, as a column's is. Read only where the pairs
read nothing, with a value printed as computed (four significant digits or more after the
point, MEASURED_DIGITS: ``-15.27187``, not ``0.5`` or ``133``: a typed setting, a count), and
with two more lines of the run, the ``=`` in the same column, around it: above it, or the line
right after it. A label of a count or a setting gives nothing (NOT_METRIC_WORDS, as the
parser drops it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .grammar import NUMBER
from .worded_settings import is_measured_value
from ..lazyre import LazyPattern

# a label (set in by spaces or not, a letter first, words one space apart, no "="), padding, "=", a number
_PADDED = LazyPattern(rf" *([^\W\d][^=\s]*(?: [^=\s]+){{0,6}})( +)= +({NUMBER})\s*\Z")
_LINE = LazyPattern(r" *[^\W\d][^=\s]*(?: [^=\s]+){0,6} += +\S")  # a line of the run, any value
_RUN = 3  # lines of one column that make a run
_LOOK_BACK = 8


def read_padded_equals(line: str, before: Callable[[int], Sequence[str]],
                       after: Callable[[], str | None]):
    """The step of `line` as a line of such a run (``[([(label, value)], None)]``), or None."""
    found = _PADDED.match(line)
    if found is None or not is_measured_value(found.group(3)):
        return None
    column, indent = found.end(2), found.start(1)
    run = [line]
    for above in reversed(before(_LOOK_BACK)):
        if not _in_column(above, column, indent):
            break
        run.append(above)
    if len(run) == _RUN - 1 and _in_column(following := after() or "", column, indent):
        run.append(following)
    if len(run) < _RUN or all(text[column - 2:column] != "  " for text in run):
        return None  # no label padded to the column: "=" in one column by chance
    return [([(found.group(1), found.group(3))], None)]


def _in_column(text: str, column: int, indent: int) -> bool:
    """True when `text` is a ``label  = value`` line set in by `indent` spaces whose ``=``
    stands at `column`."""
    return (text[column:column + 1] == "=" and len(text) - len(text.lstrip(" ")) == indent
            and _LINE.match(text) is not None and text.find("=") == column)
