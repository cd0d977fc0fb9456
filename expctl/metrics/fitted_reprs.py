"""FITTED_REPRS (`expctl.metrics.rules`): a run of one-line object reprs that report fits.

A one-line repr of keyword arguments (``Booster(lr=0.2, depth=3)``) is read as settings
(CALL_ARGS): a program prints the object it is about to use. A program that fits several models
prints each fitted one the same way, one line each, and the lines tell themselves apart from a
printed config by how they stand together::

    Gaussian(dim=2, var=1.35, len_scale=12.7, nugget=0.0587)    <- var, len_scale, nugget: fitted
    Exponential(dim=2, var=1.65, len_scale=18.3)                <- dim: the same in every line
    Matern(dim=2, var=1.35, len_scale=7.14, nugget=0.0587, nu=29.9)

Two reprs or more on consecutive lines share keys whose values change from line to
line, one of them at least printed with three significant digits or more (a computed number; a
person types a sweep's values short: ``C=0.1``, ``lr=3e-4``). Such a run reports: in each line, a
number whose key takes other values in other lines of the run is a result, and so is a decimal
number under a key printed in that line only (an optional argument fitted for that model,
``nu=29.9``); a key printed with one value in every line that holds it, a whole number alone
(``dim=2``), or a text is a setting, recorded as params. A repr printed alone, or a run whose
changing values are all short, stays CALL_ARGS' settings; a structure's member listed set in
(MEMBER_REPR: ``\t0 NodeGene(key=0, bias=-3.2, activation=tanh)``) is neither.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from expctl.lazyre import LazyPattern
from expctl.metrics.printed_config import from_call_repr, is_member_repr

RUN_LOOK = 16  # how many lines around a repr its run is looked for in
_FLOAT = LazyPattern(r"[-+]?(?:\d+\.\d*|\.\d+|\d+(?:\.\d*)?[eE][-+]?\d+)\Z")
_WHOLE = LazyPattern(r"[-+]?\d+\Z")

Entry = tuple[str, str]


def _numeric(value: str) -> bool:
    return _FLOAT.match(value) is not None or _WHOLE.match(value) is not None


def _digits(value: str) -> int:
    """Significant digits of a number as printed (``0.0587``: 3, ``2.0``: 1, ``3e-4``: 1)."""
    mantissa = value.lstrip("+-").split("e")[0].split("E")[0].replace(".", "")
    return len(mantissa.strip("0"))


def _repr_entries(line: str) -> list[Entry] | None:
    """The keyword arguments of a line that is one object's repr, else None (set in or not: a
    run's lines may be read past a shared indent, RUN_INDENT)."""
    if line.rstrip()[-1:] != ")" or is_member_repr(line):
        return None  # MEMBER_REPR: "\t0 NodeGene(key=0, bias=-3.2, act=tanh)", a structure's member
    return from_call_repr(line.strip())


def _run(line: str, before: Callable[[int], Sequence[str]],
         after: Callable[[int], Sequence[str]]) -> list[list[Entry]]:
    """The entries of each repr of the run of reprs around `line` (its own first)."""
    run: list[list[Entry]] = []
    for lines in (reversed(before(RUN_LOOK)), after(RUN_LOOK)):
        for other in lines:  # (after: stops at the first other line, waits only past all it holds)
            entries = _repr_entries(other)
            if entries is None:
                break
            run.append(entries)
    return run


def fitted_repr(line: str, before: Callable[[int], Sequence[str]],
                after: Callable[[int], Sequence[str]]) -> tuple[list[Entry], list[Entry]] | None:
    """FITTED_REPRS: (results, settings) of `line` when it is one repr of a run that reports
    fits (see the module docstring); None for any other line, a repr alone included."""
    own = _repr_entries(line)
    if own is None or not any(_numeric(value) for _, value in own):
        return None
    others = _run(line, before, after)
    if not others:
        return None
    values: dict[str, set[float]] = {}
    lines: dict[str, int] = {}  # in how many lines of the run each key is printed
    for entries in (own, *others):
        for name, value in entries:
            lines[name] = lines.get(name, 0) + 1
            if _numeric(value):
                values.setdefault(name, set()).add(float(value))
    changing = {name for name, found in values.items() if len(found) > 1}
    if not any(_digits(value) >= 3 for entries in (own, *others) for name, value in entries
               if name in changing and _numeric(value)):
        return None  # no computed value changes: a sweep's settings, or one config printed again
    results = [(name, value) for name, value in own if _numeric(value) and (name in changing or (
        lines[name] == 1 and _FLOAT.match(value) is not None))]
    kept = {name for name, _ in results}
    return results, [(name, value) for name, value in own if name not in kept]
