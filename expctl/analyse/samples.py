"""Runs turned into samples for the statistics: one value per run, groups, seed groups, importance
(run counts over time: expctl.analyse.counting).

Plain data in, plain data out: no printing, and the store is touched only through its methods
(whole metric series, for `--agg mean`). The maths lives in `expctl.analyse.stats`.
"""

from __future__ import annotations

import math
from itertools import combinations, compress, repeat
from operator import eq, ne, neg
from collections.abc import Iterable, Sequence

from . import stats
from .aggregates import aggregate, as_float, check_aggregate
from .columns import MetricColumn, group_keys, grouped_order, seed_tuples
from ..errors import ExpctlError, UsageError
from ..models import Record, Run, paused_gc
# Run counts over time have their own module; their names stay importable from here.
from .counting import INTERVALS, MAX_BUCKETS, CountReport, count_runs  # noqa: F401

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the light commands' path
if TYPE_CHECKING:
    from typing import Any

    from .stats import Anova, Correlation, MannWhitney, Summary, TTest

TESTS = ("welch", "student", "mannwhitney")
Columns = dict[str, dict[int, "Any"]]  # params as columns: name -> {run id: value}

# Params that pick the random stream, not the setting: runs that differ only in these are repeats.
_new = tuple.__new__  # a record without its Python-level __new__ (one a seed group)

SEED_PARAMS = ("seed", "random_seed", "random_state", "rng_seed", "seed_value", "manual_seed",
               "global_seed", "torch_seed", "np_seed", "numpy_seed", "data_seed", "init_seed")


# -- records ---------------------------------------------------------------------------------

class Observation(Record):
    """A run and the value of the metric chosen for it (NaN when it never had a finite one)."""

    run: Run
    value: float


class Observations(Record):
    """Runs that have `metric` (`items`, one `Observation` each, value per `agg`), and the ids of
    selected runs that never reported it (`missing`)."""

    metric: str
    agg: str
    items: list[Observation]
    missing: list[int]

    @property
    def ids(self) -> list[int]:
        """The observed runs' ids, in order (as columns.MetricColumn has them)."""
        return [item.run.id for item in self.items]

    @property
    def values(self) -> list[float]:
        """The observed values, in order (as columns.MetricColumn has them)."""
        return [item.value for item in self.items]


class Group(Record):
    """Runs compared as one sample: a `label` for people, the param value `key` (None for --a/--b),
    their ids and metric values, and a `stats.Summary` of the values."""

    label: str
    key: Any
    run_ids: list[int]
    values: list[float]
    summary: Summary


class Comparison(Record):
    """Group `b` against group `a`: `result` is a `stats.TTest` or `stats.MannWhitney` of B - A
    (None when the test could not run, `error` says why); `p_adjusted` is Holm's when more than
    two groups are compared, else the plain p; `significant` is p_adjusted < alpha."""

    a: Group
    b: Group
    result: TTest | MannWhitney | None
    p_adjusted: float | None
    significant: bool
    error: str | None


class TTestReport(Record):
    """Everything `expctl ttest` shows: the groups, every pairwise comparison, whether p-values are
    Holm-adjusted, runs missing the metric, (with --by) runs without the param, and `legend`:
    how each group was selected (label -> text), for --a/--b."""

    metric: str
    agg: str
    test: str
    alternative: str
    confidence: float
    alpha: float
    groups: list[Group]
    comparisons: list[Comparison]
    adjusted: bool
    missing: list[int]
    without: list[int]
    by: str | None
    legend: dict[str, str]


class SeedGroup(Record):
    """Runs whose params are identical except for seed-like ones: the shared `params` (name ->
    value), the `seeds` seen (one tuple per run), run ids, and a `stats.Summary` of the metric."""

    params: dict[str, Any]
    seeds: list[tuple[Any, ...]]
    run_ids: list[int]
    summary: Summary


