"""DISPLAY_SPEED: a training display's throughput, printed beside how long its step took.

A training loop's progress line says how far it has come, what it measured and what the step
cost: ``iter 4/40 - loss 2.02 - time (sec): 0.63 - samples/sec: 459.4`` (a logger's interval
line), ``[ 3/10]  eta: 0:00:04  img/s: 812.7  loss: 2.3  time: 0.0082`` (a metric logger's).
The speed there is the display's bookkeeping, computed from the time printed beside it, which
is dropped as bookkeeping too (TIME_COLUMNS). A speed reported without a time on its line (a
benchmark's ``Requests/sec: 155.4``, a trainer's summary ``train_samples_per_second =
412.3``, a row of a results table) is what was measured, and stays a metric (RATE_WORDS).
"""

from __future__ import annotations

import functools

from ..lazyre import IGNORECASE, LazyPattern

# A name that is a count of things per second: "img/s", "samples/sec", "tokens per second";
# WORKER_SPEED (rules): or per second of one worker ("words/sec/thread", "tokens/s/gpu").
_SPEED_NAME = LazyPattern(r"(?:/|\bper[ _]|_per_)(?:s|secs?|seconds?)"
                          r"(?:/(?:thread|gpu|device|worker|core|node|rank|process))?\Z", IGNORECASE)
# A pair naming a time on the line: "time: 0.0082", "time (sec): 0.63", "eta: 0:00:04",
# "batch_time=0.2"; a name's own words ("total time") or a unit aside may come with it.
_TIME_PAIR = LazyPattern(
    r"(?<![\w/])(?:[^\W\d_]+_)?(?:time|elapsed|eta|duration)(?:[ \t]?[(\[][^)\]]{1,8}[)\]])?"
    r"[ \t]?[:=][ \t]*\d", IGNORECASE)


@functools.lru_cache(maxsize=1024)
def is_speed_name(name: str) -> bool:
    return _SPEED_NAME.search(name) is not None


def is_display_speed(name: str, line: str | None) -> bool:
    """DISPLAY_SPEED: True for a pair naming a speed on a `line` that also gives a time pair
    (the display's bookkeeping); False for a speed reported on its own, or any other name."""
    return line is not None and is_speed_name(name) and _TIME_PAIR.search(line) is not None
