"""RULED_COLUMNS (rules): a table whose columns a rule of dashes marks with ``|`` junctions.

A load tester prints its statistics so (locust): a header of names set over their columns, a rule
under it whose ``|`` junctions close each column, then rows whose leading text cells label them
(a request's method and path) and whose bars part groups of columns::

    Type     Name          # reqs      # fails |    Avg     Min |   req/s
    --------|-------------|-------|-------------|-------|-------|--------
    GET      /items            45     0(0.00%) |     59      27 |   15.08
    --------|-------------|-------|-------------|-------|-------|--------
             Aggregated        92     5(5.43%) |     60      25 |   30.84

The rule, not the spaces, says where each column is: a name may hold spaces (``# reqs``), a cell
may stand right against the next. Each row is one thing: its labels joined (``GET /items``), each
number ``<label>/<column>``; a count column (``# reqs``) and a count with its share
(``0(0.00%)``, COUNT_SHARE) give nothing. Printed again, the table gives its rows again, each a
point more of the same series.

SPACED_RULE (rules): a rule of dash runs one space apart marks the columns as well, one a run,
when the first run stands over no name (the rows' labels, salabim's monitor statistics)::

                            all    excl.zero         zero
    -------------- ------------ ------------ ------------
    mean                  4.081        4.446                 <- mean/all, mean/excl.zero
    90% percentile        8            9

A cell is read in the column whose run it stands in: a row of fewer numbers than columns keeps
each where it was printed, and a label may open with a percentile (``90% percentile``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .cells import NUMBER_CELL
from ..lazyre import LazyPattern

_RULE = LazyPattern(r"-+(?:\|-+){2,}\s*\Z")
# SPACED_RULE (rules): dash runs one space apart, one a column, the first over unnamed labels
_SPACED_RULE = LazyPattern(r"-{2,}(?: -{2,}){2,}\s*\Z")
_RUN = LazyPattern(r"-+")
_LETTER = LazyPattern(r"[^\W\d_]")


def _segments(rule: str) -> list[tuple[int, int]]:
    """The (start, end) of each column the rule's junctions close (SPACED_RULE: each run of
    dashes and the space after it); the last runs to the end."""
    if "|" not in rule:
        starts = [run.start() for run in _RUN.finditer(rule)]
        return list(zip(starts, starts[1:] + [1 << 16]))
    segments, start = [], 0
    for at, char in enumerate(rule):
        if char == "|":
            segments.append((start, at + 1))
            start = at + 1
    segments.append((start, 1 << 16))
    return segments


def _cells(line: str, segments: list[tuple[int, int]]) -> list[str]:
    return [line[start:end].strip(" |") for start, end in segments]


class RuledTable:
    """A ruled table's rule, its columns and their names."""

    __slots__ = ("rule", "segments", "names")

    def __init__(self, rule: str, names: list[str]):
        self.rule, self.segments, self.names = rule.rstrip(), _segments(rule.rstrip()), names


def find_ruled(lines: Sequence[str]) -> RuledTable | None:
    """The ruled table whose rule closes `lines` (oldest first) under a header of names."""
    if len(lines) < 2 or lines[-1][:1] != "-":
        return None
    spaced = _SPACED_RULE.match(lines[-1].strip()) is not None
    if not spaced and not _RULE.match(lines[-1].strip()):
        return None
    segments = _segments(lines[-1].rstrip())
    names = _cells(lines[-2], segments)
    if len(names) < 3 or bool(names[0]) == spaced or any(NUMBER_CELL.match(name) for name in names[:2]):
        return None  # SPACED_RULE: over unnamed labels only (a named first column: another reader's)
    return RuledTable(lines[-1], names)


def read_ruled_row(table: RuledTable, line: str) -> list[tuple[str, str]] | None:
    """The ``<label>/<column>`` pairs of a row, or None when `line` is no row of `table`."""
    if any(char == "|" and (at + 1) not in {end for _, end in table.segments}
           for at, char in enumerate(line)):
        return None  # a bar where the rule has no junction: another drawing
    cells = _cells(line, table.segments)
    lead = 0
    while lead < len(cells) and not NUMBER_CELL.match(cells[lead]) and not (
            cells[lead][:1].isdigit() and (lead or not _LETTER.search(cells[lead]))):  # "90% percentile"
        lead += 1
    label = " ".join(cell for cell in cells[:lead] if cell)
    values = [(name, NUMBER_CELL.match(cell)) for name, cell in zip(table.names[lead:], cells[lead:])]
    if not label or lead == 0 or sum(match is not None for _, match in values) < 2:
        return None
    return [(f"{label}/{name}", match.group(1)) for name, match in values
            if match is not None and name and not _counts(name)]


def _counts(name: str) -> bool:
    """A column of counts (``# reqs``, ``# fails``) or one of time bookkeeping."""
    return name[:1] == "#" or rules.is_count_column(name) or rules.is_setup_name(name)


class RuledReader:
    """The ruled table of a run's output, while its rows come."""

    def __init__(self):
        self.table: RuledTable | None = None

    def read(self, line: str, before: Callable[[int], Sequence[str]]):
        """``[(pairs, None)]`` for a row, ``[]`` for the table's own rule, None otherwise."""
        lines = before(2)
        if self.table is None and (not lines or lines[-1][:1] != "-"):
            return None  # the usual line: no rule right above, no table
        again = self.table is not None and lines and lines[-1].rstrip() == self.table.rule
        found = None if again else find_ruled(lines)  # a rule inside the table: no new header
        if found is not None:
            self.table = found
        if self.table is None:
            return None
        if line.rstrip() == self.table.rule:
            return []
        pairs = read_ruled_row(self.table, line)
        if pairs is None:
            self.table = None if found is None else self.table
            return None
        return [(pairs, None)] if pairs else []
