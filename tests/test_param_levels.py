"""`importance` reads params grouped by value (Store.param_levels) and computes every statistic a
level at a time: the same levels as the per-run columns give, and the same report to the last
bit as the per-run reference, on random stores with odd values, on both engines."""

from __future__ import annotations

import json
import math
import random
from array import array

import pytest

from expctl.analyse.columns import observe_column, summary_field
from expctl.analyse.importance import rank_levels, rank_params
from expctl.models import Param
from expctl.records import NewRun, Series
from expctl.render.analysis import importance_json
from expctl.store import open_store
from expctl.store.rows import levels_of

from .conftest import run_expctl

# Values that tell the readers apart: one number in three types and as text, zeros of both
# signs, NaN and infinities, huge and tiny magnitudes, bools, and ties.
ODD = [1, 1.0, True, "1", "true", False, 0, 0.0, -0.0, math.nan, math.inf, -math.inf, 1e300,
       -1e-300, 2.5, "x", ""]


def _param_values(rng: random.Random) -> dict:
    """One run's params: a grid (lr, batch), a numeric param on some runs only (wd), a
    categorical one (arch), one of odd values (mixed), a bool (flag), a constant (epochs), a
    continuous one with repeats (dropout) and a seed."""
    makers = {
        "lr": lambda: rng.choice([0.1, 0.01, 0.001]),
        "batch": lambda: rng.choice([32, 64, 128, 256]),
        "wd": lambda: rng.choice([0.0, 1e-4, 1e-2]),
        "arch": lambda: rng.choice(["cnn", "mlp", "rnn"]),
        "mixed": lambda: rng.choice(ODD),
        "flag": lambda: rng.choice([True, False]),
        "epochs": lambda: 10,
        "dropout": lambda: round(rng.random(), 2),
        "seed": lambda: rng.randrange(5),
    }
    share = {"wd": 0.5, "mixed": 0.7}
    return {name: make() for name, make in makers.items() if rng.random() < share.get(name, 0.97)}


def _store_of(engine_url: str, rng: random.Random, runs: int):
    """A store of `runs` runs with the params above and a metric `acc` that some runs lack, some
    hold as NaN or infinite, with ties; a few runs failed."""
    store = open_store(engine_url)
    for n in range(runs):
        params = {name: Param(name, value, str(value)) for name, value in _param_values(rng).items()}
        run_id = store.create_run(NewRun(
            uuid=f"{n:08x}" + "cd" * 12, name=None, experiment="e", command=["train"], cwd="/w",
            started_at=1.7e9 + n, host="h", user="u", params=params))
        if rng.random() < 0.9:
            last = rng.choice([math.nan, math.inf, 0.5, 0.25]) if rng.random() < 0.15 else rng.gauss(0.7, 0.1)
            store.append(run_id, {"acc": Series(array("d", [0, 1]), array("d", [1.7e9 + n] * 2),
                                                array("d", [0.1, last]))})
        store.finish_run(run_id, rng.choice(["finished"] * 9 + ["failed"]), 0, None, 1.7e9 + n + 1, {})
    return store


def _normal(levels: dict) -> dict:
    return {name: sorted((type(v).__name__, repr(v), ids) for v, ids in found) for name, found in levels.items()}


def _column(store, ids: list[int], agg: str = "last"):
    rows = [row for row in store.summary_column(ids, "acc", summary_field(agg)) if row[1] == "finished"]
    return observe_column(store, rows, "acc", agg)


@pytest.mark.parametrize("seed", [21, 22])
def test_param_levels_are_the_columns_grouped_by_type_and_repr(engine_url, seed):
    """Both ways the SQLite store reads (a few runs by id; many runs a value at a time over the
    index), and PostgreSQL's, give rows.levels_of of param_columns, for all runs or some."""
    rng = random.Random(seed)
    store = _store_of(engine_url, rng, 120)
    ids = list(range(1, 121))
    for chosen in (ids, rng.sample(ids, 50), ids[::-1][:7]):
        reference = _normal(levels_of(store.param_columns(chosen)))
        assert _normal(store.param_levels(chosen)) == reference
        store._few_runs = 0  # as for 100,000 runs: a value at a time, not by run id
        assert _normal(store.param_levels(chosen)) == reference
        del store._few_runs
        assert all(ids == sorted(ids) for found in store.param_levels(chosen).values() for _, ids in found)
    store.close()


