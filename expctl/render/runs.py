"""Runs as data for machine output (JSON contract) and as rows for tables. No I/O here."""

from __future__ import annotations

from typing import Sequence

from ..models import GitInfo, Param, ParamOrigin, Run, same_param_value
from .output import JSON_FORMAT_VERSION, json_number
from .text import format_duration, format_number, format_time, iso_time


def run_summary_json(run: Run) -> dict:
    """The keys shared by `list` and `show` JSON. Times are ISO 8601 UTC; NaN/inf are null."""
    return {
        "format_version": JSON_FORMAT_VERSION,
        "id": run.id,
        "uuid": run.uuid,
        "name": run.name,
        "experiment": run.experiment,
        "status": run.status,
        "exit_code": run.exit_code,
        "signal": run.signal,
        "command": run.command,
        "cwd": run.cwd,
        "host": run.host,
        "user": run.user,
        "started_at": iso_time(run.started_at),
        "ended_at": iso_time(run.ended_at),
        "duration_s": run.duration_s,
        "tags": run.tags,
        "notes": run.notes,
        "params": {name: p.value for name, p in run.params.items()},
        "metrics": {
            name: {
                "last": json_number(m.last), "min": json_number(m.min), "max": json_number(m.max),
                "count": m.count, "last_step": json_number(m.last_step),
            }
            for name, m in run.metrics.items()
        },
        "resources": run.resources,
    }


def run_json(run: Run, git: GitInfo | None, env: dict | None,
             overridden: Sequence[Param] = (), origins: Sequence[ParamOrigin] = ()) -> dict:
    """Everything recorded about a run, for `show --format json`: `params` (name -> value) as
    in `list`, each one's source in `param_sources`, the values other sources gave for it in
    `params_overridden` (`conflict` when they differ from the param's), and `param_origins`."""
    doc = run_summary_json(run)
    doc["param_sources"] = {name: p.source for name, p in run.params.items()}
    doc["params_overridden"] = {}
    for o in overridden:
        winner = run.params.get(o.name)
        doc["params_overridden"].setdefault(o.name, []).append({
            "source": o.source, "value": json_number(o.value) if isinstance(o.value, float) else o.value,
            "conflict": winner is None or not same_param_value(o, winner)})
    doc["param_origins"] = [o._asdict() for o in origins]
    doc["git"] = git_json(git)
    doc["env"] = env
    return doc


def git_json(git: GitInfo | None) -> dict | None:
    if git is None:
        return None
    return {
        "commit": git.commit, "branch": git.branch, "dirty": git.dirty,
        "remote_url": git.remote_url, "root": git.root, "patch": git.patch,
        "patch_truncated": git.patch_truncated, "untracked": git.untracked,
    }


def short_sha(commit: str | None, dirty: bool | None) -> str:
    if not commit:
        return ""
    return commit[:8] + ("*" if dirty else "")


def differing_params(runs: Sequence[Run]) -> list[str]:
    """Param names whose value is not the same in every run (all names when there is one run)."""
    names = sorted({name for run in runs for name in run.params})
    if len(runs) < 2:
        return names
    out = []
    for name in names:
        values = {repr(run.params[name].value) if name in run.params else None for run in runs}
        if len(values) > 1:
            out.append(name)
    return out


def metric_names(runs: Sequence[Run], system: bool = False) -> list[str]:
    names = sorted({name for run in runs for name in run.metrics})
    return names if system else [n for n in names if not n.startswith("sys/")]


def list_rows(runs: Sequence[Run], git_by_run: dict[int, tuple[str | None, bool]]):
    """Headers, rows and right-alignment for `expctl list`."""
    params = differing_params(runs)
    metrics = metric_names(runs)
    headers = ["id", "name", "experiment", "status", "started", "duration", "git"]
    headers += params + metrics
    right = [True, False, False, False, False, True, False]
    right += [True] * (len(params) + len(metrics))
    rows = []
    for run in runs:
        commit, dirty = git_by_run.get(run.id, (None, False))
        row = [str(run.id), run.name or "", run.experiment, run.status,
               format_time(run.started_at), format_duration(run.duration_s), short_sha(commit, dirty)]
        row += [format_number(run.params[p].value) if p in run.params else "" for p in params]
        row += [format_number(run.metrics[m].last) if m in run.metrics else "" for m in metrics]
        rows.append(row)
    return headers, rows, right
