"""TAGGED_OWNER: a log line that opens with an event tag in capitals (``MODEL_PERFS``, an
identifier of two words or more joined by ``_``), then one capitalised word, then a step pair
and a braced record (``MODEL_PERFS Fit STEP=1 {'MAPE': 0.035, ...}``): the word names whose
record it is (the fit's, the forecast's, a split's), so each of the record's values is
``<word>/<key>``, as a phase word before a line's pairs names them. A word after no tag, or
before no step pair and record, is left to the other rules."""

from __future__ import annotations

from expctl.lazyre import LazyPattern
from expctl.metrics.steps import STEP_RANK

_TAGGED = LazyPattern(r"(?:^|[\s:])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+ ([A-Z][a-z]+) ([A-Za-z_]+) ?[=:] ?\d+,? \{")


def tagged_owner(line: str) -> str | None:
    """The word that owns `line`'s braced record after an event tag and a step pair, or None."""
    if "_" not in line or "{" not in line:
        return None
    match = _TAGGED.search(line)
    if match is None or match.group(2) not in STEP_RANK:
        return None
    return match.group(1)
