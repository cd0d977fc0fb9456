"""Settings printed as a run of labels padded to one column: ALIGNED_SETTINGS (rules).

A solver states its settings before it starts as flush-left ``Words:`` labels, each padded
with spaces so that every value stands in one column (mixsqp)::

    convergence tol. (SQP):     1.0e-08
    zero thresh. (search dir.): 1.0e-14
    step size reduction factor: 7.5e-01
    max. iter (SQP):            1000

A label of several words is a sentence's label when read alone (``Test loss: 0.36``), and a
report's lines are flush left too; but labels padded to one column are a table of what was set,
printed before any result: `held_config` records the run's entries as params, its numbers as
WORDED_SETTINGS records a run with words among its values. Only before training output (a
padded summary of results comes after it), and never with a key naming a result, a step, a
p-value or a measurement, nor with a value printed as computed (MEASURED_DIGITS).
"""

from __future__ import annotations

from collections.abc import Callable

from . import rules
from .steps import STEP_RANK
from .units import timed_statistic
from .worded_settings import is_measured_value
from ..lazyre import LazyPattern

Entry = tuple[str, str]

# a flush-left "Words: value" line: up to six words (one may open with a parenthesis: "(SQP)"),
# a colon, spaces, one value (no gap of two spaces in it: a second column)
_PADDED_PAIR = LazyPattern(r"((?:[^\W\d]|\()[\w.()/-]*(?: (?:[^\W\d]|\()[\w.()/-]*){0,5}):( +)(\S(?:(?! {2}).)*?)\s*\Z")
_MEASURED_KEY = LazyPattern(r"(?i)(?:^|[\W_])(?:memory|mem|rss|peak)(?:$|[\W_])")
_LOOK = 24  # lines of a run looked at either side
RUN = 4  # lines a run needs
PADDED = 2  # lines of it whose label is padded (two spaces or more after the colon)


def aligned_settings(before: Callable[[int], list[str]], line: str,
                     after: Callable[[int], list[str]]) -> list[Entry] | None:
    """ALIGNED_SETTINGS: the entries of the run of flush-left ``Words:   value`` lines holding
    `line` (`before(n)`/`after(n)`: the n lines around it) when it has RUN lines or more, all
    values starting in one column, PADDED labels or more padded to it, no key twice and none
    naming a result, a step, a p-value or a measurement, no value computed; else None. A line
    of the run's kind above, its value in another column, costs one look back."""
    current = _PADDED_PAIR.match(line)
    if current is None or _excluded(current):
        return None  # decided by the line alone: no look at the lines after (HOLD_UNDECIDED)
    last = before(1)
    if last and (above := _PADDED_PAIR.match(last[0])) is not None and above.start(3) != current.start(3):
        return None  # the line above is of the run's kind, its value elsewhere: no column
    column = current.start(3)
    run = [*reversed(_run_of(reversed(before(_LOOK)), column)), current, *_run_of(after(_LOOK), column)]
    keys = [match.group(1) for match in run]
    if len(run) < RUN or sum(len(match.group(2)) >= 2 for match in run) < PADDED or len(set(keys)) < len(keys):
        return None
    if any(map(_excluded, run)):
        return None
    return [(match.group(1), match.group(3)) for match in run]


def _excluded(match) -> bool:
    """A line no run of settings holds: its key names a result, a step, a p-value or a
    measurement, its value was computed (MEASURED_DIGITS: a report) or is a statistic of a
    time (STATISTIC_TIME: ``Mean latency:   6.2 ms``), or its value holds another pair
    (``step: 1 loss: 0.75``: a report's line, not one setting)."""
    key, value = match.group(1), match.group(3)
    return bool(key.lower() in STEP_RANK or rules.is_result_name(key) or rules.is_p_value(key)
                or _MEASURED_KEY.search(key) or is_measured_value(value) or ": " in value
                or "=" in value or timed_statistic(key, value.split()[0], match.string))


def _run_of(lines, column: int) -> list:
    """The padded pairs of `lines` whose values start at `column`, up to the first line that
    is none."""
    run = []
    for text in lines:
        match = _PADDED_PAIR.match(text)
        if match is None or match.start(3) != column:
            break
        run.append(match)
    return run
