"""Aggregates that read one column instead of whole runs give the results of the reference
computed from whole runs, on random stores."""

from __future__ import annotations

import json
import math
import random
import sqlite3
import sys
from pathlib import Path

import pytest

from expctl.analyse.samples import count_runs
from expctl.query.lookup import find_run_ids
from expctl.render.analysis import count_json
from expctl.query.times import parse_time_option
from expctl.store import open_store

from .conftest import run_expctl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from make_store import build_store

NOW = 1_767_225_600.0  # 2026-01-01 UTC: after every generated run (only --until's "now")


@pytest.mark.parametrize("seed", [1, 2])
def test_count_matches_the_reference_on_random_stores(db_path, seed):
    build_store(str(db_path), 150, seed=seed)
    rng = random.Random(seed)
    store = open_store(str(db_path))
    for run_id in range(1, 151):
        store.db.execute("UPDATE runs SET started_at = ?, status = ? WHERE id = ?", (
            1_735_689_600.0 + rng.random() * 3e7, rng.choice(["finished", "failed", "crashed"]), run_id))
    cases = [("day", []), ("week", ["-s", "failed"]), ("month", ["-e", "cifar"]),
             ("day", ["--where", "params.lr >= 0.01"])]
    for by, options in cases:
        result = run_expctl("count", "--by", by, "--until", "2026-01-01", *options, "-f", "json")
        assert result.returncode == 0, result.stderr
        statuses = {"-s": ["failed"]}.get(options[0] if options else "", [])
        runs = store.get_runs(find_run_ids(
            store, options[1] if options[:1] == ["--where"] else None, None, None,
            experiment=options[1] if options[:1] == ["-e"] else None, statuses=statuses))
        until = parse_time_option("2026-01-01", "--until", NOW, end=True)
        reference = count_json(count_runs([r.started_at for r in runs], by, None, until, NOW))
        assert json.loads(result.stdout) == reference, (by, options)
        assert reference["total"] == len(runs) > 0


# -- the column reads against the whole-run reference, on both engines --------------------------

def _random_store(store, rng: random.Random, runs: int = 40) -> list[int]:
    """Runs with random params (every type, NaN included), metrics whose points hold NaN and
    infinities, series of every length (none, one, several chunks), mixed statuses."""
    from array import array

    from expctl.models import Param
    from expctl.records import NewRun, Series

    specials = [math.nan, math.inf, -math.inf, 0.0, -0.0]
    ids = []
    for n in range(runs):
        params = {}
        for name, make in (("lr", lambda: rng.choice([0.1, 0.01, math.nan, 1])),
                           ("batch", lambda: rng.choice([32, 64, 128])),
                           ("arch", lambda: rng.choice(["cnn", "mlp", "rnn"])),
                           ("flag", lambda: rng.choice([True, False])),
                           ("seed", lambda: rng.randrange(3))):
            if rng.random() < 0.9:
                value = make()
                params[name] = Param(name, value, str(value))
        run_id = store.create_run(NewRun(
            uuid=f"{n:08x}" + "ab" * 12, name=None, experiment=rng.choice(["a", "b"]),
            command=["train"], cwd="/w", started_at=1.7e9 + n, host="h", user="u", params=params))
        for metric in ("acc", "loss"):
            if rng.random() < 0.15:
                continue
            length = rng.choice([1, 3, 41, 130])
            values = [rng.choice(specials) if rng.random() < 0.1 else rng.gauss(0, 1)
                      for _ in range(length)]
            if rng.random() < 0.1:
                values = [math.nan] * length  # a metric that only ever printed nan
            store.append(run_id, {metric: Series(array("d", range(length)),
                                                 array("d", [1.7e9 + n] * length), array("d", values))})
        store.finish_run(run_id, rng.choice(["finished", "finished", "failed"]), 0, None, 1.7e9 + n + 1, {})
        ids.append(run_id)
    return ids


def _same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or a == b


