"""ENTITY_NAMES and STEP_LABELS of the rule table in `expctl.metrics.rules`: how a table whose
rows open with a text label names its cells, whichever reader found the table (aligned,
barred, R's right-aligned, pandas's frames).

A row is a step or a thing, and the table's structure says which:

- a step-like first column (``epoch``, ``Iter``), a label column named as a time or a step
  (a scoring history's ``timestamp``) or labels that are times (``2026-01-02 10:00:01``)
  order the rows: each row is a step, each column one series under its own name;
- a text label column (``system``, ``Model``, ``name``, or no name at all) lists things:
  systems, models, classes, statistics. Each cell is ``<row>/<column>``: the row's label, then
  the column's name, as the table reads (``greedy/WER`` in the row ``greedy`` under ``WER``;
  ``ACC/bird`` in the row ``ACC`` under ``bird``). No two rows share a series, and a row's
  position is no step: a leaderboard sorted by score puts another model first in every run.
- a label that is one phase word (``train``, ``test``) is the phase: ``test/loss``.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .phases import qualify, phase_word
from .vocabulary import is_result_name, is_time_column, step_column_rank

# a date, a time of day, or both (ISO's "T" or a space between): when a row was, not a thing
_WHEN = LazyPattern(r"\d{4}-\d\d-\d\d(?:[ T]\d\d?:\d\d(?::\d\d(?:\.\d+)?)?)?\Z|\d\d?:\d\d:\d\d(?:\.\d+)?\Z")


# METRIC_INDEX (rules): a label column named for quantities; its rows are different quantities,
# each named by its label alone when it holds one value.
QUANTITY_COLUMNS = frozenset("metric metrics measure measures statistic statistics quantity "
                             "quantities".split())


def names_things(column: str, value_column: str) -> bool:
    """TWO_COLUMN_THINGS: True when a barred table of two columns headed `column` and
    `value_column` lists things and one result of each (``| model | mean accuracy |``): the
    first names no quantities (``Metric``) and orders nothing, the second names a result."""
    first = column.strip().lower()
    return bool(first) and first not in QUANTITY_COLUMNS and not steps_rows(column) and (
        is_result_name(value_column.strip()) or _function_of(first, value_column))


def _function_of(first: str, value_column: str) -> bool:
    """FUNCTION_COLUMN (rules): the value column is a function of the first column's variable
    (``phi(rain)`` beside ``rain``, ``P(x)`` beside ``x``): each row a value of the variable,
    each cell the function's value there, ``rain(0)/phi(rain)``."""
    value = value_column.strip().lower()
    return value.endswith(f"({first})") and value[:1].isalpha() and len(value) > len(first) + 2


def steps_rows(column: str) -> bool:
    """STEP_LABELS: True when a label column named `column` orders its rows in time (a
    ``timestamp``, a ``date``, an ``epoch``): the rows are steps, not things."""
    column = column.strip()
    return bool(column) and (is_time_column(column) or step_column_rank(column) is not None)


def is_when(label: str) -> bool:
    """STEP_LABELS: True for a label that is a date, a time of day, or both."""
    label = label.strip()
    return label[:1].isdigit() and _WHEN.match(label) is not None


def label_name(label: str, name: str) -> str:
    """ENTITY_NAMES: the name of column `name` in a row labelled `label`: ``<label>/<name>``,
    or `name` under the phase when the label is one phase word (``test`` gives ``test/loss``),
    or `name` alone when the label is a time (STEP_LABELS: the row is a step)."""
    phase = phase_word(label)
    if phase is not None:
        return qualify(phase, name)
    return name if is_when(label) else f"{label}/{name}"


def row_name(column: str, label: str, name: str) -> str:
    """ROW_LABELS: the name of column `name` in a barred row labelled `label` under a label
    column named `column` (empty: unnamed): the column's own name when the column orders the
    rows (STEP_LABELS), else as any labelled row (`label_name`)."""
    return name if steps_rows(column) else label_name(label, name)
