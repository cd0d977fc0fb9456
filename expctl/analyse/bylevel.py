"""Seed groups and `ttest --by` from params grouped by value (Store.param_levels): the reports
of samples.seed_groups and samples.groups_by_param without a value or a record per run and
param. At 100,000 runs `ttest --by` read every param of every run as records (2.2 s, 164 MB);
it now reads the metric's column and one param's levels.

Plain data in, plain data out, as in expctl.analyse.samples (whose per-run functions are the
reference: tests/test_param_levels.py compares them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain, compress

from . import stats
from ..models import paused_gc
from .columns import MetricColumn, grouped_order, level_codes, level_positions, position_of, seed_value_tuples
from .samples import (_ABSENT, SEED_PARAMS, Group, SeedReport, _seed_report, _shared_params, _sortable,
                      is_seed_param, param_name, too_few_values, value_label)

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


def seed_groups_of_levels(obs: MetricColumn, levels: dict, seed_params: Sequence[str] = SEED_PARAMS,
                          confidence: float = 0.95, direction: str | None = None) -> SeedReport:
    """`seed_groups(obs, ..., columns)` from the params grouped by value (Store.param_levels of
    the column's runs), the same report: a run's key by a param is its level's index (one per
    type and repr, as group_keys tells values apart), set a level at a time, and only the
    seeds and each group's first run are looked up as values."""
    stats.check_confidence(confidence)
    ids, position = obs.ids, position_of(obs.ids, levels)
    found = {name: level_positions(levels[name], position) for name in sorted(levels)}
    names = [name for name in found if found[name]]
    seeds = [name for name in names if is_seed_param(name, seed_params)]
    kept = [name for name in names if name not in seeds]
    with paused_gc():
        coded = {name: level_codes(found[name], len(ids)) for name in names}
        order, cuts = grouped_order([coded[name][0] for name in kept], ids)
        seed_values = [list(map(coded[name][1].__getitem__, coded[name][0])) for name in seeds]
        seeds_of = list(map(seed_value_tuples(seed_values, len(ids)).__getitem__, order))
        firsts = list(map(order.__getitem__, cuts[:-1]))
        shared = _shared_params(kept, [_coded_values(coded[name], firsts) for name in kept], len(firsts))
        return _seed_report(obs, confidence, direction, seeds, order, cuts, seeds_of, shared)


def _coded_values(coded: tuple[list[int], list], positions: list[int]) -> list:
    """The values (columns.level_codes' codes and values) at `positions`, _ABSENT where the run
    lacks the param."""
    codes, values = coded
    return list(map([*values[:-1], _ABSENT].__getitem__, map(codes.__getitem__, positions)))