@pytest.mark.parametrize("seed", [3, 4])
def test_column_reads_match_the_whole_run_reference(engine_url, seed):
    """Store.analysis_runs + the aggregates read in one pass (samples.metric_column) give, for
    every aggregate, what aggregates.aggregate gives on whole runs read one by one; params,
    statuses and the analyses built on them are the same too."""
    from expctl.analyse.aggregates import AGGREGATES, aggregate, as_float
    from expctl.analyse.samples import importance, metric_column, observe, seed_groups

    store = open_store(engine_url)
    rng = random.Random(seed)
    ids = _random_store(store, rng)
    chosen = rng.sample(ids, 30)
    whole = store.get_runs(chosen)
    for metric in ("acc", "loss", "absent"):
        light = store.analysis_runs(chosen, metric)
        assert [(r.id, r.status) for r in light] == [(r.id, r.status) for r in whole]
        for a, b in zip(light, whole):
            assert {k: (type(p.value), repr(p.value)) for k, p in a.params.items()} == \
                   {k: (type(p.value), repr(p.value)) for k, p in b.params.items()}
            assert a.metrics == {k: v for k, v in b.metrics.items() if k == metric} or \
                   repr(a.metrics) == repr({k: v for k, v in b.metrics.items() if k == metric})
        for agg in AGGREGATES:
            got = metric_column(store, light, metric, agg)
            reference = {}
            for run in whole:
                if metric in run.metrics:
                    series = store.read_metrics(run.id, [metric]).get(metric)
                    reference[run.id] = as_float(aggregate(
                        run.metrics[metric], agg, lambda: series.values if series else ()))  # noqa: B023
            assert got.keys() == reference.keys(), (metric, agg)
            assert all(_same(got[k], reference[k]) for k in got), (metric, agg)
    assert store.metric_names(chosen) == sorted({m for r in whole for m in r.metrics})
    _check_param_columns(store, chosen, whole)
    for agg in ("last", "mean"):
        light_obs = observe(store, store.analysis_runs(chosen, "acc"), "acc", agg)
        whole_obs = observe(store, whole, "acc", agg)
        assert repr(importance(light_obs)) == repr(importance(whole_obs))
        assert repr(seed_groups(light_obs)) == repr(seed_groups(whole_obs))  # compare --group-by-seed
        bare_obs = observe(store, store.analysis_runs(chosen, "acc", params=False), "acc", agg)
        columns = store.param_columns([item.run.id for item in bare_obs.items])
        assert repr(importance(bare_obs, columns)) == repr(importance(whole_obs))  # expctl importance
        assert repr(seed_groups(bare_obs, columns=columns)) == repr(seed_groups(whole_obs))  # groups
        assert repr(_ttests(light_obs)) == repr(_ttests(whole_obs))
        for first in (True, False):  # `check` reads no params
            light = store.analysis_runs(chosen, "loss", params=False)
            assert repr(_gate(store, light, agg, first)) == repr(_gate(store, whole, agg, first))
    store.close()


def _check_param_columns(store, chosen: list[int], whole) -> None:
    """Store.param_columns holds each run's params, typed as get_runs types them; on SQLite
    both of its ways (by run id for a few runs, by name for many) give the same."""
    reference: dict = {}
    for run in whole:
        for name, param in run.params.items():
            reference.setdefault(name, {})[run.id] = param.value
    typed = {name: {i: (type(v), repr(v)) for i, v in column.items()} for name, column in reference.items()}
    assert {name: {i: (type(v), repr(v)) for i, v in column.items()}
            for name, column in store.param_columns(chosen).items()} == typed
    if hasattr(store, "_few_runs"):
        store._few_runs = 0  # the way taken past a few thousand runs
        assert {name: {i: (type(v), repr(v)) for i, v in column.items()}
                for name, column in store.param_columns(chosen).items()} == typed
        del store._few_runs
    assert store.param_columns([]) == {}


