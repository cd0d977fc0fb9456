"""The import's compiled writer (expctl/store/_bulk_insert.c) stores exactly what the sqlite3
path stores: the same rows, values and types in every table, on random exports with odd values;
and it leaves to sqlite3 every value it does not bind itself, raising sqlite3's own errors."""

from __future__ import annotations

import base64
import json
import math
import os
import random
import sqlite3
import struct

import pytest

from expctl.store import open_store, sqlite_import
from expctl.transfer.runs import decode_run

from .conftest import py, run_expctl

compiled = pytest.importorskip("expctl.store._bulk_insert")
pytestmark = pytest.mark.skipif(sqlite_import._compiled_writer()[0] is None,
                                reason="the compiled writer is not used with this Python's sqlite3")

ODD_TEXT = ["", " ", "é", "\x00inside", "日本語", "emoji \U0001f600", "tab\tand\nnewline", "x" * 3000]
INT64 = (-(2 ** 63), 2 ** 63 - 1)


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    """An export line of a real run (logs, git, env, params, a metric), parsed."""
    folder = tmp_path_factory.mktemp("recorded")
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("EXPCTL_")},
           "EXPCTL_DB": str(folder / "store.db"), "HOME": str(folder), "NO_COLOR": "1"}
    done = run_expctl("run", "-q", "-t", "t", "--", *py(
        "import sys\nfor i in range(3): print(f'step: {i} loss: {1 / (i + 1)}')\n"
        "print('warn', file=sys.stderr)"), "--lr", "0.1", env=env, cwd=folder)
    assert done.returncode == 0, done.stderr
    exported = run_expctl("export", env=env, cwd=folder)
    assert exported.returncode == 0, exported.stderr
    return json.loads(exported.stdout.decode().splitlines()[1])


def _column(values: list[float]) -> str:
    return base64.b64encode(struct.pack(f"<{len(values)}d", *values)).decode("ascii")


def _series(rnd: random.Random) -> dict:
    n = rnd.choice([0, 1, 2, 39, 40, 41, 100, 250])
    steps = [float(i) for i in range(n)]
    times = [1.7e9 + i for i in range(n)]
    values = [rnd.choice([rnd.random(), -0.0, math.nan, math.inf, -math.inf, 1e308, 5e-324]) for _ in range(n)]
    return {"n": n, "steps": _column(steps), "times": _column(times), "values": _column(values)}


def _param(rnd: random.Random, name: str) -> dict:
    kind = rnd.choice(["int", "float", "bool", "str"])
    value = {"int": lambda: rnd.choice([0, -1, *INT64, 2 ** 31]),
             "float": lambda: rnd.choice([0.5, -0.0, 1e-300, "nan", "inf", "-inf", 3]),
             "bool": lambda: rnd.choice([0, 1, True, False]),
             "str": lambda: rnd.choice(ODD_TEXT)}[kind]()
    return {"name": name, "type": kind, "value": value, "text": str(value), "source": rnd.choice(["argv", "explicit"])}


def odd_run(base: dict, rnd: random.Random, number: int) -> dict:
    """An export line (parsed) that is valid but odd in many of its keys."""
    doc = json.loads(json.dumps(base))
    doc["uuid"] = f"{rnd.getrandbits(128):032x}"
    doc["name"] = rnd.choice([None, *ODD_TEXT[2:]])
    doc["experiment"] = rnd.choice(["default", "é", "exp two"])
    doc["notes"] = rnd.choice(ODD_TEXT)
    doc["exit_code"] = rnd.choice([None, 0, 1, -(2 ** 31), 2 ** 31 - 1])
    doc["signal"] = rnd.choice([None, 9, 255])
    doc["pid"] = rnd.choice([None, 0, 2 ** 31 - 1])
    doc["resources"] = rnd.choice([None, {}, {"max_rss_mb": 1.5, "cpu_s": None}])
    doc["tags"] = rnd.sample(["a", "b", "é", "tag with space", "x" * 200], rnd.randrange(4))
    names = rnd.sample(["lr", "seed", "é", "a.b", "x" * 100, "opt"], rnd.randrange(6))
    doc["params"] = [_param(rnd, name) for name in names]
    doc["overridden_params"] = [dict(_param(rnd, name), source="config") for name in names[:rnd.randrange(3)]]
    doc["metrics"] = {name: _series(rnd) for name in rnd.sample(["loss", "acc", "é", "m/x"], rnd.randrange(5))}
    doc["summaries"] = {name: {"last": rnd.choice([None, 0.5]), "min": None, "max": rnd.choice([None, 1e308]),
                               "count": rnd.choice([0, 7, INT64[1]]), "last_step": rnd.choice([None, 3.0]),
                               "last_time": rnd.choice([None, 1.7e9])} for name in doc["metrics"]}
    if rnd.random() < 0.3:
        doc["git"] = None
    elif doc["git"] is not None:
        doc["git"].update(patch=rnd.choice([None, "", "+ é\x00"]), dirty=rnd.random() < 0.5,
                          untracked=rnd.choice([[], ["a", "é"]]))
    if rnd.random() < 0.3:
        doc["env"] = None
    data = [b"", b"\x00\xff", "é\n".encode() * 50]
    doc["logs"] = [{"seq": seq, "stream": rnd.choice(["stdout", "stderr"]), "offset": 0, "size": len(chunk),
                    "data": base64.b64encode(chunk).decode("ascii")}
                   for seq, chunk in enumerate(rnd.sample(data, rnd.randrange(4)))]
    doc["log_streams"] = rnd.choice([{}, {"stdout": 0}, {"stdout": INT64[1], "stderr": 3}])
    return doc


