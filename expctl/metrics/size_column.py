"""A table's first column of input sizes as its step: SIZE_STEP (rules).

A scaling benchmark times each kernel at a range of input sizes and prints one row per size::

    ┃ n     ┃ quicksort ┃ mergesort ┃
    │ 16    │ 6.5e-07   │ 5.97e-07  │     <- quicksort = 6.5e-07 at step 16
    │ 1024  │ 2.88e-06  │ 1.30e-05  │     <- quicksort = 2.88e-06 at step 1024

The size is the axis the timings are plotted over, as an epoch column is a training
history's: when a table's header has no step column (STEP_COLUMNS) and its first column is
named for a size alone (``n``, ``N``, ``size``), that column is the rows' step, never a
metric. A size column after another column (``model  n  loss``), or beside a step column,
is left to the other rules.
"""

from __future__ import annotations

from .evaluation_column import evaluation_rank
from .vocabulary import step_column_rank

_SIZE_NAMES = frozenset(("n", "size"))
_SIZE_RANK = 4  # coarser than any step word: a step column, when there is one, wins


def step_ranks(names: list[str]) -> list[int | None]:
    """The step rank of each of a table's columns (STEP_COLUMNS), with SIZE_STEP's first
    column of sizes when no column is a step."""
    ranks = [step_column_rank(name) for name in names]
    if len(names) > 1 and names[0].strip().lower() in _SIZE_NAMES and not any(
            rank is not None for rank in ranks):
        ranks[0] = _SIZE_RANK
    return evaluation_rank(names, ranks)  # EVALUATION_STEP: "eval" first, over 1, 2, 3
