"""TITLED_STATISTICS (rules): statistics of a thing, a header of their names over one row of
values (or several such pairs, a wrapped row), in a block titled by the thing's name alone.

A tool describing a data set column by column prints a block per column: its name alone on a
line, under a rule or a blank line, then the statistics, right-aligned names over values,
wrapped at the terminal's width (Hmisc's ``describe``)::

    ----------------------------------------------------------------
    val_acc
           n  missing distinct     Info     Mean      Gmd      .05      .10
         288       12      282        1   0.7991   0.1338   0.6111   0.6376   <- val_acc/Mean ...
         .25      .50      .75      .90      .95
      0.7191   0.8098   0.8962   0.9464   0.9616                             <- val_acc/.25 ...

A row is a line of numbers only under a header of as many names, each standing over its value
(sharing columns with it), with a statistic among them (``Mean``, ``sd``, ``Min.``, ``95%``, a
quantile's level as R names it, ``.05``) and no step column; above it, pairs of such headers and
rows up to the title: one word alone flush left (a name, no number), under a rule, a blank line
or the start of the output. The title names the thing the statistics are of, so each value is
``<title>/<name>``: the columns described never share a series. A count column (``n``) gives
nothing (COUNT_COLUMNS). A header without a statistic (``loss  acc``) under a title is left to
the other readers, as is a row under a header right under no such title.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .cells import cell_kind
from .stat_rows import is_statistic
from ..lazyre import LazyPattern

_PAIRS = 4  # header-and-row pairs of one block looked back over (a row wrapped four times)
_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_ROW = LazyPattern(rf"\s*{_NUMBER}(?:\s+{_NUMBER})+\s*\Z")
_ROW_CHARS = " \t0123456789.-+eE"
_LEVEL = LazyPattern(r"\.\d{1,4}\Z")  # R's name of a quantile's level: ".05", ".50"
_TOKEN = LazyPattern(r"\S+")
_RULE = frozenset("-=─━═")
_TITLE = LazyPattern(r"([^\W\d][\w.]*)[ \t]*\Z")


def _names(header: str, row: str) -> list[str] | None:
    """The names of `header` over the values of `row`, when it is a header of statistics."""
    names = [(m.group(), m.span()) for m in _TOKEN.finditer(header)]
    cells = [m.span() for m in _TOKEN.finditer(row)]
    if len(names) != len(cells) or not all(
            start < right and left < end for (_, (start, end)), (left, right) in zip(names, cells)):
        return None
    stats = [is_statistic(name) or _LEVEL.match(name) is not None for name, _ in names]
    if True not in stats or not all(stat or cell_kind(name) == "name" and (
            rules.step_column_rank(name) is None) for stat, (name, _) in zip(stats, names)):
        return None
    return [name for name, _ in names]


def _title(lines: Sequence[str], reach: int) -> str | None:
    """The block's title above its last header (`lines` end with it), past pairs of headers and
    rows, when it is one word alone under a rule, a blank line or the start of the output."""
    at = len(lines) - 2
    while at >= 1 and _ROW.match(lines[at]) and _names(lines[at - 1], lines[at]) is not None:
        at -= 2
    if at < 0 or (title := _TITLE.match(lines[at])) is None or cell_kind(title.group(1)) != "name":
        return None
    if at == 0:
        return title.group(1) if len(lines) < reach else None  # the first line printed
    above = lines[at - 1].strip()
    return title.group(1) if not above or set(above) <= _RULE else None


def read_titled_stats(line: str, before: Callable[[int], Sequence[str]]):
    """A list of one step of ``<title>/<name>`` pairs for a row of statistics in a titled block,
    else None (the line is no such row)."""
    if line.strip(_ROW_CHARS) or _ROW.match(line) is None:
        return None  # (a character no row of numbers holds: no regex run)
    above, reach = before(1), 2 * _PAIRS + 2
    names = _names(above[-1], line) if above else None  # most rows end here: no statistics
    title = None if names is None else _title(before(reach), reach)
    if names is None or title is None:
        return None
    pairs = [(f"{title}/{name}", value) for name, value in zip(names, line.split())
             if not rules.is_count_column(name)]
    return [(pairs, None)] if pairs else []
