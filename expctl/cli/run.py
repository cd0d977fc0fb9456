"""`expctl run`: the Typer definition, used for `--help`, completion and in-process calls.

The console script parses `run` with `run_args.parse_run_args` instead (start-up time); both
produce the same `RunOptions`, which a test checks.
"""

from __future__ import annotations

from typing import Annotated

import typer

from ._common import DbOption, user_errors

# Shared with `expctl reparse`, which re-derives metrics with the same options.
MetricPatternOption = Annotated[list[str] | None, typer.Option(
    "--metric-pattern", metavar="REGEX",
    help="Read metrics with this regex too (repeatable): named groups name and value, "
         "optionally step; a line it matches is read with user patterns only.",
)]
MetricNameOption = Annotated[str | None, typer.Option(
    "--metric-name", metavar="NAME",
    help="The metric name for --metric-pattern regexes without a name group.",
)]
NoDefaultPatternsOption = Annotated[bool, typer.Option(
    "--no-default-patterns",
    help="Do not read the built-in metric formats (only --metric-pattern and expctl.log).",
)]


IgnoreMetricsOption = Annotated[list[str] | None, typer.Option(
    "--ignore-metrics", metavar="GLOB",
    help="Do not record metrics whose name matches this glob (repeatable; adds to the "
         "config's ignore_metrics).",
)]
OnlyMetricsOption = Annotated[list[str] | None, typer.Option(
    "--metrics", metavar="GLOB",
    help="Record only metrics whose name matches one of these globs (repeatable; replaces the "
         "config's metrics).",
)]


def register(app: typer.Typer) -> None:
    app.command(
        "run",
        context_settings={"allow_interspersed_args": False},
        help="Run a command exactly as the shell would, and record it.\n\n"
             "Example: expctl run -e cifar -t baseline -- python train.py --lr 0.1",
    )(user_errors(run))


def run(
    command: Annotated[list[str], typer.Argument(metavar="-- CMD [ARGS]...",
                                                 help="The command to run, after --.")],
    name: Annotated[str | None, typer.Option("--name", "-n", help="A name for the run.")] = None,
    experiment: Annotated[str | None, typer.Option(
        "--experiment", "-e", envvar="EXPCTL_EXPERIMENT", show_default=False,
        help="Experiment to file the run under (default: the config's, else 'default').",
    )] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", "-t", help="A tag (repeatable).")] = None,
    note: Annotated[str, typer.Option("--note", help="A note about the run.")] = "",
    param: Annotated[list[str] | None, typer.Option(
        "--param", "-p", help="Add or override a param: k=v (repeatable).")] = None,
    capture_env: Annotated[list[str] | None, typer.Option(
        "--capture-env", help="Also record environment variables with this prefix (repeatable).",
    )] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Record without echoing output.")] = False,
    pty: Annotated[bool | None, typer.Option(
        "--pty/--no-pty", help="Run on a pseudo-terminal (default: when stdout is a terminal).",
        show_default=False)] = None,
    metric_pattern: MetricPatternOption = None,
    metric_name: MetricNameOption = None,
    no_default_patterns: NoDefaultPatternsOption = False,
    ignore_metrics: IgnoreMetricsOption = None,
    metrics: OnlyMetricsOption = None,
    no_summary: Annotated[bool, typer.Option(
        "--no-summary", help="Do not append a Markdown summary to $GITHUB_STEP_SUMMARY.")] = False,
    artifact: Annotated[list[str] | None, typer.Option(
        "--artifact", metavar="GLOB",
        help="Keep the files matching this glob after the run, by content (repeatable).")] = None,
    artifact_max_mb: Annotated[str, typer.Option(
        "--artifact-max-mb", metavar="MB", help="Do not keep artifacts larger than this.")] = "1024",
    py_hook: Annotated[bool | None, typer.Option(
        "--py-hook/--no-py-hook", show_default=False,
        help="Python processes of the run record their parsed argparse namespace and Hydra "
             "config as params (default: the config's py_hook, else off).")] = None,
    db: DbOption = None,
) -> None:
    from ..record.recorder import RunOptions, record_run
    from .run_args import parse_max_mb

    opts = RunOptions(
        command=list(command), name=name, experiment=experiment or "", tags=list(tag or []), notes=note,
        params=list(param or []), quiet=quiet, pty=pty, db=db, env_prefixes=list(capture_env or []),
        metric_patterns=tuple(metric_pattern or ()), metric_name=metric_name,
        default_patterns=not no_default_patterns, summary=not no_summary,
        artifacts=tuple(artifact or ()), artifact_max_mb=parse_max_mb(artifact_max_mb),
        ignore_metrics=tuple(ignore_metrics or ()), only_metrics=tuple(metrics or ()),
        py_hook=py_hook,
    )
    raise typer.Exit(record_run(opts))
