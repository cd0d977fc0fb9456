"""METRIC_COLUMN: a table in long format, one row per metric (rules).

An evaluation harness prints its results as a table whose rows are metrics: one column holds
the metric's name and another its value, the first the task the row belongs to, left blank on
the rows that go on with the task above (lm-evaluation-harness's)::

    |    Tasks    |Version|n-shot| Metric |   |Value |   |Stderr|
    |-------------|------:|-----:|--------|---|-----:|---|-----:|
    |suite        |      1|     0|acc     |↑  |0.6133|±  |0.0281|
    | - sub_task  |      1|     0|acc     |↑  |0.5667|±  |0.0406|
    |             |       |     0|acc_norm|↑  |0.2533|±  |0.0356|

Read as columns, ``Version`` and ``n-shot`` would be series and ``Value`` one series of
unrelated quantities; read as rows, each row is one pair ``<task>/<metric>``
(``sub_task/acc_norm``), a list's ``-`` mark dropped. The other columns (a version, a shot
count, a spread) give nothing. The reader of `expctl.metrics.tables` hands it every row of a
barred table; the header names which columns are the name and the value.
"""

from __future__ import annotations

from .cells import NUMBER_CELL, cell_kind

_NAME_COLUMNS = ("metric", "metrics", "measure")
_VALUE_COLUMNS = ("value", "score", "result")


class LongTable:
    """The long-format table whose rows are coming: where its name, value and label columns
    stand, and the label of the row above (carried to rows that leave it blank)."""

    def __init__(self):
        self.width = 0  # the header's number of cells; 0: no such table is open
        self.name_at = self.value_at = 0
        self.label = ""

    def read(self, cells: list[str]) -> list | None:
        """The steps of a barred line `cells`: [] for the header, one pair for a row, None when
        the line is neither (the table, if one was open, ends)."""
        if not self.width:  # no such table open: only its header may come, a cell naming the metric
            text = "".join(cells).lower()
            if not any(map(text.__contains__, _NAME_COLUMNS)):
                return None  # the usual line
        names = [cell.strip().lower() for cell in cells]
        name_at = next((i for i, name in enumerate(names) if name in _NAME_COLUMNS), None)
        value_at = next((i for i, name in enumerate(names) if name in _VALUE_COLUMNS), None)
        if name_at is not None and value_at is not None and name_at > 0 and all(
                cell_kind(cell) in ("name", "empty") for cell in cells):
            self.width, self.name_at, self.value_at, self.label = len(cells), name_at, value_at, ""
            return []
        if not self.width or len(cells) != self.width:
            self.width = 0
            return None
        name, value = cells[self.name_at].strip(), NUMBER_CELL.match(cells[self.value_at].strip())
        label = cells[0].strip().lstrip("-").strip() or self.label
        if value is None or cell_kind(name) != "name" or not label:
            self.width = 0
            return None
        self.label = label
        return [([(f"{label}/{name}", value.group(1))], None)]
