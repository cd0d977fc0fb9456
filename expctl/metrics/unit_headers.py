"""UNITS_LINE: a table whose header is two lines, the columns' names and under them their units,
each name set right over its column, and rows of a label and numbers set right under them.

    stressor       bogo ops real time  usr time   bogo ops/s     bogo ops/s CPU used per
                             (secs)    (secs)   (real time) (usr+sys time) instance (%)
    cpu                1114      2.00      0.34       556.94        3288.83        13.32

A benchmark runner that measures many things of each case heads its columns with names of
several words, one space apart where the columns stand close (``bogo ops real time``), and
writes each column's unit, or the rest of its name, on a line of its own under it. The numbers'
right edges part the columns: each column's name is the header's text between the edge before
it and its own, words of the line under it joined to it; a unit alone in brackets (``(secs)``,
``(%)``, ``(KB)``) says how the value is measured and is dropped, several words in brackets
(``(real time)``) or bare words (``instance``) finish the name. A cut through a word of either
line, or a column without a name, and the rows are no such table.

Every value is ``<label>/<column>`` (BENCH_CASE_NAME): the row's label is the case, the column
what was measured of it; a column naming a count, size or setting is dropped (NOT_METRIC_WORDS),
times are measured here (STAT_LINE). A prefix every line of the table shares (a program's log
tag, ``stress-ng: metrc: [26988] ``, or a common indent) is no part of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import rules
from .summary import MEASURED
from ..lazyre import LazyPattern

ROWS_LOOK = 40  # rows of one table looked past, up to its units line
_NUMBER = LazyPattern(r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?\Z")
_TOKEN = re.compile(r"\S+")
_GROUP = re.compile(r"\(([^()]*)\)|[^\s()]+")  # a bracketed group, or a bare word


class UnitsRows:
    """UNITS_LINE rows of one run's output. What the last row's look up found, its header or
    none (`_last`: the row's column edges, then the shared lead, units and names, or None
    for none), holds for the rows right after it that have its edges: a long table is looked
    up once."""

    __slots__ = ("_last",)

    def __init__(self) -> None:
        self._last: tuple[tuple[int, ...], tuple[str, str, str] | None] | None = None

    def read(self, line: str, before: Callable[[int], Sequence[str]]):
        """``[(pairs, MEASURED)]`` for `line`, a row under a header of names and a line of
        units (`before(k)` gives the k lines above, oldest first), else None."""
        if not line.rstrip()[-1:].isdigit() or "=" in line:
            return None
        edges = number_edges(line)
        if edges is None:
            return None
        above = before(ROWS_LOOK + 2)
        last = self._last
        if last is not None and last[0] == edges and above and number_edges(above[-1]) == edges:
            if last[1] is None or not line.startswith(last[1][0]):
                return None  # a row after the first, under no such header
            lead, units, names = last[1]
            return _named(line[len(lead):].rstrip(), units, names)
        self._last = (edges, None)
        at = len(above) - 1
        while at >= 1 and "(" not in above[at] and number_edges(above[at]) == edges:
            at -= 1  # the rows of this table above this one
        if at < 1:
            return None
        units, names = above[at], above[at - 1]
        lead = _shared_lead(line, units)
        if not names.startswith(lead) or names[len(lead):][:1] in ("", " ", "\t"):
            return None
        units, names = units[len(lead):].rstrip(), names[len(lead):].rstrip()
        if units[:1] not in (" ", "\t") or "(" not in units or any(c.isdigit() for c in units) or (
                any(_NUMBER.match(token) for token in names.split())):
            return None
        found = _named(line[len(lead):].rstrip(), units, names)
        if found is not None:
            self._last = (edges, (lead, units, names))
        return found


def number_edges(line: str) -> tuple[int, ...] | None:
    """Where each number of the run of two or more closing `line` ends, after a label of
    words one space apart (``cpu   1114   2.00``); None for any other line."""
    tokens = list(_TOKEN.finditer(line))
    edges: list[int] = []
    while tokens and _NUMBER.match(tokens[-1].group()):
        edges.append(tokens.pop().end())
    if len(edges) < 2 or not tokens:
        return None
    return tuple(reversed(edges))


def _shared_lead(line: str, units: str) -> str:
    """What `line` and the units line under the header both open with, up to a space: a log
    tag or an indent every line of the table shares (the units line is set in, so the shared
    text ends where the row's label starts)."""
    size = 0
    for a, b in zip(line, units):
        if a != b:
            break
        size += 1
    lead = line[:size]
    return lead if not lead or lead[-1:] in (" ", "\t") else lead[:lead.rfind(" ") + 1]


def _named(row: str, units: str, names: str):
    tokens = list(_TOKEN.finditer(row))
    first = next((at for at, token in enumerate(tokens) if _NUMBER.match(token.group())), None)
    if not first or any(_NUMBER.match(token.group()) is None for token in tokens[first:]):
        return None  # a label, then numbers only
    label = row[:tokens[first - 1].end()]
    if "  " in label or ":" in label:
        return None  # a label of words one space apart, no field's name
    edges = [token.end() for token in tokens[first:]]
    head = _TOKEN.match(names)  # the label column's name, flush left
    if head is None:
        return None
    start = min(head.end(), tokens[first].start())
    pairs = []
    for low, high, token in zip([start, *edges], edges, tokens[first:]):
        if _cuts(names, low) or _cuts(units, low):
            return None
        name = names[low:high].strip()
        if not name:
            return None
        words = [group.group(1) if group.group(1) is not None else group.group()
                 for group in _GROUP.finditer(units[low:high])
                 if group.group(1) is None or " " in group.group(1).strip()]
        name = " ".join([name, *words])
        if rules.is_time_column(name) or not rules.is_setup_name(name):  # a case's times: measured
            pairs.append((f"{label}/{name}", token.group()))
    if _cuts(names, edges[-1]) or _cuts(units, edges[-1]):
        return None
    return [(pairs, MEASURED)] if pairs else None


def _cuts(text: str, at: int) -> bool:
    """True when an edge at `at` falls inside a word of `text`."""
    return 0 < at < len(text) and not text[at - 1].isspace() and not text[at].isspace()
