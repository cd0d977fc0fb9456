"""RESTATED_SETTINGS (rules): a sentence that restates settings the run printed before.

A program that printed its configuration (a dump of ``key=value`` entries) may name a few of
them again in a sentence about what it does with them::

    engine/trainer: ..., fraction=1.0, ..., imgsz=64, ...          <- params
    Using 32 train, 8 val images for fraction=1.0 at imgsz=64       <- nothing

Each pair of such a line is a setting already recorded, its name and its value as printed: the
sentence says what the run was given, no result. The line must be prose: words open it before
its first pair (no step prefix, no lone label) and every pair restates a setting; one pair that
is no setting (``at lr=0.01 loss=0.3``) makes it a line of results, read as before.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..lazyre import LazyPattern

_WORD = LazyPattern(r"[^\W\d_]{2,}")  # a word of prose (no number, no symbol)


def restates_settings(line: str, pairs: Sequence[tuple[str, str]], spans: Sequence[int],
                      names: Collection[str], params: Sequence[tuple[str, str]]) -> bool:
    """True when `line` is a sentence whose pairs each restate a recorded setting: two words
    of prose or more before its first pair (at `spans[0]`), every pair's name among `names`
    and its value, as printed, the one `params` recorded for it."""
    if not pairs or not spans or any(name not in names for name, _ in pairs):
        return False
    if len(_WORD.findall(line, 0, spans[0])) < 2:
        return False
    recorded = dict(params)
    return all(recorded.get(name) == str(value) for name, value in pairs)
