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

TITLED_LEVELS (rules): such a block of a factor closes, after its counts and a blank line, with
a table of its levels, a header flush left over rows of a label and numbers::

    Value       adam adamw   sgd
    Frequency     88    98   114          <- optimizer/Frequency/adam ...
    Proportion 0.293 0.327 0.380          <- optimizer/Proportion/adam ...

Each number is ``<title>/<label>/<level>``: a table's cell (row and column) of the thing the
title names, two factors' levels (``TRUE``, ``FALSE``) kept apart.
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


def _names(header: str, row: str, stats: bool = True) -> list[str] | None:
    """The names of `header` over the values of `row`, when it is a header of statistics (or,
    not `stats`, of any names)."""
    names = [(m.group(), m.span()) for m in _TOKEN.finditer(header)]
    cells = [m.span() for m in _TOKEN.finditer(row)]
    if len(names) != len(cells) or not all(
            start < right and left < end for (_, (start, end)), (left, right) in zip(names, cells)):
        return None
    kinds = [is_statistic(name) or _LEVEL.match(name) is not None for name, _ in names]
    if stats and True not in kinds or not all(stat or cell_kind(name) == "name" and (
            rules.step_column_rank(name) is None) for stat, (name, _) in zip(kinds, names)):
        return None
    return [name for name, _ in names]


def _title(lines: Sequence[str], at: int, reach: int, stats: bool = True) -> str | None:
    """The block's title at or above `lines[at]`, past pairs of headers and rows, when it is one
    word alone under a rule, a blank line or the start of the output."""
    while at >= 1 and _ROW.match(lines[at]) and _names(lines[at - 1], lines[at], stats) is not None:
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
    if "%" in line or line[:1] in "-+":
        return read_ruled_stats(line, before)  # RULED_TITLED_STATISTICS
    if line.strip(_ROW_CHARS) or _ROW.match(line) is None:
        return None  # (a character no row of numbers holds: no regex run)
    above, reach = before(1), 2 * _PAIRS + 2
    names = _names(above[-1], line) if above else None  # most rows end here: no statistics
    title = None if names is None else _title(lines := before(reach), len(lines) - 2, reach)
    if names is None or title is None:
        return None
    pairs = [(f"{title}/{name}", value) for name, value in zip(names, line.split())
             if not rules.is_count_column(name)]
    return [(pairs, None)] if pairs else []


_PERCENT_ROW = LazyPattern(rf"\s*{_NUMBER}%?(?:\s+{_NUMBER}%?)+\s*\Z")
_DASH_RUNS = LazyPattern(r"-{2,}(?: +-{2,})+ *\Z")
_COLON_TITLE = LazyPattern(r"([^\W\d][\w.]*(?: [^\W\d][\w.]*){0,2}):[ \t]*\Z")
_SPACED = LazyPattern(r"\S+(?: \S+)*")


def read_ruled_stats(line: str, before: Callable[[int], Sequence[str]]):
    """RULED_TITLED_STATISTICS: a list of one step of ``<title>/<name>`` pairs for the one row
    of numbers (``%`` cells too) under a rule of dash runs, a header of statistics' names and a
    title closed by a colon, flush left, else None."""
    if line.strip(_ROW_CHARS + "%") or _PERCENT_ROW.match(line) is None:
        return None
    lines = before(4)
    if len(lines) < 3 or _DASH_RUNS.match(lines[-1]) is None or (title := _COLON_TITLE.match(lines[-3])) is None:
        return None
    if len(lines) == 4 and lines[0].strip():
        return None  # the title opens a block: a blank line or the output's start above it
    runs, header = [m.span() for m in _SPACED.finditer(lines[-1])], list(_SPACED.finditer(lines[-2]))
    values = [m.span() for m in _SPACED.finditer(line)]
    if not (len(runs) == len(header) == len(values)) or not all(
            name.start() < end and start < name.end() for name, (start, end) in zip(header, runs)) or not all(
            left < end and start < right for (start, end), (left, right) in zip(runs, values)):
        return None
    names = [name.group() for name in header]
    if not any(is_statistic(name) for name in names) or not all(
            is_statistic(name) or _counted(name) for name in names):
        return None  # statistics of one thing, the title's; a count column may stand among them
    pairs = [(f"{title.group(1)}/{name}", value.rstrip("%")) for name, value in zip(names, line.split())
             if not _counted(name)]
    return [(pairs, None)] if pairs else []


def _counted(name: str) -> bool:
    """A count column's name: COUNT_COLUMNS', or a number sign opening it (``# days``)."""
    return name[:1] == "#" or rules.is_count_column(name)


_LEVEL_ROWS = 6  # rows of a table of levels (a frequency, a proportion, a percent ...)
_CELL = LazyPattern(rf"{_NUMBER}\Z")


def _level_row(line: str, width: int) -> list[str] | None:
    """The cells of a row of a table of levels: a label flush left, then numbers only."""
    cells = line.split()
    if len(cells) != width or not line[:1].isalpha() or not all(map(_CELL.match, cells[1:])):
        return None
    return cells


def read_titled_levels(line: str, before: Callable[[int], Sequence[str]]):
    """TITLED_LEVELS: a list of one step of ``<title>/<label>/<level>`` pairs for a row of the
    table of levels closing a titled block, else None."""
    cells = line.split()
    if len(cells) < 3 or _level_row(line, len(cells)) is None:
        return None
    reach = _LEVEL_ROWS + 2 * _PAIRS + 6
    lines = before(reach)
    at, top = len(lines) - 1, max(len(lines) - _LEVEL_ROWS, 0)
    if all(text.strip() for text in lines[max(top - 1, 0):]):
        return None  # no blank line over the header: a table's rows go on (the usual case)
    while at > top and _level_row(lines[at], len(cells)) is not None:
        at -= 1  # the rows of the table above this one
    if not lines[at].strip():
        at += 1  # levels that are numbers (``Value  3  4  5``): the header reads as a row
    names = lines[at].split() if 2 <= at < len(lines) else []
    if len(names) != len(cells) or not lines[at][:1].isalpha() or cell_kind(names[0]) != "name" or not all(
            cell_kind(name) in ("name", "number") for name in names[1:]) or lines[at - 1].strip():
        return None  # no header of the levels, flush left, under a blank line
    at -= 1
    while at > 0 and not lines[at].strip():
        at -= 1
    title = _title(lines, at, reach, stats=False) if _ROW.match(lines[at]) else None
    if title is None:
        return None
    return [([(f"{title}/{cells[0]}/{name}", value) for name, value in zip(names[1:], cells[1:])],
             None)]
