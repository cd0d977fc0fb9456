"""Runs as data for machine output (JSON contract) and as rows for tables. No I/O here."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..analyse.compare import differing_params
from ..models import GitInfo, Param, ParamOrigin, Run, same_param_value
from .output import JSON_FORMAT_VERSION, json_number
from .text import format_duration, format_number, format_time, iso_time


def run_summary_json(run: Run) -> dict:
    """The keys shared by `list` and `show` JSON. Times are ISO 8601 UTC; NaN/inf are null."""
    (run_id, uuid, name, experiment, command, cwd, status, exit_code, signal, started_at,
     ended_at, host, user, _, tags, notes, params, metrics, resources) = run  # one step, not 19
    return {
        "format_version": JSON_FORMAT_VERSION,
        "id": run_id,
        "uuid": uuid,
        "name": name,
        "experiment": experiment,
        "status": status,
        "exit_code": exit_code,
        "signal": signal,
        "command": command,
        "cwd": cwd,
        "host": host,
        "user": user,
        "started_at": iso_time(started_at),
        "ended_at": iso_time(ended_at),
        "duration_s": run.duration_s,
        "tags": tags,
        "notes": notes,
        "params": {key: p.value for key, p in params.items()},
        "metrics": _summaries_json(metrics),
        "resources": resources,
    }


def _summaries_json(summaries: dict) -> dict:
    """The metric summaries' JSON: their numbers through json_number, unless a summary's sum is
    finite (a NaN or an infinity among them makes it NaN or infinite): then json_number would
    leave them as they are. The usual case, at the cost of three additions, not four calls."""
    out = {}
    for name, (_, last, lo, hi, count, step) in summaries.items():
        try:
            total = last + lo + hi + (step or 0)
            finite = total - total == 0
        except (TypeError, ArithmeticError):  # None, or a number too large to add to a float
            finite = False
        if not finite:
            last, lo, hi, step = json_number(last), json_number(lo), json_number(hi), json_number(step)
        out[name] = {"last": last, "min": lo, "max": hi, "count": count, "last_step": step}
    return out


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


def metric_names(runs: Sequence[Run], system: bool = False) -> list[str]:
    return shown_metrics({name for run in runs for name in run.metrics}, system)


def shown_metrics(names, system: bool = False) -> list[str]:
    """`names` sorted, without expctl's own sys/* samples unless `system`."""
    return sorted(names if system else (n for n in names if not n.startswith("sys/")))


class ListTable:
    """`expctl list` as a table: `headers`, `rows` (display strings), `right` (right-aligned
    columns), `fields` (each column as `--columns` names it), `text` (columns that may be cut
    short with an ellipsis on a narrow terminal: names, never numbers) and `order` (column
    indexes, most important first, for choosing what fits)."""

    def __init__(self, headers, rows, right, fields, text, order):
        self.headers, self.rows, self.right = headers, rows, right
        self.fields, self.text, self.order = fields, text, order


def list_rows(runs: Sequence[Run], git_by_run: dict[int, tuple[str | None, bool]],
              named: Sequence[str] = (), columns: tuple[list[str], list[str]] | None = None) -> ListTable:
    """`expctl list`'s default table. `named`: metrics the user named (in --where, --sort or
    the configuration's goals), shown before other metrics when not all fit. `columns`: the
    params and metrics to show, when known beforehand (a table written batch by batch)."""
    params, metrics = columns if columns is not None else (differing_params(runs), metric_names(runs))
    headers = ["id", "name", "experiment", "status", "started", "duration", "git"]
    fields = ["id", "name", "experiment", "status", "started", "duration", "git.commit"]
    headers += params + metrics
    fields += [f"params.{p}" for p in params] + [f"metrics.{m}" for m in metrics]
    right = [True, False, False, False, False, True, False]
    right += [True] * (len(params) + len(metrics))
    rows = []
    for run in runs:
        commit, dirty = git_by_run.get(run.id, (None, False))
        status = run.status + (" (incomplete)" if (run.resources or {}).get("incomplete") else "")
        row = [str(run.id), run.name or "", run.experiment, status,
               format_time(run.started_at), format_duration(run.duration_s), short_sha(commit, dirty)]
        row += [format_number(run.params[p].value) if p in run.params else "" for p in params]
        row += [format_number(run.metrics[m].last) if m in run.metrics else "" for m in metrics]
        rows.append(row)
    text = [False, True, True] + [False] * (len(headers) - 3)
    return ListTable(headers, rows, right, fields, text,
                     _list_order(runs, rows, len(params), metrics, named))


def _list_order(runs, rows, n_params: int, metrics: list[str], named: Sequence[str]) -> list[int]:
    """Most important first: id, status, name (when runs have one), the experiment (when the
    runs' differ), the params that differ, the metrics the user named and the two most
    informative others, the start time, the other metrics, then duration, git, experiment."""
    first_metric = 7 + n_params
    named_set = set(named)
    metric_cols = sorted(range(first_metric, first_metric + len(metrics)),
                         key=lambda i: (metrics[i - first_metric] not in named_set,
                                        _information(runs, rows, i, metrics[i - first_metric]), i))
    leading = sum(1 for m in metrics if m in named_set) + 2
    has_name, experiments = any(run.name for run in runs), {run.experiment for run in runs}
    order = [0, 3] + ([1] if has_name else []) + ([2] if len(experiments) > 1 else [])
    order += list(range(7, first_metric)) + metric_cols[:leading] + [4] + metric_cols[leading:] + [5, 6]
    return order + [i for i in (2, 1) if i not in order]


_HELD_OUT = re.compile(r"(^|[^a-z])(val|valid|validation|dev|test|eval|holdout)([^a-z]|$)")


def _information(runs, rows, index: int, name: str) -> tuple:
    """Sort key, most informative first: goal metrics before counters (epoch, step, lr), values
    that differ between runs before constant ones, the metrics most runs have, and metrics on
    held-out data (val_, test_, eval_ ...) before training ones."""
    from ..analyse.direction import guess_direction

    values = [row[index] for row in rows if row[index] != ""]
    return (guess_direction(name) is None, len(set(values)) < 2, -len(values),
            not _HELD_OUT.search(name.lower()))


def left_out_note(fields: Sequence[str], width: int, shown: int = 6) -> str:
    """What `list` says on stderr when columns did not fit the terminal."""
    names = ", ".join(fields[:shown]) + (f" and {len(fields) - shown} more" if len(fields) > shown else "")
    example = ",".join(["id"] + list(fields[:2]))
    return (f"{len(fields)} column{'s' if len(fields) != 1 else ''} left out to fit {width} "
            f"characters: {names}; choose columns with --columns {example}, or see every "
            f"column with -f csv")
