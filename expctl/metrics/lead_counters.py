"""LEAD_COUNTER (rules): the step of a line of metrics that a number opens, a number no word
names a step: ``1 \\tAvg Reward: 0.07``, ``100 : loss=0.88``, ``*[  1/12] loss=1.73``,
``Epoch number 5   Training Accuracy: 88.5``, ``워밍업 5/20 | 보상: 47.0``.

The rules for step words (`expctl.metrics.prefixes`) know how people spell a step; this one
knows what a step does. The text before a line's first metric (its *lead*) holds one whole
number, once the numbers that are no count are set aside (a date, a clock time, a duration, a
share, a decimal, the total of ``i/N``, a field's value ``hits: 3``). Lines of that lead's
shape (the same text around the number, the same first metric and what follows it up to its
value, spaces aside) are a loop's lines, and the number is their step when it moves on from
one such line to the next. A number that stands still (a rank, a process id, a line
number in a log prefix) is no step, and a lead that is not seen again within `LOOK` lines
steps nothing: both keep the per-name counters, as before.

The first line of a shape is decided by the next line of that shape (it waits for it,
HOLD_UNDECIDED, when the read ends before it); the later lines by the line before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern
from .steps import find_step, plural_step, word_end
from .vocabulary import is_counted, is_result_name

LOOK = 12  # lines after a shape's first line searched for its next line
_LEAD_MAX = 80  # a longer lead is prose, not a loop's counter

# Numbers in a lead that count nothing: a date, a clock time (with its fraction), a duration
# ("0m 9s", "3.2s"), a share ("10%"), a decimal, a bracketed or parenthesised unit.
_NO_COUNT = LazyPattern(r"\d{4}[-/.]\d\d[-/.]\d\d|\d+(?::\d+)+(?:[.,]\d+)?"
                        r"|\d+(?:\.\d+)?[ ]?(?:%|(?:ms|us|min|sec|[hms])(?![^\W\d_]))|\d*\.\d+")
# A number a name holds ("hits: 3/10", "seed=4") is that field's value, no loop's counter.
_FIELD = LazyPattern(r"[:=][ \t]*[-+]?\d+(?:[ \t]*/[ \t]*\d+)?")
# "i/N", "i of N", "i\N": the count and its total; the total is no step.
_TOTAL = LazyPattern(r"(\d+)[ \t]*(?:/|\\|of(?= ))[ \t]*\d+")
_WHOLE = LazyPattern(r"(?<![\w.])\d+(?![\w.])")
_DIGITS = LazyPattern(r"\d+")
_BEFORE_VALUE = LazyPattern(r"[^-+.\d]{0,16}")  # what parts the first name from its value


def lead_count(line: str, name: str, field: str | None = None) -> tuple[str, int] | None:
    """(the shape of `line`'s lead, its one count) when the text before the metric `name`
    holds exactly one whole number that may be a count; else None. `field`: the name of the
    COUNTED_LEAD field the lead opens with, whose value is the count."""
    end = line.find(name)
    if end <= 0 or end > _LEAD_MAX:
        return None
    lead = line[:end]
    if not any(c.isdigit() for c in lead):
        return None
    if field is not None:
        counts = _DIGITS.findall(lead, max(word_end(lead, field), 0))[:1]
    else:
        counts = _WHOLE.findall(_TOTAL.sub(r"\1", _FIELD.sub("", _NO_COUNT.sub("", lead))))
    if len(counts) != 1:
        return None
    between = _BEFORE_VALUE.match(line, end + len(name)).group()  # "wt + hp : 1" is no "wt : 1"
    return " ".join(_DIGITS.sub("#", lead).split()) + "\x00" + name + " ".join(between.split()), int(counts[0])


# COUNTED_LEAD (rules): a count word alone names a counter ("self.cnt=250")
_COUNT_NAMES = frozenset(("cnt", "count", "counter", "ctr"))
_OVER_TOTAL = LazyPattern(r"[ \t]*[:=][ \t]*\d+[ \t]*/[ \t]*\d+(?![\d.])")  # "T = 1000 / 12000"


def counted_lead(line: str, pair: tuple[str, str | float]) -> bool:
    """COUNTED_LEAD: `pair`, `line`'s first, counts things whole (``Num Episodes: 25``,
    ``frames: 4000``, ``self.cnt=250``), or counts towards a total and names no result (``T =
    1000 / 12000``): the lead whose count LEAD_COUNTER watches."""
    name, value = pair
    if not (isinstance(value, str) and value.isdigit()):
        return False
    if name.rsplit(".", 1)[-1].lower() in _COUNT_NAMES or is_counted(name, value):
        return True
    at = word_end(line, name)
    return at >= 0 and _OVER_TOTAL.match(line, at) is not None and not is_result_name(name)


class LeadCounters:
    """The lead shapes seen so far: their last count, and whether it is a step."""

    __slots__ = ("_seen",)

    def __init__(self) -> None:
        self._seen: dict[str, tuple[int, bool]] = {}

    def step(self, line: str, pairs: Sequence[tuple[str, str | float]],
             after: Callable[[int], Sequence[str]]) -> float | None:
        """The step of `line` (its metric `pairs` as printed, the first a name found in it)
        that its lead's count gives, or None; `after` gives the lines printed after it."""
        if not pairs or find_step(pairs) is not None or plural_step(pairs) is not None:
            return None
        field = counted_field(line, pairs)
        name = pairs[0 if field is None else 1][0]
        if (found := lead_count(line, name, field)) is None:
            return None
        shape, count = found
        seen = self._seen.get(shape)
        if seen is None:
            moves = _next_count(shape, name, after(LOOK), field)
            counting = moves is not None and moves > count
            self._seen[shape] = (count, counting)
            return float(count) if counting else None
        last, counting = seen
        self._seen[shape] = (count, counting)
        return float(count) if counting and count != last else None


def _next_count(shape: str, name: str, lines: Sequence[str], field: str | None) -> int | None:
    """The count of the first of `lines` with the lead `shape`, or None."""
    for other in lines:
        found = lead_count(other, name, field)
        if found is not None and found[0] == shape:
            return found[1]
    return None


def counted_field(line: str, pairs: Sequence[tuple[str, str | float]]) -> str | None:
    """The name of the COUNTED_LEAD field `pairs` open with, when a result's pair follows it
    (``frames: 4000, reward: 12``; beside settings only, ``steps 100 lr 0.1``, it stays a
    count), or None."""
    if len(pairs) < 2 or not counted_lead(line, pairs[0]) or not any(is_result_name(name) for name, _ in pairs[1:]):
        return None
    return pairs[0][0]


def uncounted(line: str, named: list, pairs: Sequence[tuple[str, str | float]]) -> list:
    """`named` (`line`'s metric pairs) less its COUNTED_LEAD field when `pairs` open with one:
    the count is the line's step, no metric."""
    field = counted_field(line, pairs)
    return named if field is None else [pair for pair in named if pair[0] != field]
