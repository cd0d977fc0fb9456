"""Settings printed as a run of sentences' labels: WORDED_SETTINGS (rules).

A tool that reports its setup before its results may print it as flush-left ``Words: value``
lines, keys of several words, several values words (pgbench)::

    transaction type: <builtin: TPC-B (sort of)>
    scaling factor: 1
    query mode: simple
    number of clients: 2
    duration: 4 s

Flush-left ``Words: value`` lines are read one by one, as a report's sentences (``Mean
Per-Class Error: 0.149``); but a run of them whose values are words two times or more, no key
naming a result or a step and none printed twice, describes what the run was set to: its
numbers are set as its words are. `held_config` records the run's entries as params.

MEASURED_DIGITS: but a value printed with four significant digits or more after a decimal
point (``AIC: 37.596``, ``deviance: -1.503e+02``) was computed, not typed: the run reports a
fit, whatever its keys are called, and its lines are read one by one. A value of ``key=number``
pairs (``free parameters: c=0.32, loc=5.2``) is numbers, no value of words.
"""

from __future__ import annotations

from collections.abc import Callable

from . import rules
from .steps import STEP_RANK
from ..lazyre import LazyPattern

Entry = tuple[str, str]

# a flush-left "Words: value" line: up to six words, a colon, a space, a value; no gap of two
# spaces in the value (a second column: statsmodels' "Dep. Variable:   y   R-squared:   0.65")
_WORDS_PAIR = LazyPattern(r"([^\W\d][\w.()-]*(?: [^\W\d][\w.()-]*){0,5}): +(\S(?:(?! {2}).)*?)\s*\Z")
# a value of words: opening with a letter, a path or a bracketed word; no number spelt out
_WORD_VALUE = LazyPattern(r"(?:[^\W\d_]|[</])(?!(?:nan|inf|NaN|Inf)\Z)")
# a key naming what was measured as the run went (memory in use, a peak): a report, no setup
_MEASURED_KEY = LazyPattern(r"(?i)(?:^|[\W_])(?:memory|mem|rss|peak)(?:$|[\W_])")
# MEASURED_DIGITS: a decimal value (scientific notation too) and its significant digits
_DECIMAL = LazyPattern(r"[-+]?(\d*)\.(\d+)(?:[eE][-+]?\d+)?\Z")
# a value of "key=number" pairs, comma-separated: numbers named, no words
_NUMBER_PAIRS = LazyPattern(r"[^\W\d]\w*=[-+]?\d[\w.+-]*(?:, *[^\W\d]\w*=[-+]?\d[\w.+-]*)*,?\Z")
MEASURED = 4  # significant digits that say a value was computed
RUN = 4  # lines a run needs
WORDS = 2  # values of words it needs
_LOOK = 24  # lines of a run looked at either side


def worded_settings(before: Callable[[int], list[str]], line: str,
                    after: Callable[[int], list[str]]) -> list[Entry] | None:
    """WORDED_SETTINGS: the entries of the run of flush-left ``Words: value`` lines holding
    `line` (`before(n)`/`after(n)`: the n lines around it) when it has `RUN` lines or more,
    `WORDS` values of words or more, no key twice and no key naming a result, a step, a
    p-value or a measurement (memory, a peak); else None. A log of ``loss: 0.5`` lines, or a line under
    another kind, costs one look back."""
    current = _WORDS_PAIR.match(line)
    if current is None:
        return None
    last = before(1)
    if not last or (above := _WORDS_PAIR.match(last[0])) is None or above.group(1) == current.group(1):
        return None  # the usual case, looked at once: a line of another kind above, or a log
    run = [*reversed(_run_of(reversed(before(_LOOK)))), (current.group(1), current.group(2)),
           *_run_of(after(_LOOK))]
    keys = [key for key, _ in run]
    if len(run) < RUN or len(set(keys)) < len(keys) or any(
            key.lower() in STEP_RANK or rules.is_result_name(key) or _MEASURED_KEY.search(key)
            or rules.is_p_value(key) for key in keys):  # P_VALUE: what a test found
        return None
    if sum(_WORD_VALUE.match(value) is not None and _NUMBER_PAIRS.match(value) is None
           for _, value in run) < WORDS and not _mostly_counts(run):
        return None
    if any(is_measured_value(value) for _, value in run):
        return None  # MEASURED_DIGITS: "AIC: 37.596" by "fixed parameters: all are free"
    return [(key, value) for key, value in run]


def _mostly_counts(run: list[Entry]) -> bool:
    """COUNTED_SETTINGS (rules): half the run's keys or more, two at least, name a count or a
    size (``Population size: 10``, ``Number variables: 3``, ``Restarts: 2``): the run sizes
    the run, and its other numbers (``Mutation rate: 0.1``) are set beside them."""
    counts = sum(rules.is_setup_name(key) or rules.is_counted(key, value) for key, value in run)
    return counts >= 2 and 2 * counts >= len(run)


def is_measured_value(value: str) -> bool:
    """MEASURED_DIGITS: True for a decimal printed with `MEASURED` significant digits or more
    (``-15.048``, ``3.7596e+01``; not ``0.0005``, ``1.000`` or ``1e-08``)."""
    found = _DECIMAL.match(value)
    return found is not None and len((found.group(1) + found.group(2)).strip("0")) >= MEASURED


def _run_of(lines) -> list[Entry]:
    """The ``Words: value`` entries of `lines` up to the first line of another kind."""
    run: list[Entry] = []
    for text in lines:
        match = _WORDS_PAIR.match(text)
        if match is None:
            break
        run.append((match.group(1), match.group(2)))
    return run
