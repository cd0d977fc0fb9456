"""The store API on real SQLite files: schema, round trips, references, logs, concurrency.

No CLI here: the store is a library (STYLE principle 2) and is tested as one.
"""

from __future__ import annotations

import math
import sqlite3
import subprocess
import sys
import threading
import time
import uuid as uuidlib
from array import array

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from expctl.errors import RunNotFound, StoreError, UsageError
from expctl.record.logs import assemble_log
from expctl.models import GitInfo, Param
from expctl.query.lookup import find_run_ids
from expctl.records import LogChunk, NewRun, Series
from expctl.query.refs import resolve_run
from expctl.store import open_store
from expctl.store import sqlite_conn
from expctl.store.migrations import MIGRATIONS

T0 = 1_700_000_000.0
SQLITE_HEADER = b"SQLite format 3\x00"


def new_run(name: str | None = None, **fields) -> NewRun:
    values = dict(
        uuid=uuidlib.uuid4().hex, name=name, experiment="exp", command=["python", "train.py"],
        cwd="/proj", started_at=T0, host="test-host", user="tester",
    )
    values.update(fields)
    return NewRun(**values)


def make_series(values, steps=None, times=None) -> Series:
    n = len(values)
    return Series(
        array("d", range(n) if steps is None else steps),
        array("d", [T0 + i for i in range(n)] if times is None else times),
        array("d", values),
    )


def same_float(a: float, b: float) -> bool:
    """Equal as stored values: NaN equals NaN, and -0.0 differs from 0.0."""
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)


def raw(path) -> sqlite3.Connection:
    """A plain sqlite3 connection, to look at what the store wrote without the store's help."""
    return sqlite3.connect(str(path), isolation_level=None)


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "runs.db"


@pytest.fixture
def store(store_path):
    opened = open_store(str(store_path))
    yield opened
    opened.close()


# --- schema -------------------------------------------------------------------------------------


