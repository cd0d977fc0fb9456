"""RATE_FIELDS: a benchmark's result line, a label and then values each with its rate unit.

A benchmark runner prints one case a line: its name, then each result as a number and its
unit, the unit a rate, a cost per operation or operations per time
(``BenchmarkSort-2   6547   373475 ns/op   29 B/op   1 allocs/op``, ``Array#join x 120,499
ops/sec ±11.47% (11 runs sampled)``). The unit says which quantity a number is, so each is the
pair ``<label>/<unit>``. A bare count right after the label (how many times the case ran) is
bookkeeping and dropped; so are a spread after a value (``±11.47%``) and an aside closing the
line (``(11 runs sampled)``), as a spread is elsewhere; a lone ``x`` between the label and the
first value reads "runs at". A time per operation here is the result, as a benchmark's time
is (STAT_LINE), not a progress display's bookkeeping: the line holds nothing but the label and
its rated values, and one of its units names an operation (``op``, ``ops``), what a
benchmark measures. A label that is a step word (``epoch 3  1.2 s/it``) or opens with no
letter (a timestamp) makes no such line.
"""

from __future__ import annotations

from . import rules
from ..lazyre import LazyPattern

# A number as a benchmark prints it: thousands parted by commas ("120,499") or not.
_VALUE = r"[-+]?(?:\d{1,3}(?:,\d{3})++|\d++)(?:\.\d+)?(?:[eE][-+]?\d+)?"
_RATE = r"[^\W\d_]{1,8}/[^\W\d_]{1,6}"
_FIELD = rf"({_VALUE})[ \t]+({_RATE})(?:[ \t]+±[ \t]?\d+(?:\.\d+)?%)?"
_LINE = LazyPattern(
    rf"[ \t]*([^\W\d]\S{{0,63}}?(?: \S{{1,32}}){{0,3}}?)(?:[ \t]+[x×])?[ \t]+(?:\d+[ \t]+)?"
    rf"((?:{_FIELD}[ \t]+)*{_FIELD})(?:[ \t]+\([^()]{{0,60}}\))?[ \t]*\Z")
_ONE_FIELD = LazyPattern(_FIELD)
_OPERATION = frozenset(("op", "ops", "operation", "operations"))
MAX_RATE_LINE = 512


def read_rates(line: str) -> list[tuple[str, str]] | None:
    """The ``(<label>/<unit>, number text)`` pairs of a benchmark's result line (RATE_FIELDS),
    or None for any other line."""
    if len(line) > MAX_RATE_LINE:
        return None
    match = _LINE.match(line)
    if match is None:
        return None
    label = match.group(1)
    words = label.lower().split()
    if any(rules.step_column_rank(word) is not None for word in words):
        return None
    fields = [(value, unit) for value, unit in _ONE_FIELD.findall(line, match.start(2))]
    if not any(_OPERATION.intersection(unit.lower().split("/")) for _, unit in fields):
        return None
    return [(f"{label}/{unit}", value.replace(",", "")) for value, unit in fields]