@pytest.mark.parametrize("seed", [23, 24, 25])
def test_importance_by_levels_is_the_per_run_reference_to_the_last_bit(engine_url, seed):
    """rank_levels (what `expctl importance` computes) against rank_params on the per-run
    columns: the same rows, every float the same bits (reprs compared), for every aggregate,
    on all runs and on a subset; small stores (run by run in the reference) and larger ones
    (grids a level at a time)."""
    rng = random.Random(seed)
    runs = 40 if seed == 23 else 400
    store = _store_of(engine_url, rng, runs)
    ids = list(range(runs, 0, -1))
    store._few_runs = 0  # the store's read for many runs, on a small store
    cases = [(ids, "last"), (ids, "min"), (rng.sample(ids, runs // 2), "last"), (ids, "mean")]
    for case, (chosen, agg) in enumerate(cases):
        column = _column(store, chosen, agg)
        reference = rank_params(column, store.param_columns(column.ids))
        got = rank_levels(column, store.param_levels(column.ids))
        assert repr(got) == repr(reference), (seed, agg)
        assert json.dumps(importance_json(got)) == json.dumps(importance_json(reference))
        if case == 0:  # the cases this test means to cover are there
            assert {row.kind for row in got.rows} == {"numeric", "categorical", "constant"}
            assert got.dropped > 0 and got.missing
    store.close()


def test_importance_levels_edge_cases():
    """Few runs, a param on one run, a constant metric, one level per run, no params."""
    from expctl.analyse.columns import MetricColumn

    cases = [
        ({"a": [(1, [1]), (2, [2])]}, [1, 2], [0.5, 0.7]),  # two runs: too few for numbers
        ({"a": [(1.5, [1, 2, 3])]}, [1, 2, 3], [0.1, 0.2, 0.3]),  # constant param
        ({"a": [(1, [1]), (2, [2]), (3, [3])]}, [1, 2, 3], [0.4, 0.4, 0.4]),  # constant metric
        ({"a": [(1, [1]), (2, [2]), (3, [3]), (4.0, [4])]}, [4, 3, 2, 1], [0.1, 0.3, 0.2, 0.4]),
        ({"a": [("x", [1, 3]), ("y", [2])], "b": [(1, [9])]}, [1, 2, 3], [0.1, 0.3, 0.2]),
        ({}, [1, 2], [0.1, 0.2]),
    ]
    for levels, ids, values in cases:
        column = MetricColumn("acc", "last", ids, values, [])
        columns = {name: {run_id: value for value, run_ids in found for run_id in run_ids}
                   for name, found in levels.items()}
        assert repr(rank_levels(column, levels)) == repr(rank_params(column, columns)), levels


def test_importance_command_prints_what_the_reference_computes(db_path):
    """The CLI (table, JSON and CSV) on a store of 300 runs, read the way 100,000 runs are."""
    store = _store_of(str(db_path), random.Random(26), 300)
    column = _column(store, list(range(300, 0, -1)))
    reference = importance_json(rank_params(column, store.param_columns(column.ids)))
    store.close()
    result = run_expctl("importance", "acc", "-f", "json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert json.dumps(doc) == json.dumps(json.loads(json.dumps(reference)))


@pytest.mark.parametrize("statuses", [None, ["any"], ["failed"]])
def test_select_column_by_columns_is_observe_column_of_rows(engine_url, statuses, capsys):
    """cli._common.select_column (Store.summary_columns, no tuple per run) against the rows'
    way (select_rows + observe_column): the same column and the same note on stderr, for the
    few-runs read and the many-runs one."""
    from expctl.cli._common import select_column, select_rows

    store = _store_of(engine_url, random.Random(27), 90)
    for few in (None, 0):
        if few is not None:
            store._few_runs = few
        for agg in ("last", "count"):
            got = select_column(store, "params.batch >= 64", statuses, "acc", agg, experiment=None, tags=[])
            note = capsys.readouterr().err
            rows = select_rows(store, None, "params.batch >= 64", {"statuses": statuses, "experiment": None,
                                                                   "tags": []}, "acc", agg)
            assert repr(got) == repr(observe_column(store, rows, "acc", agg)), (few, agg)
            assert note == capsys.readouterr().err
            assert ("left out" in note) == (statuses is None or statuses == ["failed"])
    store.close()


@pytest.mark.parametrize("seed", [28, 29])
def test_seed_groups_by_levels_are_the_per_run_reference_to_the_last_bit(engine_url, seed):
    """seed_groups_of_levels (what `expctl groups` computes) against seed_groups on the per-run
    columns: the same groups, in the same order (ties included), the same shared params, seeds,
    run ids and summaries, for several seed-param choices, aggregates and selections."""
    from expctl.analyse.bylevel import seed_groups_of_levels
    from expctl.analyse.samples import seed_groups

    rng = random.Random(seed)
    store = _store_of(engine_url, rng, 300)
    ids = list(range(300, 0, -1))
    store._few_runs = 0
    cases = [(ids, "last", ("seed",)), (ids, "min", ("seed", "mixed")), (rng.sample(ids, 120), "last", ("wd",)),
             (ids, "mean", ("dropout", "seed")), (ids[:40], "last", ("nothing",))]
    for case, (chosen, agg, seeds) in enumerate(cases):
        column = _column(store, chosen, agg)
        for direction in (None, "min"):
            reference = seed_groups(column, seeds, 0.9, direction, store.param_columns(column.ids))
            got = seed_groups_of_levels(column, store.param_levels(column.ids), seeds, 0.9, direction)
            assert repr(got) == repr(reference), (seed, agg, seeds)
        if case == 3:  # groups of several runs, and runs without a seed param
            assert any(len(g.run_ids) > 1 for g in got.groups) and any(len(s) < 2 for g in got.groups for s in g.seeds)
    store.close()


@pytest.mark.parametrize("seed", [30, 31])
def test_ttest_groups_by_levels_are_groups_by_param(engine_url, seed):
    """`ttest --by` groups from a param's levels (analyse.bylevel) against groups_by_param on
    whole-run records: the same groups (labels, keys, runs, values, summaries) and runs without
    the param, for params of every kind, and the same errors for a missing or single value."""
    from expctl.analyse.bylevel import groups_by_levels
    from expctl.analyse.samples import groups_by_param, observe
    from expctl.errors import ExpctlError

    rng = random.Random(seed)
    store = _store_of(engine_url, rng, 200)
    store._few_runs = 0
    ids = list(range(200, 0, -1))
    for chosen, agg in ((ids, "last"), (rng.sample(ids, 60), "mean")):
        column = _column(store, chosen, agg)
        obs = observe(store, [run for run in store.analysis_runs(chosen, "acc") if run.status == "finished"],
                      "acc", agg)
        for param in ("lr", "params.mixed", "wd", "flag", "dropout", "epochs", "absent"):
            name = param.removeprefix("params.")
            levels = store.param_levels(column.ids, [name]).get(name, [])
            try:
                reference = repr(groups_by_param(obs, param, 0.9))
            except ExpctlError as exc:
                reference = repr((exc.message, exc.hint))
            try:
                known = sorted(store.param_levels(column.ids))
                got = repr(groups_by_levels(column, param, levels, 0.9, lambda: known))  # noqa: B023
            except ExpctlError as exc:
                got = repr((exc.message, exc.hint))
            assert got == reference, (seed, agg, param)
    store.close()
