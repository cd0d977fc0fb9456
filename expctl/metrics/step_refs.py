"""Names that point at a step rather than measure anything (BEST_STEP in `rules`).

A search or a training loop ends by saying *which* of its steps won::

    Best trial: 2 (arm 2_0)          <- the index of a trial, not a score
    best epoch: 7
    Best iteration = 150

The name is an extremum word (``best``, ``optimal``, ``last``, ``final``) and then a step
word (``epoch``, ``trial``, ``iteration`` ...), and its value a whole number: the number is
the step's index, as a step prefix's number is, and no point of any series. A decimal after
such a name (``best epoch: 0.93``, a mis-named score) is left to the other rules, and so is a
name glued in one word (``bestIteration``, which a library's own record names as a field).
"""

from __future__ import annotations

from .steps import STEP_KEYS
from .vocabulary import is_counted as _is_counted

_EXTREMA = frozenset(("best", "optimal", "last", "final"))
# the step words of `steps` and the searches' own counters ("trial", "fold" is a part: no step)
_STEP_WORDS = frozenset(key for keys in STEP_KEYS for key in keys) | {"trial", "iter"}


def is_step_index(name: str, value) -> bool:
    """BEST_STEP: True when `name` is two words, an extremum word and a step word (``Best
    trial``), and `value` a whole number printed without a point."""
    if not (isinstance(value, int) or (isinstance(value, str) and value.isdigit())):
        return False
    words = name.lower().split()
    return len(words) == 2 and words[0] in _EXTREMA and words[1] in _STEP_WORDS


def is_counted(name: str, value) -> bool:
    """COUNTED_PLURAL (`vocabulary`), or BEST_STEP: a count of things or a step's index."""
    return _is_counted(name, value) or is_step_index(name, value)
