"""TIMER_OUTPUT: a timer's output, every line ``label: duration``, is its results.

A time printed by a program that does something else is bookkeeping of the run (TIME_COLUMNS:
``Time taken: 0.02`` after training, an epoch's ``time`` column). A timer or a benchmark that
only times things prints nothing but timings, one a line::

    Elapsed time: 0.0648 seconds
    sort: 66.15 ms

There the durations are what the run measured. So a line that is only a label of words (no
digit) flush left, a colon, a number and a time's unit is a pair named by the label when every line printed
before it (blank lines passed over, as far as `LOOK` lines back) is such a line too: the output
so far is timings only. A program's first line of that shape counts when nothing came before
it and the next line is a timing too: one time alone (``elapsed: 3.2s``) is too little to tell a
timer's output from a program's bookkeeping. Lines set in (``  Took: 12.5 ms``) are details of
something printed above them, a step's bookkeeping: no timer's report. One line of other output above (a result, a message, a table) ends it: the timing is then
the program's bookkeeping again. A duration that sets how the timer works (its unit, a
timeout, an interval) is a setting, no result, though it is part of the timer's output.

MEASURED_TIMES: a load test's summary is a block of ``label: value`` lines, counts among them;
when another line of the timing's block is a duration no time word names (``Mean latency: 4.5
ms``), the block reports what was measured, and its ``Total time: 0.39 s`` is a result too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern
from . import vocabulary
from .grammar import NUMBER

# A duration that sets how the timer or the run works (``Timer unit: 1e-06 s``, a timeout): a setting.
_SETTING_WORDS = frozenset("unit units resolution limit timeout interval budget deadline period".split())
LOOK = 32  # lines looked back at: a timer's output this long is a timer's whatever came before
_TIMING = LazyPattern(
    rf"([^\W\d_][^\W\d]*(?: [^\W\d_][^\W\d]*){{0,3}}):[ \t]+({NUMBER})[ \t]?"
    r"(?:s|ms|us|µs|μs|ns|sec|secs|seconds?|msec|milliseconds?|min|mins|minutes?)\.?[ \t]*\Z")


def timer_pair(line: str, before: Callable[[int], Sequence[str]],
               after: Callable[..., str | None]) -> list[tuple[str, str]]:
    """TIMER_OUTPUT: the one pair of a timing line in output that is timings only, two of them
    at least (`before(k)` gives the k lines above, oldest first; `after()` the next line when
    known, for the first timing), else []."""
    match = _TIMING.match(line) if ":" in line else None
    if match is None or not _SETTING_WORDS.isdisjoint(match.group(1).lower().split()):
        return []
    above = [text for text in before(LOOK) if text.strip()]
    if not all(_TIMING.match(text) for text in above):
        return [(match.group(1), match.group(2))] if _beside_latency(before, after) else []
    if not above and not _TIMING.match(after() or ""):
        return []  # one time alone ("elapsed: 3.2s") says too little: a run's bookkeeping
    return [(match.group(1), match.group(2))]


BLOCK = 16  # MEASURED_TIMES: lines of a block looked at each way


def _beside_latency(before: Callable[[int], Sequence[str]], after: Callable[..., str | None]) -> bool:
    """MEASURED_TIMES (rules): True when a line of the timing's block (the lines next to it up
    to a blank one) is a timing of a measure no time word names (``Mean latency: 4.5 ms``): a
    report of durations measured, whose total time is one of them."""
    block = []
    for text in reversed(before(BLOCK)):
        if not text.strip():
            break
        block.append(text)
    for k in range(1, BLOCK + 1):
        following = after(k)
        if following is None or not following.strip():
            break
        block.append(following)
    for text in block:
        found = _TIMING.match(text) if ":" in text else None
        if found is not None and not vocabulary.is_time_column(found.group(1)) and (
                _SETTING_WORDS.isdisjoint(found.group(1).lower().split())):
            return True
    return False
