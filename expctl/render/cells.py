"""Table cells made a column at a time: labels and numbers mapped over every row at C speed
where the values allow it, for tables of many rows (the seed groups of 100,000 runs are over
20,000). Each gives what its one-cell rule gives (samples.value_label, text.format_number)."""

from __future__ import annotations

from itertools import accumulate, chain, compress, repeat

from ..analyse.columns import value_labels
from ..analyse.samples import value_label
from .text import format_number

_NONE = object()  # a param a row does not have: an empty cell


def param_labels(params: list[dict], name: str) -> list[str]:
    """The label of the param `name` in each of `params` (one dict a row), "" where absent."""
    return value_labels(list(map(dict.get, params, repeat(name), repeat(_NONE))), _NONE)


def seed_labels(seeds: list[list[tuple]]) -> list[str]:
    """Per row, its runs' seeds as the table shows them: a run's values joined by "/", runs by
    spaces. Labelled all at once when every run has one seed value (the usual case)."""
    flat = list(chain.from_iterable(seeds))
    if not set(map(len, flat)) <= {1}:
        return [" ".join(["/".join(map(value_label, seed)) for seed in group]) for group in seeds]
    labels = value_labels(list(chain.from_iterable(flat)))
    ends = list(accumulate(map(len, seeds)))
    return list(map(" ".join, map(labels.__getitem__, map(slice, [0, *ends[:-1]], ends))))


def numbers(values: list[float]) -> list[str]:
    """format_number of each value: a C-speed format of every float (NaN and infinities are
    spelled as format_number spells them), format_number itself for whole numbers (which it
    writes as ints) and anything not a float."""
    if set(map(type, values)) != {float}:
        return list(map(format_number, values))
    found = list(map(format, values, repeat(".4g")))
    for index in compress(range(len(values)), map(float.is_integer, values)):
        found[index] = format_number(values[index])
    return found
