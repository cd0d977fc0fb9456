"""`expctl run`'s own option parser, for the hot path (see `expctl.cli`).

Accepts what the Typer definition in `cli/run.py` accepts: `--opt VALUE`, `--opt=VALUE`, `-o VALUE`,
`-oVALUE`; the command starts after `--` or at the first argument that is not an option.
"""

from __future__ import annotations

import os

from ..errors import UsageError
from ..record.recorder import RunOptions

# option -> (RunOptions field, kind); kind is "str", "list" (repeatable), or a bool constant
RUN_OPTIONS: dict[str, tuple[str, object]] = {
    "--name": ("name", "str"), "-n": ("name", "str"),
    "--experiment": ("experiment", "str"), "-e": ("experiment", "str"),
    "--tag": ("tags", "list"), "-t": ("tags", "list"),
    "--note": ("notes", "str"),
    "--param": ("params", "list"), "-p": ("params", "list"),
    "--capture-env": ("env_prefixes", "list"),
    "--db": ("db", "str"),
    "--quiet": ("quiet", True), "-q": ("quiet", True),
    "--pty": ("pty", True), "--no-pty": ("pty", False),
    "--metric-pattern": ("metric_patterns", "list"),
    "--metric-name": ("metric_name", "str"),
    "--no-default-patterns": ("default_patterns", False),
    "--ignore-metrics": ("ignore_metrics", "list"),
    "--metrics": ("only_metrics", "list"),
    "--no-summary": ("summary", False),
    "--artifact": ("artifacts", "list"),
    "--artifact-max-mb": ("artifact_max_mb", "str"),
    "--py-hook": ("py_hook", True), "--no-py-hook": ("py_hook", False),
}
HELP = ("--help", "-h")


def parse_run_args(args: list[str], environ=None) -> RunOptions | None:
    """RunOptions from the words after `run`; None when help was asked for (Typer shows it)."""
    environ = os.environ if environ is None else environ
    # No -e and no EXPCTL_EXPERIMENT: None, so the project's config can name it (recorder).
    values: dict = {"experiment": environ.get("EXPCTL_EXPERIMENT") or None,
                    "tags": [], "params": [], "env_prefixes": [], "metric_patterns": [],
                    "artifacts": [], "ignore_metrics": [], "only_metrics": []}
    i = 0
    while i < len(args):
        word = args[i]
        if word == "--":
            i += 1
            break
        if word in HELP:
            return None
        if not word.startswith("-") or word == "-":
            break
        i = _take_option(args, i, values)
    command = args[i:]
    if not command:
        raise UsageError("no command to run", hint="put it after --, e.g. expctl run -- python train.py")
    values["metric_patterns"] = tuple(values["metric_patterns"])
    values["artifacts"] = tuple(values["artifacts"])
    values["ignore_metrics"] = tuple(values["ignore_metrics"])
    values["only_metrics"] = tuple(values["only_metrics"])
    if "artifact_max_mb" in values:
        values["artifact_max_mb"] = parse_max_mb(values["artifact_max_mb"])
    check_metric_options(values["metric_patterns"], values.get("metric_name"))
    return RunOptions(command=command, **values)


def parse_max_mb(text: str) -> float:
    """--artifact-max-mb's value: a positive number of megabytes."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value > 0:
        raise UsageError(f"--artifact-max-mb {text!r} is not a positive number",
                         hint="for example: --artifact-max-mb 200")
    return value


def check_metric_options(patterns: tuple[str, ...], name: str | None) -> None:
    """Raise UsageError for a --metric-pattern that does not compile or lacks a group, so the
    mistake is reported before the command starts."""
    if patterns:
        from ..metrics import MetricParser

        MetricParser(patterns, name=name)


def _take_option(args: list[str], i: int, values: dict) -> int:
    """Store the option at args[i] in `values`; return the index of the next word."""
    word = args[i]
    name, inline = _split(word)
    if name not in RUN_OPTIONS:
        raise UsageError(f"no such option for run: {name}", hint="see expctl run --help")
    field, kind = RUN_OPTIONS[name]
    if isinstance(kind, bool):
        if inline is not None:
            raise UsageError(f"option {name} takes no value")
        values[field] = kind
        return i + 1
    if inline is None:
        if i + 1 >= len(args):
            raise UsageError(f"option {name} needs a value")
        inline, i = args[i + 1], i + 1
    if kind == "list":
        values[field].append(inline)
    else:
        values[field] = inline
    return i + 1


def _split(word: str) -> tuple[str, str | None]:
    if word.startswith("--"):
        name, eq, value = word.partition("=")
        return name, (value if eq else None)
    if len(word) > 2 and word[:2] in RUN_OPTIONS and not isinstance(RUN_OPTIONS[word[:2]][1], bool):
        return word[:2], word[2:]
    return word, None
