"""UNIT_VALUE and UNIT_IN_NAME: units of measurement, after a value or in a name.

Simulation and physics codes print quantities with their units: ``energy = 0.0677 eV``,
``lattice constant: 3.59 A``, ``B = 134.01 GPa``, and name their columns with them:
``T[K]``, ``Potential Energy (kJ/mole)``, ``Box Volume (nm^3)``. A unit says how a number is
measured, never which quantity it is, so it is no part of a name, and a value followed by one
still stands as a pair (a value followed by another word is prose: grammar's QUANTITY).

A unit here is a *physical* unit: an optional SI prefix on a base unit of energy,
temperature, amount, pressure, mass, volume, length, force, power, charge, frequency or a level
in decibels (``dB``: an image's PSNR, a signal's SNR), with an
optional power (``A^3``), several joined by ``/`` or ``*`` (``kJ/mol``, ``g/mL``,
``eV/atom``). After a value, times (``s``, ``ms``) are left to the time rules (a time is
bookkeeping: rules' TIME_COLUMNS); in a name, a time's unit is a unit (``Time[ps]`` is a
time column named ``Time``). A percent or a byte count (``(%)``, ``(MB)``) stays part of a name, as
``val acc (%)`` is printed and read.
"""

from __future__ import annotations

import functools

from ..lazyre import LazyPattern

# Base units, each spelt as SI writes it; "A" is the angstrom (and the ampere), "Ang" too.
_BASES = ("eV|J|cal|K|mol|mole|Pa|bar|atm|g|L|m|A|Ang|Å|Bohr|bohr|Ha|Hartree|Ry|Da|N|W|V|C|Hz"
          "|au|amu|dB")  # DECIBEL_VALUE: a signal's level, PSNR's and SNR's "31.2 dB"
_PREFIX = "[kMGTmunpfcµμ]"
# Units only seen in a denominator: a quantity per atom, per particle, a simulated time.
_PER = "atom|atoms|particle|molecule|day|ns|ps|fs|s"
_ATOM = rf"(?:{_PREFIX}?(?:{_BASES}))(?:\^?-?\d)?"
_UNIT = LazyPattern(rf"(?:{_ATOM})(?:[/*·](?:{_ATOM}|(?:{_PER})))*\Z")
# In a name, a time's unit is a unit too ("Time[ps]", "Elapsed (s)"); after a value it is
# left to the time rules.
_TIME_UNITS = frozenset("s ms us µs μs ns ps fs min h sec".split())
_TOKEN = LazyPattern(r"[^\W\d_][^\s,;()\[\]|]{0,15}")  # what may be a unit after a value
# RATE_PHRASE (rules): a unit spelt as a rate, " <word> per <word>" closing the line (a full
# stop may end it): "Entropy = 7.999064 bits per byte.", "throughput 412.5 samples per second"
_RATE_PHRASE = LazyPattern(r" [^\W\d_]{1,15} per [^\W\d_]{1,15}(?=\.?\s*\Z)")
# A unit in brackets or parentheses closing a name: "T[K]", "Temperature (K)", "Volume (nm^3)".
_NAME_UNIT = LazyPattern(r"\s*[\[(]([^\[\]()\s]{1,12})[\])]\s*\Z")
# A unit in brackets or parentheses right before a pair's ":" or "=" (UNIT_IN_NAME, lines).
_UNIT_BEFORE_MARK = LazyPattern(r"\s*[\[(]([^\[\]()\s]{1,12})[\])](?=\s*[:=])")
# FUNCTION_ARGUMENT (rules): one capital letter in parentheses glued to the name ("nnz(A)",
# "P(X)") is what the name is a function of (a matrix, a variable), no unit ("Current (A)")
_ARGUMENT = LazyPattern(r"\([A-Z]\)")
_CLOSED_BEFORE_MARK = LazyPattern(r"[\])]\s*[:=]")  # what each match of it ends with


@functools.lru_cache(maxsize=1024)
def is_unit(token: str) -> bool:
    """True for a physical unit (``eV``, ``K``, ``kJ/mol``, ``A^3``, ``g/mL``); False for a
    time, a percent, a byte count or any other word."""
    return _UNIT.match(token) is not None


def strip_unit(name: str) -> str:
    """`name` without a physical unit or a time's unit in brackets or parentheses closing it
    (UNIT_IN_NAME): ``T[K]`` is ``T``, ``Potential Energy (kJ/mole)`` is ``Potential
    Energy``, ``Time[ps]`` is ``Time``."""
    if name[-1:] not in ")]":
        return name
    found = _NAME_UNIT.search(name)
    unit = None if found is None else found.group(1)
    if unit is None or not (is_unit(unit) or unit in _TIME_UNITS) or found.start() == 0:
        return name
    return name[:found.start()]


_CLOCK_UNITS = frozenset("s ms us µs μs sec secs min h".split())  # a wall clock's, not ps/fs


