"""The compiled run lines (expctl.transfer._metrics_json.run_lines, from an SQLite store's rows:
Store.export_rows) are byte for byte the reference encoder's lines (runs._dump(runs.encode_run
(doc))) on random stores with odd content: NaN and infinities, huge and tiny floats, -0.0,
names and text that JSON escapes or that are not ASCII, runs without git, env, resources,
metrics or name, tags, logs, overridden params, origins, artifacts, untracked files. A batch
the compiled writer cannot take is written the Python way, or stops with the store's error."""

from __future__ import annotations

import math
import random
import sqlite3
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expctl.errors import StoreError
from expctl.models import GitInfo, Param, ParamOrigin
from expctl.records import LogChunk, NewRun, Series
from expctl.store import open_store
from expctl.transfer import export, runs
from expctl.transfer.export import _encode, encoded_runs, run_line

compiled = pytest.importorskip("expctl.transfer._metrics_json")

_ODD_TEXT = 'ab_/.:"\\\x00\x1f\x7f\n\t é€😀'
_FLOATS = (0.0, -0.0, 0.1, 1 / 3, 1e16, 1e-5, 1e308, -1.7976931348623157e308, 5e-324, 123456789.125,
           math.inf, -math.inf, math.nan, 2.0 ** 53 + 1, 99.0, -5.0, 9999999999999998.0, 1e16,
           -1e16 + 2, 2.0 ** 53, 1e15 + 0.5)


def _text(rng: random.Random, most: int = 6) -> str:
    return "".join(rng.choice(_ODD_TEXT) for _ in range(rng.randrange(most + 1)))


def _number(rng: random.Random, finite: bool = False):
    value = rng.choice((*_FLOATS, rng.random() * 10 ** rng.randrange(-30, 30), rng.randrange(-10 ** 12, 10 ** 12)))
    return value if not finite or math.isfinite(value) else 0.5


def _random_store(path: str, seed: int, n_runs: int = 45) -> tuple:
    """A store of runs of random, odd content; some rows written by SQL (values the API does
    not write but the store's checks accept)."""
    rng = random.Random(seed)
    store = open_store(path)
    ids = []
    for i in range(n_runs):
        params = {}
        for _ in range(rng.randrange(4)):
            name = _text(rng) or "p"
            value = rng.choice((_number(rng), True, False, _text(rng), rng.randrange(-5, 5)))
            params[name] = Param(name, value, _text(rng), rng.choice(("argv", "explicit")))
        if rng.random() < 0.5:
            params["lr"] = Param("lr", _number(rng), "lr", "argv")
        run = store.create_run(NewRun(
            uuid=f"{seed:08x}{i:024x}", name=rng.choice((None, _text(rng))), experiment=_text(rng) or "e",
            command=[_text(rng) for _ in range(rng.randrange(1, 4))], cwd="/w" + _text(rng),
            started_at=1e9 + rng.random() * 1e8, host=_text(rng), user=_text(rng),
            pid=rng.choice((None, 4242)), pid_started=rng.choice((None, 1e9 + 0.25)),
            tags=sorted({_text(rng) or "t" for _ in range(rng.randrange(3))}), notes=_text(rng, 20),
            params=params))
        if rng.random() < 0.3:
            store.add_params(run, [Param("lr", _number(rng), "x", "explicit")],
                             [ParamOrigin("config", "cfg.yaml" + _text(rng), 1, rng.choice((None, _text(rng))))])
        metrics = {}
        for _ in range(rng.randrange(4)):
            n = rng.choice((0, 1, 3, 100, 700))
            metrics[_text(rng) or "m"] = Series(array("d", range(n)), array("d", [1e9 + k for k in range(n)]),
                                               array("d", [_number(rng) for _ in range(n)]))
        logs = [LogChunk("stdout", 0, bytes(rng.randrange(256) for _ in range(rng.randrange(40))))] \
            if rng.random() < 0.4 else []
        if metrics or logs:
            store.append(run, {k: v for k, v in metrics.items() if len(v.values)}, logs)
        if rng.random() < 0.7:
            store.record_git(run, GitInfo(rng.choice((None, "ab" * 20)), rng.choice((None, "main")),
                                          rng.random() < 0.5, rng.choice((None, "https://h/r")), "/w",
                                          rng.choice((None, "diff\n" + _text(rng))), rng.random() < 0.2,
                                          [_text(rng) or "f" for _ in range(rng.randrange(3))]))
        if rng.random() < 0.7:
            store.record_env(run, {"host": rng.choice(("a", "b")), "cpu": {"count": 8},
                                   "packages": rng.choice(({}, {"numpy": "2.1", "é": "1"}))})
        if rng.random() < 0.8:
            store.finish_run(run, rng.choice(("finished", "failed")), rng.choice((0, 1, None)), None,
                             1e9 + 2e8, {"cpu_s": _number(rng, finite=True), "max_rss_mb": rng.choice((None, 3))})
        if rng.random() < 0.2:
            store.add_artifacts(run, [{"path": "out/" + rng.choice(("a", "é", "b c")), "size": 3, "sha256": "0" * 64}])
        ids.append(run)
    db = sqlite3.connect(path)
    with db:  # what the checks accept and only SQL writes: a float param stored as text or NULL,
        # summaries of infinities and NULLs, resources holding a NaN, huge integers
        db.execute("UPDATE params SET value = 'inf' WHERE run_id = ? AND type = 'float'", (ids[0],))
        db.execute("INSERT INTO params VALUES (?, 'null', 'float', NULL, 'nan', 'argv')", (ids[1],))
        db.execute("INSERT INTO params VALUES (?, 'big', 'int', ?, 'big', 'argv')", (ids[2], -2 ** 63))
        db.execute("INSERT INTO metric_summaries VALUES (?, 'odd', 1e999, -1e999, NULL, 0, NULL, NULL)", (ids[3],))
        db.execute("UPDATE runs SET resources = '{\"cpu_s\": NaN, \"x\": 1e400}' WHERE id = ?", (ids[4],))
        db.execute("UPDATE runs SET exit_code = ?, pid_started = 7 WHERE id = ?", (2 ** 63 - 1, ids[5]))
    db.close()
    return store, ids


