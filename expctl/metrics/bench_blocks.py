"""BENCH_BLOCK: a benchmark runner's block for one case, a heading that names the case and set-in
lines of ``key: value`` fields under it.

    benchmarking: sort                                   <- a benchmark word, a colon, the case
        warmup... 19.88ms (20 runs)                      <- no field: nothing; the block goes on
        total: 182.73ms, runs: 200 (@ 5 calls/iter)      <- sort/total; runs counts (COUNTED_PLURAL)
        freq: 5472.65 ops/sec                            <- sort/freq
        mean: 0.91ms, median: 0.51ms, range: [0.48..9.11]   <- sort/range: its low, then its high
        sd: 145.06%

A runner that measures many cases prints each one's statistics under its name: the same keys
come again under the next case, so ``mean`` alone would merge every case into one series. Each
value is ``<case>/<key>`` (BENCH_CASE_NAME): the key names it, its unit (glued or a space apart,
``ms``, ``%``, ``ops/sec``) is dropped; a range in brackets gives its two ends as two points of
its key; an aside in brackets closing the line is dropped. A key that counts (``runs: 200``) or
names a size or setting is no metric, as anywhere (NOT_METRIC_WORDS); the case's name is the
program's label and is never judged so.

The heading is a line flush left: a word for measuring a case (benchmark, benchmarking, bench,
case, timing, measuring), a colon, then the case's name (up to five words, no comma, no number
alone). Lines set in below it, up to the line, are its block; a blank line or another line flush
left ends it.
"""

from __future__ import annotations

from collections.abc import Callable

from . import rules
from ..lazyre import LazyPattern
from .grammar import DECIMAL
from .memory_report import memory_fields
from .set_in import heading_above
from .timed_cases import timed_case

BLOCK_LOOK = 24  # set-in lines looked through, up to the heading

_HEADING = LazyPattern(r"(?i:benchmark(?:ing)?|bench|case|timing|measuring):[ \t]+"
                       r"([^\s,]+(?: [^\s,]+){0,4}?)[ \t]*\Z")
_UNIT = r"(?:[ \t]?(?:%|[^\W\d_]{1,6}(?:/[^\W\d_]{1,6})?))?"
_RANGE = rf"\[[ \t]*({DECIMAL}){_UNIT}[ \t]*(?:\.\.\.?|,|;)[ \t]*({DECIMAL}){_UNIT}[ \t]*\]"
_KEY = r"[^\W\d][\w+-]{0,23}(?: [^\W\d][\w+-]{0,23}){0,2}"
_FIELD_TEXT = rf"{_KEY}:[ \t]+(?:{DECIMAL}{_UNIT}|{_RANGE})"
# A set-in line of fields parted by commas, an aside in brackets closing it.
_FIELDS_LINE = LazyPattern(rf"[ \t]+{_FIELD_TEXT}(?:,[ \t]*{_FIELD_TEXT})*(?:[ \t]+\([^()]{{0,60}}\))?[ \t]*\Z")
_FIELD = LazyPattern(rf"({_KEY}):[ \t]+(?:({DECIMAL}){_UNIT}|{_RANGE})")


def case_fields(line: str, before: Callable[[int], list[str]]) -> list[tuple[str, str]] | None:
    """BENCH_BLOCK: the ``(<case>/<key>, number text)`` pairs of set-in `line` under a case's
    heading (`before(k)` gives the k lines above, oldest first), or TIMED_CASE's of a timer's
    line; None when `line` is no line of fields or no heading names a case above it."""
    if (memory := memory_fields(line, before)) is not None:
        return memory  # MEMORY_REPORT: "\t- work: 22.976MB total" under "Top 5 allocating modules:"
    if (timed := timed_case(line, before)) is not None:
        return timed  # TIMED_CASE: "Timed best=180.5 µs, mean=190.6 ± 10.3 µs for sum range"
    if line[:1] not in " \t" or ": " not in line or _FIELDS_LINE.match(line) is None:
        return None
    case = _case_above(before(BLOCK_LOOK))
    if case is None:
        return None
    pairs: list[tuple[str, str]] = []
    for key, value, low, high in _FIELD.findall(line):
        if value:
            if rules.is_counted(key, value) or rules.is_setup_name(key):
                continue
            pairs.append((f"{case}/{key}", value))
        else:
            pairs += [(f"{case}/{key}", low), (f"{case}/{key}", high)]
    return pairs


def _case_above(lines: list[str]) -> str | None:
    """The case a heading names above a run of set-in lines (`lines`, oldest first), or None."""
    heading = heading_above(lines, _HEADING)
    if heading is None:
        return None
    case = heading.group(1).strip("'\"")
    return None if not case or case.replace(".", "", 1).isdigit() else case
