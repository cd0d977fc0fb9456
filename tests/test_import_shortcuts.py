"""The shortcuts `expctl import` takes for speed decide as the long ways do: series times
checked from their packed bytes, frames written and read without copies, series crossing the
workers' pipe as plain tuples and stored from their bytes, runs with equal envs sharing one env
object. The outcomes (ids, refused lines, skips, conflicts, stored bytes) are those of one
process, in SQLite and in PostgreSQL."""

from __future__ import annotations

import json
import math
import random
import sqlite3
import struct
import subprocess
import sys

import pytest

from expctl.store.rows import PackedSeries
from expctl.transfer import check
from expctl.transfer.check import MAX_TIME, Invalid, check_packed_times, check_series_times
from expctl.transfer.frames import read_frame
from expctl.transfer.import_workers import ImportWorkers
from expctl.transfer.lines import read_lines
from expctl.transfer.runs import _dump, encode_run, line_item

from .conftest import run_expctl
from .test_import_workers import _crafted_file, with_workers

_EDGES = [0.0, -0.0, 5e-324, -5e-324, 1e-300, -1.0, 1.7e9, 2.0 ** 33, math.nextafter(2.0 ** 33, 0),
          MAX_TIME, math.nextafter(MAX_TIME, math.inf), math.inf, -math.inf, math.nan, -math.nan]
_EDGES += [struct.unpack("<d", struct.pack("<Q", bits))[0]
           for bits in (0x7FF0000000000001, 0xFFF8000000000000, 0x7FF8000000000123, 0x4200000000000000)]


def _verdict(checker, *args) -> str:
    try:
        checker(*args)
    except Invalid as exc:
        return f"{exc.key}: {exc.problem}"
    return "valid"


def test_packed_times_get_the_verdict_and_message_of_the_value_by_value_check():
    rnd = random.Random(15)
    verdicts = set()
    for _ in range(5000):
        times = [rnd.choice(_EDGES) if rnd.random() < 0.2 else rnd.uniform(0, 4e9)
                 for _ in range(rnd.randint(0, 5))]
        if rnd.random() < 0.2:  # any float64 at all
            times.append(struct.unpack("<d", rnd.randbytes(8))[0])
        data = struct.pack(f"<{len(times)}d", *times)
        packed = _verdict(check_packed_times, "m", data)
        assert packed == _verdict(check_series_times, "m", times), times
        assert _verdict(check_packed_times, "m", bytearray(data)) == packed
        verdicts.add(packed)
    assert verdicts == {"valid", "metrics['m'].times: holds a time that is not a date between 1970 and 9999"}


def test_a_frame_crosses_a_pipe_whole_however_large():
    """Frames from a child process: one far larger than a pipe holds, then small ones."""
    code = ("import sys; from expctl.transfer.frames import write_frame\n"
            "write_frame(1, ('big', bytes(range(256)) * 20000, list(range(1000))))\n"
            "write_frame(1, ('small', None)); write_frame(1, ())\n")
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    try:
        fd = child.stdout.fileno()
        assert read_frame(fd) == ("big", bytes(range(256)) * 20000, list(range(1000)))
        assert read_frame(fd) == ("small", None)
        assert read_frame(fd) == ()
        assert read_frame(fd) is None  # the end of the pipe
    finally:
        child.stdout.close()
        assert child.wait(timeout=60) == 0


def test_workers_hand_on_the_runs_one_process_decodes(db_path, tmp_path):
    source = _crafted_file(db_path, tmp_path)
    with open(source, encoding="utf-8", errors="surrogateescape") as stream:
        lines = list(read_lines(stream, 1 << 20))  # (number, text or size), as a worker reads them
    workers = ImportWorkers(str(source), "f", 1, False, 2)
    try:
        items = list(workers.items())
    finally:
        workers.close()
    assert items[-1] == (len(lines), None)
    assert len(items) == len(lines)  # every line after the header, then the count
    runs = 0
    for (number, item), (at, line) in zip(items, lines[1:]):
        alone = line_item(at, line, "f", 1, False)
        assert number == at
        if item is not None and item[0] == "run" and isinstance(item[1], dict):
            assert alone[0] == "run"
            assert _dump(encode_run(item[1])) == _dump(encode_run(alone[1]))  # NaN != NaN
            runs += 1
            for series in item[1]["metrics"].values():
                assert type(series) is PackedSeries
                # marshal's bytes: the compiled writer binds them where they lie, and the
                # sqlite3 path makes them bytearrays first (store/sqlite_import.py)
                assert {type(column) for column in series[1:]} == {bytes}
        else:
            assert item == alone
    assert runs == 25


