"""PIPED_HEADER (rules): rows labelled by a word and a colon, under a header whose column names
are parted by bars, the label column left unnamed.

A fit's summary may print its statistics as a small grid: a header of names parted by ``|``
(the first bar standing over the labels' end), then one row per statistic or model, its label
closed by a colon, a value (or ``NA``) under each name::

                   |  Penalty by df  |  Penalty by n
           Akaike:       446.1710            846.1710          <- Akaike/Penalty by df
         Bayesian:      -206.8959            852.7676

Each value is ``<label>/<column>``, the columns taken in order. A whole number in a column
that names a count or a setting (``Parameters``, degrees of freedom) counts, and is left out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .summary import MEASURED
from ..lazyre import LazyPattern

# Each cell atomic: a long run of digits must not be split between `\d+` and `\d*` in every way
# before the line's end is found wanting (quadratic backtracking on a line of digits).
_ROW = LazyPattern(r" *([^\W\d][\w .()/-]{0,40}?):((?>[ \t]++(?>[-+]?(?:\d++(?:\.\d*+)?|\.\d++)(?:[eE][-+]?\d++)?|NA|NaN))++)[ \t]*+\Z")
_HEADER = LazyPattern(r" *\|(?:[^|\n]+\|)*[^|\n]+\Z")
_MISSING = frozenset(("NA", "NaN"))
_REACH = 8  # rows above the current one looked past for the header


def _cells(line: str) -> tuple[str, list[str]] | None:
    found = _ROW.match(line)
    return None if found is None else (found.group(1).strip(), found.group(2).split())


def _names(line: str) -> list[str] | None:
    if _HEADER.match(line) is None:
        return None
    names = [part.strip() for part in line.strip()[1:].split("|")]
    return names if len(names) >= 2 and all(names) else None


def read_piped(line: str, before: Callable[[int], Sequence[str]]):
    """A list of one ``(pairs, MEASURED)`` for a row under a piped header, else None."""
    row = _cells(line) if "|" not in line and ":" in line else None
    if row is None:
        return None
    label, values = row
    for text in reversed(before(_REACH)):
        names = _names(text)
        if names is not None:
            break
        above = _cells(text)
        if above is None or len(above[1]) != len(values):
            return None
    else:
        return None
    if len(names) != len(values):
        return None
    pairs = [(f"{label}/{name}", value) for name, value in zip(names, values) if value not in _MISSING and not (
        value.lstrip("-+").isdigit() and (rules.is_setup_name(name) or rules.is_df_count(name, value)))]
    return [(pairs, MEASURED)]  # the columns judged here: a penalty is no setting
