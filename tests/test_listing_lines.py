"""`list -f json` from an SQLite file, written by the compiled listing_lines
(expctl/transfer/_listing_lines.c): the bytes of the Python path (render.listing's
listing_json_lines over Store.iter_listing) on random stores with odd values (names json
escapes, unicode, NaN and infinities, runs without metrics, params or tags, a run still
running, one that ended before it started), batch by batch; a batch it does not take (a
param the listing retypes, long notes, a damaged row) raises, so the Python path writes it or
says what is damaged; and the whole command's output is the Python path's, byte for byte."""

from __future__ import annotations

import json
import random
import sqlite3
from array import array

import pytest

from .conftest import run_expctl
from expctl.models import Param
from expctl.records import NewRun, Series
from expctl.render.listing import listing_json_lines
from expctl.store import open_store
from expctl.transfer.listing_lines import batch_writer

pytest.importorskip("expctl.transfer._metrics_json")
T0 = 1_700_000_000.0
ODD_TEXT = ["a", "\u00e9t\u00e9", "q\"uote", "back\\slash", "tab\there", "new\nline", "\x00\x1f\x7f",
            "\u2764\ufe0f", "\U0001f600", "", " ", "/", "\u2028"]
ODD_FLOATS = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 1e-300, 5e-324, 1e16, 1e22, 123456789.123,
              2.0**53, 1e-5, 99.0, float("nan"), float("inf"), float("-inf")]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(ODD_TEXT) for _ in range(rng.randint(0, 3)))


def _param(rng: random.Random, name: str) -> Param:
    kind = rng.choice(["int", "float", "str"])
    if kind == "int":
        value: object = rng.choice([0, -1, 7, 2**62, -(2**63)])
    elif kind == "float":
        value = rng.choice([x for x in ODD_FLOATS if x == x and abs(x) != float("inf")])
    else:
        value = _text(rng)
    return Param(name, value, str(value), rng.choice(["argv", "cli"]))


def _series(rng: random.Random) -> Series:
    n = rng.randint(1, 4)
    values = [rng.choice(ODD_FLOATS) if rng.random() < 0.5 else rng.uniform(-1e6, 1e6) for _ in range(n)]
    return Series(array("d", range(n)), array("d", [T0] * n), array("d", values))


def _fill(store, rng: random.Random, runs: int) -> list[int]:
    """`runs` random runs, of values listing_lines writes itself (a bool param, a NaN one: see
    test_a_batch_it_does_not_take_raises)."""
    ids = []
    for _ in range(runs):
        names = {_text(rng) or f"p{k}" for k in range(rng.randint(0, 4))}
        run_id = store.create_run(NewRun(
            uuid=f"{rng.getrandbits(128):032x}", name=rng.choice([None, _text(rng)]),
            experiment=rng.choice(["e", _text(rng) or "x"]),
            command=[_text(rng) for _ in range(rng.randint(0, 3))], cwd=_text(rng),
            started_at=T0 + rng.choice([0.0, 0.0005, 0.9999, 0.001, rng.random() * 1e6]),
            host=_text(rng), user=_text(rng), tags=sorted({_text(rng) or "t" for _ in range(rng.randint(0, 3))}),
            notes=_text(rng), params={name: _param(rng, name) for name in names}))
        metrics = {_text(rng) or f"m{k}": _series(rng) for k in range(rng.choice([0, 0, 1, 3]))}
        if metrics:
            store.append(run_id, metrics)
        if rng.random() < 0.8:  # the rest are still running: no end, no resources
            ended = store.get_run(run_id).started_at + rng.choice([0.0, 2.5, 1e5, -3.0])
            used = {key: rng.choice([None, 1, 2.5, 1e300, -0.0]) for key in rng.sample(["cpu_s", "max_rss_mb", "\u00e9"], 2)}
            store.finish_run(run_id, rng.choice(["finished", "failed"]), rng.choice([0, 1, None]),
                             rng.choice([None, 9]), ended, used)
        ids.append(run_id)
    return ids


def _python_lines(store, ids: list[int]) -> list[str]:
    return list(listing_json_lines(store.iter_listing(ids, len(ids) or 1)))


def _compiled(store, ids: list[int]) -> bytes:
    write = batch_writer(store, 1)
    assert write is not None
    return write(ids)


