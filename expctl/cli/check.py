"""`expctl check`: a gate for CI. Exit 0 when the run passes, 1 when it fails (with a one-line
reason), 2 for a usage error (bad option, unknown run, empty baseline)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..errors import UsageError
from ._common import AnalysisStatusOption, DbOption, open_for_read, user_errors


def register(app: typer.Typer) -> None:
    app.command(
        "check",
        help="Fail (exit 1) when a run's metric is out of bounds or worse than a baseline: "
             "a gate for CI.\n\nExamples: expctl check last --metric acc --min 0.9; "
             "expctl check last --metric acc --baseline \"tags contains 'main'\" --no-worse-than 0.5%",
    )(user_errors(check))


def check(
    runs: Annotated[list[str], typer.Argument(metavar="RUN...", help="The run (or several, e.g. seeds) to check.")],
    metric: Annotated[str, typer.Option("--metric", "-m", help="The metric to check.")],
    agg: Annotated[str, typer.Option("--agg", help="Which value of the metric: last, min, max, mean or count.")] = "last",
    minimum: Annotated[float | None, typer.Option("--min", show_default=False, help="Fail below this value.")] = None,
    maximum: Annotated[float | None, typer.Option("--max", show_default=False, help="Fail above this value.")] = None,
    baseline: Annotated[str | None, typer.Option(
        "--baseline", "-b", show_default=False,
        help="Runs to compare with: references (e.g. 'main-1 main-2') or a --where expression.")] = None,
    no_worse_than: Annotated[str | None, typer.Option(
        "--no-worse-than", show_default=False,
        help="Allowed shortfall from the baseline mean: 0.5% (relative) or 0.01 (absolute).")] = None,
    significant: Annotated[bool, typer.Option(
        "--significant", help="Fail only when the shortfall is significant (t-test; 2+ baseline runs).")] = False,
    alpha: Annotated[float, typer.Option("--alpha", help="Significance level for --significant.")] = 0.05,
    maximize: Annotated[bool, typer.Option("--maximize", help="Higher is better for this metric.")] = False,
    minimize: Annotated[bool, typer.Option("--minimize", help="Lower is better for this metric.")] = False,
    status: AnalysisStatusOption = None,
    db: DbOption = None,
) -> None:
    from ..analyse import gate

    _check_usage(agg, minimum, maximum, baseline, no_worse_than, significant, alpha, maximize, minimize)
    if status and baseline is None:
        raise UsageError("--status chooses the --baseline runs", hint="add --baseline RUNS_OR_EXPRESSION")
    tolerance = gate.parse_tolerance(no_worse_than) if no_worse_than is not None else None
    store = open_for_read(db)
    candidates = _resolve(store, runs)
    values, missing = column_values(store, candidates, metric, agg)
    if missing:
        _finish(gate.Verdict(False, f"run {missing[0]} has no metric '{metric}'", None, None, None))
    verdicts = []
    if minimum is not None or maximum is not None:
        verdicts += [gate.check_bounds(metric, v, minimum, maximum) for v in values]
    if baseline is not None:
        base_values = _baseline_values(store, baseline, candidates, metric, agg, status)
        direction = _direction(metric, maximize, minimize)
        verdicts.append(gate.check_baseline(metric, values, base_values, direction, tolerance,
                                            significant, alpha))
    failed = [v for v in verdicts if not v.passed]
    _finish(failed[0] if failed else verdicts[-1])


def _check_usage(agg, minimum, maximum, baseline, no_worse_than, significant, alpha, maximize, minimize):
    from ..analyse.aggregates import check_aggregate

    check_aggregate(agg)
    if baseline is None and (no_worse_than is not None or significant):
        raise UsageError("--no-worse-than and --significant compare with a baseline",
                         hint="add --baseline RUNS_OR_EXPRESSION")
    if minimum is None and maximum is None and baseline is None:
        raise UsageError("nothing to check", hint="give --min/--max, or --baseline (with --no-worse-than)")
    if maximize and minimize:
        raise UsageError("--maximize and --minimize contradict each other")
    if not 0 < alpha < 1:
        raise UsageError(f"--alpha must be between 0 and 1, not {alpha:g}")


def _resolve(store, refs: list[str]) -> list[int]:
    """The ids of the checked runs; an unknown reference is a usage error (exit 2), not a
    failed gate."""
    from ..errors import RunNotFound
    from ._common import resolve_many

    try:
        return resolve_many(store, refs)
    except RunNotFound as exc:
        raise UsageError(exc.message, hint=exc.hint) from None


def metric_values(store, runs, metric: str, agg: str) -> tuple[list[float], list]:
    """The metric's `agg` value (expctl.analyse.aggregates; NaN when it has none) for each run that has
    the metric, and the runs that do not: of runs loaded as records (the reference column_values
    is held to)."""
    from ..analyse.samples import metric_column

    column = metric_column(store, runs, metric, agg)
    return [column[run.id] for run in runs if run.id in column], [run for run in runs if run.id not in column]


def column_values(store, run_ids: list[int], metric: str, agg: str, analysed: bool = False,
                  statuses: list[str] | None = None, leave_out=frozenset()) -> tuple[list[float], list[int]]:
    """The metric's `agg` value (expctl.analyse.aggregates; NaN when it has none) of each of
    these runs that has the metric, in order, and the ids of those that do not. Read as columns
    (Store.summary_columns: no object per run; at 100,000 baseline runs, loading them as
    records took 0.8 s and 100 MB). `analysed`: only the runs an analysis keeps (selection's
    rule with `statuses`, its note on stderr), less `leave_out`; else every run."""
    from ..analyse.columns import observe_columns, summary_field
    from ._common import keep_for_analysis

    ids, run_statuses, has, stored = store.summary_columns(run_ids, metric, summary_field(agg))
    kept: list[int] = list(range(len(ids)))
    if analysed:
        kept = keep_for_analysis(kept, statuses, run_statuses=run_statuses)
    kept = [at for at in kept if ids[at] not in leave_out]
    present = [at for at in kept if has[at]]
    missing = [ids[at] for at in kept if not has[at]]
    if not present:
        return [], missing
    ids, stored = [ids[at] for at in present], [stored[at] for at in present]
    return observe_columns(store, ids, [True] * len(ids), stored, metric, agg).values, missing


def _baseline_values(store, text: str, candidates: list[int], metric: str, agg: str,
                     statuses) -> list[float]:
    """The baseline runs' values, the checked runs themselves left out; like every analysis, the
    baseline takes finished runs unless --status says otherwise (expctl.analyse.selection)."""
    from ..errors import RunNotFound
    from ._common import select_run_ids

    from ..analyse.selection import chosen_statuses, is_condition, split_refs

    as_where = is_condition(text)
    chosen_statuses(statuses)  # a wrong --status is refused before anything is read
    try:
        ids = select_run_ids(store, None if as_where else split_refs(text), text if as_where else None)
    except RunNotFound as exc:
        raise UsageError(f"--baseline: {exc.message}", hint=exc.hint) from None
    values, missing = column_values(store, ids, metric, agg, True, statuses, set(candidates))
    if not values:
        base = len(missing)
        raise UsageError(f"no baseline run with a metric '{metric}' (the baseline '{text}' "
                         f"selects {base} other usable run{'s' if base != 1 else ''})",
                         hint="check --baseline with `expctl list --where ...` (only finished "
                              "runs count unless --status)")
    return values


def _direction(metric: str, maximize: bool, minimize: bool) -> str:
    from ..analyse.direction import flag_lists, metric_direction
    from ._common import project_settings

    flag = True if minimize else False if maximize else None
    direction = metric_direction(metric, *flag_lists(metric, flag), project_settings())
    if direction is None:
        raise UsageError(f"'{metric}' looks like a counter: which way is better?",
                         hint="add --maximize or --minimize")
    return direction


def _finish(verdict) -> None:
    word = "pass" if verdict.passed else "FAIL"
    sys.stdout.write(f"{word}: {verdict.reason}\n")
    raise typer.Exit(0 if verdict.passed else 1)