def _ttests(obs) -> list:
    """`ttest --by params.arch` and `ttest --a --b` (the first half against the second) as the
    command builds them."""
    from expctl.analyse.samples import groups_by_param, make_group, ttest_report

    options = dict(test="welch", alternative="two-sided", confidence=0.95, alpha=0.05)
    found, without = groups_by_param(obs, "params.arch", 0.95)
    half = len(obs.items) // 2
    pair = [make_group("A", None, obs.items[:half], 0.95), make_group("B", None, obs.items[half:], 0.95)]
    return [ttest_report(found, obs, missing=obs.missing, without=without, by="params.arch", **options),
            ttest_report(pair, obs, missing=obs.missing, **options)]


def _gate(store, runs, agg: str, significant: bool):
    """`check loss --baseline`: the first five runs checked against the others."""
    from expctl.analyse.gate import check_baseline, parse_tolerance
    from expctl.cli.check import metric_values

    values, missing = metric_values(store, runs[:5], "loss", agg)
    baseline, _ = metric_values(store, runs[5:], "loss", agg)
    return (check_baseline("loss", values, baseline, "min", parse_tolerance("1%"), significant),
            [run.id for run in missing])


def test_export_runs_and_import_runs_match_run_by_run(engine_url, tmp_path):
    """A batch export is each run's export, in order; a batch import stores what importing run
    by run stores."""
    store = open_store(engine_url)
    ids = _random_store(store, random.Random(5), runs=12)
    batch = list(store.export_runs(ids[::-1] + [10_000]))
    assert [d["uuid"] for d in batch] == [store.export_run(i)["uuid"] for i in ids[::-1]]
    assert [repr(d) for d in batch] == [repr(store.export_run(i)) for i in ids[::-1]]
    one, many = open_store(str(tmp_path / "one.db")), open_store(str(tmp_path / "many.db"))
    for doc in batch:
        one.import_run(doc)
    new_ids = many.import_runs(batch)
    assert new_ids == list(range(1, 13))
    assert [repr(d) for d in many.export_runs(new_ids)] == [repr(d) for d in one.export_runs(new_ids)]
    store.close()


@pytest.mark.parametrize("damage", ["UPDATE params SET value = 'x' WHERE run_id = 7 AND name = 'batch'",
                                    "UPDATE params SET value = 9e999 WHERE run_id = 7 AND name = 'lr'",
                                    "UPDATE params SET type = 'list' WHERE run_id = 7 AND name = 'arch'",
                                    "UPDATE params SET name = CAST('arch' AS BLOB) WHERE run_id = 7 AND name = 'arch'"])
def test_param_columns_refuse_a_damaged_value_naming_its_run(db_path, damage):
    """Both ways of reading params as columns check what they read, as get_runs does."""
    from expctl.errors import ExpctlError

    build_store(str(db_path), 20, seed=1)
    with sqlite3.connect(db_path) as db:
        db.execute(damage)
    store = open_store(str(db_path))
    for few in (True, False):
        store._few_runs = 100 if few else 0
        with pytest.raises(ExpctlError) as caught:
            store.param_columns(list(range(1, 21)))
        assert "7" in str(caught.value), (few, str(caught.value))
    result = run_expctl("importance", "acc", "--db", str(db_path))
    error = result.stderr.decode()
    assert result.returncode != 0 and "Traceback" not in error and "run 7" in error, error


# -- the Python reference: importance and seed groups as computed before the column reads -----

def _reference_importance(obs):
    """expctl importance's rows as the whole-run code computed them (pairs per run, scipy-checked
    pearsonr/spearmanr/eta_squared), for comparing with the column path."""
    from expctl.analyse import stats
    from expctl.analyse.samples import value_label

    usable = [item for item in obs.items if math.isfinite(item.value)]
    rows = []
    for name in sorted({name for item in usable for name in item.run.params}):
        pairs = [(item.run.params[name].value, item.value) for item in usable if name in item.run.params]
        levels = len({(type(v).__name__, repr(v)) for v, _ in pairs})
        numeric = all(type(v) in (int, float) and math.isfinite(v) for v, _ in pairs)
        xs, ys = [float(v) if numeric else v for v, _ in pairs], [m for _, m in pairs]
        groups: dict = {}
        for value, metric in pairs:
            groups.setdefault(float(value) if numeric else value_label(value), []).append(metric)
        anova = stats.eta_squared(list(groups.values()))
        if levels == 1:
            rows.append((name, "constant", len(pairs), 1))
        elif not numeric:
            rows.append((name, "categorical", len(pairs), levels, anova))
        elif len(pairs) >= 3:
            rows.append((name, "numeric", len(pairs), levels, stats.pearsonr(xs, ys),
                         stats.spearmanr(xs, ys), anova if levels < len(pairs) else None))
    return sorted(rows)


