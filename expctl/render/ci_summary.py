"""A Markdown summary of one run, for the job page of a CI service (`$GITHUB_STEP_SUMMARY`).

GitHub Actions renders whatever a step appends to the file named by `GITHUB_STEP_SUMMARY` on the
run's summary page ("Adding a job summary", GitHub Actions docs). `expctl run` appends one
section per run there, unless `--no-summary`. Stdlib only: this is on `expctl run`'s path.
"""

from __future__ import annotations

import math
import os

from .text import format_duration

SUMMARY_ENV = "GITHUB_STEP_SUMMARY"
STATUS_MARK = {"finished": "✅", "failed": "❌", "interrupted": "⚠️", "crashed": "❌"}
MAX_ROWS = 50  # params or metrics beyond this are counted, not listed: a summary, not a dump


def summary_markdown(run, ci: dict | None = None, series: dict | None = None) -> str:
    """The section for `run` (a models.Run with params and metric summaries loaded): a heading
    with its status and duration, then params and final metrics as tables, then a Mermaid chart
    per metric of `series` (name -> Series; see report.mermaid.chart_metrics). `sys/` metrics
    (expctl's resource samples) are left out. Ends with a blank line so sections stack."""
    import shlex

    title = f"run {run.id}" + (f" {code_span(run.name)}" if run.name else "")
    mark = STATUS_MARK.get(run.status, "")
    code = "" if run.exit_code is None else f" (exit {run.exit_code})"
    lines = [
        f"### expctl {title}: {mark} {run.status}{code}".replace("  ", " "),
        "",
        code_span(shlex.join(run.command)),
        "",
        f"experiment **{_cell(run.experiment)}** · duration {format_duration(run.duration_s) or '?'}"
        + (f" · [CI job]({ci['job_url']})" if ci and ci.get("job_url") else ""),
        "",
    ]
    params = sorted(run.params.values(), key=lambda p: p.name)
    if params:
        lines += _table(("param", "value"), [(p.name, p.text) for p in params])
    metrics = sorted((m for m in run.metrics.values() if not m.name.startswith("sys/")),
                     key=lambda m: m.name)
    if metrics:
        rows = [(m.name, _number(m.last), _number(m.min), _number(m.max), str(m.count))
                for m in metrics]
        lines += _table(("metric", "last", "min", "max", "points"), rows)
    if series:
        from ..report.mermaid import run_charts

        lines += [run_charts(run, series)]
    return "\n".join(lines) + "\n"


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    extra = len(rows) - MAX_ROWS
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows[:MAX_ROWS]]
    if extra > 0:
        out.append(f"| … {extra} more | " + " | " * (len(header) - 1))
    return out + [""]


def _cell(text) -> str:
    """Text that cannot break a Markdown table row or a code span."""
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("`", "'") \
        .replace("\r", " ").replace("\n", " ")


def code_span(text: str) -> str:
    """`text` as a Markdown code span, shown exactly: backslashes and pipes are literal inside
    one, so nothing is escaped; the fence is one backtick longer than any run of backticks in
    the text (CommonMark 6.1), and line breaks become spaces."""
    import re

    text = str(text).replace("\r", " ").replace("\n", " ")
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _number(value: float) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{value:.6g}"


SUMMARY_MODE = 0o600


def append_summary(path: str, text: str) -> None:
    """Append `text` to the summary file. An existing file keeps its mode (the CI runner made
    it and decides who reads it); a missing one is created readable by its owner only (0600,
    narrowed further by the umask), since a summary holds the run's params and metrics and
    the folder may be shared."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, SUMMARY_MODE)
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(text)
