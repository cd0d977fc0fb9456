"""Which params go with a metric (`expctl importance`): per param, Pearson's r and Spearman's
rho for numbers, eta squared for categories or a grid of values.

Plain data in, plain data out, as in expctl.analyse.samples. A param is read as two lists, its
values and the metric's, and the statistics run at C speed where they can (map, Counter, sets):
100,000 runs and a handful of params take a fraction of a second.
"""

from __future__ import annotations

import math
from itertools import accumulate, chain, compress
from typing import Any

from . import stats
from .columns import MetricColumn, level_positions, position_of, value_labels
from .correlation import Sample, correlations, eta_squared_at, grouped_correlations, level_correlations
from .samples import Columns, ImportanceReport, Observations, ParamImportance, param_columns_of, value_label
from ..models import paused_gc

_FEW = 16  # levels past which grouping by value walks the values once, not once per level
Levels = dict[str, list[tuple[Any, list[int]]]]  # Store.param_levels: name -> [(value, run ids)]


def rank_params(obs: Observations | MetricColumn, columns: Columns | None = None) -> ImportanceReport:
    """For every param of the runs with a finite metric value: Pearson's r and Spearman's rho with
    the metric when all its values are numbers, eta squared when some are not (or it is a bool),
    `constant` when it has a single value. Rows strongest first (|r| or eta), constants last.
    `columns`: the runs' params as Store.param_columns gives them (default: read from the runs)."""
    ids, values = obs.ids, obs.values
    finite = list(map(math.isfinite, values))
    if not all(finite):
        ids, values = list(compress(ids, finite)), list(compress(values, finite))
    dropped = len(finite) - len(values)
    columns = param_columns_of(obs) if columns is None else columns
    metric = Sample(values)  # what every param that all runs have shares: worked out once
    everyone, rows = set(ids), []
    with paused_gc():  # lists of values for every param of every run: see paused_gc
        for name in sorted(columns):
            column = columns[name]
            if everyone and column.keys() >= everyone:
                rows.append(_param_importance(name, list(map(column.__getitem__, ids)), values, metric))
                continue
            present = list(map(column.__contains__, ids))
            xs = list(map(column.__getitem__, compress(ids, present)))
            if xs:
                rows.append(_param_importance(name, xs, list(compress(values, present))))
    rows.sort(key=lambda row: (row.kind == "constant", -_finite_or(row.strength, -1.0), row.param))
    return ImportanceReport(obs.metric, obs.agg, rows, len(values), dropped, obs.missing)


def rank_levels(column: MetricColumn, levels: Levels) -> ImportanceReport:
    """`rank_params(column, columns)` from the params grouped by value (Store.param_levels of
    the column's runs), the same report to the last bit: every statistic is read a level at
    a time (counts, the exact integer sums of the metric at each level, its values per level
    for eta squared), with no list of a param's values run by run, no sort of them and no
    set of them; a level's runs become positions in the metric's column once."""
    ids, values = column.ids, column.values
    finite = list(map(math.isfinite, values))
    if not all(finite):
        ids, values = list(compress(ids, finite)), list(compress(values, finite))
    dropped = len(finite) - len(values)
    metric = Sample(values)
    rows = []
    with paused_gc():
        position = position_of(ids, levels)
        for name in sorted(levels):
            found = level_positions(levels[name], position)
            if found:
                rows.append(_level_importance(name, found, values, metric))
    rows.sort(key=lambda row: (row.kind == "constant", -_finite_or(row.strength, -1.0), row.param))
    return ImportanceReport(column.metric, column.agg, rows, len(values), dropped, column.missing)


def _level_importance(name: str, found: list[tuple[Any, list[int]]], ys: list[float],
                      metric: Sample) -> ParamImportance:
    """_param_importance of one param given as levels (value, positions in `ys`), `metric`
    being `ys` as a Sample."""
    n = sum(len(at) for _, at in found)
    levels = len(found)  # one level per type and repr, as _levels counts them
    first = found[0][0]
    if levels == 1:
        return ParamImportance(name, "constant", n, 1, None, None, None, f"always {value_label(first)}")
    if not _all_numbers([value for value, _ in found]):
        groups: dict[str, list[list[int]]] = {}
        for label, (_, at) in zip(value_labels([value for value, _ in found]), found):
            groups.setdefault(label, []).append(at)
        by_label = _anova([list(chain.from_iterable(ats)) for ats in groups.values()], ys, metric)
        note = "" if not math.isnan(by_label.eta_squared) else "the metric is constant"
        return ParamImportance(name, "categorical", n, levels, None, None, by_label, note)
    if n < 3:
        return ParamImportance(name, "numeric", n, levels, None, None, None,
                               "needs 3 or more runs with this param")
    by_float: dict[float, list[int]] = {}
    for value, at in found:  # 1 and 1.0, 0.0 and -0.0 are one level of a number
        by_float.setdefault(float(value), []).extend(at)
    xs = sorted(by_float)
    groups_at = [by_float[x] for x in xs]
    pearson, spearman = grouped_correlations(xs, *_as_sample(groups_at, ys, metric))
    anova = _anova(groups_at, ys, metric) if levels < n else None
    note = "the metric is constant" if math.isnan(pearson.r) else _shape_note(pearson, anova)
    return ParamImportance(name, "numeric", n, levels, pearson, spearman, anova, note)