def test_fresh_store_is_migrated_recorded_and_in_wal_mode(store, store_path):
    before = time.time()
    assert store.schema_version() == len(MIGRATIONS)
    db = raw(store_path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    rows = db.execute(
        "SELECT version, name, applied_at FROM schema_migrations ORDER BY version").fetchall()
    assert [(v, n) for v, n, _ in rows] == [(i + 1, name) for i, (name, _) in enumerate(MIGRATIONS)]
    assert all(before - 60 < applied <= time.time() for _, _, applied in rows)
    assert store.info().counts == {"experiments": 0, "runs": 0, "metric_points": 0, "running": 0}


def test_reopening_a_current_store_changes_nothing(store, store_path):
    run_id = store.create_run(new_run("kept"))
    store.close()
    db = raw(store_path)
    schema = db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    recorded = db.execute("SELECT * FROM schema_migrations").fetchall()
    db.close()

    again = open_store(str(store_path))
    assert again.schema_version() == len(MIGRATIONS)
    assert again.get_run(run_id).name == "kept"
    db = raw(store_path)
    assert db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall() == schema
    assert db.execute("SELECT * FROM schema_migrations").fetchall() == recorded
    again.close()


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_store_newer_than_the_code_is_refused_and_left_alone(store, store_path, journal):
    store.create_run(new_run("from the future"))
    store.close()
    db = raw(store_path)
    db.execute(f"PRAGMA journal_mode={journal}")
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    before = store_path.read_bytes()

    with pytest.raises(StoreError) as caught:
        open_store(str(store_path))

    error = caught.value
    assert "newer" in error.message and str(store_path) in error.message
    assert "upgrade" in error.hint
    assert store_path.read_bytes() == before


def test_a_corrupt_file_is_refused_and_left_alone(store_path):
    garbage = bytes(range(256)) * 64
    store_path.write_bytes(garbage)

    with pytest.raises(StoreError) as caught:
        open_store(str(store_path))

    assert "corrupt" in caught.value.message and str(store_path) in caught.value.message
    assert store_path.read_bytes() == garbage


def test_another_programs_sqlite_file_is_refused_and_left_alone(store_path):
    db = raw(store_path)
    db.execute("CREATE TABLE notes (body TEXT)")
    db.execute("INSERT INTO notes VALUES ('not yours')")
    db.close()
    before = store_path.read_bytes()

    with pytest.raises(StoreError) as caught:
        open_store(str(store_path))

    assert "not an expctl store" in caught.value.message
    assert store_path.read_bytes() == before


def test_reading_without_create_leaves_no_file(tmp_path):
    path = tmp_path / "sub" / "never.db"
    empty = open_store(str(path), "because", create=False)
    assert empty.list_runs() == []
    assert empty.info().counts["runs"] == 0
    assert not (tmp_path / "sub").exists()


def test_a_bare_relative_file_name_opens_in_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    opened = open_store("relative.db")
    opened.close()
    assert (tmp_path / "relative.db").read_bytes().startswith(SQLITE_HEADER)


# --- runs and params ----------------------------------------------------------------------------


def test_a_non_finite_float_param_reads_back_as_it_was_given(store):
    # SQLite keeps a REAL infinity, which the read checks call damaged: it is stored as its text.
    params = {"clip": Param("clip", math.inf, "inf", source="hook"),
              "floor": Param("floor", -math.inf, "-inf", source="hook"),
              "tol": Param("tol", math.nan, "nan", source="hook")}
    run_id = store.create_run(new_run("nonfinite", params=params))
    store.add_params(run_id, [Param("clip", math.inf, "inf", source="explicit")])
    run = store.get_run(run_id)
    assert run.params["clip"].value == math.inf and run.params["floor"].value == -math.inf
    assert math.isnan(run.params["tol"].value)
    assert [run.id for run in store.get_runs([run_id])] == [run_id]


def test_create_get_finish_round_trip_keeps_types_and_text(store):
    params = {
        "lr": Param("lr", 0.001, "1e-3"),
        "epochs": Param("epochs", 12, "12"),
        "amp": Param("amp", True, "true"),
        "shuffle": Param("shuffle", False, "no"),
        "opt": Param("opt", "adam", "adam"),
        "seed": Param("seed", 7, "7", source="explicit"),
    }
    new = new_run("lenet", experiment="cifar", tags=["v2", "baseline", "v2"], notes="first try",
                  params=params, pid=4242, pid_started=T0 - 5)

    run_id = store.create_run(new)
    run = store.get_run(run_id)

    assert (run.id, run.uuid, run.name, run.experiment) == (run_id, new.uuid, "lenet", "cifar")
    assert (run.command, run.cwd, run.host, run.user, run.pid) == (
        ["python", "train.py"], "/proj", "test-host", "tester", 4242)
    assert (run.status, run.exit_code, run.signal, run.ended_at, run.duration_s) == (
        "running", None, None, None, None)
    assert run.tags == ["baseline", "v2"]
    assert run.notes == "first try"
    assert run.params == params
    assert [type(p.value) for p in run.params.values()] == [bool, int, float, str, int, bool]

    store.finish_run(run_id, "failed", 3, None, T0 + 90.5, {"cpu_user_s": 1.25})
    run = store.get_run(run_id)
    assert (run.status, run.exit_code, run.ended_at, run.duration_s) == ("failed", 3, T0 + 90.5, 90.5)
    assert run.resources == {"cpu_user_s": 1.25}


def test_git_and_env_round_trip_and_package_sets_are_shared(store, store_path):
    git = GitInfo("a" * 40, "main", True, "https://example.com/r.git", "/proj",
                  "diff --git a/x b/x\n", False, ["new.txt"])
    env = {"python": {"version": "3.11.7"}, "packages": {"numpy": "2.0.0", "torch": "2.3.1"}}
    first, second = store.create_run(new_run()), store.create_run(new_run())
    store.record_git(first, git)
    store.record_env(first, env)
    store.record_env(second, dict(env))

    assert store.get_git(first) == git
    assert store.get_git(second) is None
    assert store.get_env(first) == env == store.get_env(second)
    assert raw(store_path).execute("SELECT COUNT(*) FROM package_sets").fetchone()[0] == 1


# --- metrics ------------------------------------------------------------------------------------


def test_metrics_appended_in_batches_keep_every_point_and_a_summary(store):
    run_id = store.create_run(new_run())
    store.append(run_id, {"loss": make_series([0.9, 0.5], steps=[0, 10], times=[T0, T0 + 1])})
    store.append(run_id, {"loss": make_series([0.7, 0.2, 0.4], steps=[20, 30, 40],
                                              times=[T0 + 2, T0 + 3, T0 + 4]),
                          "acc": make_series([0.1])})
    store.append(run_id, {"loss": Series()})  # an empty batch changes nothing

    loss = store.get_run(run_id).metrics["loss"]
    assert (loss.last, loss.min, loss.max, loss.count, loss.last_step) == (0.4, 0.2, 0.9, 5, 40.0)
    series = store.read_metrics(run_id)
    assert sorted(series) == ["acc", "loss"]
    assert list(series["loss"].values) == [0.9, 0.5, 0.7, 0.2, 0.4]
    assert list(series["loss"].steps) == [0, 10, 20, 30, 40]
    assert list(series["loss"].times) == [T0, T0 + 1, T0 + 2, T0 + 3, T0 + 4]
    assert list(store.read_metrics(run_id, ["acc"])) == ["acc"]
    assert store.info().counts["metric_points"] == 6


def test_nan_is_last_when_last_but_never_a_min_or_max(store):
    nan, inf = math.nan, math.inf
    run_id = store.create_run(new_run())
    store.append(run_id, {"loss": make_series([nan, 1.0, nan]), "bad": make_series([nan, nan]),
                          "wild": make_series([inf, -inf, 2.0])})

    m = store.get_run(run_id).metrics
    assert math.isnan(m["loss"].last) and (m["loss"].min, m["loss"].max, m["loss"].count) == (1.0, 1.0, 3)
    assert math.isnan(m["bad"].last) and math.isnan(m["bad"].min) and math.isnan(m["bad"].max)
    assert (m["wild"].last, m["wild"].min, m["wild"].max) == (2.0, -inf, inf)

    store.append(run_id, {"loss": make_series([3.0, -1.0], steps=[3, 4]), "bad": make_series([nan])})
    m = store.get_run(run_id).metrics
    assert (m["loss"].last, m["loss"].min, m["loss"].max, m["loss"].count) == (-1.0, -1.0, 3.0, 5)
    assert math.isnan(m["bad"].min) and m["bad"].count == 3
    assert [math.isnan(v) for v in store.read_metrics(run_id, ["loss"])["loss"].values] == [
        True, False, True, False, False]


FLOATS = st.floats(allow_nan=True, allow_infinity=True)
SPECIAL = [math.nan, math.inf, -math.inf, -0.0, 0.0, 1e308, -1e308, 5e-324, 2.2250738585072014e-308]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(FLOATS, min_size=1, max_size=40), cuts=st.lists(st.integers(0, 40), max_size=3))
@example(values=SPECIAL, cuts=[3, 6])
def test_any_float_survives_the_store_exactly(store, values, cuts):
    run_id = store.create_run(new_run())
    bounds = [0, *sorted(c for c in cuts if 0 < c < len(values)), len(values)]
    for start, end in zip(bounds, bounds[1:]):
        part = values[start:end]
        store.append(run_id, {"m": make_series(part, steps=part, times=part[::-1])})

    back = store.read_metrics(run_id)["m"]
    assert len(back) == len(values)
    assert all(same_float(a, b) for a, b in zip(back.values, values))
    assert all(same_float(a, b) for a, b in zip(back.steps, values))
    times = [t for start, end in zip(bounds, bounds[1:]) for t in values[start:end][::-1]]
    assert all(same_float(a, b) for a, b in zip(back.times, times))

    summary = store.get_run(run_id).metrics["m"]
    finite = [v for v in values if not math.isnan(v)]
    assert summary.count == len(values)
    # SQLite keeps a REAL with no fraction as an integer, so a summary's -0.0 reads back as 0.0.
    assert math.isnan(summary.last) if math.isnan(values[-1]) else summary.last == values[-1]
    assert (summary.min == min(finite)) if finite else math.isnan(summary.min)
    assert (summary.max == max(finite)) if finite else math.isnan(summary.max)