def _reference_seed_groups(obs):
    """(shared params, seeds, run ids, summary) per seed group, as the whole-run code built them."""
    from expctl.analyse import stats
    from expctl.analyse.samples import is_seed_param

    seeds = {n for item in obs.items for n in item.run.params if is_seed_param(n)}
    buckets: dict = {}
    for item in obs.items:
        key = tuple(sorted((n, type(p.value).__name__, repr(p.value))
                           for n, p in item.run.params.items() if n not in seeds))
        buckets.setdefault(key, []).append(item)
    found = []
    for items in buckets.values():
        items = sorted(items, key=lambda item: item.run.id)
        shared = {n: p.value for n, p in sorted(items[0].run.params.items()) if n not in seeds}
        found.append((repr(shared), [tuple(p.value for n, p in sorted(i.run.params.items()) if n in seeds)
                                     for i in items],
                      [i.run.id for i in items], stats.summarize([i.value for i in items])))
    return sorted(repr(group) for group in found)


def _row_of(row):
    if row.kind == "constant":
        return (row.param, row.kind, row.n, row.levels)
    if row.kind == "categorical":
        return (row.param, row.kind, row.n, row.levels, row.anova)
    return (row.param, row.kind, row.n, row.levels, row.pearson, row.spearman, row.anova)


@pytest.mark.parametrize("seed", [6, 7, 8])
def test_importance_and_groups_from_columns_match_the_python_reference(engine_url, seed):
    """`expctl importance` and `expctl groups` as the commands compute them (params read as
    columns by the store, statistics at C speed) against the per-run Python reference."""
    from expctl.analyse.samples import importance, observe, seed_groups

    store = open_store(engine_url)
    ids = _random_store(store, random.Random(seed), runs=150)
    for agg in ("last", "min", "mean"):
        obs = observe(store, store.analysis_runs(ids, "acc", params=False), "acc", agg)
        columns = store.param_columns([item.run.id for item in obs.items])
        whole = observe(store, store.get_runs(ids), "acc", agg)
        assert repr(sorted(map(_row_of, importance(obs, columns).rows))) == repr(_reference_importance(whole))
        report = seed_groups(obs, columns=columns)
        assert sorted(repr((repr(dict(sorted(g.params.items()))), g.seeds, g.run_ids, g.summary))
                      for g in report.groups) == _reference_seed_groups(whole)
    store.close()


@pytest.mark.parametrize("seed", [9, 10])
def test_ranks_and_correlations_of_a_grid_match_scipy(seed):
    """The C-speed ways importance takes on 100,000 runs (a grid of few values ranked a level at
    a time, integers by ldexp, the metric's sample shared) against scipy, ties and -0.0 included."""
    scipy_stats = pytest.importorskip("scipy.stats")
    from expctl.analyse.correlation import Sample, correlations
    from expctl.analyse.summary import average_ranks

    rng = random.Random(seed)
    for n in (64, 300, 2000):
        grid = [rng.choice([0.1, 0.01, 1e-4, 3.0, 0.0, -0.0, 256.0]) for _ in range(n)]
        metric = [rng.gauss(0.5, 0.1) for _ in range(n)]
        ranks, ties = average_ranks(grid)
        assert ranks == list(scipy_stats.rankdata(grid)), n
        assert ties == [grid.count(v) for v in sorted(set(grid))]  # (0.0 and -0.0: one value)
        pearson, spearman = correlations(Sample(grid), Sample(metric))
        assert pearson.r == pytest.approx(scipy_stats.pearsonr(grid, metric)[0], rel=1e-12)
        assert spearman.r == pytest.approx(scipy_stats.spearmanr(grid, metric)[0], rel=1e-12)
        assert spearman.p == pytest.approx(scipy_stats.spearmanr(grid, metric)[1], rel=1e-9)