def _content(path) -> list[str]:
    """Every row of every table, with each value's SQLite type (iterdump quotes by type); not
    when the store's migrations were applied."""
    db = sqlite3.connect(path)
    try:
        return [line for line in db.iterdump() if not line.startswith('INSERT INTO "schema_migrations"')]
    finally:
        db.close()


def _import(path, docs: list[dict], monkeypatch, compiled_writer: bool) -> None:
    writers = sqlite_import._compiled_writer() if compiled_writer else (None, None)
    monkeypatch.setattr(sqlite_import, "_insert_rows", writers[0])
    monkeypatch.setattr(sqlite_import, "_insert_chunks", writers[1])
    store = open_store(str(path))
    for at in range(0, len(docs), 7):  # several batches, each of several tables' rows
        store.import_runs(docs[at:at + 7])
    store.db.close()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_compiled_writer_stores_what_sqlite3_stores_on_random_odd_exports(recorded, tmp_path, monkeypatch, seed):
    rnd = random.Random(seed)
    lines = [odd_run(recorded, rnd, number) for number in range(60)]
    docs = [decode_run(json.loads(json.dumps(line)), f"odd:{n}", packed=True) for n, line in enumerate(lines)]
    _import(tmp_path / "compiled.db", docs, monkeypatch, compiled_writer=True)
    _import(tmp_path / "reference.db", docs, monkeypatch, compiled_writer=False)
    content = _content(tmp_path / "compiled.db")
    assert sum(line.startswith('INSERT INTO "metric_chunks"') for line in content) > 60
    assert sum(line.startswith('INSERT INTO "runs"') for line in content) == 60
    assert content == _content(tmp_path / "reference.db")


@pytest.fixture
def scratch(tmp_path):
    db = sqlite3.connect(tmp_path / "scratch.db", isolation_level=None)
    db.execute("CREATE TABLE t (a, b UNIQUE)")
    yield db
    db.close()


ONE, MANY = "INSERT OR ROLLBACK INTO t VALUES (?,?)", "INSERT OR ROLLBACK INTO t VALUES (?,?),(?,?),(?,?)"


def _stored(db) -> list[tuple]:
    return db.execute("SELECT typeof(a), quote(a), typeof(b), quote(b) FROM t ORDER BY rowid").fetchall()


def test_values_are_bound_as_sqlite3_binds_them(scratch):
    values = [None, 0, -1, *INT64, True, False, 0.5, -0.0, math.nan, math.inf, -math.inf, "", "é\x00x",
              "\U0001f600", b"", b"\x00\x01", bytearray(b""), bytearray(b"\xff" * 9)]
    rows = [(value, n) for n, value in enumerate(values)]
    assert compiled.insert_rows(scratch, ONE, MANY, 3, rows) is True
    mine = _stored(scratch)
    scratch.execute("DELETE FROM t")
    scratch.executemany(ONE, rows)
    assert mine == _stored(scratch)
    assert mine[15][:2] == ("blob", "X''") and mine[3][:2] == ("integer", str(INT64[0]))
    assert mine[9][:2] == ("null", "NULL")  # a NaN, as sqlite3 binds it


@pytest.mark.parametrize("odd", [2 ** 63, -(2 ** 63) - 1, "\ud800", 1.5j, [1], {"a": 1}, memoryview(b"x"),
                                 type("Sub", (float,), {})(1.0), type("Sub", (str,), {})("s")])
def test_a_value_it_does_not_bind_leaves_the_rows_to_sqlite3_with_nothing_written(scratch, odd):
    rows = [(1, 1), (2, 2), (3, 3), (odd, 4)]
    assert compiled.insert_rows(scratch, ONE, MANY, 3, rows) is False
    assert _stored(scratch) == []


def test_rows_of_another_width_or_another_object_than_a_connection_are_left_to_sqlite3(scratch):
    assert compiled.insert_rows(scratch, ONE, MANY, 3, [(1, 2, 3)]) is False
    assert compiled.insert_rows(scratch, ONE, MANY, 3, [[1, 2]]) is False
    assert compiled.insert_rows("not a connection", ONE, MANY, 3, [(1, 2)]) is False
    assert compiled.insert_rows(scratch, "INSERT INTO nowhere VALUES (?)", MANY, 3, [(1,)]) is False
    assert _stored(scratch) == []