def in_clock_unit(name: str) -> bool:
    """TIME_COLUMNS: True when a wall clock's unit in brackets closes `name` (``Train (s)``,
    ``fit [ms]``): the column says how long something took, whatever its words."""
    found = _NAME_UNIT.search(name) if name[-1:] in ")]" else None
    return found is not None and found.start() > 0 and found.group(1) in _CLOCK_UNITS


def drop_units_before_marks(line: str) -> str:
    """`line` with each physical unit in brackets or parentheses right before a pair's ``:``
    or ``=`` taken out (``mean density (g/mL): 1.23`` reads as ``mean density: 1.23``)."""
    if _CLOSED_BEFORE_MARK.search(line) is None:
        return line  # the usual line: no bracket closed right before a mark (a cheap scan)
    return _UNIT_BEFORE_MARK.sub(
        lambda m: "" if is_unit(m.group(1)) and not _ARGUMENT.match(m.group()) else m.group(), line)


def unit_after(line: str, end: int) -> int | None:
    """Where a physical unit printed right after a value at `line[end]` ends (one space,
    then the unit), or None when no unit follows."""
    if line[end:end + 1] != " ":
        return None
    token = _TOKEN.match(line, end + 1)
    if token is not None and is_unit(token.group()):
        return token.end()
    rate = _RATE_PHRASE.match(line, end) if " per " in line else None
    return None if rate is None else rate.end()  # RATE_PHRASE: "7.999 bits per byte."


# STATISTIC_TIME: the statistics a benchmark reports of the times it measured.
_STATISTICS = frozenset("median mean average avg min max minimum maximum p50 p90 p95 p99 "
                        "stddev stdev std sd".split())  # a spread of the times too


def _statistic_of(lowered: str, before: str) -> bool:
    """STATISTIC_TIME: a name of two words, a statistic and what it is of (``mean latency``,
    ``latency p99``, ``Mean latency:`` with only ``Mean`` `before` the pair's name)."""
    words, head = lowered.replace("_", " ").split(), before.split()
    if len(head) == 1 and len(words) == 1:
        words = [head[0].lower(), *words]
    return len(words) == 2 and (words[0] in _STATISTICS) != (words[1] in _STATISTICS)


def statistic_time_after(name: str, line: str, end: int) -> int | None:
    """STATISTIC_TIME (rules): where a time's unit after the value at `line[end]` ends, when
    the pair's `name` is a statistic (``Median: 320.75 us``, a benchmark's result); else None."""
    lowered = name.lower()
    if line[end:end + 1] != " ":
        return None
    if lowered not in _STATISTICS and not _statistic_of(lowered, line[:max(0, line.rfind(name, 0, end))]):
        return _series_steps_after(line, end) if lowered == "time" else None
    token = _TOKEN.match(line, end + 1)
    return token.end() if token is not None and token.group() in _TIME_UNITS else None


# SERIES_STEPS (rules): a time of a series' statistics is counted in the series' steps, and
# says so after its value ("Mean autocorrelation time: 37.047 steps").
_SERIES_TIME_WORDS = ("autocorrelation", "autocorr", "correlation", "relaxation", "mixing")
_STEP_UNITS = frozenset(("steps", "iterations", "draws", "samples"))


def _series_steps_after(line: str, end: int) -> int | None:
    """SERIES_STEPS: where the unit of steps after the value of a pair named ``... time``
    ending at `line[end]` ends, when the words before the name say a series' time; else None."""
    token = _TOKEN.match(line, end + 1)
    if token is None or token.group() not in _STEP_UNITS or not any(
            word in line[max(0, end - 80):end].lower() for word in _SERIES_TIME_WORDS):
        return None
    return token.end()


def timed_statistic(name: str, value: str, line: str) -> bool:
    """STATISTIC_TIME: True when the lone pair `name`: `value` of `line` is a statistic of a
    time, its unit after it (``  Median: 320.75 us``): a benchmark's result, never a setting."""
    at = line.rfind(value) if value[:1].isdigit() else -1
    return at >= 0 and statistic_time_after(name, line, at + len(value)) is not None


def drop_value_units(tokens: list[str], is_number) -> list[str]:
    """UNIT_VALUE in a plain print: `tokens` without the unit after each value when every
    value (`is_number`) has one, a physical unit or a time's (a benchmark's ``median 69.78 ms
    mean 66.29 ms``: what it measured, each value in its unit); else `tokens` as they are (a
    word after some values only is prose)."""
    numbers = [at for at, token in enumerate(tokens) if is_number(token)]
    if not numbers or any(at + 1 >= len(tokens) or not (
            tokens[at + 1] in _TIME_UNITS or is_unit(tokens[at + 1])) for at in numbers):
        return tokens
    units = {at + 1 for at in numbers}
    return [token for at, token in enumerate(tokens) if at not in units]
