"""Aligned tables whose rows are labelled by a name, not a step (LABELLED_ROWS in `rules`).

scikit-learn's ``classification_report``, a pandas DataFrame a script prints, a table of
models: a header of column names, at least one of which names a result (``precision``,
``Accuracy``, ``avg_score``) or is a step column (``number_of_trees``: the rows are a run's
steps, whatever the other columns are called), then rows of a text label and numbers::

                  precision    recall  f1-score   support      <- label column unnamed
          setosa       1.00      1.00      1.00        21         setosa/precision ...
        accuracy                           0.98        45         accuracy (one value)

                        Accuracy  Balanced Accuracy  Time Taken  <- label column named,
    Model                                                           by pandas's index line
    LinearSVC           0.989474           0.987544    0.027320     LinearSVC/Accuracy ...

Each row is a thing (a class, a model, a system): each value is ``<label>/<column>``
(ENTITY_NAMES, `row_names`), the label column named (the header's first name stands over it,
or pandas prints the index's name on a line of its own under the header) or not; a step
column (``fold``) gives the row's step. Under an unnamed label column a row of one value is
``<label>`` alone (the report's ``accuracy`` row). A label column named as a time or a step,
or labels that are times, make the rows steps, each column one series (STEP_LABELS). A
pandas index (an integer first) gives nothing. A row with fewer cells than the header is read
by position. Rows are read once per header.

STATISTIC_ROWS (rules): pandas's ``describe()`` labels its rows by statistics (``count``,
``mean``, ``std``, ``min``, ``25%``, ``50%``, ``75%``, ``max``). Over columns that name results
(a frame of folds' or seeds' scores), each statistic is a result, ``mean/accuracy`` (row, then
column, as any labelled row); the
``count`` row counts rows (none), and a statistic's row takes no step from a step column (the
mean of ``fold`` is no step). Over columns that name no result (a data set's features) the
table gives nothing, as any labelled table does. The quantile rows (a number for a label) are
no labelled rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import rules
from .cases import is_count_label, is_statistic
from .cells import NUMBER_CELL
from .entities import split_signed
from .headers import header_text
from .named_vectors import read_unnamed

_LOOK_BACK = 4
_RULE = frozenset("-=─━═ ")
_WORD = re.compile(r"\S+")
_QUANTITY_INDEX = rules.QUANTITY_COLUMNS  # METRIC_INDEX: an index named for quantities
# ESTIMATE_COLUMNS (rules): a column of an estimate's standard error or confidence bound.
# REPEAT_COLUMNS (rules): "Fold 1  Fold 2  Fold 3  Mean  Std", one word numbered from 1 over
# two columns or more, then a statistic of them: the repeats of one measurement, a row each.
_NUMBERED = re.compile(r"([^\W\d][\w-]*) (\d{1,3})\Z")
_REPEAT_STATS = frozenset(("mean", "avg", "average", "median", "std"))
_ESTIMATE_SPREAD = re.compile(r"(?i)s\.?e\.?|std\.? ?err\.?|(?:\d+% )?conf\.?(?: int\.?)?|(?:\d+% )?ci")


class LabelledTable:
    """The header of a labelled table: metric column names (None: no metric), their spans,
    whether the label column is named, and the rows read."""

    __slots__ = ("names", "columns", "named", "stepped", "seen", "steps", "labels", "held", "fresh",
                 "whole")

    def __init__(self, names: list[str], columns: list[tuple[int, int]], named: bool,
                 label_column: str = ""):
        self.names = [None if name == "..." or rules.is_time_column(name)
                      or rules.is_setup_name(name) else name for name in names]
        self.steps = [rules.step_column_rank(name) for name in names]
        self.columns, self.named = columns, named
        # STEP_LABELS: a label column named as a time or a step (a scoring history's
        # ``timestamp``) orders the rows: they are steps, each column one series
        self.stepped = named and rules.steps_rows(label_column)
        self.seen: set[tuple[str, ...]] = set()
        self.labels: set[str] = set()  # the labels of the rows read
        # REPRINTED_REPORT: the rows of a print again of the header that are equal to rows
        # read before, held until a row tells a new report; None: no print again, or a new
        # report, whose rows are all read (`fresh`)
        self.held: list | None = None
        self.fresh = False
        self.whole = False  # SHORT_ROW_EDGES: a pandas frame (its index's name on a line): no short row


class LabelledReader:
    """Reads the rows of labelled tables, given the table reader's cell helpers."""

    def __init__(self, split: Callable[[str], list[str]], kind: Callable[[str], str],
                 spans: Callable[[str], list[tuple[int, int]]]):
        self._split, self._kind, self._spans = split, kind, spans
        self.table: LabelledTable | None = None

    def read(self, line: str, before: Callable[[int], Sequence[str]],
             after: Callable[[], str | None] = lambda: None):
        """A list of ``(pairs, None)`` steps when `line` is a labelled row (empty when read
        before), else None (and an unfinished table ends); NAMED_VECTOR or ONE_COLUMN_MATRIX
        (`named_vectors`) when no header fits. `after()`: the next line, when known."""
        found = self._read(line, before, after)
        return read_unnamed(line, before) if found is None else found

    def _read(self, line: str, before: Callable[[int], Sequence[str]], after: Callable[[], str | None]):
        row = self._row_cells(line)
        if row is None:
            return None
        label, values, label_end = row
        span = (label_end - len(label), label_end)
        lines = before(_LOOK_BACK)
        table = self._find_header(lines, len(values), span, label)  # a new header above?
        if table is None:
            if self._header_above(lines):
                self.table = None  # another table's header, which does not fit: its rows are not ours
                return None
            table = self.table
            if table is None or len(values) > len(table.names):
                self.table = None
                return None
        elif self.table is None or self.table.names != table.names or _after_other(lines, self._row_cells):
            self.table = table  # AFTER_OTHER_OUTPUT: the header again right under other output
        else:
            table = self.table  # the header printed again: a redraw, or a new report
            table.held, table.fresh = [], False
        placed = values if len(values) == len(table.names) else None if table.whole else self._place(
            line, label_end, table.columns, next((text for text in reversed(lines) if text.strip()), ""), after)
        if placed is None:
            return None
        return self._reprinted(table, (label, *values), self._pairs(table, label, placed))

    @staticmethod
    def _reprinted(table: LabelledTable, key: tuple[str, ...], found: list) -> list:
        """REPRINTED_REPORT (rules): a row read once per header, but when the header is printed
        again, its rows equal to earlier ones are held: a row of a label read before with other
        values makes the print a new report (the same classes scored on another split), and the
        held rows are read with it; a print of only rows read before is a redraw."""
        held, label = table.held, key[0]
        if key in table.seen:
            if held is not None:
                held.extend(found)
            return found if table.fresh else []
        table.seen.add(key)
        if held is not None and label in table.labels:
            found, table.held, table.fresh = held + found, None, True
        table.labels.add(label)
        return found

    def _row_cells(self, line: str) -> tuple[str, list[str], int] | None:
        """The label, the value cells and where the label ends, or None for no labelled row."""
        cells = self._split(line.strip())
        if len(cells) < 2:
            return None
        at = 1 if len(cells) >= 3 and cells[0].isdigit() else 0  # a pandas index first
        split_signed(cells, at)  # "a2 -0.125": a sign ate the gap after the label
        if at and line[:1].isspace() and self._kind(cells[1]) == "number":
            at = 0  # INTEGER_LABELS: set in, not flush left as an index is, a class number
        elif self._kind(cells[at]) not in ("name", "text"):
            return None
        kinds = [self._kind(cell) for cell in cells[at + 1:]]
        if "number" not in kinds or any(k in ("name", "text") and cell != "..."
                                        for k, cell in zip(kinds, cells[at + 1:])):
            return None
        label_end = line.index(cells[at]) + len(cells[at])
        return cells[at], cells[at + 1:], label_end

    def _find_header(self, lines: Sequence[str], width: int, label: tuple[int, int],
                     text_label: str = "") -> LabelledTable | None:
        """The header above a row of `width` values whose label stands at `label`: the nearest
        line of names past blank lines and one pandas index-name line, holding `width` names
        (label unnamed) or one more (the label column's name first), one naming a result, or
        unnamed over a first row whose label names one (TRANSPOSED_TABLE: ``RMSE (testset)``
        under ``Fold 1  Fold 2  Mean``)."""
        named, index, index_line = False, "", False
        for at in range(len(lines) - 1, -1, -1):
            line = lines[at]
            line = header_text(line)  # pandas's "  \\"; BAR_HEADER, GROUPED_NAMES
            text = line.strip()
            if not text or set(text) <= _RULE:
                continue
            names = self._split(text)
            if not all(name == "..." or self._kind(name) == "name" or _ESTIMATE_SPREAD.fullmatch(name)
                       for name in names):  # ESTIMATE_COLUMNS: "95% Conf." is a name too
                return None
            if len(names) - names.count("...") == 1 and not named:
                named, index, index_line = True, text, True  # pandas's index name under the header ("Model   ...")
                continue
            spans = self._spans(line)
            if index and len(names) == width + 1:
                names, spans = names[1:], spans[1:]  # the columns' own name, over the index's
            quantities = index.lower() in _QUANTITY_INDEX  # METRIC_INDEX: rows of quantities
            if not named and spans[0][0] < label[1] and label[0] < spans[0][1]:
                # a name over the label: pandas's one space between names ("idx avg_score")
                names, spans = text.split(), [m.span() for m in _WORD.finditer(line)]
            if len(names) == width + 1 and not named:
                index, names, spans, named = names[0], names[1:], spans[1:], True
            if len(names) == width and at and (groups := _groups(lines[at - 1], spans)):
                names = [f"{group}/{name}" for group, name in zip(groups, names)]  # GROUPED_COLUMNS
            if len(names) != width or not (any(map(rules.is_result_name, names)) or quantities or any(
                    map(rules.step_column_rank, names)) or _repeats(names, text_label) or (
                    not named and rules.is_result_name(text_label)) or named and any(
                    _ESTIMATE_SPREAD.fullmatch(name) for name in names)):  # ESTIMATE_COLUMNS
                return None
            table = LabelledTable(names, spans, named and not quantities, index)
            table.whole = index_line
            return table
        return None

    def _header_above(self, lines: Sequence[str]) -> bool:
        """True when the nearest line with text above is a line of names (a header)."""
        for line in reversed(lines):
            text = line.strip()
            if text and not set(text) <= _RULE:
                return all(self._kind(name) == "name" for name in self._split(text))
        return False

    def _place(self, line: str, end: int, columns: list[tuple[int, int]], above: str,
               after: Callable[[], str | None]) -> list[str] | None:
        """The values of a short row under the columns they stand under ("" where empty), each
        set flush on one side with its column's name or with a cell of the line `above` (the
        row before) (SHORT_ROW_EDGES, rules), or, a row of one value, of the line after it
        (SHORT_RUN_EDGES: the first of a run of such rows)."""
        placed = [""] * len(columns)
        edges = {edge for span in self._spans(above) for edge in span}
        if len(self._spans(line[end:])) == 1 and (below := after()) is not None and self._row_cells(below):
            edges |= {edge for span in self._spans(below)[1:] for edge in span}  # its value cells
        for start, stop in self._spans(" " * end + line[end:]):
            under = [i for i, (left, right) in enumerate(columns) if start < right and left < stop]
            if len(under) != 1 or placed[under[0]] or not ({start, stop} & {*columns[under[0]], *edges}):
                return None  # SHORT_ROW_EDGES: flush with nothing above, a line of some other print
            placed[under[0]] = line[start:stop]
        return placed

    def _pairs(self, table: LabelledTable, label: str, values: list[str]):
        if not table.named and (rules.is_time_column(label) or rules.is_setup_name(label)
                                or is_count_label(label)):
            return []  # a row of timings or counts ("Fit time", describe()'s "count") among the quantities
        statistic = not table.named and is_statistic(label)  # STATISTIC_ROWS: no step of a "fold"
        pairs = [(name, NUMBER_CELL.match(value.strip()).group(1))
                 for name, value, rank in zip(table.names, values, table.steps)
                 if name is not None and rank is None and self._kind(value) == "number"]
        if not table.named:
            pairs = [(label if len(pairs) == 1 else rules.group_name(label, name), value)
                     for name, value in pairs]  # PHASE_NAMED_COLUMNS: "val  test" over the rows: val/accuracy
        elif not table.stepped:
            pairs = [(rules.label_name(label, name), value) for name, value in pairs]
        return [(pairs, None if statistic else _step(table, values))] if pairs else []