TEXT_EXAMPLES = ["", "\x00", "nul\x00inside", "ünïcødé", "日本語", "🧪🔥", "\u202eright-to-left",
                 "quote ' \" ; DROP TABLE runs; --", "line\nbreak\r\n", "\t" * 3]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text())
@example(text="\x00")
@example(text="nul\x00inside ünïcødé 🧪")
@example(text="quote ' \" ; DROP TABLE runs; --")
def test_any_text_survives_as_name_notes_tag_and_param(store, text):
    params = {"p": Param("p", text, text), "q": Param("q", 1.5, text)}
    run_id = store.create_run(new_run(text, notes=text, tags=[text], params=params, experiment=text))
    run = store.get_run(run_id)
    assert (run.name, run.notes, run.tags, run.experiment) == (text, text, [text], text)
    assert run.params == params


def test_text_examples_survive_renames_and_notes(store):
    run_id = store.create_run(new_run())
    for text in TEXT_EXAMPLES:
        store.rename_run(run_id, text)
        store.set_notes(run_id, text[::-1])
        run = store.get_run(run_id)
        assert (run.name, run.notes) == (text, text[::-1])


# --- logs ---------------------------------------------------------------------------------------


def test_log_chunks_come_back_in_arrival_order_per_stream_and_together(store):
    run_id = store.create_run(new_run())
    store.append(run_id, logs=[LogChunk("stdout", 0, b"out 1\n"), LogChunk("stderr", 0, b"err 1\n")])
    store.append(run_id, logs=[LogChunk("stdout", 6, b"\xff\xfe bytes \x00\n"),
                               LogChunk("stderr", 6, b"err 2 no newline")])

    both = store.read_logs(run_id)
    assert [(c.stream, c.offset) for c in both] == [
        ("stdout", 0), ("stderr", 0), ("stdout", 6), ("stderr", 6)]
    assert assemble_log(both) == b"out 1\nerr 1\n\xff\xfe bytes \x00\nerr 2 no newline"
    assert assemble_log(store.read_logs(run_id, ("stderr",))) == b"err 1\nerr 2 no newline"
    assert assemble_log(store.read_logs(run_id, ("stdout",))) == b"out 1\n\xff\xfe bytes \x00\n"
    assert store.log_totals(run_id) == {"stdout": 17, "stderr": 22}
    assert store.read_logs(store.create_run(new_run())) == []


