"""SEMICOLON_SETTINGS (rules): a run of ``key=value`` settings parted by ``;``.

A tuner prints the point it evaluates and the point it chose as settings parted by ``;``, and
the measures at that point parted otherwise (mlr's ``tuneParams``)::

    [Tune-x] 1: cp=0.001; minsplit=5                        <- the point tried: settings
    [Tune-y] 1: mmce.test.mean=0.0667,acc.test.mean=0.9333  <- its measures
    [Tune] Result: cp=0.1; minsplit=5 : mmce.test.mean=0.0533,acc.test.mean=0.9467

A line's pairs that open with two or more ``key=value`` parted by ``;`` and nothing else, the
run closed by the line's end or by `` : `` before the other pairs, none of them naming a result
or a step, are the settings the values after them came from: neither metrics nor params (as
SETTINGS_GROUP's), since they change from line to line. ``loss=0.3; acc=0.9`` names results:
it is read as pairs.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .steps import STEP_RANK
from .vocabulary import is_result_name

_PARTED = LazyPattern(r"[^\s=;:,]+=[^\s=;:,]+;[ \t]+\Z")  # "cp=0.001; " up to the next pair
_LAST = LazyPattern(r"[^\s=;:,]+=[^\s=;:,]+(?:[ \t]*\Z|[ \t]+:[ \t]+)")  # "minsplit=5 : "


def settings_run(line: str, pairs, spans: list[int]) -> int:
    """How many of the line's first pairs form such a run of settings; 0 for none."""
    if len(pairs) < 2 or len(spans) != len(pairs):
        return 0
    run = 0
    while run + 1 < len(spans) and _PARTED.match(line[spans[run]:spans[run + 1]]):
        run += 1
    if run == 0:
        return 0
    close = spans[run + 1] if run + 1 < len(spans) else len(line)
    if not _LAST.fullmatch(line[spans[run]:close]):
        return 0
    run += 1
    if any(is_result_name(name) or name in STEP_RANK for name, _ in pairs[:run]):
        return 0
    return run