def _groups(line: str, spans: list[tuple[int, int]]) -> list[str] | None:
    """GROUPED_COLUMNS (rules): the group of each column under `line` when it is the top row of
    pandas's two-row header (``groupby().agg(["mean", "std"])``): names set in, fewer than the
    columns, each ending where a column ends (right-aligned over its group's first column); a
    column's group is the last name ending at or before it. None for any other line."""
    if not line[:1].isspace():
        return None
    tops = [(m.group(), m.end()) for m in _WORD.finditer(line)]
    ends = [end for _, end in spans]
    if not tops or len(tops) >= len(spans) or not all(
            end in ends and rules.is_result_name(name) for name, end in tops):
        return None
    groups = []
    for end in ends:
        above = [name for name, top_end in tops if top_end <= end]
        if not above:
            return None
        groups.append(above[-1])
    return groups


def _step(table: LabelledTable, values: list[str]) -> str | None:
    """The row's step from its finest step column (GROWN_COUNT: a scoring history keyed by a
    timestamp, stepped by ``number_of_trees``), None without one (the row's position)."""
    ranked = [(rank, value.strip()) for rank, value in zip(table.steps, values)
              if rank is not None and NUMBER_CELL.match(value.strip())]
    return NUMBER_CELL.match(min(ranked)[1]).group(1) if ranked else None


def _after_other(lines: Sequence[str], row_cells) -> bool:
    """AFTER_OTHER_OUTPUT (rules): the header printed again right above the row, right under a
    line of figures that is no labelled row (another table's row, a bar redrawn): a new report
    (a validation after each epoch's training), not a redraw of the one read before."""
    if len(lines) < 2 or not any(ch.isalpha() for ch in lines[-1]) or not any(ch.isdigit() for ch in lines[-2]):
        return False  # the header right above the row (no rule between), figures above it
    return row_cells(lines[-2]) is None


def _repeats(names: Sequence[str], first: str) -> bool:
    """REPEAT_COLUMNS: True when `names` number one word from 1 (``Fold 1``, ``Fold 2``) over two
    columns or more and another column is a statistic of them (``Mean``, ``Std``), over a first
    row that counts nothing (a ``count`` row first: a summary of data, DATA_TABLE)."""
    if is_count_label(first):
        return False
    numbered = [found.groups() for found in map(_NUMBERED.match, names) if found]
    return len(numbered) >= 2 and len({word for word, _ in numbered}) == 1 and [
        int(n) for _, n in numbered] == list(range(1, len(numbered) + 1)) and any(
        name.lower() in _REPEAT_STATS for name in names)
