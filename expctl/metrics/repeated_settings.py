"""REPEATED_SETTINGS (rules): a block of settings printed again for another run of the program.

A program that fits several models (or runs several configurations) prints each one's settings
block in the same layout, one ``key: value`` a line::

    Type:                             Classification     <- the first model's block: config
    Number of trees:                  200
    Mtry:                             2
    ...
    OOB prediction error:             4.67 %             <- a result: training output begins
    Type:                             Regression         <- the second model's block
    Number of trees:                  200
    Mtry:                             3                  <- a setting again, not a metric

Once results have been printed a lone ``key: value`` line reads as a result; but a line whose
key was recorded as a setting, in a run of lines repeating key for key (three or more) a run
printed before, is that block printed again: a setting of the next run, as the first was. A
run holding a result or a step key (``Epoch: 2``, ``loss: 0.4``) is a report repeated per step,
its values results, whatever was recorded before."""

from __future__ import annotations

from collections.abc import Sequence

from ..lazyre import LazyPattern
from .steps import STEP_RANK
from .vocabulary import is_result_name

_KEYED = LazyPattern(r"[ \t]*([^\W\d][^:=]{0,48}?)[ \t]*:[ \t]+\S")  # "Number of trees:  200"
_LEAST = 3  # keys of a window, the line's own among them


def repeats_settings(before: Sequence[str], line: str, after: Sequence[str]) -> bool:
    """True when the run of ``key: value`` lines holding `line`, from its first line through
    the line after `line`, repeats key for key a run printed in `before` above it."""
    lines = [*before, line, *after]
    keys = [found.group(1) if (found := _KEYED.match(text)) else None for text in lines]
    at = len(before)
    if keys[at] is None:
        return False
    start = at
    while start > 0 and keys[start - 1] is not None:
        start -= 1
    end = at + 1 if at + 1 < len(keys) and keys[at + 1] is not None else at
    window = [key for key in keys[start:end + 1] if key is not None]  # all keys: the run's
    if len(window) < _LEAST or any(is_result_name(key) or key.lower() in STEP_RANK for key in window):
        return False  # a block holding a result or a step reports: each epoch's block is no setting
    size = len(window)
    return any(keys[i:i + size] == window for i in range(start - size + 1))