def test_log_trims_delete_whole_chunks_inside_the_range_and_the_gap_is_marked(store):
    run_id = store.create_run(new_run())
    store.append(run_id, logs=[LogChunk("stdout", 0, b"head....\n"), LogChunk("stdout", 9, b"mid 1\n"),
                               LogChunk("stderr", 0, b"kept err\n"), LogChunk("stdout", 15, b"mid 2\n")])
    store.append(run_id, logs=[LogChunk("stdout", 21, b"tail\n")], log_trims={"stdout": (9, 21)})

    chunks = store.read_logs(run_id)
    assert [(c.stream, c.offset) for c in chunks] == [("stdout", 0), ("stderr", 0), ("stdout", 21)]
    assert assemble_log(chunks) == (
        b"head....\nkept err\n\n[expctl: 12 bytes of stdout omitted by the log cap]\ntail\n")
    assert store.log_totals(run_id) == {"stdout": 26, "stderr": 9}


def test_a_range_that_cuts_a_chunk_cuts_its_front(store):
    run_id = store.create_run(new_run())
    store.append(run_id, logs=[LogChunk("stdout", 0, b"0123456789")], log_trims={"stdout": (0, 5)})
    marker = b"\n[expctl: 5 bytes of stdout omitted by the log cap]\n"
    assert assemble_log(store.read_logs(run_id)) == marker + b"56789"


def test_a_chunk_whose_secrets_were_replaced_is_not_cut(store):
    run_id = store.create_run(new_run())
    chunk = LogChunk("stdout", 0, b"key=*** done", len(b"key=s3cr3tv4lu3 done"))
    store.append(run_id, logs=[chunk], log_trims={"stdout": (0, 5)})
    assert assemble_log(store.read_logs(run_id)) == b"key=*** done"


# --- finding runs -------------------------------------------------------------------------------


@pytest.fixture
def three(store):
    """Runs 1..3: alpha, beta, alpha (same name twice), with known uuids."""
    ids = [
        store.create_run(new_run("alpha", uuid="0a1b2c3d" + "0" * 24)),
        store.create_run(new_run("beta", uuid="0a1bffff" + "1" * 24)),
        store.create_run(new_run("alpha", uuid="9f8e7d6c" + "2" * 24)),
    ]
    assert ids == [1, 2, 3]
    return store