class SeedReport(Record):
    """Seed groups sorted best first; `varying` names the params that tell groups apart and
    `seed_params` the seed-like params found."""

    metric: str
    agg: str
    confidence: float
    seed_params: list[str]
    varying: list[str]
    groups: list[SeedGroup]
    missing: list[int]
    lower_is_better: bool


class ParamImportance(Record):
    """How one param goes with the metric. `kind` numeric (Pearson's r and Spearman's rho),
    categorical (eta squared from `anova`) or constant; `n` runs with both values; `levels` distinct
    param values; `note` explains a missing statistic."""

    param: str
    kind: str
    n: int
    levels: int
    pearson: Correlation | None
    spearman: Correlation | None
    anova: Anova | None
    note: str | None

    @property
    def strength(self) -> float:
        """|r| for numeric params, eta (the correlation ratio, comparable with |r|) for
        categorical ones; NaN when there is none."""
        if self.pearson is not None:
            return abs(self.pearson.r)
        if self.anova is not None and not math.isnan(self.anova.eta_squared):
            return math.sqrt(self.anova.eta_squared)
        return math.nan


class ImportanceReport(Record):
    """One row per param, strongest first; `n` runs with a finite metric value, `dropped` runs
    whose value was NaN or infinite, `missing` run ids without the metric."""

    metric: str
    agg: str
    rows: list[ParamImportance]
    n: int
    dropped: int
    missing: list[int]


# -- one value per run -----------------------------------------------------------------------

def check_choice(value: str, allowed: Sequence[str], option: str) -> str:
    if value not in allowed:
        raise UsageError(f"unknown {option} '{value}'", hint=f"use one of: {', '.join(allowed)}")
    return value


def observe(store, runs: Sequence[Run], metric: str, agg: str = "last") -> Observations:
    """The metric's `agg` value per run (see expctl.analyse.aggregates; NaN where a run has no finite
    one). Runs without the metric are listed in `missing`; no run at all, or none with the
    metric, is an `ExpctlError` naming the metrics there are. `runs` need only `id`, `params`
    and the metric's summary in `metrics` (Store.analysis_runs reads just that)."""
    check_aggregate(agg)
    if not runs:
        raise ExpctlError("no runs match the selection",
                          hint="check the filters; `expctl list --all` shows what is recorded")
    values = metric_column(store, runs, metric, agg)
    with paused_gc():
        items = [Observation(run, values[run.id]) for run in runs if run.id in values]
    missing = [run.id for run in runs if run.id not in values]
    if not items:
        raise no_metric_error(store, [run.id for run in runs], metric)
    return Observations(metric, agg, items, missing)


def no_metric_error(store, run_ids: list[int], metric: str) -> ExpctlError:
    """The error for selected runs none of which has `metric`, naming the metrics they have."""
    known = [name for name in store.metric_names(run_ids) if not name.startswith("sys/")]
    return ExpctlError(
        f"none of the {len(run_ids)} selected run{'s' if len(run_ids) != 1 else ''} has a metric "
        f"'{metric}'", hint=f"their metrics: {', '.join(known) or 'none'}")


def metric_column(store, runs: Sequence[Run], metric: str, agg: str) -> dict[int, float]:
    """Run id -> the metric's `agg` value as a float (NaN when it has none), for each of `runs`
    that has the metric. `last`, `min`, `max` and `count` come from the summaries the runs
    carry; `mean` reads the series of all of them in one pass over the store, a run at a time."""
    summaries = {run.id: run.metrics[metric] for run in runs if metric in run.metrics}
    if agg != "mean":
        return {run_id: as_float(aggregate(summary, agg)) for run_id, summary in summaries.items()}
    values = {run_id: as_float(aggregate(summary, agg, tuple)) for run_id, summary in summaries.items()}
    for run_id, points in store.iter_metric_values(list(summaries), metric):
        values[run_id] = as_float(aggregate(summaries[run_id], agg, lambda: points))  # noqa: B023
    return values