def test_a_failing_row_raises_sqlite3s_error_and_rolls_the_transaction_back(scratch):
    scratch.execute("BEGIN")
    scratch.execute("INSERT INTO t VALUES (0, 'taken')")
    rows = [(1, "a"), (2, "b"), (3, "c"), (4, "taken"), (5, "e")]
    with pytest.raises(sqlite3.IntegrityError) as mine:
        compiled.insert_rows(scratch, ONE, MANY, 3, rows)
    assert not scratch.in_transaction
    scratch.execute("BEGIN")
    scratch.execute("INSERT INTO t VALUES (0, 'taken')")
    with pytest.raises(sqlite3.IntegrityError) as theirs:
        scratch.execute(ONE, rows[3])
    assert str(mine.value) == str(theirs.value) == "UNIQUE constraint failed: t.b"


def test_rows_in_whole_statements_and_a_remainder_keep_their_order(scratch):
    rows = [(n, f"v{n}") for n in range(11)]
    assert compiled.insert_rows(scratch, ONE, MANY, 3, rows) is True
    assert scratch.execute("SELECT a, b FROM t ORDER BY rowid").fetchall() == rows


CHUNKS_ONE = "INSERT OR ROLLBACK INTO c VALUES (?,?,?,?,?,?,?)"


def test_series_are_cut_into_the_rows_chunk_rows_makes(tmp_path):
    """insert_chunks against sqlite_write.chunk_rows (the Python cut), series of every length
    around the row size, columns of bytes or bytearray, one column shorter than n values."""
    from expctl.store.rows import PackedSeries
    from expctl.store.sqlite_write import chunk_rows

    db = sqlite3.connect(tmp_path / "chunks.db", isolation_level=None)
    db.execute("CREATE TABLE c (run_id, name, seq, n, steps, times, vals)")
    rnd = random.Random(5)
    series = []
    for n in (1, 2, 3, 4, 5, 7, 8, 9, 40):
        columns = [bytes(rnd.randrange(256) for _ in range(8 * n)) for _ in range(3)]
        columns[1] = bytearray(columns[1])
        if n == 9:
            columns[2] = columns[2][:20]  # shorter than its n: slices as Python's come out short
        series.append((n, "m/é", n % 3, 4, n, *columns))
    many = "INSERT OR ROLLBACK INTO c VALUES " + ",".join(["(?,?,?,?,?,?,?)"] * 3)
    assert compiled.insert_chunks(db, CHUNKS_ONE, many, 3, series) is True
    mine = db.execute("SELECT typeof(steps), * FROM c ORDER BY rowid").fetchall()
    db.execute("DELETE FROM c")
    for run_id, name, seq, per_row, n, *columns in series:
        db.executemany(CHUNKS_ONE, chunk_rows(run_id, name, seq, PackedSeries(n, *columns), per_row))
    assert mine == db.execute("SELECT typeof(steps), * FROM c ORDER BY rowid").fetchall()
    assert len(mine) == 1 + 1 + 1 + 1 + 2 + 2 + 2 + 3 + 10
    db.close()


@pytest.mark.parametrize("odd", [(1, "m", 0, 0, 1, b"", b"", b""), (1, "m", 0, 4, 0, b"", b"", b""),
                                 (1, "m", 0, 4, 1, b"x" * 8, b"x" * 8, "text"), (1, "m", 0, 4, 1, b"x" * 8),
                                 (1, "m", 0.0, 4, 1, b"x" * 8, b"x" * 8, b"x" * 8), [1, "m", 0, 4, 1, b"", b"", b""]])
def test_a_series_of_another_shape_is_left_to_the_python_cut(tmp_path, odd):
    db = sqlite3.connect(tmp_path / "chunks.db", isolation_level=None)
    db.execute("CREATE TABLE c (run_id, name, seq, n, steps, times, vals)")
    fine = (1, "m", 0, 4, 1, b"x" * 8, b"y" * 8, b"z" * 8)
    assert compiled.insert_chunks(db, CHUNKS_ONE, CHUNKS_ONE, 1, [fine, odd]) is False
    assert db.execute("SELECT COUNT(*) FROM c").fetchone()[0] == 0
    db.close()


def test_the_writer_is_taken_only_where_sqlite3_calls_the_same_sqlite_library(tmp_path):
    import _json
    import _sqlite3

    assert compiled.same_library(_sqlite3.__file__) is True  # the module-level check passed
    assert compiled.same_library(_json.__file__) is False  # loaded, but no SQLite of its own
    assert compiled.same_library(str(tmp_path / "not-loaded.so")) is False
