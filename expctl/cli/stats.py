"""Telling real differences from noise: ttest, groups (seed groups), importance, count.

Thin commands: choose runs, turn them into samples (`expctl.analyse.samples`), test (`expctl.analyse.stats`),
render (`expctl.render.analysis`).
"""

from __future__ import annotations

from ..errors import UsageError
from ._common import (
    AnalysisStatusOption, DbOption, FormatOption, WhereOption, check_format, open_for_read,
    project_settings, select_column, select_rows, select_run_ids, user_errors,
)
from .options import Annotated, Argument, Option

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` (see expctl.cli.options)
if TYPE_CHECKING:
    from typing import TypedDict

    import typer

ExperimentOption = Annotated[
    str | None, Option("--experiment", "-e", show_default=False, help="Only this experiment.")]
TagOption = Annotated[
    list[str] | None,
    Option("--tag", "-t", show_default=False, help="Only runs with this tag (repeatable: all of them).")]
AggOption = Annotated[
    str, Option("--agg", help="Which value of the metric per run: last, min, max, mean or count.")]
MetricArg = Annotated[str, Argument(help="The metric, e.g. val_acc.", show_default=False)]
ConfidenceOption = Annotated[
    float, Option("--confidence", help="Confidence level of the intervals.")]


if TYPE_CHECKING:
    class _Filters(TypedDict):
        """The --experiment/--tag/--status selection, as `select_for_analysis` takes it."""
        experiment: str | None
        tags: list[str]
        statuses: list[str] | None

    class _TestOptions(TypedDict):
        """How `ttest` tests, as `ttest_report` takes it."""
        test: str
        alternative: str
        confidence: float
        alpha: float
else:  # at run time a TypedDict is a plain dict
    _Filters = _TestOptions = dict


def register(app: typer.Typer) -> None:
    app.command("ttest", help="Is the difference in a metric between groups of runs real? "
                              "Welch's t-test (or Student's, or Mann-Whitney) with intervals.")(
        user_errors(ttest))
    app.command("groups", help="Group runs that differ only by seed: mean ± std, n and the "
                               "confidence interval per setting, best first.")(user_errors(groups))
    app.command("importance", help="Which params go with a metric: Pearson's r, Spearman's rho "
                                   "and eta squared per param.")(user_errors(importance))
    app.command("count", help="Runs per day, week or month.")(user_errors(count))


def ttest(
    metric: MetricArg,
    a: Annotated[str | None, Option("--a", show_default=False, help="Group A: run references (3,5,7 or 12..20) or a --where condition.")] = None,
    b: Annotated[str | None, Option("--b", show_default=False, help="Group B, the same way; the difference reported is B - A.")] = None,
    by: Annotated[str | None, Option("--by", show_default=False, help="A group per value of this param (params.NAME); every pair is tested, Holm-adjusted past two groups.")] = None,
    where: WhereOption = None,
    experiment: ExperimentOption = None,
    tag: TagOption = None,
    status: AnalysisStatusOption = None,
    agg: AggOption = "last",
    test: Annotated[str, Option("--test", help="welch, student, or mannwhitney (ranks: for small or skewed samples).")] = "welch",
    equal_var: Annotated[bool, Option("--equal-var", help="Assume equal variances (Student's t-test).")] = False,
    alternative: Annotated[str, Option("--alternative", help="two-sided, greater (B > A) or less (B < A).")] = "two-sided",
    confidence: ConfidenceOption = 0.95,
    alpha: Annotated[float, Option("--alpha", help="Significance level of the verdict.")] = 0.05,
    fmt: FormatOption = "table",
    db: DbOption = None,
) -> None:
    from ..analyse.columns import observe_column
    from ..analyse.samples import column_group, ttest_report
    from ..render.analysis import emit_ttest

    fmt = check_format(fmt)
    test = _choose_test(test, equal_var)
    if by and (a or b):
        raise UsageError("--by and --a/--b exclude each other",
                         hint="compare groups by a param (--by params.arch), or two selections (--a ... --b ...)")
    if not by and not (a and b):
        raise UsageError("say which runs to compare: --a and --b, or --by",
                         hint="e.g. expctl ttest val_acc --by params.lr, or --a 1,2,3 --b 4,5,6")
    filters = _Filters(experiment=experiment, tags=tag or [], statuses=status)
    store = open_for_read(db)
    options = _TestOptions(test=test, alternative=alternative, confidence=confidence, alpha=alpha)
    if by:
        report = _ttest_by(store, by, where, filters, metric, agg, options)
    else:
        assert a is not None and b is not None  # checked above: without --by, both are given
        rows_a = _select_group(store, "--a", a, where, filters, metric, agg)
        rows_b = _select_group(store, "--b", b, where, filters, metric, agg)
        _check_disjoint(rows_a, rows_b)
        col_a, col_b = observe_column(store, rows_a, metric, agg), observe_column(store, rows_b, metric, agg)
        pair = [column_group("A", col_a, confidence), column_group("B", col_b, confidence)]
        report = ttest_report(pair, col_a, missing=col_a.missing + col_b.missing,
                              legend={"A": a, "B": b}, **options)
    emit_ttest(report, fmt)


def _ttest_by(store, by: str, where: str | None, filters: _Filters, metric: str, agg: str,
              options: _TestOptions):
    """`ttest --by`: a group per value of the param, from the metric's column and the param's
    levels (Store.param_levels), not a record per run (see expctl.analyse.bylevel)."""
    from ..analyse.bylevel import groups_by_levels
    from ..analyse.samples import param_name, ttest_report

    column = select_column(store, where, filters["statuses"], metric, agg,
                           experiment=filters["experiment"], tags=filters["tags"])
    name = param_name(by)
    levels = store.param_levels(column.ids, [name]).get(name, [])
    found, without = groups_by_levels(column, by, levels, options["confidence"],
                                      lambda: sorted(store.param_levels(column.ids)))
    return ttest_report(found, column, missing=column.missing, without=without, by=by, **options)


def _choose_test(test: str, equal_var: bool) -> str:
    from ..analyse.samples import TESTS, check_choice

    check_choice(test, TESTS, "--test")
    if equal_var and test == "mannwhitney":
        raise UsageError("--equal-var is for t-tests", hint="drop it, or use --test student")
    return "student" if equal_var else test


def _select_group(store, option: str, text: str, where: str | None, filters: _Filters, metric: str,
                  agg: str) -> list[tuple]:
    """The runs of one side of --a/--b, as Store.summary_column rows of `metric` (what the test
    reads, and nothing else): a condition selects like --where (within --where when both are
    given), anything else names runs by reference; the filters and the analysis rule (finished
    runs unless --status) apply to both."""
    from ..analyse.selection import is_condition, split_refs

    if is_condition(text):
        rows = select_rows(store, None, text, filters, metric, agg)
        if where:
            allowed = set(select_run_ids(store, None, where))
            rows = [row for row in rows if row[0] in allowed]
    else:
        rows = select_rows(store, split_refs(text), where, filters, metric, agg)
    if not rows:
        raise UsageError(f"{option} {text!r} selects no runs",
                         hint="check it with expctl list --where ..., or name runs: 3,5,7 or 12..20 "
                              "(only finished runs unless --status)")
    return rows


def _check_disjoint(rows_a: list[tuple], rows_b: list[tuple]) -> None:
    shared = sorted({row[0] for row in rows_a} & {row[0] for row in rows_b})
    if shared:
        listed = ", ".join(str(i) for i in shared[:10]) + (", ..." if len(shared) > 10 else "")
        raise UsageError(f"run{'s' if len(shared) > 1 else ''} {listed} in both --a and --b",
                         hint="the two groups must not share runs: a t-test needs independent samples")


def groups(
    metric: MetricArg,
    where: WhereOption = None,
    experiment: ExperimentOption = None,
    tag: TagOption = None,
    status: AnalysisStatusOption = None,
    seed_param: Annotated[list[str] | None, Option("--seed-param", show_default=False, help="A param that only picks the random stream (repeatable; replaces the default seed, random_seed, random_state, rng_seed ...).")] = None,
    agg: AggOption = "last",
    confidence: ConfidenceOption = 0.95,
    minimize: Annotated[bool | None, Option("--minimize/--maximize", show_default=False, help="Lower (or higher) is better; default: by the metric's name (loss, error, time ... are minimized).")] = None,
    fmt: FormatOption = "table",
    db: DbOption = None,
) -> None:
    from ..analyse.direction import flag_lists, metric_direction

    from ..analyse.bylevel import seed_groups_of_levels
    from ..analyse.samples import SEED_PARAMS
    from ..models import paused_gc
    from ..render.analysis import emit_seed_groups

    fmt = check_format(fmt)
    settings = project_settings()
    direction = metric_direction(metric, *flag_lists(metric, minimize), settings)
    seed_params = seed_param or settings.get("seed_params") or SEED_PARAMS
    with paused_gc():  # a million objects and no cycle among them: see _open_analysed
        store, column = _open_analysed(db, where, experiment, tag, status, metric, agg)
        report = seed_groups_of_levels(column, store.param_levels(column.ids), seed_params, confidence,
                                       direction)
        emit_seed_groups(report, fmt)
        _LEFT_FOR_EXIT[:] = [(column, report)]


def seed_group_table(store, runs, metric: str, *, agg: str = "last", seed_params=None,
                     confidence: float = 0.95, direction: str | None = None,
                     fmt: str = "table"):
    """Print the seed-group view of `runs` (runs identical but for seed-like params, as one row
    each: mean ± std, n, interval) and return its `analysis.SeedReport`. `seed_params` replaces
    the default seed-like names. Meant for any command that wants it (`compare --group-by-seed`)."""
    from ..analyse.samples import SEED_PARAMS, observe, seed_groups
    from ..render.analysis import emit_seed_groups

    obs = observe(store, runs, metric, agg)
    report = seed_groups(obs, seed_params or SEED_PARAMS, confidence, direction)
    emit_seed_groups(report, fmt)
    return report


def importance(
    metric: MetricArg,
    where: WhereOption = None,
    experiment: ExperimentOption = None,
    tag: TagOption = None,
    status: AnalysisStatusOption = None,
    agg: AggOption = "last",
    fmt: FormatOption = "table",
    db: DbOption = None,
) -> None:
    from ..analyse.importance import rank_levels
    from ..models import paused_gc
    from ..render.analysis import emit_importance

    fmt = check_format(fmt)
    with paused_gc():  # see _open_analysed
        store, column = _open_analysed(db, where, experiment, tag, status, metric, agg)
        levels = store.param_levels(column.ids)
        emit_importance(rank_levels(column, levels), fmt)
        _LEFT_FOR_EXIT[:] = [(column, levels)]


# What importance and groups last read and built, kept to the end of the process: freeing some
# hundred thousand objects one by one when the command returns costs tens of milliseconds, and
# the process exits right after (expctl.cli._leave: no teardown). One command's worth at most.
_LEFT_FOR_EXIT: list = []


def _open_analysed(db, where, experiment, tags, statuses, metric: str, agg: str):
    """The store, and the `agg` values of `metric` (a columns.MetricColumn) of the runs an
    analysis of the --where/--experiment/--tag/--status selection uses (finished unless
    --status says otherwise; see expctl.analyse.selection); Store.param_columns reads their params.
    Callers pause the garbage collector (models.paused_gc) while they read and work: the rows,
    columns and groups of 100,000 runs are a million objects without a cycle among them, which
    the collector would otherwise walk again and again for nothing."""
    store = open_for_read(db)
    return store, select_column(store, where, statuses, metric, agg,
                                experiment=experiment, tags=tags or [])


def count(
    since: Annotated[str | None, Option("--since", show_default=False, help="From this time: 2026-11-01, 2026-11-01T09:00, today, 7d, 12h, 2w (default: the first run).")] = None,
    until: Annotated[str | None, Option("--until", show_default=False, help="Up to this time, included (a date alone: that whole day; default: now).")] = None,
    by: Annotated[str, Option("--by", help="Interval: day, week (from Monday) or month, in local time.")] = "day",
    where: WhereOption = None,
    experiment: ExperimentOption = None,
    tag: TagOption = None,
    status: Annotated[list[str] | None, Option("--status", "-s", show_default=False, help="Only runs with this status (repeatable; default: any).")] = None,
    fmt: FormatOption = "table",
    db: DbOption = None,
) -> None:
    import time

    from ..analyse.samples import count_runs
    from ..render.analysis import emit_count
    from ..analyse.selection import chosen_statuses
    from ..query.times import parse_time_option

    fmt = check_format(fmt)
    now = time.time()
    start = parse_time_option(since, "--since", now) if since else None
    end = parse_time_option(until, "--until", now, end=True) if until else None
    statuses = list(chosen_statuses(status, default=("any",)))  # counting shows every status
    store = open_for_read(db)
    ids = select_run_ids(store, None, where, experiment=experiment, tags=tag or [], statuses=statuses)
    emit_count(count_runs(store.started_times(ids), by, start, end, now), fmt)
