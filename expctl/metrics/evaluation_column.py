"""A table's first column counting the objective's evaluations as its step: EVALUATION_STEP
(rules).

A black-box optimiser (Bayesian optimisation, a derivative-free search) prints one row per
evaluation of the objective, numbered in its first column::

    eval        y    best_y
       1   0.5251    0.5251      <- y = 0.5251 at step 1
       2   0.6619    0.5251

The evaluation number is the axis its history runs over, as an epoch column is a training
history's: when a table's header has no step column (STEP_COLUMNS) and its first column is
named for the evaluation or trial count alone (``eval``, ``nfev``, ``f-count``, ``Trial``), that column
is the rows' step, never a metric. The same word after another column (``epoch  train  eval``:
a phase's column of results) is left to the other rules.
"""

from __future__ import annotations

_EVALUATION_NAMES = frozenset(("eval", "evals", "evaluation", "evaluations", "#eval", "feval",
                               "fevals", "nfev", "nfeval", "n_eval", "f-count", "func-count",
                               "funccount", "trial", "trials"))
_EVALUATION_RANK = 4  # coarser than any step word: a step column, when there is one, wins


def evaluation_rank(names: list[str], ranks: list[int | None]) -> list[int | None]:
    """`ranks` (a table's step ranks) with EVALUATION_STEP's first column of evaluation
    numbers when no column is a step."""
    if counts_evaluations(names) and not any(rank is not None for rank in ranks):
        ranks[0] = _EVALUATION_RANK
    return ranks


def counts_evaluations(names: list[str]) -> bool:
    """Whether a header's first of two names or more counts evaluations (EVALUATION_STEP)."""
    return len(names) > 1 and names[0].strip().lower() in _EVALUATION_NAMES