def _anova(groups_at: list[list[int]], ys: list[float], metric: Sample) -> stats.Anova:
    """stats.eta_squared of the values of `ys` at the positions `groups_at`: from the metric's
    column scaled once when they cover all of it, else from their own values."""
    if sum(map(len, groups_at)) == len(ys):
        return eta_squared_at(*metric.rescaled(), groups_at)
    return stats.eta_squared([list(map(ys.__getitem__, at)) for at in groups_at])


def _as_sample(groups_at: list[list[int]], ys: list[float], metric: Sample) -> tuple[list, Sample]:
    """The groups and the Sample they index: the metric's own when they cover all of it (a param
    every run has), else the values of their runs only, the groups renumbered to match."""
    if sum(map(len, groups_at)) == len(ys):
        return groups_at, metric
    ends = list(accumulate(map(len, groups_at)))
    values = list(map(ys.__getitem__, chain.from_iterable(groups_at)))
    return [range(start, end) for start, end in zip([0, *ends[:-1]], ends)], Sample(values)


def _finite_or(value: float, default: float) -> float:
    return default if math.isnan(value) else value


def _param_importance(name: str, xs: list[Any], ys: list[float],
                      metric: Sample | None = None) -> ParamImportance:
    """One param's row from its values `xs` and the metric's `ys` (run by run); `metric`: `ys`
    as a Sample, when the caller has it."""
    n = len(xs)
    levels = _levels(xs)
    if levels == 1:
        return ParamImportance(name, "constant", n, 1, None, None, None, f"always {value_label(xs[0])}")
    if _all_numbers(xs):
        return _numeric_importance(name, xs, ys, levels, metric)
    groups: dict[str, list[float]] = {}
    for label, y in zip(value_labels(xs), ys):
        groups.setdefault(label, []).append(y)
    anova = stats.eta_squared(list(groups.values()))
    note = "" if not math.isnan(anova.eta_squared) else "the metric is constant"
    return ParamImportance(name, "categorical", n, levels, None, None, anova, note)


def _levels(xs: list[Any]) -> int:
    """How many distinct values, a value being its type and repr (1, 1.0 and True are three;
    so are 0.0 and -0.0; every NaN is one): by (type, value) pairs, which agree with that
    but for zeros and NaN, and by repr when those occur."""
    types = set(map(type, xs))
    if len(types) == 1:  # the usual case: values of one type are told apart by value alone
        distinct = set(xs)
        if float not in types or not (0.0 in distinct or any(v != v for v in distinct)):
            return len(distinct)
    kinds = set(zip(map(type, xs), xs))
    if any(kind is float and (value != value or value == 0) for kind, value in kinds):
        return len(set(map(repr, xs)))  # a repr tells the type too (see samples.seed_groups)
    return len(kinds)


def _numeric_importance(name: str, values: list, ys: list[float], levels: int,
                        metric: Sample | None = None) -> ParamImportance:
    """Pearson's r and Spearman's rho; and when values repeat (a grid of settings), eta squared
    too: r sees only a straight line, and a learning rate that is best in the middle of its
    range has r near 0 while its levels explain most of the variance."""
    n = len(values)
    if n < 3:
        return ParamImportance(name, "numeric", n, levels, None, None, None,
                               "needs 3 or more runs with this param")
    xs = list(map(float, values))
    metric = metric or Sample(ys)
    grid = level_correlations(xs, metric) if levels < n else None  # a grid: a level at a time
    if grid is not None:
        pearson, spearman, groups = grid
        anova: stats.Anova | None = stats.eta_squared(groups)
    else:
        pearson, spearman = correlations(Sample(xs), metric)  # = pearsonr, spearmanr
        anova = _anova_by_value(xs, ys) if levels < n else None
    note = "the metric is constant" if math.isnan(pearson.r) else _shape_note(pearson, anova)
    return ParamImportance(name, "numeric", n, levels, pearson, spearman, anova, note)


def _anova_by_value(xs: list[float], ys: list[float]) -> stats.Anova:
    """Eta squared of the metric over the param's levels; the values are all finite numbers,
    so a level is the value as a float (1 and 1.0 are one level, as samples._sortable has it).
    The order of groups and of values in them does not change the result (exact sums)."""
    distinct = set(xs)
    if len(distinct) <= _FEW:
        groups = [list(compress(ys, map(level.__eq__, xs))) for level in distinct]
    else:
        by_level: dict[float, list[float]] = {}
        for x, y in zip(xs, ys):
            by_level.setdefault(x, []).append(y)
        groups = list(by_level.values())
    return stats.eta_squared(groups)


def _shape_note(pearson: stats.Correlation, anova: stats.Anova | None) -> str:
    """Say so when the levels explain far more than a straight line does (eta² - r² > 0.25)."""
    if anova is None or math.isnan(anova.eta_squared):
        return ""
    if anova.eta_squared - pearson.r ** 2 > 0.25:
        return f"not linear: eta² {anova.eta_squared:.3f} vs r² {pearson.r ** 2:.3f}"
    return ""


def _all_numbers(values: list) -> bool:
    """samples._is_number of every value, at C speed: ints and floats only (no bool), all finite."""
    return set(map(type, values)) <= {int, float} and all(map(math.isfinite, values))