@pytest.mark.parametrize("seed", [11, 12])
def test_summary_column_matches_observe_of_whole_runs(engine_url, seed):
    """Store.summary_column and columns.observe_column (what importance and groups read: no
    object per run) give what observe gives on whole runs, for every aggregate: the same ids,
    values, missing runs, runs kept by the status rule, and the same reports."""
    from expctl.analyse.aggregates import AGGREGATES
    from expctl.analyse.columns import observe_column, status_column, summary_field
    from expctl.analyse.samples import importance, observe, seed_groups
    from expctl.analyse.selection import keep_analysed

    store = open_store(engine_url)
    rng = random.Random(seed)
    ids = _random_store(store, rng)
    chosen = rng.sample(ids, 30) + [10_000] + ids[:3]  # in no order, a missing id, repeats
    whole = store.get_runs(chosen)
    for metric in ("acc", "loss", "absent"):
        for agg in AGGREGATES:
            rows = store.summary_column(chosen, metric, summary_field(agg))
            assert [row[:2] for row in rows] == [(r.id, r.status) for r in whole]
            if hasattr(store, "_few_runs"):  # SQLite past a few thousand runs: by index, not a join
                store._few_runs = 0
                assert repr([(i, status, bool(has), value) for i, status, has, value in
                             store.summary_column(chosen, metric, summary_field(agg))]) == \
                       repr([(i, status, bool(has), value) for i, status, has, value in rows])
                del store._few_runs
            for statuses in ((), ("finished",), ("failed",)):
                kept, left_out = keep_analysed(rows, statuses, status_column(rows))
                runs, reference_left_out = keep_analysed(whole, statuses)
                assert ([row[0] for row in kept], left_out) == ([r.id for r in runs], reference_left_out)
                if metric == "absent" or not runs:
                    continue
                column, obs = observe_column(store, kept, metric, agg), observe(store, runs, metric, agg)
                assert (column.ids, column.missing) == (obs.ids, obs.missing), (metric, agg)
                assert all(map(_same, column.values, obs.values)), (metric, agg)
                columns = store.param_columns(column.ids)
                assert repr(importance(column, columns)) == repr(importance(obs))
                assert repr(seed_groups(column, columns=columns)) == repr(seed_groups(obs))
    with pytest.raises(ValueError):
        store.summary_column(chosen, "acc", "mean")  # a column name, never text for the SQL
    assert store.summary_column([], "acc", "last") == []
    store.close()


@pytest.mark.parametrize("damage, command", [
    ("UPDATE metric_summaries SET last = 'x' WHERE run_id = 7 AND name = 'acc'", ("importance", "acc")),
    ("UPDATE metric_summaries SET min = x'00' WHERE run_id = 7 AND name = 'acc'", ("groups", "acc", "--agg", "min")),
    ("UPDATE metric_summaries SET count = -1 WHERE run_id = 7 AND name = 'acc'", ("groups", "acc", "--agg", "mean")),
    ("UPDATE runs SET status = x'00' WHERE id = 7", ("importance", "acc", "--status", "any"))])
def test_summary_column_refuses_a_damaged_value_naming_its_run(db_path, damage, command):
    """What summary_column reads (the status, the summary column of the aggregate) is checked
    as get_runs checks it: a damaged value is one error naming its run, never a traceback."""
    build_store(str(db_path), 20, seed=1)
    with sqlite3.connect(db_path) as db:
        db.execute(damage)
    result = run_expctl(*command, "--db", str(db_path))
    error = result.stderr.decode()
    assert result.returncode != 0 and "Traceback" not in error and "run 7" in error, error


@pytest.mark.parametrize("damage", [
    "UPDATE metric_summaries SET last = 'x' WHERE run_id = 7 AND name = 'acc'",
    "UPDATE metric_summaries SET max = x'00' WHERE run_id = 7 AND name = 'acc'",
    "UPDATE runs SET status = x'00' WHERE id = 7"])
