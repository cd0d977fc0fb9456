"""`expctl reparse`: re-derive stored runs' metrics from their stored output."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ._common import (DbOption, FormatOption, RunsArg, check_format, open_for_read, resolve_many,
                      user_errors)
from .run import (IgnoreMetricsOption, MetricNameOption, MetricPatternOption,
                  NoDefaultPatternsOption, OnlyMetricsOption)


def register(app: typer.Typer) -> None:
    app.command(
        "reparse",
        help="Re-derive runs' metrics from their stored output, with today's formats and the "
             "patterns given (else the project config's); replaces every metric but sys/ "
             "ones.\n\n"
             "Example: expctl reparse last --metric-pattern 'acc=(?P<value>\\S+)' "
             "--metric-name acc --dry-run",
    )(user_errors(reparse))


def reparse(
    runs: RunsArg,
    metric_pattern: MetricPatternOption = None,
    metric_name: MetricNameOption = None,
    no_default_patterns: NoDefaultPatternsOption = False,
    ignore_metrics: IgnoreMetricsOption = None,
    metrics: OnlyMetricsOption = None,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Show what would be found; change nothing.")] = False,
    fmt: FormatOption = "table",
    db: DbOption = None,
) -> None:
    from ..metrics import MetricParser
    from ..metrics.replay import reparse_run
    from ..render.output import emit_json, emit_table

    fmt = check_format(fmt)
    patterns = list(metric_pattern or []) or config_patterns()
    ignore, only = config_filters(ignore_metrics, metrics)
    MetricParser(patterns, name=metric_name)  # a bad pattern fails before any run is touched
    store = open_for_read(db)
    results = []
    for run_id in resolve_many(store, runs or []):
        parser = MetricParser(patterns, builtin=not no_default_patterns, name=metric_name,
                              ignore_metrics=ignore, metrics=only)
        results.append(reparse_run(store, run_id, parser, write=not dry_run))
    if fmt == "json":
        emit_json(reparse_json(results, dry_run))
    else:
        emit_table(*reparse_rows(results), fmt, right=[True, False, True, True, True, True])
    for result in results:
        sys.stderr.write(summary_line(result, dry_run) + "\n")


def config_patterns() -> list[str]:
    """The project config's working metric patterns (as `expctl run` uses them when no
    --metric-pattern is given); one that does not work is said on stderr (expctl.config)."""
    from ..config import find_config, load_config

    if find_config() is None:
        return []
    config = load_config()
    for message in config.warnings:
        if "metric pattern ignored" in message:
            sys.stderr.write(f"expctl: warning: {message}\n")
    return list(config.values["metric_patterns"])


def config_filters(ignore, only) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The metric-name globs as `expctl run` uses them: --ignore-metrics adds to the config's
    ignore_metrics, --metrics replaces the config's metrics."""
    from ..config import find_config, load_config

    values = load_config().values if find_config() is not None else {}
    return (tuple(ignore or ()) + tuple(values.get("ignore_metrics", ())),
            tuple(only or ()) or tuple(values.get("metrics", ())))


def reparse_rows(results) -> tuple[list[str], list[list[str]]]:
    """Headers and rows: one row per metric found or removed, per run."""
    from ..render.text import format_number

    headers = ["run", "metric", "points", "last step", "last value", "stored before"]
    rows = []
    for result in results:
        names = sorted(result.found.keys() | result.before.keys())
        for name in names:
            series = result.found.get(name)
            if name in result.kept or (series is None and name.startswith("sys/")):
                continue
            count = len(series) if series is not None else 0
            rows.append([
                str(result.run_id), name, str(count),
                format_number(series.steps[-1]) if count else "",
                format_number(series.values[-1]) if count else "",
                str(result.before.get(name, 0)),
            ])
    return headers, rows


def reparse_json(results, dry_run: bool) -> dict:
    from ..render.output import JSON_FORMAT_VERSION, json_number

    runs = []
    for result in results:
        metrics = {
            name: {"points": len(series), "last_step": json_number(series.steps[-1]),
                   "last": json_number(series.values[-1]),
                   "stored_before": result.before.get(name, 0)}
            for name, series in sorted(result.found.items()) if len(series)
        }
        removed = sorted(name for name in result.before
                         if name not in result.found and name not in result.kept
                         and not name.startswith("sys/"))
        runs.append({"id": result.run_id, "metrics": metrics, "removed": removed,
                     "kept": result.kept})
    return {"format_version": JSON_FORMAT_VERSION, "dry_run": dry_run, "runs": runs}


def summary_line(result, dry_run: bool) -> str:
    found = {name: series for name, series in result.found.items() if len(series)}
    before = {name: n for name, n in result.before.items()
              if not name.startswith("sys/") and name not in result.kept}
    verb = "would store" if dry_run else "now has"
    return (f"run {result.run_id}: {verb} {len(found)} metrics, "
            f"{sum(map(len, found.values())):,} points (before: {len(before)} metrics, "
            f"{sum(before.values()):,} points)")