@pytest.mark.parametrize("ref, expected", [
    ("2", 2), (" 2 ", 2), ("last", 3), ("last~0", 3), ("last~1", 2), ("last~2", 1),
    ("beta", 2), ("0a1b2c", 1), ("0A1BFF", 2), ("9f8e", 3), ("9f8e7d6c" + "2" * 24, 3),
])
def test_resolve_run_reference_forms(three, ref, expected):
    assert resolve_run(three, ref) == expected


def test_an_ambiguous_name_lists_every_match(three):
    with pytest.raises(RunNotFound) as caught:
        resolve_run(three, "alpha")
    assert caught.value.message == "'alpha' is ambiguous: it matches runs 3 (alpha), 1 (alpha)"
    assert caught.value.hint == "use the run id"


def test_an_ambiguous_uuid_prefix_lists_every_match(three):
    with pytest.raises(RunNotFound) as caught:
        resolve_run(three, "0a1b")
    assert caught.value.message.startswith("'0a1b' is ambiguous: it matches runs 2 (0a1bffff")
    assert "1 (0a1b2c3d" in caught.value.message


@pytest.mark.parametrize("ref", ["gamma", "0a1", "zzzz", "alpha2", "0a1b2c3d" + "f" * 24])
def test_unknown_references_are_run_not_found(three, ref):
    with pytest.raises(RunNotFound) as caught:
        resolve_run(three, ref)
    assert caught.value.message == f"no run matches '{ref}'"
    assert "expctl list" in caught.value.hint


def test_a_malformed_last_reference_is_a_usage_error(three):
    with pytest.raises(UsageError) as caught:
        resolve_run(three, "last~x")
    assert caught.value.message == "bad run reference 'last~x'"


def test_an_unknown_numeric_id_is_run_not_found(three):
    with pytest.raises(RunNotFound) as caught:
        resolve_run(three, "99")
    assert caught.value.message == "no run matches '99'"


def test_last_beyond_the_oldest_run_is_run_not_found(three):
    with pytest.raises(RunNotFound) as caught:
        resolve_run(three, "last~3")
    assert caught.value.message == "there is no run last~3"


def test_last_in_an_empty_store_is_run_not_found(store):
    with pytest.raises(RunNotFound) as caught:
        resolve_run(store, "last")
    assert caught.value.message == "no runs recorded yet"


def test_get_run_of_a_missing_id_is_run_not_found(store):
    with pytest.raises(RunNotFound, match="no run with id 5"):
        store.get_run(5)


def test_list_runs_filters_newest_first(store):
    a = store.create_run(new_run(experiment="cifar", tags=["x", "y"]))
    b = store.create_run(new_run(experiment="mnist", tags=["x"]))
    c = store.create_run(new_run(experiment="cifar"))
    store.finish_run(b, "finished", 0, None, T0 + 1, {})

    def ids(**kw):
        return [run.id for run in store.list_runs(**kw)]

    assert ids() == [c, b, a]
    assert ids(experiment="cifar") == [c, a]
    assert ids(tags=["x"]) == [b, a]
    assert ids(tags=["x", "y"]) == [a]
    assert ids(statuses=["running"]) == [c, a]
    assert ids(statuses=["finished", "crashed"]) == [b]
    assert ids(limit=2) == [c, b]
    assert ids(experiment="nope") == []


def test_newest_first_and_last_go_by_start_time_with_the_id_breaking_ties(store):
    late = store.create_run(new_run(started_at=T0 + 10))
    early = store.create_run(new_run(started_at=T0))     # e.g. imported: a higher id, older
    tie_a = store.create_run(new_run(started_at=T0 + 5))
    tie_b = store.create_run(new_run(started_at=T0 + 5))
    assert [run.id for run in store.list_runs()] == [late, tie_b, tie_a, early]
    assert store.find_run_ids(limit=2) == [late, tie_b]
    assert find_run_ids(store, sort="params.nope", limit=3) == [late, tie_b, tie_a]
    assert [resolve_run(store, ref) for ref in ("last", "last~1", "last~2", "last~3")] == [
        late, tie_b, tie_a, early]
    assert store.recent_run_ids(2) == [late, tie_b]


def test_run_ids_are_never_reused_after_the_newest_runs_are_deleted(store):
    first = store.create_run(new_run())
    second = store.create_run(new_run())
    store.delete_runs([second])
    third = store.create_run(new_run())
    assert third > second > first
    store.delete_runs([first, third])
    assert store.create_run(new_run()) == third + 1
    doc = store.export_run(third + 1)
    store.delete_runs([third + 1])
    assert store.import_run(doc) == third + 2


