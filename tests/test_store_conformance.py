"""One contract, every engine: the same calls give the same answers on an SQLite file and on a
PostgreSQL database (a real server, started by the session's fixture; those cases are skipped,
saying why, where none can be started). The whole --where suite also runs on both
(tests/test_query.py)."""

from __future__ import annotations

import math
from array import array

import pytest

from expctl.errors import RunNotFound, StoreError
from expctl.query.lookup import find_run_ids
from expctl.models import GitInfo, Param, ParamOrigin
from expctl.records import LogChunk, NewRun, Series, pack
from expctl.query.refs import resolve_refs, resolve_run
from expctl.store import open_store
from expctl.store import migrations as sqlite_migrations
from expctl.store import pg_schema
from expctl.store.interface import Store

T0 = 1_700_000_000.0


@pytest.fixture
def store(engine_url):
    opened = open_store(engine_url)
    yield opened
    opened.close()


def new_run(n: int, **kw) -> NewRun:
    values = dict(uuid=f"{n:04x}" + "c0ffee" * 4 + "00", name=None, experiment="default",
                  command=["python", "train.py", "--lr", "0.1"], cwd="/w", started_at=T0 + n,
                  host="h", user="u", tags=[], params={})
    values.update(kw)
    return NewRun(**values)


def series(values, start=0) -> Series:
    n = len(values)
    return Series(array("d", range(start, start + n)), array("d", [T0] * n), array("d", values))


def test_both_engines_implement_the_declared_interface(store):
    assert isinstance(store, Store)
    missing = [name for name in dir(Store) if not name.startswith("_") and not callable(getattr(store, name, None))]
    assert missing == []


def test_the_engines_have_the_same_migrations_by_name():
    assert [name for name, _ in pg_schema.MIGRATIONS] == [name for name, _ in sqlite_migrations.MIGRATIONS]


def test_a_run_round_trips_exactly(store):
    params = {"lr": Param("lr", 0.1, "0.1"), "n": Param("n", 2**62, str(2**62)),
              "flag": Param("flag", True, "true"), "model": Param("model", "cnn", "cnn"),
              "nan": Param("nan", math.nan, "nan")}
    run_id = store.create_run(new_run(1, name="base", tags=["b", "a"], params=params))
    store.append(run_id, {"loss": series([1.0, 0.5])}, [LogChunk("stdout", 0, b"ep 1\x00\xff\n")])
    store.append(run_id, {"loss": series([math.nan, 0.25], start=2)},
                 [LogChunk("stderr", 0, b"warn\n"), LogChunk("stdout", 7, b"ep 2\n")])
    store.record_git(run_id, GitInfo("ab" * 20, "main", True, None, "/w", "diff", False, ["x"]))
    store.record_env(run_id, {"platform": {"system": "Linux"}, "packages": {"numpy": "2.0"}})
    store.finish_run(run_id, "finished", 0, None, T0 + 10, {"cpu_user_s": 1.5})
    run = store.get_run(run_id)
    assert (run.name, run.status, run.exit_code, run.tags, run.command) == (
        "base", "finished", 0, ["a", "b"], ["python", "train.py", "--lr", "0.1"])
    assert {k: (p.value, p.text) for k, p in run.params.items() if k != "nan"} == {
        "lr": (0.1, "0.1"), "n": (2**62, str(2**62)), "flag": (True, "true"), "model": ("cnn", "cnn")}
    assert type(run.params["n"].value) is int and type(run.params["flag"].value) is bool
    assert math.isnan(run.params["nan"].value)
    summary = run.metrics["loss"]
    assert (summary.min, summary.max, summary.count, summary.last_step) == (0.25, 1.0, 4, 3)
    loss = store.read_metrics(run_id)["loss"]
    assert list(loss.steps) == [0, 1, 2, 3] and list(loss.values)[3] == 0.25 and math.isnan(loss.values[2])
    assert [(c.stream, c.offset, c.data) for c in store.read_logs(run_id)] == [
        ("stdout", 0, b"ep 1\x00\xff\n"), ("stderr", 0, b"warn\n"), ("stdout", 7, b"ep 2\n")]
    assert store.log_totals(run_id) == {"stdout": 12, "stderr": 5}
    assert store.get_git(run_id).untracked == ["x"] and store.git_summaries([run_id]) == {run_id: ("ab" * 20, True)}
    assert store.get_env(run_id) == {"platform": {"system": "Linux"}, "packages": {"numpy": "2.0"}}
    assert run.resources == {"cpu_user_s": 1.5}


