"""`expctl compare`: runs side by side, as plain data. No I/O here; render/compare.py draws it.

Which value is best follows the metric's direction (expctl.analyse.direction: options, configuration,
then the name); the values per aggregate follow expctl.analyse.aggregates.
"""

from __future__ import annotations

import math
from typing import Sequence

from .aggregates import aggregate
from .direction import metric_direction


def differing_params(runs: Sequence) -> list[str]:
    """Param names whose value (or absence) is not the same in every run; all of them when
    there is a single run."""
    spread = ParamSpread()
    for run in runs:
        spread.add(run)
    return spread.differing()


class ParamSpread:
    """`differing_params` over runs seen one at a time (output that streams): per name, at most
    two distinct values and how many runs have it."""

    def __init__(self):
        self.runs = 0
        self.keys: dict[str, set] = {}
        self.present: dict[str, int] = {}

    def add(self, run) -> None:
        self.runs += 1
        for name in run.params:
            keys = self.keys.setdefault(name, set())
            if len(keys) < 2:
                keys.add(_param_key(run, name))
            self.present[name] = self.present.get(name, 0) + 1

    def differing(self) -> list[str]:
        names = sorted(self.keys)
        if self.runs < 2:
            return names
        # absent from some run and present in another also differs (None against a value)
        return [name for name in names if len(self.keys[name]) > 1 or self.present[name] < self.runs]


def _param_key(run, name: str):
    param = run.params.get(name)
    # repr tells 1 from 1.0 and True from 1, as the params' types do
    return None if param is None else repr(param.value)


def build_comparison(
    runs: Sequence,
    git_by_run: dict,
    series_by_run: dict,
    *,
    all_params: bool = False,
    aggregates: Sequence[str] = ("last",),
    maximize: Sequence[str] = (),
    minimize: Sequence[str] = (),
    settings: dict | None = None,
    system: bool = False,
) -> dict:
    """The comparison of `runs` (models.Run, in column order) as plain data.

    `git_by_run`: run id -> (commit, dirty) for runs with a git record. `series_by_run`: run id
    -> {metric name -> Series} for the curves and `mean` (may be empty unless `aggregates` has
    mean). `maximize`/`minimize`/`settings`: as expctl.analyse.direction.metric_direction. Returns
    {"runs": [{id, name, experiment, status, duration_s, commit, dirty}],
     "params": [{"name", "values": [value or None per run]}],
     "metrics": [{"name", "direction", "values": {agg: [float or None per run]},
                  "best": {agg: [indexes of the best runs]}, "curves": [[float] or None]}]}.
    Params are those that differ unless `all_params`; `sys/*` metrics only with `system`.
    """
    runs = list(runs)
    return {
        "runs": [_run_facts(run, git_by_run.get(run.id)) for run in runs],
        "params": [{"name": name,
                    "values": [run.params[name].value if name in run.params else None for run in runs]}
                   for name in (sorted({n for r in runs for n in r.params}) if all_params
                                else differing_params(runs))],
        "metrics": [_metric_row(name, runs, series_by_run, aggregates,
                                metric_direction(name, maximize, minimize, settings))
                    for name in _metric_names(runs, system)],
    }


def _run_facts(run, git) -> dict:
    commit, dirty = git if git else (None, False)
    return {"id": run.id, "name": run.name, "experiment": run.experiment, "status": run.status,
            "duration_s": run.duration_s, "commit": commit, "dirty": dirty}


def _metric_names(runs: Sequence, system: bool) -> list[str]:
    names = sorted({name for run in runs for name in run.metrics})
    return names if system else [name for name in names if not name.startswith("sys/")]


def _metric_row(name: str, runs: Sequence, series_by_run: dict, aggregates: Sequence[str],
                direction) -> dict:
    values = {agg: [_value(run, name, agg, series_by_run) for run in runs] for agg in aggregates}
    best = {agg: best_indexes(column, direction) for agg, column in values.items()
            if agg != "count"}
    curves = []
    for run in runs:
        series = series_by_run.get(run.id, {}).get(name)
        curves.append(list(series.values) if series is not None and len(series) else None)
    return {"name": name, "direction": direction, "values": values, "best": best, "curves": curves}


def _value(run, name: str, agg: str, series_by_run: dict):
    def points():
        series = series_by_run.get(run.id, {}).get(name)
        return series.values if series is not None else ()

    return aggregate(run.metrics.get(name), agg, points)


def best_indexes(values: Sequence, direction) -> list[int]:
    """Indexes of the best finite values ('max' or 'min'); [] when there is no direction, fewer
    than two runs have a value, or all their values are equal (nothing to choose between)."""
    finite = [(i, v) for i, v in enumerate(values) if v is not None and math.isfinite(v)]
    if direction is None or len(finite) < 2:
        return []
    pick = max if direction == "max" else min
    target = pick(v for _, v in finite)
    if all(v == target for _, v in finite):
        return []
    return [i for i, v in finite if v == target]
