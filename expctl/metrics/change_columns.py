"""STEP_CHANGE: a table column of the largest (or least) change at each step.

An optimiser's trace prints, beside its objective, how far the solution moved at the step:
``max.diff`` (mixsqp), ``max change``, ``min delta``. Spelt as a bound (NOT_METRIC_WORDS: max
or min before a word naming no result, as ``max_depth``), such a name is a setting on its own;
as a column of a table with a step column, it is measured row by row: a bound set for the run
would not be printed again at every step. `vocabulary.is_setup_among` asks this.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..lazyre import LazyPattern

_WORDS = LazyPattern(r"[^\W_]+")
_BOUND_WORDS = frozenset("max min maximum minimum".split())
# Words of how far something moved: a difference, a change, a delta (an abbreviation too).
_CHANGE_WORDS = frozenset("diff difference dif change changes delta".split())


def is_step_change(name: str, names: Iterable[str]) -> bool:
    """True for a column `name` of two words, a bound's word then a word of change
    (``max.diff``, ``Min Change``), among table column `names` of which one is a step column
    (STEP_COLUMNS)."""
    words = [word.lower() for word in _WORDS.findall(name)]
    if len(words) != 2 or words[0] not in _BOUND_WORDS or words[1] not in _CHANGE_WORDS:
        return False
    from .vocabulary import step_column_rank  # (vocabulary asks this module: imported late)
    return any(other != name and step_column_rank(other.strip()) is not None for other in names)