# --- managing runs ------------------------------------------------------------------------------


TABLES_WITH_RUN_ID = ("params", "run_tags", "metric_chunks", "metric_summaries", "logs",
                      "log_streams", "run_git", "run_env")


def test_delete_runs_cascades_to_everything_recorded(store, store_path):
    def fill(run_id):
        store.append(run_id, {"loss": make_series([1.0, 0.5])}, [LogChunk("stdout", 0, b"x\n")])
        store.record_git(run_id, GitInfo("b" * 40, "main", False))
        store.record_env(run_id, {"packages": {"numpy": "2.0"}})

    doomed = store.create_run(new_run(tags=["t"], params={"lr": Param("lr", 0.1, "0.1")}))
    kept = store.create_run(new_run(tags=["t"], params={"lr": Param("lr", 0.2, "0.2")}))
    fill(doomed)
    fill(kept)

    assert store.delete_runs([doomed, 12345]) == 1

    db = raw(store_path)
    for table in TABLES_WITH_RUN_ID:
        counts = dict(db.execute(f"SELECT run_id, COUNT(*) FROM {table} GROUP BY run_id").fetchall())
        assert counts.keys() == {kept}, table
    assert db.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 1
    assert store.list_experiments()[0]["runs"] == 1
    assert store.get_run(kept).metrics["loss"].count == 2


def test_tags_rename_and_notes(store):
    run_id = store.create_run(new_run("old", tags=["a"]))
    store.add_tags(run_id, ["b", "a", "c"])
    store.remove_tags(run_id, ["c", "never-there"])
    store.rename_run(run_id, "new")
    store.set_notes(run_id, "why it matters")
    run = store.get_run(run_id)
    assert (run.tags, run.name, run.notes) == (["a", "b"], "new", "why it matters")
    assert resolve_run(store, "new") == run_id


def test_running_runs_and_mark_crashed(store):
    quiet = store.create_run(new_run(host="box", pid=111, pid_started=T0 - 1, started_at=T0))
    talking = store.create_run(new_run(host="box", pid=222, started_at=T0 + 10))
    elsewhere = store.create_run(new_run(host="other", pid=333))
    done = store.create_run(new_run(host="box", pid=444))
    store.finish_run(done, "finished", 0, None, T0 + 5, {})
    store.append(talking, {"loss": make_series([1.0, 0.9], times=[T0 + 20, T0 + 42.5])})

    assert sorted(store.running_runs("box")) == [(quiet, 111, T0 - 1), (talking, 222, None)]
    assert store.info().counts["running"] == 3

    store.mark_crashed([quiet, talking, done])

    def state(run_id):
        run = store.get_run(run_id)
        return run.status, run.ended_at

    assert state(quiet) == ("crashed", T0)
    assert state(talking) == ("crashed", T0 + 42.5)
    assert state(done) == ("finished", T0 + 5)
    assert state(elsewhere) == ("running", None)
    assert store.running_runs("box") == []


# --- concurrency --------------------------------------------------------------------------------

# A writer process: import, say ready, wait for the go line on stdin (so all of them start
# together), then create runs and append metrics in separate transactions.
WRITER = """
import sys, time, uuid
from array import array
from expctl.records import NewRun, Series
from expctl.store import open_store
path, k = sys.argv[1], int(sys.argv[2])
print("ready", flush=True)
sys.stdin.readline()
store = open_store(path)
for j in range(5):
    run_id = store.create_run(NewRun(uuid=uuid.uuid4().hex, name=f"w{k}-{j}", experiment=f"e{k % 3}",
                                     command=["x"], cwd="/", started_at=time.time(), host="h", user="u"))
    for batch in range(3):
        store.append(run_id, {"loss": Series(array("d", [batch, batch + 0.5]), array("d", [1.0, 2.0]),
                                             array("d", [k, j]))})
print("done", flush=True)
"""