def test_references_resolve_the_same_way(store):
    ids = [store.create_run(new_run(n, name=name)) for n, name in ((1, "a"), (2, "b"), (3, "a"))]
    assert [resolve_run(store, ref) for ref in ("last", "last~2", "b", "0002", str(ids[0]))] == [
        ids[2], ids[0], ids[1], ids[1], ids[0]]
    with pytest.raises(RunNotFound, match="ambiguous"):
        resolve_run(store, "a")
    assert resolve_refs(store, [f"{ids[2]}..{ids[0]}"]) == ids[::-1]
    assert store.names_with_prefix("runs", "") == ["a", "b"]


def test_selection_sorts_filters_and_refuses_text(store):
    for n, lr in ((1, 0.1), (2, "auto"), (3, 0.01)):
        store.create_run(new_run(n, params={"lr": Param("lr", lr, str(lr))}, tags=["t"] if n > 1 else []))
    assert find_run_ids(store, sort="params.lr") == [3, 1, 2]      # numbers, then text
    assert find_run_ids(store, sort="params.lr:desc") == [2, 1, 3]
    assert find_run_ids(store, "params.lr > 0.05 or params.lr ~ 'au*'") == [2, 1]
    assert find_run_ids(store, refs=["3", "1"], limit=1) == [3]
    assert store.find_run_ids(tags=["t"], limit=5) == [3, 2]
    with pytest.raises(TypeError):
        store.find_run_ids("params.lr > 0")


@pytest.mark.parametrize("threshold", [500, 1], ids=["few-sorted", "index-walked"])
def test_a_metric_sort_with_a_limit_walks_its_index_to_the_same_answer(store, monkeypatch, threshold):
    from expctl.store import pg_read, sqlite_read

    # Below FEW_ROWS matching runs, a condition's runs are sorted whole; at 1, every sort by one
    # metric with a limit walks the metric's index: both ways must give the general answer.
    monkeypatch.setattr(sqlite_read, "FEW_ROWS", threshold)
    monkeypatch.setattr(pg_read, "FEW_ROWS", threshold)
    for n, acc in ((1, 0.5), (2, 0.9), (3, None), (4, 0.7), (5, None), (6, 0.9)):
        run_id = store.create_run(new_run(n))
        if acc is not None:
            store.append(run_id, {"acc": series([0.1, acc])})
    for where in (None, "status = 'running'"):
        whole = find_run_ids(store, where, "metrics.acc:desc")
        assert whole == [6, 2, 4, 1, 5, 3]  # ties newest first; runs without it last
        assert [find_run_ids(store, where, "metrics.acc:desc", n) for n in (2, 5, 9)] == [
            whole[:2], whole[:5], whole]
        assert find_run_ids(store, where, "metrics.acc.min", 5) == [6, 4, 2, 1, 5]


def test_ids_are_never_given_twice(store):
    first = store.create_run(new_run(1))
    second = store.create_run(new_run(2))
    assert store.delete_runs([second]) == 1
    assert store.create_run(new_run(3)) > second > first


def test_managing_runs(store):
    run_id = store.create_run(new_run(1, pid=1, pid_started=1.0))
    store.add_tags(run_id, ["x", "y"])
    store.remove_tags(run_id, ["x"])
    store.rename_run(run_id, "renamed")
    store.set_notes(run_id, "note")
    assert store.running_runs("h") == [(run_id, 1, 1.0)] and store.active_run_ids() == [run_id]
    store.mark_crashed([run_id])
    run = store.get_run(run_id)
    assert (run.tags, run.name, run.notes, run.status, run.ended_at) == (["y"], "renamed", "note", "crashed", T0 + 1)
    assert [e["name"] for e in store.list_experiments()] == ["default"]


def test_listing_many_runs_cuts_long_notes_the_same_way_and_one_run_reads_them_whole(store):
    long, short = "é" * 5000, "n" * 4096
    first, second = (store.create_run(new_run(n)) for n in (1, 2))
    store.set_notes(first, long)
    store.set_notes(second, short)
    listed = {run.id: run.notes for run in store.get_runs([first, second])}
    assert listed == {first: "é" * 4096 + " [...]", second: short}
    batches = list(store.iter_listing([first, second]))
    assert [run.notes for batch in batches for run in batch.runs] == [listed[first], short]
    assert store.get_run(first).notes == long


