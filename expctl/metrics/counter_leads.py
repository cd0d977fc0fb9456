"""Lines opened by a counter that is no step word: seconds elapsed in brackets (ELAPSED_STEP),
an epoch and a batch in brackets (EPOCH_BATCH_PAIR), a time and an iteration's count
(TIMED_COUNT), a row's index and a colon (INDEX_COLON). Each gives the line's step as a step
prefix does; `expctl.metrics.prefixes` asks them after the step words."""

from __future__ import annotations

from ..lazyre import LazyPattern
from .step_prefix import StepPrefix


# ELAPSED_STEP (rules): "[ 3s ] tps: 4617.73 qps: 0.00": an interval report opening with the
# whole seconds elapsed, alone in brackets, before a pair: those seconds are the line's step.
_ELAPSED = LazyPattern(r"\[[ \t]*(\d{1,9})[ \t]?s[ \t]*\][ \t]+(?=[^\W\d][^\s:=]*[:=]?[ \t]+[-+]?\.?\d)")


# INDEX_COLON (rules): "   3: f: 3.4e+00 d: 1.3e-01 ...": a whole number and a colon opening the
# line, before a pair of its own ("name: number"): the row's index in a solver's trace, its step.
# The colon may stand apart ("100 : loss=0.88"), or a tab or two spaces part the index from a
# pair of up to three words ("1 \tAvg Reward:  0.0766 \t Loss: 1.26").
# TAGGED_INDEX: past a bracketed tag, before a glued pair too ("[Tune-y] 3: mmce.test.mean=0.05").
_INDEX_COLON = LazyPattern(r"[ \t]*+(?:\[[^\]\s]{1,30}\][ \t]++(?=\d{1,9}:[ \t]++[^\W\d][^\s:=]{0,30}=))?"
                           r"(\d{1,9})(?:[ ]{0,8}:[ \t]++|[ ]*+\t[ \t]*+|[ ]{2,}+)"
                           r"(?=[^\W\d][^\s:=]{0,30}(?: [^\W\d][^\s:=]{0,30}){0,2}(?::[ \t]*+|=)[-+]?\.?\d)")


# EPOCH_BATCH_PAIR (rules): two counters in brackets opening a line, a comma and a space between
# ("[1,  2000] loss: 2.303", the PyTorch CIFAR-10 tutorial's "[%d, %5d]"): the epoch, then the
# batch within it; the line is at the epoch. "[1,000]" (no space) is a count with its thousands.
_EPOCH_BATCH = LazyPattern(r"\[[ \t]*(\d{1,6}),[ \t]+\d{1,9}[ \t]*\][ \t]*(?=[^\W\d])")


# TIMED_COUNT (rules): the time since the start and, in parentheses, the iteration with its
# share of all done, opening a line: "0m 9s (5000 5%) ...", "1m 47s (- 6m 59s) (5000 20%) ...",
# or the other way round, "5000 5% (0m 9s) ..." (the PyTorch tutorials' char-RNN and seq2seq
# loops, copied widely), the whole line in brackets or not: the iteration is the line's step.
_TIMED_COUNT = LazyPattern(r"[ \t]*\[?(?:(?:\d+h[ \t]*)?\d+m[ \t]*\d+s[ \t]+(?:\(-[ \t]*\d+m[ \t]*\d+s\)[ \t]+)?"
                           r"\((\d{1,12})[ \t]+\d{1,3}%\)|(\d{1,12})[ \t]+\d{1,3}%[ \t]+\((?:\d+h[ \t]*)?\d+m[ \t]*\d+s\))"
                           r"[ \t]+(?=\S)")


_INDEX_START = frozenset(" \t0123456789[")  # what an INDEX_COLON line can start with


def counter_lead(line: str) -> StepPrefix | None:
    """The step prefix of a line opened by a counter that is no step word, or None."""
    if line[:1] == "[" and (found := _ELAPSED.match(line) or _EPOCH_BATCH.match(line)):
        return _lead(found)  # ELAPSED_STEP, EPOCH_BATCH_PAIR
    if (line[:1].isdigit() or line[:1] == "[") and ("%)" in line or "% (" in line) and (
            found := _TIMED_COUNT.match(line)):
        return _lead(found)  # TIMED_COUNT: "0m 9s (5000 5%) 2.6379"
    if line[:1] in _INDEX_START and (found := _INDEX_COLON.match(line)):
        return _lead(found, colon=True)  # INDEX_COLON: "   3: f: 3.4e+00 ..."
    return None


def _lead(found, colon: bool = False) -> StepPrefix:
    """The step prefix of a counter's match: its first group that matched is the step."""
    prefix = StepPrefix("", next(group for group in found.groups() if group), False, False, False, colon)
    prefix.end = found.end()
    return prefix
