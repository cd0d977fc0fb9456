"""`expctl show`: one run, everything recorded: as text for a person (`table`), as Markdown for
a PR comment or a job summary, and as CSV (`field,value` rows, exact values) for a script.
JSON is render/runs.run_json."""

from __future__ import annotations

import shlex
import sys
from collections.abc import Sequence

from ..models import (PARAM_SOURCES, GitInfo, Param, ParamOrigin, Run, peak_memory_mb,
                      same_param_value)
from ..records import Series
from .output import emit_table, markdown_cell, markdown_table
from .runs import short_sha
from .text import format_duration, format_number, iso_time, sparkline

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the light commands' path
if TYPE_CHECKING:
    from typing import Any

ENV_VARS_WIDTH = 200  # characters of recorded variable names shown; the rest are counted


def emit_show(run: Run, git: GitInfo | None, env: dict | None, series: dict[str, Series],
              fmt: str = "table", overridden: Sequence[Param] = (),
              origins: Sequence[ParamOrigin] = ()) -> None:
    """Print the run in `fmt`: table (text), markdown or csv. `overridden`: the values weaker
    sources gave for its params; `origins`: where params came from (store.param_origins)."""
    if fmt == "csv":
        emit_table(["field", "value"], show_fields(run, git, env), "csv")
        return
    sections = [("git", _git_facts(git, run.id) if git else []), ("ci", _ci_facts(env)),
                ("resources and environment", _env_facts(run, env) if run.resources or env else [])]
    if fmt == "markdown":
        _emit_markdown(run, sections, series, overridden, origins)
        return
    out = sys.stdout
    out.write(_title(run) + "\n")
    _write_facts(_facts(run))
    for title, facts in sections[:2]:
        if facts:
            out.write(f"\n{title}\n")
            _write_facts(facts)
    if run.params or origins:
        out.write("\n")
        emit_table(*_param_table(run, overridden), title="params")
        out.write("".join(line + "\n" for line in _param_notes(run, overridden, origins)))
    if run.metrics:
        out.write("\n")
        emit_table(*_metric_table(run, series), title="metrics", right=_METRIC_RIGHT)
    if any(value not in (None, "") for _, value in sections[2][1]):
        out.write(f"\n{sections[2][0]}\n")
        _write_facts(sections[2][1])


_METRIC_RIGHT = [False, True, True, True, True, True, False]


def _title(run: Run) -> str:
    return f"run {run.id}" + (f"  {run.name}" if run.name else "")


def _write_facts(facts) -> None:
    for label, value in facts:
        if value not in (None, ""):
            sys.stdout.write(f"  {label:<11}{value}\n")


def _emit_markdown(run: Run, sections, series: dict[str, Series], overridden: Sequence[Param],
                   origins: Sequence[ParamOrigin]) -> None:
    out = sys.stdout
    out.write(f"### {markdown_cell(_title(run))}\n\n")
    out.write(_facts_markdown(_facts(run)) + "\n")
    for title, facts in sections:
        if any(value not in (None, "") for _, value in facts):
            out.write(f"\n**{title}**\n\n{_facts_markdown(facts)}\n")
    if run.params:
        out.write("\n**params**\n\n" + markdown_table(*_param_table(run, overridden)) + "\n")
        notes = _param_notes(run, overridden, origins)
        out.write("".join(f"\n{markdown_cell(line.strip())}\n" for line in notes))
    if run.metrics:
        headers, rows = _metric_table(run, series)
        out.write("\n**metrics**\n\n" + markdown_table(headers, rows, _METRIC_RIGHT) + "\n")


def _facts_markdown(facts) -> str:
    rows = [[label, value] for label, value in facts if value not in (None, "")]
    return markdown_table(["field", "value"], rows)


def _facts(run: Run):
    status = run.status
    if run.exit_code is not None:
        status += f" (exit {run.exit_code}" + (f", signal {run.signal}" if run.signal else "") + ")"
    return [
        ("uuid", run.uuid), ("experiment", run.experiment), ("status", status),
        ("command", shlex.join(run.command)), ("cwd", run.cwd),
        ("started", iso_time(run.started_at)), ("ended", iso_time(run.ended_at)),
        ("duration", format_duration(run.duration_s)), ("host", f"{run.user}@{run.host}"),
        ("tags", ", ".join(run.tags)), ("notes", run.notes),
        ("incomplete", "; ".join((run.resources or {}).get("incomplete") or ())),
    ]


def _git_facts(git: GitInfo, run_id: int):
    patch = ""
    if git.patch:
        lines = git.patch.count("\n")
        patch = f"{lines} lines" + (" (truncated)" if git.patch_truncated else "")
        patch += f"  (apply it: expctl show {run_id} --patch | git apply)"
    return [
        ("commit", short_sha(git.commit, git.dirty) + ("  (uncommitted changes)" if git.dirty else "")),
        ("branch", git.branch), ("remote", git.remote_url), ("root", git.root), ("patch", patch),
        ("untracked", ", ".join(git.untracked[:10]) + (" ..." if len(git.untracked) > 10 else "")),
    ]


def _ci_facts(env: dict | None):
    """The CI job the run was made in (expctl.capture.ci), or nothing."""
    ci = (env or {}).get("ci") or {}
    if not ci:
        return []
    job = " ".join(str(x) for x in (ci.get("provider"), ci.get("job")) if x)
    if ci.get("run_id"):
        job += f" (run {ci['run_id']})"
    return [("job", job), ("job url", ci.get("job_url")), ("commit", ci.get("commit")),
            ("branch", ci.get("branch")), ("pr", ci.get("pr"))]