# What each random store's lines hold (the test would pass without them, and prove less)
_FEATURES = (b'"inf"', b'"nan"', b"NaN", b"Infinity", b"\\u0000", b'"overridden_params":[{',
             b'"param_origins":[{', b'"artifacts":[{', b'"logs":[{', b'"log_streams":{"',
             b'"untracked":["', b'"git":null', b'"env":null', b'"resources":null',
             b"-9223372036854775808", b'"metrics":{}', b"5e-324", b"1e+16", b"-0.0", b'"name":null',
             "😀".encode(), b'"tags":["', b'"packages":{"numpy')


def _reference(store, ids: list[int]) -> list[bytes]:
    return [runs._dump(runs.encode_run(doc)).encode() for doc in store.export_runs(ids)]


@pytest.fixture(params=["tables read in C", "tables read by the store"])
def reading(request, monkeypatch):
    """Both ways run_lines gets the many-row tables: read from the store's file with its own
    connection (the SQL of Store.export_rows with sql_tables), or as the store's rows."""
    if request.param == "tables read by the store":
        monkeypatch.setattr(export, "_open_reader", None)
    return request.param


def _all_compiled(store, ids) -> bool:
    """Every batch written by run_lines (none fell back to the Python path)."""
    reader = export._reader(store)
    return all(export._rows_lines(rows, reader) is not None
               for rows in store.export_rows(ids, sql_tables=reader is not None))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_compiled_lines_are_the_reference_lines_on_a_random_store(tmp_path, seed, reading):
    store, ids = _random_store(str(tmp_path / "s.db"), seed)
    assert (export._reader(store) is not None) == (reading == "tables read in C")
    assert _all_compiled(store, ids)
    reference = _reference(store, ids)
    assert [feature for feature in _FEATURES if feature not in b"".join(reference)] == []
    assert list(encoded_runs(store, ids)) == reference
    assert [run_line(doc) for doc in store.export_runs(ids, packed=True)] == reference
    # any order, ids repeated or with no run, batches cut anywhere
    order = [ids[5], 10 ** 6, *ids[::-1], ids[5]]
    assert list(encoded_runs(store, order)) == _reference(store, order)
    store.close()


def test_runs_in_batches_of_several_reads_are_the_reference_lines(tmp_path, monkeypatch, reading):
    from expctl.store import sqlite_transfer

    store, ids = _random_store(str(tmp_path / "s.db"), 4, n_runs=30)
    monkeypatch.setattr(sqlite_transfer, "EXPORT_BATCH", 7)
    assert list(encoded_runs(store, ids)) == _reference(store, ids)
    store.close()