def _with_envs(db_path, tmp_path):
    """The crafted file (refused lines, a skip, a conflict) with envs: most runs share one text,
    some have another (other packages), one the first with its keys in another order, one none."""
    source = _crafted_file(db_path, tmp_path)
    first = {"python": {"version": "3.11.7"}, "host": "h", "memory_total_mb": 512,
             "packages": {"numpy": "1.26", "torch": "2.1"}}
    other = dict(first, packages={"numpy": "2.0"})
    turned = dict(reversed(list(first.items())))
    lines = source.read_text().splitlines()
    for i, line in enumerate(lines[1:], 1):
        try:
            doc = json.loads(line)
        except ValueError:
            continue
        if isinstance(doc, dict) and "env" in doc:
            doc["env"] = None if i == 4 else other if i % 5 == 0 else turned if i == 6 else first
            lines[i] = json.dumps(doc)
    source.write_text("\n".join(lines) + "\n")
    return source


def _outcome(source, store: str, run) -> tuple:
    done = run("import", str(source), "--max-line-mb", "1", "--db", store)
    back = run_expctl("export", "--db", store)
    assert back.returncode == 0, back.stderr
    envs = [(doc["uuid"], doc["env"]) for doc in map(json.loads, back.stdout.splitlines()[1:])]
    return done.returncode, done.stdout, done.stderr.replace(store.encode(), b"S"), envs


def test_runs_sharing_an_env_keep_each_their_env_and_ids_follow_the_file(db_path, tmp_path):
    source = _with_envs(db_path, tmp_path)
    expected = {}
    for line in source.read_text().splitlines()[1:]:
        try:
            doc = json.loads(line)
        except ValueError:
            continue
        if isinstance(doc, dict) and "env" in doc:
            expected.setdefault(doc["uuid"], doc["env"])  # the first line of a uuid is stored
    outcomes = {}
    for name, run in (("alone", run_expctl), ("workers", with_workers)):
        store = str(tmp_path / name / "store.db")
        outcomes[name] = _outcome(source, store, run)
        with sqlite3.connect(store) as db:
            ids = db.execute("SELECT id, uuid FROM runs ORDER BY id").fetchall()
            kinds = db.execute("SELECT DISTINCT typeof(steps), typeof(times), typeof(vals)"
                               " FROM metric_chunks").fetchall()
            sets = db.execute("SELECT COUNT(*) FROM package_sets").fetchone()[0]
        assert [i for i, _ in ids] == list(range(1, 24))  # added runs, numbered in file order
        outcomes[name] += (ids,)
        assert kinds == [("blob", "blob", "blob")]
        assert sets == 2
    alone, workers = outcomes["alone"], outcomes["workers"]
    assert b"imported 23 runs, skipped 1 already present, 1 conflict, refused 3 bad lines" in alone[1]
    assert [uuid for uuid, _ in alone[3]] == [uuid for _, uuid in alone[4]]
    for uuid, env in alone[3]:
        assert env == expected[uuid]
    assert workers == alone


def test_postgres_imports_the_shared_envs_and_bytearrays_as_sqlite_does(db_path, tmp_path, pg_url):
    pytest.importorskip("psycopg")
    source = _with_envs(db_path, tmp_path)
    on_sqlite = _outcome(source, str(tmp_path / "target.db"), with_workers)
    on_postgres = _outcome(source, pg_url, with_workers)
    assert on_postgres[0] == on_sqlite[0] == 1
    assert on_postgres[1] == on_sqlite[1]
    assert on_postgres[3] == on_sqlite[3]


def test_a_remembered_env_is_handed_back_for_an_equal_text_only():
    check._CHECKED_ENVS.clear()
    env = {"host": "h", "memory_total_mb": 1}
    assert check._check_free_objects(env, None) is env
    same = json.loads(json.dumps(env))
    assert check._check_free_objects(same, None) is env
    for different in ({"memory_total_mb": 1, "host": "h"}, {"host": "h", "memory_total_mb": 1.0},
                      {"host": "h", "memory_total_mb": 2}):
        assert check._check_free_objects(different, None) is different