def _param_table(run: Run, overridden: Sequence[Param] = ()) -> tuple[list[str], list[list[str]]]:
    """Each param with its type and source; with `also from` (what other sources gave for the
    name, `(lost)` where they disagree) when any other source gave one."""
    others = _others(overridden)
    headers = ["param", "value", "type", "source"] + (["also from"] if others else [])
    rows: list[list[str]] = []
    for p in run.params.values():
        row = [p.name, _short(format_number(p.value)), type(p.value).__name__, p.source]
        if others:
            row.append(", ".join(f"{o.source}: {_short(format_number(o.value), 24)}"
                                 + ("" if same_param_value(o, p) else " (lost)")
                                 for o in others.get(p.name, ())))
        rows.append(row)
    return headers, rows


def _others(overridden: Sequence[Param]) -> dict[str, list[Param]]:
    others: dict[str, list[Param]] = {}
    for p in overridden:
        others.setdefault(p.name, []).append(p)
    return others


def _param_notes(run: Run, overridden: Sequence[Param], origins: Sequence[ParamOrigin]) -> list[str]:
    """Lines under the params table: how many params two sources disagree on (and which source
    wins), where params came from, and the files that could not be read, with why."""
    notes = []
    conflicts = {o.name for o in overridden
                 if o.name in run.params and not same_param_value(o, run.params[o.name])}
    if conflicts:
        order = " > ".join(reversed(PARAM_SOURCES))
        notes.append(f"{len(conflicts)} param{'s' if len(conflicts) > 1 else ''} set differently "
                     f"by two sources: the value shown wins ({order})")
    read = [f"{o.source} {o.origin} ({o.count})" for o in origins if o.count]
    if read:
        notes.append("  params from  " + ", ".join(read))
    notes += [f"  not read     {o.source} {o.origin}: {o.problem}" for o in origins if o.problem]
    return notes


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def _metric_table(run: Run, series: dict[str, Series]) -> tuple[list[str], list[list[str]]]:
    headers = ["metric", "last", "min", "max", "count", "last step", "curve"]
    rows = []
    for name, m in run.metrics.items():
        curve = sparkline(series[name].values) if name in series else ""
        rows.append([name, format_number(m.last), format_number(m.min), format_number(m.max),
                     str(m.count), format_number(m.last_step), curve])
    return headers, rows


def _env_facts(run: Run, env: dict | None):
    res = run.resources or {}
    facts = [
        ("cpu time", _cpu_time(res)),
        ("peak rss", f"{peak_memory_mb(res):.0f} MB" if peak_memory_mb(res) else ""),
    ]
    if env:
        python = env.get("python") or {}
        platform = env.get("platform") or {}
        cpu = env.get("cpu") or {}
        facts += [
            ("python", " ".join(str(x) for x in (python.get("version"), python.get("executable")) if x)),
            ("platform", platform.get("platform") or ""),
            ("cpu", " x ".join(str(x) for x in (cpu.get("count"), cpu.get("model")) if x)),
            ("memory", f"{env['memory_total_mb']:,.0f} MB" if env.get("memory_total_mb") else ""),
            ("gpus", ", ".join(g.get("name", "?") for g in env.get("gpus") or [])),
            ("venv", env.get("virtualenv") or env.get("conda_env") or ""),
            ("packages", f"{len(env.get('packages') or {})} recorded"),
            ("env vars", names_within(sorted(env.get("env_vars") or {}), ENV_VARS_WIDTH)),
        ]
    return facts


def names_within(names: list[str], width: int) -> str:
    """Names joined by ", " up to `width` characters, whole names only, and how many more."""
    shown: list[str] = []
    used = 0
    for name in names:
        cost = len(name) + (2 if shown else 0)
        if shown and used + cost > width:
            break
        shown.append(name)
        used += cost
    rest = len(names) - len(shown)
    return ", ".join(shown) + (f" and {rest} more" if rest else "")


def _cpu_time(res: dict) -> str:
    if "cpu_user_s" not in res:
        return ""
    return f"{res['cpu_user_s']:.2f}s user, {res.get('cpu_system_s', 0):.2f}s system"


def show_fields(run: Run, git: GitInfo | None, env: dict | None) -> list[list]:
    """`field,value` rows for `show -f csv`: fields named as `--where` and `--columns` name them,
    values exact (floats in full, times ISO 8601 UTC, lists joined by commas)."""
    rows: list[list[Any]] = [["id", run.id], ["uuid", run.uuid], ["name", run.name or ""],
            ["experiment", run.experiment], ["status", run.status],
            ["exit_code", exact_text(run.exit_code)], ["signal", exact_text(run.signal)],
            ["command", shlex.join(run.command)], ["cwd", run.cwd], ["host", run.host],
            ["user", run.user], ["started", iso_time(run.started_at) or ""],
            ["ended", iso_time(run.ended_at) or ""], ["duration", exact_text(run.duration_s)],
            ["tags", ",".join(run.tags)], ["notes", run.notes or ""]]
    if git:
        rows += [["git.commit", git.commit or ""], ["git.branch", git.branch or ""],
                 ["git.dirty", exact_text(git.dirty)], ["git.remote", git.remote_url or ""]]
    ci = (env or {}).get("ci") or {}
    rows += [[f"ci.{key}", exact_text(value)] for key, value in ci.items()]
    rows += [[f"params.{p.name}", exact_text(p.value)] for p in run.params.values()]
    for name, m in run.metrics.items():
        rows += [[f"metrics.{name}", exact_text(m.last)], [f"metrics.{name}.min", exact_text(m.min)],
                 [f"metrics.{name}.max", exact_text(m.max)], [f"metrics.{name}.count", m.count]]
    rows += [[f"resources.{key}", exact_text(value)] for key, value in (run.resources or {}).items()
             if not isinstance(value, (dict, list))]
    return rows


def exact_text(value) -> str:
    """A value for CSV: '' for None, true/false, floats in full (repr)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)