def run_writers(path, count: int = 8) -> list[tuple[int, bytes, bytes]]:
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(k)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for k in range(count)
    ]
    try:
        for proc in procs:
            assert proc.stdout.readline() == b"ready\n"
        for proc in procs:
            proc.stdin.write(b"go\n")
            proc.stdin.close()
        return [(proc.wait(60), proc.stdout.read(), proc.stderr.read()) for proc in procs]
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def check_writers_results(path, results) -> None:
    assert [(code, out, err) for code, out, err in results] == [(0, b"done\n", b"")] * len(results)
    store = open_store(str(path))
    runs = store.list_runs()
    assert sorted(run.name for run in runs) == sorted(f"w{k}-{j}" for k in range(8) for j in range(5))
    assert {run.metrics["loss"].count for run in runs} == {6}
    assert [e["runs"] for e in store.list_experiments()] == [15, 15, 10]
    migrations = raw(path).execute("SELECT version FROM schema_migrations").fetchall()
    assert migrations == [(i + 1,) for i in range(len(MIGRATIONS))]


def test_many_writers_at_once_on_an_existing_store(store, store_path):
    store.close()
    check_writers_results(store_path, run_writers(store_path))


def test_many_writers_at_once_on_a_new_store(tmp_path):
    path = tmp_path / "fresh" / "runs.db"
    check_writers_results(path, run_writers(path))


def test_opening_a_store_waits_for_a_writer_that_holds_the_lock(store_path):
    """SQLite answers SQLITE_BUSY to PRAGMA journal_mode=WAL at once, without its busy handler,
    while another connection holds the write lock: the store must wait, not fail."""
    holder = raw(store_path)  # another process that is creating the same new store right now
    holder.execute("BEGIN IMMEDIATE")
    outcome: dict = {}

    def open_it():
        try:
            outcome["store"] = open_store(str(store_path))
        except StoreError as exc:
            outcome["error"] = exc.message

    opener = threading.Thread(target=open_it, daemon=True)
    opener.start()
    # Nothing can be polled for "blocked on the lock": give the opener a bounded window in which
    # a correct store keeps waiting and one without the retry has already failed (in ~10 ms).
    opener.join(0.5)
    holder.execute("COMMIT")
    opener.join(30)
    assert "error" not in outcome, outcome.get("error")
    assert outcome["store"].schema_version() == len(MIGRATIONS)


def test_the_version_and_table_checks_read_one_snapshot(store_path, monkeypatch):
    """Another process may migrate a new store at any moment: the two reads that tell a blank
    store from a foreign one must happen in one read transaction, so they see the same state."""
    real_connect = sqlite_conn.sqlite3.connect  # the stores' sqlite3 (its C half)
    statements: list[str] = []

    def traced_connect(*args, **kwargs):
        db = real_connect(*args, **kwargs)
        db.set_trace_callback(statements.append)
        return db

    monkeypatch.setattr(sqlite_conn.sqlite3, "connect", traced_connect)
    open_store(str(store_path)).close()
    first = [sql.split()[0].upper() + (" " + sql.split()[1] if "PRAGMA" in sql else "")
             for sql in statements[:4]]
    assert first == ["BEGIN", "PRAGMA user_version", "SELECT", "COMMIT"]


def test_the_recording_store_becomes_the_whole_store_when_asked_for_more(store_path):
    """`expctl run` opens the light RecordingStore (writes and maintenance only); a read it
    lacks (a job summary reads the run back) turns it into an SQLiteStore on the same
    connection, and the read answers."""
    from expctl.store.sqlite import SQLiteStore
    from expctl.store.sqlite_file import RecordingStore, open_for_recording

    store = open_for_recording(str(store_path))
    assert type(store) is RecordingStore
    run_id = store.create_run(new_run("light"))
    store.finish_run(run_id, "finished", 0, None, 2.0, {"peak_rss_mb": 1.5})
    [run] = store.get_runs([run_id])
    assert type(store) is SQLiteStore
    assert (run.name, run.status, run.resources["peak_rss_mb"]) == ("light", "finished", 1.5)
    with pytest.raises(AttributeError):
        store.no_such_method  # noqa: B018  (an attribute neither class has is still an error)


def test_the_recording_store_reports_store_errors_as_the_store_does(tmp_path):
    from expctl.store.sqlite_file import open_for_recording

    path = tmp_path / "not-a-store.db"
    path.write_bytes(b"this is not a database file" * 200)
    with pytest.raises(StoreError, match="not an expctl store or is corrupt"):
        open_for_recording(str(path))