def test_a_remembered_env_is_handed_back_only_for_an_env_of_the_same_values_and_types():
    """The key (marshal's bytes) tells apart what == does not: bool and int, -0.0 and 0.0, and
    the same inside lists and nested objects."""
    check._CHECKED_ENVS.clear()
    env = {"cpu": {"count": 1, "flags": [0.0, "a"]}, "gpus": [{"name": "g", "memory_mb": 1}]}
    assert check._check_free_objects(env, None) is env
    assert check._check_free_objects(json.loads(json.dumps(env)), None) is env
    for different in ({"cpu": {"count": True, "flags": [0.0, "a"]}, "gpus": [{"name": "g", "memory_mb": 1}]},
                      {"cpu": {"count": 1, "flags": [-0.0, "a"]}, "gpus": [{"name": "g", "memory_mb": 1}]},
                      {"cpu": {"count": 1, "flags": [0.0, "a"]}, "gpus": [{"name": "g", "memory_mb": 1.0}]}):
        assert different == env
        assert check._check_free_objects(different, None) is different


_ODD_VALUES = [None, True, False, 0, 1, -1, 2 ** 63, -(2 ** 63) - 1, 2 ** 63 - 1, 0.5, -0.0, math.nan,
               math.inf, -math.inf, 1e300, "", " ", "x", "nan", "inf", "é", "\ud800", "a" * 5000, [], {}]


def _varied(rng: random.Random, good: dict, odd: list) -> dict:
    """`good` with each key kept (its value or one of its choices), made odd, or left out."""
    out = {}
    for key, value in good.items():
        roll = rng.random()
        if roll < 0.6:
            out[key] = rng.choice(value) if isinstance(value, list) else value
        elif roll < 0.95:
            out[key] = rng.choice(odd)
    return out


def test_a_param_or_summary_let_through_at_once_is_one_the_full_checks_let_through():
    """check._plain_param and _plain_summary (the fast paths) accept nothing the full checks
    refuse: over params and summaries made of odd values, key by key."""
    rng = random.Random(15)
    param = {"name": "lr", "type": ["int", "float", "str", "bool"], "value": [1, 1.5, "x", 0, 1.0],
             "text": "1", "source": "argv"}
    summary = {"last": 1.0, "min": 0.5, "max": 2.0, "count": 3, "last_step": 3.0, "last_time": 1.7e9}
    odd = _ODD_VALUES + [1.7e9, MAX_TIME, MAX_TIME * 2, 3, 1.5]
    accepted = 0
    for _ in range(6000):
        varied = _varied(rng, param, odd)
        if check._plain_param(varied, set()):
            accepted += 1
            check._check_params_fully([varied])  # raises Invalid if the fast path was wrong
        varied = _varied(rng, summary, odd)
        if check._plain_summary(varied):
            accepted += 1
            check._check_summary("summaries['acc']", varied)
    assert accepted > 500
    names: set = set()
    assert check._plain_param({"name": "lr", "type": "int", "value": 1, "text": "1", "source": "argv"}, names)
    assert not check._plain_param({"name": "lr", "type": "int", "value": 2, "text": "2", "source": "argv"}, names)


def test_a_series_let_through_at_once_is_one_the_full_checks_let_through_with_the_same_bytes():
    """check._plain_columns (the fast path of _check_metrics) takes exactly the series the full
    checks take, with the same columns: over series made of odd values, key by key."""
    import base64

    rng = random.Random(16)
    two = base64.b64encode(bytes(range(16))).decode("ascii")
    series = {"n": [2, 1, 0], "steps": [two, "", "AAAAAAAAAAA=", two + "\n"], "times": two, "values": two}
    odd = _ODD_VALUES + [two, "AAAA", "====", two[:-1] + "=", 2, 2.0]
    decode = check.strict_decoder()
    taken = 0
    for _ in range(6000):
        varied = _varied(rng, series, odd)
        fast = check._plain_columns(varied, decode)
        try:
            full = check._check_metrics({"m": varied}, {})["m"]
        except check.Invalid:
            full = None
        assert fast == full, varied
        taken += fast is not None
    assert taken > 50  # 87 with this seed