def test_summary_column_by_index_refuses_a_damaged_value_naming_its_run(db_path, damage):
    """summary_column's way for many runs (two index walks) checks what it reads as the join
    does: a damaged status or value of a selected run is one error naming it; a damaged run
    the selection leaves out is not read."""
    from expctl.errors import ExpctlError

    build_store(str(db_path), 20, seed=1)
    with sqlite3.connect(db_path) as db:
        db.execute(damage)
    store = open_store(str(db_path))
    store._few_runs = 0
    field = "max" if "max" in damage else "last"
    with pytest.raises(ExpctlError) as caught:
        store.summary_column(list(range(20, 0, -1)), "acc", field)
    assert "run 7" in str(caught.value)
    assert [row[0] for row in store.summary_column([9, 8, 6, 9], "acc", field)] == [9, 8, 6, 9]


@pytest.mark.parametrize("seed", [13, 14, 15])
def test_grouping_by_columns_matches_grouping_by_repr(seed):
    """Seed groups' keys (columns.group_keys: values where that is plain equality, reprs where
    not) and their grouping (a sort) give the groups, in the order, a dict of reprs gives."""
    from expctl.analyse.columns import group_indexes, group_keys

    rng = random.Random(seed)
    pools = [[1, 2, 3], [0.1, 0.2, 1e-4], [0.0, -0.0, 0.5], [math.nan, 1.0], [1, 1.0, True, "1"],
             ["a", "b"], [True, False], [float(v) for v in range(500)]]
    for _ in range(30):
        n = rng.choice([0, 1, 7, 300])
        ids = rng.sample(range(1, 10_000), n)
        chosen = rng.sample(pools, rng.randrange(4))
        columns = [{i: rng.choice(pool) for i in ids if rng.random() < 0.9} for pool in chosen]
        reference: dict = {}
        for index, run_id in enumerate(ids):
            reference.setdefault(tuple(repr(c.get(run_id)) for c in columns), []).append(index)
        assert group_indexes([group_keys(c, ids) for c in columns], n) == list(reference.values())


@pytest.mark.parametrize("damage, problem", [
    ("UPDATE runs SET command = '[\"python\", 3]' WHERE id = 7", "command: is not a list of words"),
    ("UPDATE runs SET resources = '{\"cpu_s\": true}' WHERE id = 7", "resources.cpu_s: expected a number"),
    ("UPDATE runs SET resources = '{\"cpu_s\": \"1\"}' WHERE id = 7", "resources.cpu_s: expected a number"),
    ("UPDATE runs SET resources = '{\"incomplete\": [1]}' WHERE id = 7", "resources.incomplete[0]")])
def test_listing_refuses_a_damaged_command_or_resources_naming_its_run(db_path, damage, problem):
    """The JSON columns of a run are checked whatever way the check takes (the usual values at
    C speed, the others one by one): one error naming the run and the key, no traceback."""
    build_store(str(db_path), 20, seed=1)
    with sqlite3.connect(db_path) as db:
        db.execute(damage)
    result = run_expctl("list", "--all", "-f", "json", "--db", str(db_path))
    error = result.stderr.decode()
    assert result.returncode != 0 and "Traceback" not in error, error
    assert "run 7" in error and problem in error, error
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE runs SET resources = '{\"incomplete\": [\"gpu\"], \"cpu_s\": null}' WHERE id = 7")
        db.execute("UPDATE runs SET command = '[]' WHERE id = 7")
    assert run_expctl("list", "--all", "-f", "json", "--db", str(db_path)).returncode == 0


