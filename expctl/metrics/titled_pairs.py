"""Blocks of colon-less ``label  value`` lines under a framed title: TITLED_PAIRS (rules).

An evaluation report sets its results one a line, a label of words, a gap of two or more
spaces and the value, no colon between (Weka's summary)::

    === J48: 10-fold cross-validation ===

    Correctly Classified Instances         167               93.8202 %
    Kappa statistic                          0.9058
    Relative absolute error                 11.0723 %

Such a line alone looks like many listings that are no results (``du``'s sizes, a table of
files, a data frame's rows), so it is read only inside a block headed by a title framed by
runs of one mark (``=== ... ===``, ``--- ... ---``), the block's lines all of this shape up to
the title (blank lines skipped: the lines kept of earlier output hold none). A value is one number, with a percent sign or a
short unit; a whole count before a percentage (``167  93.8 %``) is the count of what the
percentage measures: the percentage is the value, a share, kept whatever its label counts
(``Correctly Classified Instances``), where a bare count under such a label is left out.
The block's lines may be set in alike (SET_IN_PAIRS: Uncertainty Toolbox's ``  MAE   0.322``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .grammar import NUMBER
from ..lazyre import LazyPattern

_LOOK_BACK = 12  # how far up a block's title may lie
_MAX_INDENT = 8  # SET_IN_PAIRS (rules): the block's lines may be set in alike, up to this
_PAIR = LazyPattern(
    rf"([^\W\d_][\w.'()/-]*(?: [^\W\d_(][\w.'()/-]*){{0,6}}) {{2,}}(?:\d+ {{2,}})?"
    rf"({NUMBER})(?: {{0,2}}(%|[^\W\d_]{{1,3}}))?\s*\Z")
_TITLE = LazyPattern(r"\s*(=|-|\*|#){3,} ?[^\W_].*?\S ?\1{3,}\s*\Z")  # a word within the frame


def pair_line(line: str) -> tuple[str, str, bool] | None:
    """The (label, value, whether a percentage) of a colon-less ``label  value`` line, or None
    for no such line."""
    if not line[:1].isalpha() or ":" in line or "  " not in line:
        return None  # the cheap gate: a label first, a gap, no colon
    found = _PAIR.match(line)
    return None if found is None else (found.group(1), found.group(2), found.group(3) == "%")


def is_title(line: str) -> bool:
    """True when `line` is a title framed by runs of one mark (``=== Summary ===``)."""
    return line.lstrip()[:3] in ("===", "---", "***", "###") and _TITLE.match(line) is not None


def read_titled_pair(line: str, before: Callable[[int], Sequence[str]]) -> tuple[str, str, bool] | None:
    """The (label, value, whether a percentage) of `line` when it is a line of a block of pairs
    under a framed title."""
    indent = len(line) - len(line.lstrip(" ")) if line[:1] == " " else 0
    if indent > _MAX_INDENT:
        return None
    pair = pair_line(line[indent:])
    if pair is None:
        return None
    for above in reversed(before(_LOOK_BACK)):
        if is_title(above):
            return pair
        if above.strip() and (above[:indent].strip() or pair_line(above[indent:]) is None):
            return None  # another line parts the block from its title
    return None
