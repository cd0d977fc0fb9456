"""RATE_FIELDS: a benchmark's result line, a label and then values each with its rate unit.

A benchmark runner prints one case a line: its name, then each result as a number and its
unit, the unit a rate, a cost per operation or operations per time
(``BenchmarkSort-2   6547   373475 ns/op   29 B/op   1 allocs/op``, ``Array#join x 120,499
ops/sec ±11.47% (11 runs sampled)``). The unit says which quantity a number is, so each is the
pair ``<label>/<unit>``. A bare count right after the label (how many times the case ran) is
bookkeeping and dropped; so are a spread after a value (``±11.47%``) and an aside closing the
line (``(11 runs sampled)``), as a spread is elsewhere; a range after it, two names and
their two values (``min..max=(104.05us...276.28us)``, RANGE_FIELD), gives ``<label>/min``
and ``<label>/max``, their units dropped; a lone ``x`` between the label and the
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
# SI_VALUE (rules): a value scaled by an SI letter glued to it ("14.436k"), read in full.
_SCALED = rf"{_VALUE}[kMG]?"
_RATE = r"[^\W\d_]{1,8}/[^\W\d_]{1,6}"
_SPREAD = r"±[ \t]?\d+(?:\.\d+)?%"
# A value, its spread in brackets before the unit ("14.436k (± 8.2%) i/s") or after it.
_FIELD = rf"({_SCALED})(?:[ \t]+\({_SPREAD}\))?[ \t]+({_RATE})(?:[ \t]+{_SPREAD})?"
# COUNT_IN_TIME (rules): "- 15.191k in 1.059317s" closing a case's line, the iterations it ran in
# the time it was measured: bookkeeping, as a count of runs is.
_COUNT_IN_TIME = rf"(?:[ \t]+-[ \t]+{_SCALED}[ \t]+in[ \t]+{_VALUE}[ \t]?s)?"
_SI = {"k": 1000, "M": 1000 ** 2, "G": 1000 ** 3}


def number_text(text: str) -> str:
    """A benchmark's printed number as plain digits: thousands separators (commas, single
    spaces) dropped, an SI letter glued after it multiplied out (SI_VALUE: ``14.436k`` is
    14436)."""
    text = text.replace(",", "").replace(" ", "")
    scale = _SI.get(text[-1:])
    if scale is None:
        return text
    from decimal import Decimal  # only here: a scaled value is rare, and decimal costs an import

    return str(Decimal(text[:-1]) * scale)  # exact: 128.421k is 128421, no float's 128420.99...
# RANGE_FIELD (rules): "min..max=(104.05us...276.28us)", two names and their two values.
_RANGE = (rf"(?P<low>[^\W\d]\w{{0,15}})\.\.(?P<high>[^\W\d]\w{{0,15}})=\([ \t]*(?P<lv>{_VALUE})"
          rf"[^\W\d_]{{0,3}}[ \t]*\.\.\.?[ \t]*(?P<hv>{_VALUE})[^\W\d_]{{0,3}}[ \t]*\)")
_LINE = LazyPattern(
    rf"[ \t]*([^\W\d]\S{{0,63}}?(?: \S{{1,32}}){{0,3}}?)(?:[ \t]+[x×])?[ \t]+(?:\d+[ \t]+)?"
    rf"((?:{_FIELD}[ \t]+)*{_FIELD})(?:[ \t]+\([^()]{{0,60}}\))?(?:[ \t]+{_RANGE})?{_COUNT_IN_TIME}"
    rf"[ \t]*\Z")
_ONE_FIELD = LazyPattern(_FIELD)
# What a benchmark counts: an operation, or benchmark-ips's iteration ("i/s").
_OPERATION = frozenset(("op", "ops", "operation", "operations", "i"))
MAX_RATE_LINE = 512
# RATE_QUANTITY (rules): a label whose last word names a rate is the quantity, not a case.
_QUANTITY = frozenset("throughput rate speed freq frequency bandwidth performance".split())


def case_unit(label: str, unit: str) -> str:
    """BENCH_CASE_NAME: ``<case>/<unit>`` for a value only its unit labels; the label alone
    when it names the quantity itself (RATE_QUANTITY: ``throughput: 1200 ops/s``)."""
    words = label.lower().split()
    return label if words and words[-1] in _QUANTITY else f"{label}/{unit}"


def read_rates(line: str) -> list[tuple[str, str]] | None:
    """The ``(<label>/<unit>, number text)`` pairs of a benchmark's result line (RATE_FIELDS),
    or None for any other line."""
    if len(line) > MAX_RATE_LINE:
        return None
    if (keyed := _KEYED.match(line)) is not None:
        return _keyed_rate(keyed)
    if line[:5] == "test " and "/iter" in line:
        return _iter_line(line)  # ITER_BENCH: "test sort ... bench:  6,840 ns/iter (+/- 23)"
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
    ranged = [] if match.group("low") is None else [
        (f"{label}/{match.group('low')}", match.group("lv")),
        (f"{label}/{match.group('high')}", match.group("hv"))]
    return [(case_unit(label, unit), number_text(value)) for value, unit in fields] + [
        (name, value.replace(",", "")) for name, value in ranged]


# KEYED_RATE (rules): "push: 1 065 154.19 ops/s, ±2.95%   | 64.12% slower", a case's name closed
# by a colon (or its heading's, the value on the next line: WRAPPED_VALUE), one rated value (its
# thousands parted by commas or by single spaces), a spread, and a verdict after a bar.
_GROUPED = r"[-+]?(?:\d{1,3}(?:,\d{3})++|\d{1,3}(?: \d{3})++|\d++)(?:\.\d+)?(?:[eE][-+]?\d+)?"
_KEYED = LazyPattern(
    rf"[ \t]*([^\W\d][^:|]{{0,63}}?):[ \t]+({_GROUPED}[kMG]?)[ \t]+({_RATE})(?:,?[ \t]+±[ \t]?\d+(?:\.\d+)?%)?"
    rf"(?:[ \t]+[|-][ \t]*([^|]{{0,40}}?))?[ \t]*\Z")
_VERDICT = LazyPattern(r"(?:^|[ ,])(\d+(?:\.\d+)?)(?:%|x) +(slower|faster)\Z")


def _keyed_rate(match) -> list[tuple[str, str]] | None:
    """KEYED_RATE: the case's value as ``<case>/<unit>`` (BENCH_CASE_NAME), and
    ``<case>/slower`` (or ``faster``) from a verdict ``| 64.12% slower``."""
    label, unit, verdict = match.group(1).strip(), match.group(3), match.group(4)
    if (not _OPERATION.intersection(unit.lower().split("/"))
            or any(rules.step_column_rank(word) is not None for word in label.lower().split())):
        return None
    pairs = [(case_unit(label, unit), number_text(match.group(2)))]
    if verdict and (compared := _VERDICT.search(verdict)) is not None:
        pairs.append((f"{label}/{compared.group(2)}", compared.group(1)))
    return pairs


def is_rated_measurement(line: str, after: list[str]) -> bool:
    """KEYED_RATE: True when `line` is a case's rated value with its spread (``push: 1 065 154.19
    ops/s, ±2.95%``) or among the cases a benchmark lists (`among_cases`, `after` the lines
    after it): a measurement, never a setting held back as config (CONFIG_BLOCK)."""
    return ("±" in line and (match := _KEYED.match(line)) is not None and _keyed_rate(match) is not None
            ) or among_cases(line, after)


def among_cases(line: str, after: list[str]) -> bool:
    """KEYED_RATE: True when `line` and the line after it (`after`) each read as a case's rate
    per operation, the next one compared with the others or given its spread (``min_max:
    546314.3 i/s`` over ``join:   404099.0 i/s - same-ish``): a benchmark lists its cases, no
    settings (CONFIG_BLOCK, SETTINGS_SECTION); two rates alone (``read_limit: 200 ops/s``) may
    be settings."""
    if not after or "/" not in line or "/" not in after[0]:
        return False
    here, next_one = _KEYED.match(line), _KEYED.match(after[0])
    return (here is not None and next_one is not None and _keyed_rate(here) is not None
            and _keyed_rate(next_one) is not None and (next_one.group(4) is not None or "±" in after[0]))


# RATIO_LINE (rules): "  template reduce  (1.12x faster)", a case and how many times faster
# or slower than the baseline it ran beside.
_RATIO = LazyPattern(r"[ \t]*([^\W\d]\S{0,63}?(?: \S{1,32}){0,3}?)[ \t]{2,}\(?"
                     r"(\d+(?:\.\d+)?)x (faster|slower)\)?[ \t]*\Z")


def read_ratio(line: str) -> list[tuple[str, str]] | None:
    """RATIO_LINE: the ``(<label>/faster, ratio)`` pair (or ``slower``) of a benchmark's
    comparison with its baseline, set apart from the case's label by a column gap; or None."""
    match = _RATIO.match(line) if "x " in line else None
    if match is None:
        return None
    return [(f"{match.group(1)}/{match.group(3)}", match.group(2))]


# ITER_BENCH (rules): a test harness's benchmark line, the case's time per iteration, its spread
# and optionally a throughput: "test copy_64k ... bench:  6,840 ns/iter (+/- 2,385) = 9581 MB/s".
_ITER = LazyPattern(
    rf"test ([^\W\d][\w:.-]{{0,80}}) +\.\.\. +bench: +({_VALUE}) ([^\W\d_]{{1,3}}/iter)"
    rf" +\(\+/- +{_VALUE}\)(?: += +({_VALUE}) ({_RATE}))?[ \t]*\Z")


def _iter_line(line: str) -> list[tuple[str, str]] | None:
    """ITER_BENCH: the case's time per iteration and its throughput, each ``<case>/<unit>``
    (BENCH_CASE_NAME); the spread is dropped."""
    match = _ITER.match(line)
    if match is None:
        return None
    case = match.group(1)
    pairs = [(f"{case}/{match.group(3)}", match.group(2).replace(",", ""))]
    if match.group(4) is not None:
        pairs.append((f"{case}/{match.group(5)}", match.group(4).replace(",", "")))
    return pairs