def param_name(text: str) -> str:
    """`params.lr` or `lr` -> `lr`."""
    name = text[len("params."):] if text.startswith("params.") else text
    if not name:
        raise UsageError(f"no param name in '{text}'", hint="write it as params.NAME, e.g. params.lr")
    return name


def value_label(value) -> str:
    """A param value as people write it: true/false, 0.001, 128, resnet."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


# -- comparing groups ------------------------------------------------------------------------

def make_group(label: str, key, items: Iterable[Observation], confidence: float) -> Group:
    items = sorted(items, key=lambda item: item.run.id)
    values = [item.value for item in items]
    return Group(label, key, [item.run.id for item in items], values,
                 stats.summarize(values, confidence))


def column_group(label: str, column: MetricColumn, confidence: float) -> Group:
    """`make_group` of the runs of a columns.MetricColumn (`ttest --a/--b`): the same group."""
    order = sorted(range(len(column.ids)), key=column.ids.__getitem__)
    values = list(map(column.values.__getitem__, order))
    return Group(label, None, list(map(column.ids.__getitem__, order)), values,
                 stats.summarize(values, confidence))


def groups_by_param(obs: Observations, param: str, confidence: float) -> tuple[list[Group], list[int]]:
    """One group per value of `param`, ordered by value (numbers numerically, before text; 1 and
    1.0 are one value); also the ids of runs that do not have the param."""
    name = param_name(param)
    buckets: dict[tuple, list[Observation]] = {}
    without = []
    for item in obs.items:
        found = item.run.params.get(name)
        if found is None:
            without.append(item.run.id)
        else:
            buckets.setdefault(_sortable(found.value), []).append(item)
    if len(buckets) < 2:
        raise _too_few_values(obs, name, buckets)
    groups = []
    for key in sorted(buckets):
        value = buckets[key][0].run.params[name].value
        groups.append(make_group(f"{name}={value_label(value)}", value, buckets[key], confidence))
    return groups, without


def _too_few_values(obs: Observations, name: str, buckets: dict) -> ExpctlError:
    known = sorted({n for item in obs.items for n in item.run.params})
    values = [bucket[0].run.params[name].value for bucket in buckets.values()]
    return too_few_values(len(obs.items), obs.metric, name, values, known)


def too_few_values(count: int, metric: str, name: str, values: list, known: list[str]) -> ExpctlError:
    """The error for `ttest --by` when the `count` runs with `metric` hold fewer than two values
    of `name` (`values`: the first run's of each; `known`: the params the runs have)."""
    runs = f"{count} selected run{'s' if count != 1 else ''} with {metric}"
    if not values:
        return ExpctlError(f"none of the {runs} has a param '{name}'",
                           hint=f"their params: {', '.join(known) or 'none'}")
    value = values[0]
    return ExpctlError(f"every one of the {runs} has {name}={value_label(value)}: nothing to compare",
                       hint="widen the selection (--where, --status), or compare by another param")


def _sortable(value) -> tuple:
    if _is_number(value):
        return (0, float(value), "")
    return (1, 0.0, value_label(value))


def compare_groups(
    groups: Sequence[Group], test: str = "welch", alternative: str = "two-sided",
    confidence: float = 0.95, alpha: float = 0.05,
) -> tuple[list[Comparison], bool]:
    """Every pair (A, B), A before B in `groups`, tested on B - A. With more than two groups the
    p-values are adjusted by Holm's method (returned flag True). A pair whose test cannot run (a
    group of one run) carries the reason instead of a result; other pairs go on."""
    check_choice(test, TESTS, "--test")
    stats.check_alternative(alternative)
    check_alpha(alpha)
    pending: list[tuple[Group, Group, Any, str | None]] = []
    for a, b in combinations(groups, 2):
        try:
            pending.append((a, b, _run_test(b.values, a.values, test, alternative, confidence), None))
        except ExpctlError as exc:
            pending.append((a, b, None, _pair_error(exc, a, b)))
    adjusted = len(groups) > 2
    raw = [result.p if result else math.nan for _, _, result, _ in pending]
    p_values = stats.holm(raw) if adjusted else raw
    comparisons = [Comparison(a, b, result, p, (not math.isnan(p)) and p < alpha, error)
                   for (a, b, result, error), p in zip(pending, p_values)]
    return comparisons, adjusted


def check_alpha(alpha: float) -> float:
    if not 0 < alpha < 1:
        raise UsageError(f"--alpha {alpha} is not between 0 and 1", hint="the usual level is 0.05")
    return alpha


def _run_test(b_values, a_values, test: str, alternative: str, confidence: float):
    if test == "mannwhitney":
        return stats.mannwhitneyu(b_values, a_values, alternative=alternative)
    return stats.ttest_ind(b_values, a_values, equal_var=test == "student",
                           alternative=alternative, confidence=confidence)


def _pair_error(exc: ExpctlError, a: Group, b: Group) -> str:
    small = [g for g in (a, b) if g.summary.n < 2]
    if small:
        return "; ".join(f"{g.label} has {g.summary.n} usable run{'s' if g.summary.n != 1 else ''}"
                         for g in small) + " (a test needs 2 or more)"
    return exc.message


def ttest_report(
    groups: list[Group], obs: Observations | MetricColumn, *, test: str, alternative: str, confidence: float,
    alpha: float, missing: Sequence[int] = (), without: Sequence[int] = (), by: str | None = None,
    legend: dict | None = None,
) -> TTestReport:
    """Compare the groups pairwise; at least two groups are needed (else `ExpctlError`)."""
    if len(groups) < 2:
        only = f" (only {groups[0].label})" if groups else ""
        raise ExpctlError(f"need at least two groups to compare{only}",
                          hint="select runs that differ in the param, or use --a and --b")
    comparisons, adjusted = compare_groups(groups, test, alternative, confidence, alpha)
    if all(c.result is None for c in comparisons):
        raise ExpctlError(f"no pair of groups can be tested: {comparisons[0].error}",
                          hint="record more runs per group (different seeds), then test again")
    return TTestReport(obs.metric, obs.agg, test, alternative, confidence, alpha, groups,
                       comparisons, adjusted, list(missing), list(without), by, legend or {})


# -- seed groups -----------------------------------------------------------------------------

def is_seed_param(name: str, seed_params: Sequence[str] = SEED_PARAMS) -> bool:
    """A param that only picks the random stream: its name, or its last dotted part (Hydra's
    `trainer.seed`), is one of `seed_params` (case-insensitive)."""
    wanted = {p.lower() for p in seed_params}
    lowered = name.lower()
    return lowered in wanted or lowered.rsplit(".", 1)[-1] in wanted


def seed_groups(
    obs: Observations | MetricColumn, seed_params: Sequence[str] = SEED_PARAMS, confidence: float = 0.95,
    direction: str | None = None, columns: Columns | None = None,
) -> SeedReport:
    """Group runs whose params are identical except for seed-like ones; per group mean, std, n and
    the `confidence` interval of the mean (Student t). Sorted best first by `direction` (see
    expctl.analyse.direction; None: guessed from the metric's name): lowest mean first for "min", else
    highest; groups without a finite value last. `columns`: the runs' params as
    Store.param_columns gives them (default: read from the runs)."""
    stats.check_confidence(confidence)
    columns = param_columns_of(obs) if columns is None else columns
    ids = obs.ids
    names = [name for name in sorted(columns) if any(map(columns[name].__contains__, ids))]
    seeds = [name for name in names if is_seed_param(name, seed_params)]
    kept = [name for name in names if name not in seeds]
    with paused_gc():  # a key per run, a group per key: see paused_gc
        order, cuts = grouped_order([group_keys(columns[name], ids) for name in kept], ids)
        seeds_of = list(map(seed_tuples([columns[name] for name in seeds], ids).__getitem__, order))
        firsts = list(map(ids.__getitem__, map(order.__getitem__, cuts[:-1])))
        shared = _shared_params(kept, [list(map(columns[name].get, firsts, repeat(_ABSENT))) for name in kept],
                                len(firsts))
        return _seed_report(obs, confidence, direction, seeds, order, cuts, seeds_of, shared)


def _seed_report(obs, confidence: float, direction: str | None, seeds: list[str], order: list[int],
                 cuts: list[int], seeds_of: list[tuple], shared: list[dict]) -> SeedReport:
    """The seed groups of `obs` laid out by grouped_order (`order`, `cuts`), with each run's
    seeds (in that order) and each group's shared params: their summaries, best first."""
    from .direction import guess_direction

    lower = (direction or guess_direction(obs.metric)) == "min"
    ids, values = obs.ids, obs.values
    spans = list(map(slice, cuts[:-1], cuts[1:]))
    ordered_ids = list(map(ids.__getitem__, order))
    run_ids = list(map(ordered_ids.__getitem__, spans))
    summaries = stats.summaries(list(map(list(map(values.__getitem__, order)).__getitem__, spans)),
                                confidence)
    groups = list(map(_new, repeat(SeedGroup), zip(
        shared, map(seeds_of.__getitem__, spans), run_ids, summaries)))
    groups = _best_first(groups, [summary.mean for summary in summaries], lower)
    return SeedReport(obs.metric, obs.agg, confidence, sorted(seeds), _varying(groups), groups,
                      obs.missing, lower)


def _shared_params(names: list[str], values: list[list], count: int) -> list[dict]:
    """Per group (`count` of them), the params it shares: its first run's values of the params
    `names` (`values`: a list a param, a value a group, _ABSENT where that run lacks it)."""
    rows = zip(*values) if values else repeat((), count)
    if not any(_ABSENT in column for column in values):
        return list(map(dict, map(zip, repeat(names), rows)))
    return [{name: value for name, value in zip(names, row) if value is not _ABSENT} for row in rows]


def _best_first(groups: list[SeedGroup], means: list[float], lower: bool) -> list[SeedGroup]:
    """`groups` sorted by mean, lowest first when `lower` else highest (ties in their order),
    groups without a finite mean last (a stable sort by (NaN, mean or -mean), done as two)."""
    count = len(groups)
    finite = list(compress(range(count), map(eq, means, means)))  # NaN is not equal to itself
    keys = means if lower else list(map(neg, means))
    finite.sort(key=keys.__getitem__)
    if len(finite) < count:
        finite += compress(range(count), map(ne, means, means))
    return list(map(groups.__getitem__, finite))


def param_columns_of(obs: Observations | MetricColumn) -> Columns:
    """The params of the observed runs as Store.param_columns gives them: name -> {run id: value}
    (the reference the store's column read is tested against). A MetricColumn holds no params:
    its caller passes the store's columns (a ValueError when it does not)."""
    if not isinstance(obs, Observations):
        raise ValueError("a MetricColumn holds no params: pass Store.param_columns of its ids")
    columns: Columns = {}
    for item in obs.items:
        for name, param in item.run.params.items():
            columns.setdefault(name, {})[item.run.id] = param.value
    return columns


def _varying(groups: Sequence[SeedGroup]) -> list[str]:
    """Params whose value is not the same in every group (all of them when there is one group)."""
    names = sorted({name for g in groups for name in g.params})
    if len(groups) < 2:
        return names
    return [name for name in names if _differs(groups, name)]


def _differs(groups: Sequence[SeedGroup], name: str) -> bool:
    """Whether some group's value of `name` is not the first group's (by repr, which tells the
    type too): a param that tells groups apart is found so within a few groups."""
    first = repr(groups[0].params.get(name, _ABSENT))
    return any(repr(group.params.get(name, _ABSENT)) != first for group in groups)


_ABSENT = object()


# -- importance (expctl.analyse.importance) ---------------------------------------------------

def importance(obs: Observations | MetricColumn, columns: Columns | None = None) -> ImportanceReport:
    """See expctl.analyse.importance.rank_params."""
    from .importance import rank_params

    return rank_params(obs, columns)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
