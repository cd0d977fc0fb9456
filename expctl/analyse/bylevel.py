"""`ttest --by` from a param grouped by value (Store.param_levels): the groups of
samples.groups_by_param without a run record per run. At 100,000 runs the record-per-run way
read every param of every run (2.2 s, 164 MB); this one reads the metric's column and one
param's levels.

Plain data in, plain data out, as in expctl.analyse.samples (whose groups_by_param is the
reference: tests/test_param_levels.py compares them).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain, compress

from . import stats
from .columns import MetricColumn, level_positions, position_of
from .samples import Group, _sortable, param_name, too_few_values, value_label

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing`
if TYPE_CHECKING:
    from typing import Any


def groups_by_levels(column: MetricColumn, param: str, levels: list[tuple[Any, list[int]]],
                     confidence: float, known: Callable[[], list[str]]) -> tuple[list[Group], list[int]]:
    """groups_by_param of the column's runs, `levels` being Store.param_levels' entry for the
    param (`param`: params.NAME or NAME): one group per value ordered by value (numbers first,
    1 and 1.0 one value, labelled as the group's first run in the column's order has it), and
    the ids of the column's runs without the param. `known()`: the names of the params the
    runs have, asked only for the error when none has this one."""
    name = param_name(param)
    ids, values = column.ids, column.values
    found = level_positions(levels, position_of(ids, {name: levels}))
    buckets: dict[tuple, list[tuple[int, Any, list[int]]]] = {}
    for value, at in found:  # each value's first run in the column's order names the group
        buckets.setdefault(_sortable(value), []).append((min(at), value, at))
    if len(buckets) < 2:
        firsts = [min(bucket)[1] for bucket in buckets.values()]
        raise too_few_values(len(ids), column.metric, name, firsts, known() if not buckets else [])
    absent = [True] * len(ids)
    groups = []
    for key in sorted(buckets):
        value = min(buckets[key])[1]
        at = sorted(chain.from_iterable(at for _, _, at in buckets[key]), key=ids.__getitem__)
        list(map(absent.__setitem__, at, [False] * len(at)))
        sample = list(map(values.__getitem__, at))
        groups.append(Group(f"{name}={value_label(value)}", value, list(map(ids.__getitem__, at)),
                            sample, stats.summarize(sample, confidence)))
    return groups, list(compress(ids, absent))
