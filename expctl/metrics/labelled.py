"""Aligned tables whose rows are labelled by a name, not a step (LABELLED_ROWS in `rules`).

scikit-learn's ``classification_report``, a pandas DataFrame a script prints, a table of
models: a header of column names, at least one of which names a result (``precision``,
``Accuracy``, ``avg_score``), then rows of a text label and numbers::

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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import rules
from .cells import NUMBER_CELL
from .entities import split_signed
from .right_aligned import read_unnamed

_LOOK_BACK = 4
_RULE = frozenset("-=─━═ ")
_WORD = re.compile(r"\S+")
_QUANTITY_INDEX = rules.QUANTITY_COLUMNS  # METRIC_INDEX: an index named for quantities


class LabelledTable:
    """The header of a labelled table: metric column names (None: no metric), their spans,
    whether the label column is named, and the rows read."""

    __slots__ = ("names", "columns", "named", "stepped", "seen", "steps", "labels", "held", "fresh")

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


class LabelledReader:
    """Reads the rows of labelled tables, given the table reader's cell helpers."""

    def __init__(self, split: Callable[[str], list[str]], kind: Callable[[str], str],
                 spans: Callable[[str], list[tuple[int, int]]]):
        self._split, self._kind, self._spans = split, kind, spans
        self.table: LabelledTable | None = None

    def read(self, line: str, before: Callable[[int], Sequence[str]]):
        """A list of ``(pairs, None)`` steps when `line` is a labelled row (empty when read
        before), else None (and an unfinished table ends); NAMED_VECTOR or ONE_COLUMN_MATRIX
        (`right_aligned`) when no header fits."""
        found = self._read(line, before)
        return read_unnamed(line, before) if found is None else found

    def _read(self, line: str, before: Callable[[int], Sequence[str]]):
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
        elif self.table is None or self.table.names != table.names:
            self.table = table
        else:
            table = self.table  # the header printed again: a redraw, or a new report
            table.held, table.fresh = [], False
        placed = values if len(values) == len(table.names) else self._place(
            line, label_end, table.columns)
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
        named, index = False, ""
        for line in reversed(lines):
            if line.rstrip().endswith("  \\"):  # pandas: the columns go on in a block below
                line = line.rstrip()[:-1]
            text = line.strip()
            if not text or set(text) <= _RULE:
                continue
            names = self._split(text)
            if not all(name == "..." or self._kind(name) == "name" for name in names):
                return None
            if len(names) - names.count("...") == 1 and not named:
                named, index = True, text  # pandas's index name under the header ("Model   ...")
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
            if len(names) != width or not (any(map(rules.is_result_name, names)) or quantities or (
                    not named and rules.is_result_name(text_label))):
                return None
            return LabelledTable(names, spans, named and not quantities, index)
        return None

    def _header_above(self, lines: Sequence[str]) -> bool:
        """True when the nearest line with text above is a line of names (a header)."""
        for line in reversed(lines):
            text = line.strip()
            if text and not set(text) <= _RULE:
                return all(self._kind(name) == "name" for name in self._split(text))
        return False

    def _place(self, line: str, end: int, columns: list[tuple[int, int]]) -> list[str] | None:
        """The values of a short row under the columns they stand under ("" where empty)."""
        placed = [""] * len(columns)
        for start, stop in self._spans(" " * end + line[end:]):
            under = [i for i, (left, right) in enumerate(columns) if start < right and left < stop]
            if len(under) != 1 or placed[under[0]]:
                return None
            placed[under[0]] = line[start:stop]
        return placed

    def _pairs(self, table: LabelledTable, label: str, values: list[str]):
        if not table.named and (rules.is_time_column(label) or rules.is_setup_name(label)):
            return []  # a row of timings or counts ("Fit time") among the quantities
        pairs = [(name, NUMBER_CELL.match(value.strip()).group(1))
                 for name, value, rank in zip(table.names, values, table.steps)
                 if name is not None and rank is None and self._kind(value) == "number"]
        if not table.named:
            pairs = [(label if len(pairs) == 1 else f"{label}/{name}", value)
                     for name, value in pairs]
        elif not table.stepped:
            pairs = [(rules.label_name(label, name), value) for name, value in pairs]
        return [(pairs, _step(table, values))] if pairs else []


def _step(table: LabelledTable, values: list[str]) -> str | None:
    """The row's step from its finest step column (GROWN_COUNT: a scoring history keyed by a
    timestamp, stepped by ``number_of_trees``), None without one (the row's position)."""
    ranked = [(rank, value.strip()) for rank, value in zip(table.steps, values)
              if rank is not None and NUMBER_CELL.match(value.strip())]
    return NUMBER_CELL.match(min(ranked)[1]).group(1) if ranked else None