@pytest.mark.parametrize("seed", [16, 17, 18, 19])
def test_correlations_a_level_at_a_time_match_a_run_at_a_time(seed):
    """importance on a grid of settings works a level at a time (correlation.level_correlations):
    the same bits as correlations() and the per-run eta squared, for grids of whole numbers,
    halves, fractions, huge and tiny values, 0.0 beside -0.0, ties and a constant metric."""
    from expctl.analyse import stats
    from expctl.analyse.correlation import Sample, correlations, level_correlations
    from expctl.analyse.importance import _anova_by_value

    rng = random.Random(seed)
    grids = [[32.0, 64.0, 128.0], [0.1, 0.01, 1e-4, 3e-4], [0.5, 1.5, 2.0], [0.0, -0.0, 1.0, -2.5],
             [1e300, -1e300, 1.0], [5e-324, 1e-310, 0.25], [float(v) for v in range(40)], [7.0, 7.5]]
    for grid in grids:
        for n in (64, 650, 3000):
            xs = [rng.choice(grid) for _ in range(n)]
            metrics = ([rng.gauss(0.5, 0.1) for _ in range(n)], [float(rng.randrange(5)) for _ in range(n)],
                       [0.75] * n, [rng.choice([1e-300, 1e300, -3.0]) for _ in range(n)])
            for ys in metrics:
                found = level_correlations(xs, Sample(ys))
                if len(set(xs)) * 16 > n:
                    assert found is None
                    continue
                assert found is not None
                pearson, spearman, groups = found
                assert repr((pearson, spearman)) == repr(correlations(Sample(xs), Sample(ys))), (grid, n)
                assert repr(stats.eta_squared(groups)) == repr(_anova_by_value(xs, ys)), (grid, n)
    assert level_correlations([1.0, 2.0] * 20, Sample([0.5] * 40)) is None  # under 64 runs


# -- the column reads and the per-group work at scale: the shortcuts against their reference -----

@pytest.mark.parametrize("seed", [20, 21])
def test_param_columns_read_a_value_at_a_time_keep_every_type(engine_url, seed):
    """Past a few thousand runs SQLite reads a param a value at a time (GROUP BY value, the
    runs' ids as one text): values SQL finds equal but Python tells apart (1 beside 1.0 and
    True, 0 beside 0.0 and -0.0, 2.0**62 beside 2**62) still come back each with its own type."""
    from expctl.models import Param
    from expctl.records import NewRun

    store = open_store(engine_url)
    rng = random.Random(seed)
    pools = {"mixed": [1, 1.0, True, False, 0, 0.0, -0.0, "1", 2.5, 2.0**62, 2**62, math.nan],
             "grid": [0.1, 0.01, 1e-4], "ints": [32, 64, 128], "text": ["cnn", "mlp", ""],
             "flags": [True, False]}
    for n in range(120):
        params = {name: Param(name, value, str(value)) for name, pool in pools.items()
                  if rng.random() < 0.9 for value in [rng.choice(pool)]}
        store.create_run(NewRun(uuid=f"{n:08x}" + "cd" * 12, name=None, experiment="e", command=["t"],
                                cwd="/w", started_at=1.7e9 + n, host="h", user="u", params=params))
    chosen = rng.sample(range(1, 121), 100)
    _check_param_columns(store, chosen, store.get_runs(chosen))
    store.close()


@pytest.mark.parametrize("seed", [22, 23])
def test_summaries_of_many_samples_are_summarize_of_each(seed):
    """stats.summaries (every seed group at once) gives the records summarize gives, bit for
    bit: one value, ties, 0.0 beside -0.0, huge and tiny values, NaN and infinities."""
    from expctl.analyse import stats

    rng = random.Random(seed)
    pools = [lambda: rng.gauss(0.5, 0.1), lambda: rng.choice([0.0, -0.0, 1.0]),
             lambda: rng.choice([1e300, -1e300, 5e-324, 1.5]), lambda: float(rng.randrange(3)),
             lambda: rng.choice([math.nan, math.inf, 0.25])]
    for make in pools:
        samples = [[make() for _ in range(rng.choice([1, 1, 2, 3, 7, 40]))] for _ in range(200)]
        for confidence in (0.95, 0.5):
            assert repr(stats.summaries(samples, confidence)) == \
                   repr([stats.summarize(values, confidence) for values in samples])
    assert stats.summaries([], 0.9) == []
    from expctl.errors import UsageError

    with pytest.raises(UsageError):
        stats.summaries([[1.0]], 1.5)


