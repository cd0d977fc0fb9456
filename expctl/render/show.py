"""`expctl show`: one run, everything recorded, for a human."""

from __future__ import annotations

import sys
from typing import Sequence

from ..models import (PARAM_SOURCES, GitInfo, Param, ParamOrigin, Run, peak_memory_mb,
                      same_param_value)
from ..store import Series
from .output import emit_table
from .runs import short_sha
from .text import format_duration, format_number, iso_time, sparkline


def emit_show(run: Run, git: GitInfo | None, env: dict | None, series: dict[str, Series],
              overridden: Sequence[Param] = (), origins: Sequence[ParamOrigin] = ()) -> None:
    out = sys.stdout
    title = f"run {run.id}" + (f"  {run.name}" if run.name else "")
    out.write(f"{title}\n")
    for label, value in _facts(run):
        if value not in (None, ""):
            out.write(f"  {label:<11}{value}\n")
    if git:
        out.write("\ngit\n")
        for label, value in _git_facts(git):
            if value not in (None, ""):
                out.write(f"  {label:<11}{value}\n")
    if run.params or origins:
        out.write("\n")
        _emit_params(run, overridden, origins)
    if run.metrics:
        out.write("\n")
        emit_table(*_metric_table(run, series), title="metrics",
                   right=[False, True, True, True, True, True, False])
    if run.resources or env:
        out.write("\nresources and environment\n")
        for label, value in _env_facts(run, env):
            if value not in (None, ""):
                out.write(f"  {label:<11}{value}\n")


def _emit_params(run: Run, overridden: Sequence[Param], origins: Sequence[ParamOrigin]) -> None:
    """The params table; with values other sources gave for the same name (`also from`), a
    line counting the conflicts, and where the params came from and what was not read."""
    others: dict[str, list[Param]] = {}
    for p in overridden:
        others.setdefault(p.name, []).append(p)
    headers = ["param", "value", "type", "source"] + (["also from"] if others else [])
    rows, conflicts = [], 0
    for p in run.params.values():
        row = [p.name, _short(format_number(p.value)), type(p.value).__name__, p.source]
        if others:
            lost = [o for o in others.get(p.name, ()) if not same_param_value(o, p)]
            conflicts += bool(lost)
            row.append(", ".join(f"{o.source}: {_short(format_number(o.value), 24)}"
                                 + ("" if same_param_value(o, p) else " (lost)")
                                 for o in others.get(p.name, ())))
        rows.append(row)
    emit_table(headers, rows, title="params")
    out = sys.stdout
    if conflicts:
        order = " > ".join(reversed(PARAM_SOURCES))
        out.write(f"{conflicts} param{'s' if conflicts > 1 else ''} set differently by two "
                  f"sources: the value shown wins ({order})\n")
    read = [f"{o.source} {o.origin} ({o.count})" for o in origins if o.count]
    if read:
        out.write("  params from  " + ", ".join(read) + "\n")
    for o in origins:
        if o.problem:
            out.write(f"  not read     {o.source} {o.origin}: {o.problem}\n")


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def _facts(run: Run):
    status = run.status
    if run.exit_code is not None:
        status += f" (exit {run.exit_code}" + (f", signal {run.signal}" if run.signal else "") + ")"
    return [
        ("uuid", run.uuid), ("experiment", run.experiment), ("status", status),
        ("command", " ".join(_quote(a) for a in run.command)), ("cwd", run.cwd),
        ("started", iso_time(run.started_at)), ("ended", iso_time(run.ended_at)),
        ("duration", format_duration(run.duration_s)), ("host", f"{run.user}@{run.host}"),
        ("tags", ", ".join(run.tags)), ("notes", run.notes),
    ]


def _quote(arg: str) -> str:
    import shlex

    return shlex.quote(arg)


def _git_facts(git: GitInfo):
    patch = ""
    if git.patch:
        lines = git.patch.count("\n")
        patch = f"{lines} lines" + (" (truncated)" if git.patch_truncated else "")
        patch += "  (expctl show --format json | jq -r .git.patch | git apply)"
    return [
        ("commit", short_sha(git.commit, git.dirty) + ("  (uncommitted changes)" if git.dirty else "")),
        ("branch", git.branch), ("remote", git.remote_url), ("root", git.root), ("patch", patch),
        ("untracked", ", ".join(git.untracked[:10]) + (" ..." if len(git.untracked) > 10 else "")),
    ]


def _metric_table(run: Run, series: dict[str, Series]):
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
            ("platform", platform.get("platform")),
            ("cpu", " x ".join(str(x) for x in (cpu.get("count"), cpu.get("model")) if x)),
            ("memory", f"{env['memory_total_mb']:,.0f} MB" if env.get("memory_total_mb") else ""),
            ("gpus", ", ".join(g.get("name", "?") for g in env.get("gpus") or [])),
            ("venv", env.get("virtualenv") or env.get("conda_env")),
            ("packages", f"{len(env.get('packages') or {})} recorded"),
            ("env vars", ", ".join(sorted(env.get("env_vars") or {}))[:200]),
        ]
    return facts


def _cpu_time(res: dict) -> str:
    if "cpu_user_s" not in res:
        return ""
    return f"{res['cpu_user_s']:.2f}s user, {res.get('cpu_system_s', 0):.2f}s system"
