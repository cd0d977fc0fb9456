"""REPORT_COLUMN (rules): a report's set-in ``label   value`` lines, the values right-aligned in
one column.

A statistics tool prints a fit's summary as sections of set-in lines, each a label of words and
its value pushed right to one edge, the same edge in every section (lavaan's ``summary()``)::

    Model Test User Model:                              <- a section's heading

      Test statistic                                 2.756     <- Model Test User Model/Test statistic
      Degrees of freedom                                 2
      P-value (Chi-square)                           0.252

    Loglikelihood and Information Criteria:

      Akaike (AIC)                                3529.576     <- Akaike (AIC)

The shape says what the line is: a label that may hold anything but a gap (digits, brackets,
``<=``), a gap of three spaces or more, one value, and other such lines around it, set in as far,
whose values end at the same column though they are of different widths (right-aligned, a
report's column, not a config dump's left-aligned values), one of them at least labelled by words
(a dump of identifiers, ``lr   0.05`` over ``momentum   0.9``, is settings, however aligned).
Gretl's two columns of pairs a line are read alike, flush left too (with one pair a line, flush
left is R's one-column matrix, or a dump). Each number is a point named by its label; a value that is a word (``Estimator   ML``) gives nothing, nor does a time, a step, or
a whole number under a count's or a size's label (NOT_METRIC_WORDS: ``Number of observations
301``); a decimal value under such a word is a statistic (``Comparative Fit Index (CFI)
0.995``, ``Sample-size adjusted Bayesian (SABIC)  3533.861``); a statistic's degrees of
freedom closing its label are dropped (STAT_ARGUMENTS: ``F(2, 57)`` is ``F``). A label that
names only the kind of statistic (``Test statistic``, ``Degrees of freedom``:
GENERIC_STATISTIC) says nothing of what was tested: the section's heading does, and names it
``<heading>/<label>``. Under a heading of settings the lines are params.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .cells import NUMBER_CELL
from ..lazyre import LazyPattern

_CELL = LazyPattern(r"\S+(?: \S+)*")  # a cell: words one space apart
_HEADING = LazyPattern(r"[^\W\d][^:]{0,79}:[ \t]*\Z")  # "Model Test User Model:", flush left
_ARGUMENTS = LazyPattern(r"\(\d+(?:, ?\d+)*\)\Z")  # STAT_ARGUMENTS: "F(2, 57)"'s degrees of freedom
_LOOK_BACK = 32  # lines looked back at for the column's other rows and the section's heading
_MIN_ROWS = 3  # rows in the column, this one included
_MAX_INDENT = 12
_FRACTION = LazyPattern(r"-?\d+\.(\d+)\Z")  # FIXED_DECIMALS: a decimal's places
_FIXED_PLACES = 4
# GENERIC_STATISTIC (rules): labels naming only a kind of statistic, not what it is of.
_GENERIC = frozenset(("statistic", "test statistic", "value", "estimate", "degrees of freedom",
                      "df"))

Shape = tuple[int, tuple[int, ...], tuple[int, ...], list[tuple[str, str]]]


def _shape(line: str) -> Shape | None:
    """(indent, value starts, value ends, (label, value) pairs) of a row of such columns: one
    or more labels each with one value, three spaces or more between cells; else None."""
    body = line.rstrip()
    indent = len(body) - len(body.lstrip(" "))
    if indent > _MAX_INDENT or "\t" in body:
        return None
    cells = [(m.group(), m.start(), m.end()) for m in _CELL.finditer(body)]
    if not cells or len(cells) % 2 or any(
            cells[at + 1][1] - cells[at][2] < 3 for at in range(len(cells) - 1)):
        return None
    labels, values = cells[0::2], cells[1::2]
    if not indent and len(labels) < 2:
        return None  # flush left, one pair a line: R's one-column matrix, a dump's settings
    if any(" " in value for value, _, _ in values) or not all(
            any(ch.isalpha() for ch in label) and label[-1:] not in ":=" for label, _, _ in labels):
        return None
    return (indent, tuple(start for _, start, _ in values), tuple(end for _, _, end in values),
            [(label, value) for (label, _, _), (value, _, _) in zip(labels, values)])


def _column(shape: Shape, around: Sequence[str]) -> bool:
    """True when `around` (lines near the row) holds enough rows of the row's columns: set in
    as far, their values ending where its values end, of at least two widths (or two pairs a
    line: columns of pairs, GAPPED_PAIRS' layout, whatever the widths)."""
    indent, starts, ends = shape[0], {shape[1]}, shape[2]
    rows, worded, places = 1, _worded(shape), {_places(shape)}
    for other in around:
        if len(other.rstrip()) != ends[-1]:
            continue  # the usual case: another width, no row of these columns
        found = _shape(other)
        if found is None or found[0] != indent or found[2] != ends:
            continue
        rows += 1
        starts.add(found[1])
        places.add(_places(found))
        worded = worded or _worded(found)
    fixed = len(places) == 1 and None not in places  # FIXED_DECIMALS: printf's "%.8f" in every row
    return rows >= _MIN_ROWS and worded and (len(starts) > 1 or len(ends) > 1 or fixed)  # widths vary, or pairs


def _places(shape: Shape) -> int | None:
    """FIXED_DECIMALS (rules): the decimal places the row's values are all printed with, when
    they are _FIXED_PLACES or more (``0.89880292``); None otherwise."""
    found = {len(fraction.group(1)) if (fraction := _FRACTION.match(value)) else None for _, value in shape[3]}
    places = found.pop() if len(found) == 1 else None
    return places if places is not None and places >= _FIXED_PLACES else None


def _worded(shape: Shape) -> bool:
    """True when a label of the row is words (``Test statistic``), no identifier alone
    (``weight_decay``): a report's labels are phrases, a settings dump's are keys."""
    return any(" " in label for label, _ in shape[3])


def _report_shape(line: str, before: Callable[[int], Sequence[str]],
                  after: Callable[[], str | None] | None,
                  ahead: Callable[[int], Sequence[str]] | None = None) -> Shape | None:
    gap = line.find("   ", len(line) - len(line.lstrip(" ")))
    if gap < 0 or not any(map(str.isalpha, line[:gap])):
        return None  # the usual case: no gap of three spaces after a label with a letter
    shape = _shape(line)
    if shape is None:
        return None
    if ahead is not None:  # the first row of a column: the two rows after it tell
        around = [*before(_LOOK_BACK), *ahead(_MIN_ROWS - 1)]
    else:
        following = after() if after is not None else None
        around = [*before(_LOOK_BACK), *([following] if following else [])]
    return shape if _column(shape, around) else None


def is_report_row(line: str, before: Callable[[int], Sequence[str]],
                  after: Callable[[], str | None] | None = None) -> bool:
    """True when `line` is a row of a report's right-aligned columns (see the module)."""
    return _report_shape(line, before, after) is not None


def read_report_row(line: str, before: Callable[[int], Sequence[str]],
                    after: Callable[[], str | None] | None = None,
                    ahead: Callable[[int], Sequence[str]] | None = None):
    """``(kind, pairs)`` for a row of such columns: kind "config" under a heading of settings,
    else "metrics" (pairs empty for words' and counts' rows); None for no such row. `ahead(n)`
    gives the lines after it (else `after()` the next one)."""
    shape = _report_shape(line, before, after, ahead)
    if shape is None:
        return None
    heading = _heading(before(_LOOK_BACK)) if line[:1] == " " else None
    config = heading is not None and rules.heading_kind(heading) == "config"
    pairs = []
    for label, value in shape[3]:
        number = NUMBER_CELL.match(value)
        if number is None:
            continue
        whole = "." not in number.group(1) and "e" not in number.group(1).lower()
        if config:
            pairs.append((label, number.group(1)))
            continue
        if rules.is_setup_name(label) and whole or rules.is_time_column(label) or (
                rules.step_column_rank(label) is not None):
            continue
        if (arguments := _ARGUMENTS.search(label)) is not None and arguments.start() > 0:
            label = label[:arguments.start()]  # STAT_ARGUMENTS: "F(2, 57)" is F
        if heading is not None and label.lower() in _GENERIC:
            label = f"{heading}/{label}"
        pairs.append((label, number.group(1)))
    return ("config" if config else "metrics"), pairs


def _heading(lines: Sequence[str]) -> str | None:
    """The heading of the section the rows above belong to: the nearest flush-left line closed
    by a colon, past set-in lines and blank ones; None when another line comes first."""
    for text in reversed(lines):
        if not text.strip() or text[:1] == " ":
            continue
        heading = _HEADING.match(text)
        return None if heading is None else text.strip()[:-1].strip()
    return None