@pytest.mark.parametrize("damage, message", [
    ("UPDATE params SET value = 'x' WHERE run_id = {run} AND type = 'float'", "param"),
    ("UPDATE metric_chunks SET times = x'00' WHERE run_id = {run}", "metric"),
    ("UPDATE runs SET command = 'not json' WHERE id = {run}", "command"),
    ("UPDATE run_git SET untracked = '[1]' WHERE run_id = {run}", "git untracked"),
    ("UPDATE metric_summaries SET count = 'x' WHERE run_id = {run}", "count"),
])
def test_a_damaged_run_is_the_stores_error_as_before(tmp_path, damage, message, reading):
    path = str(tmp_path / "s.db")
    store = open_store(path)
    run = store.create_run(NewRun(uuid="a" * 32, name=None, experiment="e", command=["x"], cwd="/w",
                                  started_at=1e9, host="h", user="u",
                                  params={"lr": Param("lr", 0.5, "0.5", "argv")}))
    store.append(run, {"m": Series(array("d", [0.0]), array("d", [1e9]), array("d", [1.0]))})
    store.record_git(run, GitInfo("ab" * 20, "main", False, untracked=["f"]))
    db = sqlite3.connect(path)
    with db:
        db.execute(damage.format(run=run))
    db.close()
    with pytest.raises(StoreError, match=rf"run {run} in .* is damaged: .*{message}"):
        list(encoded_runs(store, [run]))
    store.close()


@pytest.mark.parametrize("damage", [
    "UPDATE params SET name = CAST(x'ff' AS TEXT) WHERE run_id = {run}",      # not UTF-8
    "UPDATE metric_chunks SET name = CAST(x'eda080' AS TEXT) WHERE run_id = {run}",  # a surrogate
    "UPDATE run_tags SET tag = x'00' WHERE run_id = {run}",                   # a blob
    "UPDATE metric_summaries SET name = CAST(x'c0af' AS TEXT) WHERE run_id = {run}",  # overlong
])
def test_text_sqlite3_cannot_decode_fails_as_the_python_path_fails(tmp_path, damage, reading):
    path = str(tmp_path / "s.db")
    store = open_store(path)
    run = store.create_run(NewRun(uuid="a" * 32, name=None, experiment="e", command=["x"], cwd="/w",
                                  started_at=1e9, host="h", user="u", tags=["t"],
                                  params={"lr": Param("lr", 0.5, "0.5", "argv")}))
    store.append(run, {"m": Series(array("d", [0.0]), array("d", [1e9]), array("d", [1.0]))})
    db = sqlite3.connect(path)
    with db:
        db.execute(damage.format(run=run))
    db.close()
    with pytest.raises(Exception) as python_path:
        [run_line(doc) for doc in store.export_runs([run], packed=True)]
    with pytest.raises(type(python_path.value)) as compiled_path:
        list(encoded_runs(store, [run]))
    assert str(compiled_path.value) == str(python_path.value)
    store.close()


_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2 ** 70, 2 ** 70) | st.floats() | st.sampled_from(_FLOATS)
    | st.text(st.sampled_from(_ODD_TEXT)),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(st.sampled_from(_ODD_TEXT)), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=400, deadline=None)
@given(st.lists(_VALUES, min_size=1, max_size=3))
def test_a_value_is_written_as_the_json_module_writes_it(values):
    layout = tuple((b'{"v":' if i == 0 else b',"v%d":' % i, 0, ()) for i in range(len(values)))
    [line] = compiled.run_lines([1], layout, [[v] for v in values])
    expected = b"{" + b",".join(b'"v%s":' % (str(i).encode() if i else b"") + _encode(v).encode()
                                for i, v in enumerate(values)) + b"}\n"
    assert line == expected


def test_floats_are_written_as_repr_writes_them():
    """The compiled short repr (_float_repr.c) against float's own, on doubles of every kind:
    random bits, decimals and their neighbours, powers of ten and their neighbours, dyadic
    fractions, timestamps (bench/float_repr.py checks millions more)."""
    rng = random.Random(5)
    xs = [rng.random(), 0.1, 0.3, 2 / 3, 1e-4, 9.999999999999999e-05, 1e14, 99999999999999.98,
          0.30000000000000004, 1.7e9 + 0.123456, 5e-324, 2.0 ** -17]
    for _ in range(20_000):
        x = rng.choice((rng.random() * 10 ** rng.randrange(-6, 16),
                        round(rng.random() * 10 ** rng.randrange(0, 12), rng.randrange(0, 9)),
                        rng.randrange(1, 10 ** 7) / 2 ** rng.randrange(1, 45),
                        float(f"{rng.randrange(1, 10 ** rng.randrange(1, 17))}e{rng.randrange(-20, 15)}")))
        xs += [x, -x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
    [line] = compiled.run_lines([1], ((b'{"v":', 0, ()),), [[xs]])
    assert line == b'{"v":' + _encode(xs).encode() + b"}\n"


@pytest.mark.parametrize("value", [b"bytes", object(), {1: "a key that is not text"}, "\udcff"])
def test_a_value_json_cannot_hold_as_written_is_an_error_not_a_line(value):
    with pytest.raises((TypeError, ValueError)):
        compiled.run_lines([1], ((b'{"v":', 0, ()),), [[value]])