def _reference_seed_rows(report, csv: bool):
    """The seed-group table's rows built a group at a time, as the renderer built them before
    it worked a column at a time."""
    from expctl.analyse.samples import value_label
    from expctl.render.analysis import exact
    from expctl.render.text import format_number

    rows = []
    for g in report.groups:
        s = g.summary
        params = [value_label(g.params[n]) if n in g.params else "" for n in report.varying]
        seeds = " ".join(["/".join(map(value_label, seed)) for seed in g.seeds])
        if csv:
            rows.append([*params, s.n, s.dropped, exact(s.mean), exact(s.std), exact(s.ci_low),
                         exact(s.ci_high), seeds, " ".join(map(str, g.run_ids))])
            continue
        spread = f"{format_number(s.mean)} ± {format_number(s.std)}" if s.n > 1 else format_number(s.mean)
        interval = "" if math.isnan(s.ci_low) else f"{format_number(s.ci_low)} to {format_number(s.ci_high)}"
        ids = ", ".join(map(str, g.run_ids[:8])) + (f", … ({len(g.run_ids)})" if len(g.run_ids) > 8 else "")
        rows.append([*params, str(s.n) + (f" (+{s.dropped} nan)" if s.dropped else ""), spread,
                     interval, seeds, ids])
    return rows


@pytest.mark.parametrize("seed", [24, 25, 26])
def test_seed_group_rows_match_the_group_at_a_time_reference(seed):
    """The seed-group table built a column at a time has the cells built a group at a time:
    params of every type or absent, whole-number and NaN means, one or two seed params."""
    from expctl.analyse.columns import MetricColumn
    from expctl.analyse.samples import seed_groups
    from expctl.render.analysis import seed_group_rows

    rng = random.Random(seed)
    pools = {"arch": ["cnn", "mlp"], "lr": [0.1, 1, 1.0, True, math.nan, -0.0], "batch": [32, 64],
             "seed": [0, 1, 2, "x"], "data_seed": [7, 8]}
    for _ in range(10):
        ids = rng.sample(range(1, 5000), rng.choice([1, 30, 400]))
        values = [rng.choice([1.0, 0.5, math.nan, rng.random(), 2.0]) for _ in ids]
        names = rng.sample(sorted(pools), rng.randrange(1, 6))
        columns = {name: {i: rng.choice(pools[name]) for i in ids if rng.random() < 0.85} for name in names}
        report = seed_groups(MetricColumn("acc", "last", ids, values, []), columns=columns)
        for csv in (False, True):
            assert seed_group_rows(report, csv)[1] == _reference_seed_rows(report, csv)


@pytest.mark.parametrize("seed", [29, 30])
def test_ttest_groups_from_columns_match_groups_of_whole_runs(engine_url, seed):
    """`ttest --a/--b` reads one summary column per side (samples.column_group of
    columns.observe_column): the groups and the report of whole runs observed one by one."""
    from expctl.analyse.aggregates import AGGREGATES
    from expctl.analyse.columns import observe_column, summary_field
    from expctl.analyse.samples import column_group, make_group, observe, ttest_report

    store = open_store(engine_url)
    rng = random.Random(seed)
    ids = _random_store(store, rng)
    options = dict(test="welch", alternative="two-sided", confidence=0.9, alpha=0.05)
    for agg in AGGREGATES:
        sides = [rng.sample(ids, 15), rng.sample(ids, 12)]
        columns = [observe_column(store, store.summary_column(side, "loss", summary_field(agg)), "loss", agg)
                   for side in sides]
        whole = [observe(store, store.get_runs(side), "loss", agg) for side in sides]
        pair = [column_group(label, column, 0.9) for label, column in zip("AB", columns)]
        reference = [make_group(label, None, obs.items, 0.9) for label, obs in zip("AB", whole)]
        assert repr(pair) == repr(reference), agg
        assert repr(ttest_report(pair, columns[0], missing=columns[0].missing + columns[1].missing, **options)) \
            == repr(ttest_report(reference, whole[0], missing=whole[0].missing + whole[1].missing, **options))
    store.close()