@pytest.mark.parametrize("seed", range(6))
def test_each_batch_is_the_python_paths_bytes(db_path, seed):
    rng = random.Random(seed)
    store = open_store(str(db_path))
    ids = _fill(store, rng, 40)
    orders = [ids[::-1], ids, rng.sample(ids, 25), [ids[3], 10_000, ids[0]], ids[5:9], [10_001]]
    for order in orders:  # newest first (a range), oldest first, any order, missing ids
        expected = ",\n  ".join(_python_lines(store, order)).encode()
        assert _compiled(store, order) == expected


def test_runs_deleted_from_a_range_are_left_out(db_path):
    store = open_store(str(db_path))
    ids = _fill(store, random.Random(7), 12)
    store.delete_runs([ids[0], ids[4], ids[-1]])
    assert _compiled(store, ids[::-1]) == ",\n  ".join(_python_lines(store, ids[::-1])).encode()


@pytest.mark.parametrize(("statement", "why"), [
    ("UPDATE params SET type = 'bool', value = 1", "a param the listing retypes"),
    ("UPDATE params SET type = 'float', value = NULL WHERE name = 'zz'", "a NaN param, kept as NULL"),
    ("UPDATE runs SET notes = printf('%.5000c', 'n')", "notes longer than the preview"),
    ("UPDATE metric_summaries SET last = 'x'", "a damaged summary"),
    ("UPDATE runs SET command = '[\"a\", 1]'", "a command that is not words"),
    ("UPDATE runs SET resources = '{\"incomplete\": true}'", "resources the listing checks row by row"),
    ("UPDATE runs SET uuid = x'00' WHERE id = 2", "a damaged run row"),
    ("UPDATE run_tags SET tag = x'00' WHERE tag = 't'", "a tag that is not text"),
])
def test_a_batch_it_does_not_take_raises(db_path, statement, why):
    store = open_store(str(db_path))
    ids = _fill(store, random.Random(3), 10)
    store.close()
    damage(db_path, ids[0], statement)
    store = open_store(str(db_path))
    with pytest.raises(ValueError):
        _compiled(store, ids)


def damage(db_path, run_id: int, statement: str) -> None:
    """Run `statement` on the store as some other program would, after giving run `run_id` a
    tag and a param for it to damage."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT OR IGNORE INTO run_tags VALUES (?, 't')", (run_id,))
        conn.execute("INSERT OR IGNORE INTO params VALUES (?, 'zz', 'int', 1, '1', 'cli')", (run_id,))
        conn.execute(statement)
    conn.close()


def test_list_json_is_the_python_paths_output(db_path):
    """The command, through the compiled path where it can and the Python path for a batch it
    cannot (a bool param in the second of three batches of 1,000), writes what the Python path
    writes for every run, in the listing's order (newest first: random start times, so the
    batches are not ranges of ids)."""
    store = open_store(str(db_path))
    _fill(store, random.Random(11), 2100)
    store.close()
    listed = run_expctl("list", "--all", "-f", "ids")
    order = [int(line) for line in listed.stdout.split()]
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT OR REPLACE INTO params VALUES (?, 'flag', 'bool', 1, 'true', 'cli')", (order[1500],))
    conn.close()
    store = open_store(str(db_path))
    assert _compiled(store, order[:1000]) and _compiled(store, order[2000:])  # the compiled path's
    with pytest.raises(ValueError):
        _compiled(store, order[1000:2000])
    result = run_expctl("list", "--all", "-f", "json")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == "[\n  " + ",\n  ".join(_python_lines(store, order)) + "\n]\n"
    assert [run["id"] for run in json.loads(result.stdout)] == order


@pytest.mark.parametrize("started", [0.0, 0.5, 1.0 - 2**-53, 1.0 - 2**-40, 59.9995, 86399.999, 951782400.0,
                                     1_700_000_000.123456, 253402300798.999, 253402300799.0])
def test_times_are_written_as_iso_time_writes_them(db_path, started):
    store = open_store(str(db_path))
    ids = _fill(store, random.Random(1), 3)
    store.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE runs SET started_at = ?, ended_at = min(? + 1.25, 253402300799.0)"
                     " WHERE id != ?", (started, started, ids[0]))
    conn.close()
    store = open_store(str(db_path))
    assert _compiled(store, ids) == ",\n  ".join(_python_lines(store, ids)).encode()