def test_params_from_several_sources_keep_the_losers(store):
    run_id = store.create_run(new_run(1, params={"lr": Param("lr", 0.1, "0.1", "argv")}))
    store.add_params(run_id, [Param("lr", 0.5, "0.5", "config-file"), Param("bs", 32, "32", "config-file")],
                     [ParamOrigin("config-file", "cfg.yaml", 2)])
    run = store.get_run(run_id)
    assert (run.params["lr"].value, run.params["bs"].value) == (0.1, 32)
    assert store.overridden_params(run_id) == [Param("lr", 0.5, "0.5", "config-file")]
    assert store.param_origins(run_id) == [ParamOrigin("config-file", "cfg.yaml", 2, None)]


def test_export_from_one_engine_imports_into_the_other(store, tmp_path):
    other = open_store(str(tmp_path / "other.db"))
    run_id = store.create_run(new_run(1, name="x", params={"f": Param("f", False, "false")}))
    store.append(run_id, {"acc": series([0.5, math.nan])}, [LogChunk("stdout", 0, b"\x00\x01")])
    store.finish_run(run_id, "failed", 1, None, T0 + 5, {})
    doc = store.export_run(run_id)
    copied = other.import_run(doc)
    again = other.export_run(copied)
    back = store.import_run(dict(again, uuid="f" * 32))
    for a, b in ((doc, again), (doc, dict(store.export_run(back), uuid=doc["uuid"]))):
        assert {k: v for k, v in a.items() if k != "metrics"} == {k: v for k, v in b.items() if k != "metrics"}
        # the series byte for byte (NaN != NaN, so not by value)
        assert [pack(s.steps) + pack(s.values) for s in a["metrics"].values()] == [
            pack(s.steps) + pack(s.values) for s in b["metrics"].values()]


def test_a_newer_schema_is_refused(engine_url):
    open_store(engine_url).close()
    if engine_url.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(engine_url, autocommit=True) as conn:
            conn.execute("INSERT INTO schema_migrations VALUES (999, 'm999_future', 0)")
    else:
        import sqlite3

        with sqlite3.connect(engine_url) as conn:
            conn.execute("PRAGMA user_version = 999")
    with pytest.raises(StoreError, match="newer than this expctl understands"):
        open_store(engine_url)
    if engine_url.startswith("postgresql://"):  # leave the shared database usable
        with psycopg.connect(engine_url, autocommit=True) as conn:
            conn.execute("DELETE FROM schema_migrations WHERE version = 999")


def _open_after(barrier, url: str, results) -> None:
    """A child: wait until all are ready, then open (and so create) the store at once."""
    try:
        barrier.wait(timeout=60)
        results.put(("ok", open_store(url).schema_version()))
    except BaseException as exc:  # reported to the parent, which fails the test with it
        results.put(("error", f"{type(exc).__name__}: {exc}"))


def test_32_processes_creating_the_schema_at_once_migrate_it_once(pg_url):
    import multiprocessing

    import psycopg

    # Forked children (the modules already imported): 32 real processes, each with its own
    # connection, released together by a barrier so that they race for the new database.
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(32), context.Queue()
    children = [context.Process(target=_open_after, args=(barrier, pg_url, results)) for _ in range(32)]
    for child in children:
        child.start()
    outcomes = sorted(results.get(timeout=120) for _ in children)
    for child in children:
        child.join(timeout=60)
    assert outcomes == [("ok", len(sqlite_migrations.MIGRATIONS))] * 32
    assert [child.exitcode for child in children] == [0] * 32
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert rows == [(i + 1, name) for i, (name, _) in enumerate(pg_schema.MIGRATIONS)]


def test_the_password_is_never_shown(pg_cluster, pg_store_url):
    store = open_store(pg_store_url)
    assert pg_cluster.password not in store.info().path
    assert store.info().path == pg_store_url.replace(pg_cluster.password, "***")
    bad = pg_store_url.replace(pg_cluster.password, "wrong-" + pg_cluster.password)
    with pytest.raises(StoreError) as caught:
        open_store(bad)
    assert "wrong-" not in caught.value.message and pg_cluster.password not in caught.value.message
    assert "password authentication failed" in caught.value.message


def test_a_database_holding_another_programs_runs_table_is_refused_untouched(pg_url):
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY, what TEXT)")
    with pytest.raises(StoreError, match="has a `runs` table but is not an expctl store"):
        open_store(pg_url)
    with psycopg.connect(pg_url) as conn:
        assert [r[0] for r in conn.execute("SELECT tablename FROM pg_tables"
                                           " WHERE schemaname = 'public'")] == ["runs"]
