"""BREAKDOWN_PARTS (rules): a measured amount broken down into parts in parentheses right after
its value, each part measured as the whole was.

A program that times (or counts the cost of) a step often says what the step's amount was spent
on, in parentheses after it::

    prepare-next=0.157 (population-size=0.0732, distance=0.024)

Each part is an amount of the same kind as the whole (seconds here): a part's name says what
the time went to (computing the next population's size), not what its number is, so a count or
size word in it (NOT_METRIC_WORDS) does not make the part a count. Two parts or more, each
``name=value`` with a decimal, together no more than the whole (bounds beside a value,
``lr=0.001 (min_lr=1e-05, max_lr=0.01)``, are no parts of it), and a whole kept itself (its name no count, size or time of the
run's bookkeeping): the parts of a whole left out are left out with it."""

from __future__ import annotations

from .grammar import NUMBER
from ..lazyre import LazyPattern
from .vocabulary import is_setup_name

# the whole: a name, "=" or ": ", its number; then the parts in parentheses
_WHOLE = LazyPattern(rf"([^\W\d][\w./-]*)(?:=|: )\s*({NUMBER})\s*\(([^()]+)\)")
_PART = LazyPattern(r"\s*([^\W\d][\w./-]*)=(\d*\.\d+(?:[eE][-+]?\d+)?)\s*\Z")
_ROUNDING = 1.01  # the parts' printed sum may pass the whole's printed value by its rounding


def is_breakdown_part(name: str, line: str | None) -> bool:
    """True when `name` is one of the parts a measured amount of `line` is broken down into."""
    if line is None or "(" not in line or "=" not in line:
        return False
    for whole in _WHOLE.finditer(line):
        parts = [_PART.match(part) for part in whole.group(3).split(",")]
        if len(parts) < 2 or None in parts or is_setup_name(whole.group(1)):
            continue
        found = [part for part in parts if part is not None]
        if any(part.group(1) == name for part in found) and (
                sum(float(part.group(2)) for part in found) <= float(whole.group(2)) * _ROUNDING):
            return True  # parts of it sum to no more than it; bounds beside it ("max_lr") may
    return False
