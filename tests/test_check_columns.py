"""`expctl check` reads its runs' values as columns (cli.check.column_values over
Store.summary_columns): the same values, in the same order, and the same runs without the
metric, as the per-run reference (cli.check.metric_values of Store.analysis_runs' records),
for every aggregate, on random stores with NaN, infinite and missing values and failed runs,
on both engines."""

from __future__ import annotations

import math
import random

import pytest

from expctl.cli.check import column_values, metric_values
from expctl.cli._common import keep_for_analysis

from . import test_param_levels as levels


def _reference(store, ids: list[int], agg: str, statuses=None, analysed=False, leave_out=()):
    runs = store.analysis_runs(ids, "acc", params=False)
    if analysed:
        runs = keep_for_analysis(runs, statuses)
    values, missing = metric_values(store, [run for run in runs if run.id not in set(leave_out)], "acc", agg)
    return values, [run.id for run in missing]


def _same(got, expected) -> bool:
    values, missing = got
    return missing == expected[1] and len(values) == len(expected[0]) and all(
        (math.isnan(a) and math.isnan(b)) or a == b for a, b in zip(values, expected[0]))


@pytest.mark.parametrize("seed", [41, 42])
def test_check_values_are_the_per_run_references(engine_url, seed, capsys):
    rng = random.Random(seed)
    store = levels._store_of(engine_url, rng, 150)
    ids = list(range(1, 151))
    for chosen in (ids, ids[::-1], rng.sample(ids, 40), ids[7:9] + ids[7:8], [ids[3]]):
        for agg in ("last", "min", "max", "count", "mean"):
            assert _same(column_values(store, chosen, "acc", agg), _reference(store, chosen, agg))
            for statuses in (None, ["any"], ["failed"]):
                leave_out = set(chosen[:3])
                got = column_values(store, chosen, "acc", agg, True, statuses, leave_out)
                note = capsys.readouterr().err
                assert _same(got, _reference(store, chosen, agg, statuses, True, leave_out))
                assert capsys.readouterr().err == note  # the same note on the runs left out
        store._few_runs = 0  # as for 100,000 runs: the column walked over its index
        assert _same(column_values(store, chosen, "acc", "last"), _reference(store, chosen, "last"))
        del store._few_runs
    store.close()
