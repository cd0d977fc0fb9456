"""Looking at runs together: compare (side by side) and diff (everything that differs)."""

from __future__ import annotations

from ..errors import RunNotFound, UsageError
from ._common import (
    AnalysisStatusOption, DbOption, FormatOption, RunsArg, SortOption, WhereOption, check_format,
    open_for_read, project_settings, resolve_one_run, select_for_analysis, select_runs, user_errors,
)
from .options import Annotated, Argument, Option

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` (see expctl.cli.options)
if TYPE_CHECKING:
    import typer


def register(app: typer.Typer) -> None:
    app.command("compare", help="Show runs side by side: what differs, best values highlighted.")(
        user_errors(compare))
    app.command("diff", help="Show everything that differs between two runs: params, code, "
                             "environment, metrics, resources.")(user_errors(diff))


def compare(
    runs: RunsArg = None,
    where: WhereOption = None,
    sort: SortOption = None,
    limit: Annotated[int | None, Option("--limit", "-n", show_default=False, help="Compare at most this many runs.")] = None,
    all_params: Annotated[bool, Option("--all", "-a", help="Every param, not only those that differ.")] = False,
    agg: Annotated[str, Option("--agg", help="Metric values to show, comma-separated: last, min, max, mean, count.")] = "last",
    maximize: Annotated[list[str] | None, Option("--maximize", show_default=False, help="Higher is better for this metric (repeatable).")] = None,
    minimize: Annotated[list[str] | None, Option("--minimize", show_default=False, help="Lower is better for this metric (repeatable).")] = None,
    rows: Annotated[bool, Option("--rows", help="One row per run instead of one column.")] = False,
    system: Annotated[bool, Option("--sys", help="Also show the sys/* resource metrics.")] = False,
    group_by_seed: Annotated[str | None, Option(
        "--group-by-seed", metavar="METRIC", show_default=False,
        help="Fold runs that differ only by a seed-like param into one row each: mean ± std, n "
             "and 95% CI of METRIC (the same view as expctl groups).")] = None,
    status: AnalysisStatusOption = None,
    fmt: FormatOption = "table",
    db: DbOption = None,
) -> None:
    from ..analyse.aggregates import needs_points, parse_aggregates
    from ..analyse.compare import build_comparison
    from ..render.compare import comparison_json, emit_comparison
    from ..render.output import emit_json

    fmt = check_format(fmt)
    aggregates = parse_aggregates(agg)
    if not runs and where is None:
        raise UsageError("name the runs to compare, or select them with --where",
                         hint="e.g. expctl compare 12 17, expctl compare last~4..last, or "
                              "expctl compare --where \"experiment = 'cifar'\"")
    if limit is not None and limit < 1:
        raise UsageError("--limit must be at least 1")
    if status and not group_by_seed:
        raise UsageError("--status chooses the runs --group-by-seed analyses",
                         hint="to show runs by status side by side, use --where \"status = 'failed'\"")
    store = open_for_read(db)
    settings = project_settings()
    if group_by_seed:
        from ..analyse.direction import metric_direction
        from .stats import seed_group_table

        chosen = select_for_analysis(store, runs, where, status, sort, limit, metric=group_by_seed)
        _check_chosen(chosen)
        seed_group_table(store, chosen, group_by_seed, fmt=fmt,
                         direction=metric_direction(group_by_seed, maximize or (), minimize or (), settings),
                         seed_params=settings.get("seed_params") or None)
        return
    chosen = select_runs(store, runs, where, sort, limit)
    _check_chosen(chosen)
    wants_series = fmt != "json" or needs_points(aggregates)
    series = {run.id: store.read_metrics(run.id) for run in chosen} if wants_series else {}
    data = build_comparison(
        chosen, store.git_summaries([run.id for run in chosen]), series,
        all_params=all_params, aggregates=aggregates, maximize=maximize or (),
        minimize=minimize or (), settings=settings, system=system,
    )
    if fmt == "json":
        emit_json(comparison_json(data))
        return
    emit_comparison(data, fmt, transpose=rows)


def _check_chosen(chosen) -> None:
    if not chosen:
        raise RunNotFound("no runs match", hint="check the --where condition with expctl list --where ...")


def diff(
    run_a: Annotated[str, Argument(metavar="A", help="The first run (id, uuid prefix, name, last, last~N).")],
    run_b: Annotated[str, Argument(metavar="B", help="The second run.")],
    stat: Annotated[bool, Option("--stat", help="Summarise the code diff (files and line counts) instead of printing it.")] = False,
    system: Annotated[bool, Option("--sys", help="Also compare the sys/* resource metrics.")] = False,
    fmt: Annotated[str, Option("--format", "-f", help="Output format: text (also called table, as in other commands), json or markdown.")] = "text",
    db: DbOption = None,
) -> None:
    from ..analyse.diff import build_diff
    from ..analyse.gitdiff import compare_code
    from ..render.diff import diff_json, emit_diff
    from ..render.output import emit_json

    fmt = check_format(fmt, ("text", "table", "json", "markdown"))
    store = open_for_read(db)
    id_a, id_b = resolve_one_run(store, run_a), resolve_one_run(store, run_b)
    a, b = store.get_run(id_a), store.get_run(id_b)
    code = compare_code(store.get_git(id_a), store.get_git(id_b), patch=not stat)
    report = build_diff(a, b, store.get_env(id_a), store.get_env(id_b), code, system=system)
    if fmt == "json":
        emit_json(diff_json(report))
        return
    emit_diff(report, "markdown" if fmt == "markdown" else "text", stat=stat)
