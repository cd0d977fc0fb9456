"""Import as the batched, threaded writer does it (expctl.transfer.runs._Writer): a uuid that
repeats within one file, a file of many batches, and the checks' shortcuts (a valid env
remembered by its JSON text) letting through nothing the full checks refuse."""

from __future__ import annotations

import json
import os

import pytest

from expctl.errors import ExpctlError
from expctl.transfer import runs
from expctl.transfer.runs import decode_run

from .conftest import py, run_expctl


def expctl(*args: str, **kwargs):
    result = run_expctl(*args, **kwargs)
    return result.returncode, result.stdout.decode(), result.stderr.decode()


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """An export of two real runs, recorded once for the module: (header line, run lines)."""
    home = tmp_path_factory.mktemp("exported")
    env = {**os.environ, "EXPCTL_DB": str(home / "store.db"), "HOME": str(home)}
    for lr in ("0.1", "0.2"):
        done = run_expctl("run", "-q", "-t", "t", "--", *py("print('step: 1 loss: 0.5')"), "--lr", lr,
                          env=env, cwd=home)
        assert done.returncode == 0, done.stderr
    assert expctl("export", "-o", "runs.jsonl", env=env, cwd=home)[0] == 0
    lines = (home / "runs.jsonl").read_text().splitlines(keepends=True)
    return lines[0], lines[1:]


def test_a_uuid_repeated_within_one_file_is_skipped_when_equal_and_a_conflict_when_not(exported, isolated):
    head, lines = exported
    changed = json.loads(lines[0])
    changed["notes"] = "another note"
    text = head + lines[0] + lines[1] + lines[0] + json.dumps(changed) + "\n"
    (isolated / "twice.jsonl").write_text(text)
    code, out, err = expctl("import", "twice.jsonl", "--db", "other.db")
    assert out == "imported 2 runs, skipped 1 already present, 1 conflict\n"
    assert code == 1
    uuid = changed["uuid"]
    assert err.splitlines()[0] == (f"conflict: twice.jsonl:5 run {uuid} differs from run 1 in "
                                   "the store (notes); kept the stored one")
    listed = json.loads(expctl("list", "--all", "-f", "json", "--db", "other.db")[1])
    assert len(listed) == 2


def test_many_batches_import_every_run_in_file_order_and_export_the_same_lines(exported, isolated,
                                                                               monkeypatch):
    """Batches of 3 runs in-process: the writer thread merges them one after another."""
    head, lines = exported
    many = []
    for i in range(20):  # 40 runs: new uuids, the rest as exported
        for line in lines:
            doc = json.loads(line)
            doc["uuid"] = f"{i:02x}" + doc["uuid"][2:]
            many.append(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n")
    (isolated / "many.jsonl").write_text(head + "".join(many))
    monkeypatch.setattr(runs, "IMPORT_BATCH_RUNS", 3)
    from expctl.store import open_store

    store = open_store(str(isolated / "many.db"))
    report = runs.ImportReport()
    with runs.open_source(str(isolated / "many.jsonl")) as stream:
        runs.import_runs(store, runs.read_export(stream, "many.jsonl"), "many.jsonl", report)
    assert (report.added, report.skipped, report.conflicts, report.refused) == (40, 0, [], [])
    ids = [row[0] for row in store.db.execute("SELECT id FROM runs ORDER BY id")]
    assert ids == list(range(1, 41))
    assert [runs._dump(runs.encode_run(doc)) for doc in store.export_runs(ids)] == many


def _many(head: str, lines: list[str], copies: int) -> list[str]:
    """`copies` copies of the exported runs' lines, each copy under new uuids."""
    many = []
    for i in range(copies):
        for line in lines:
            doc = json.loads(line)
            doc["uuid"] = f"{i:02x}" + doc["uuid"][2:]
            many.append(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n")
    return many


def test_rows_in_multi_row_inserts_and_their_remainder_import_whole_and_in_order(exported, isolated,
                                                                                monkeypatch):
    """One batch of 22 runs, 3 rows to an INSERT: every table gets whole statements and a
    remainder (22 runs, 66 metric rows...), and the runs export as the file holds them."""
    from expctl.store import open_store, sqlite_import

    head, lines = exported
    many = _many(head, lines, 11)
    (isolated / "many.jsonl").write_text(head + "".join(many))
    monkeypatch.setattr(sqlite_import, "ROWS_PER_INSERT", 3)
    store = open_store(str(isolated / "many.db"))
    report = runs.ImportReport()
    with runs.open_source(str(isolated / "many.jsonl")) as stream:
        runs.import_runs(store, runs.read_export(stream, "many.jsonl"), "many.jsonl", report)
    assert (report.added, report.refused) == (22, [])
    ids = [row[0] for row in store.db.execute("SELECT id FROM runs ORDER BY id")]
    assert [runs._dump(runs.encode_run(doc)) for doc in store.export_runs(ids)] == many


def test_an_sqlite_binding_few_values_a_statement_gets_smaller_inserts(exported, isolated):
    """Under a limit of 20 values a statement (SQLite before 3.32 allows 999), runs (17
    columns) go in one a statement, their tags (2) ten: the same runs come back."""
    from expctl.store import open_store
    from expctl.store.sqlite_conn import sqlite3

    head, lines = exported
    many = _many(head, lines, 33)  # 66 runs: more than an INSERT's 64 rows
    store = open_store(str(isolated / "few.db"))
    store.db.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 20)
    ids = store.import_runs([decode_run(json.loads(line), "t", packed=True) for line in many])
    assert [runs._dump(runs.encode_run(doc)) for doc in store.export_runs(ids)] == many


def test_a_batch_that_fails_part_way_leaves_nothing_of_it_and_foreign_keys_on(exported, isolated,
                                                                               monkeypatch):
    """A run whose uuid is stored already (as when another process adds it between the check
    and the write) fails the batch's transaction: none of the batch's rows stay, foreign keys
    are checked again afterwards, and the next batch goes in."""
    from expctl.errors import StoreError
    from expctl.store import open_store, sqlite_import

    head, lines = exported
    docs = [decode_run(json.loads(line), "t", packed=True) for line in _many(head, lines, 3)]
    monkeypatch.setattr(sqlite_import, "ROWS_PER_INSERT", 2)
    store = open_store(str(isolated / "fail.db"))
    store.import_runs(docs[:1])
    tables = ("runs", "params", "metric_chunks", "metric_summaries", "run_git", "run_env", "logs")

    def counts():
        return [store.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in tables]

    before = counts()
    with pytest.raises(StoreError, match="UNIQUE constraint failed: runs.uuid"):
        store.import_runs(docs[1:5] + docs[:1])  # the last run's uuid is stored
    assert counts() == before
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert not store.db.in_transaction
    assert len(store.import_runs(docs[1:])) == 5
    assert counts()[0] == 6


def test_a_remembered_valid_env_lets_no_equal_but_invalid_one_through(exported):
    _, lines = exported
    doc = json.loads(lines[0])
    for good, bad in ((1, True), (2.0 ** 70, 2 ** 70)):  # equal in Python, not both valid
        doc["env"]["memory_total_mb"] = good
        decode_run(json.loads(json.dumps(doc)), "t")  # valid: remembered
        doc["env"]["memory_total_mb"] = bad
        with pytest.raises(ExpctlError, match="env.memory_total_mb"):
            decode_run(json.loads(json.dumps(doc)), "t")


def test_a_metric_column_is_accepted_exactly_when_b64decode_validate_accepts_it():
    """check._packed decodes with binascii's strict mode: the same verdicts (and bytes) as
    base64.b64decode(validate=True), over every short text of a few telling characters."""
    import base64
    import binascii
    import itertools

    from expctl.transfer.check import Invalid, _packed

    texts = ["".join(t) for n in range(10) for t in itertools.product("AQ/=", repeat=n)]
    texts += ["AAAAAAAAAAA=", "AAAAAAAAAAA= ", " AAAAAAAAAAA", "AAAA\nAAAAAAA", "AAAAAAAAAAé=",
              "AAAA-AAAAAA=", "AAAAAAAAAA_=", "AAAAAAAAAAA=====", "AAAAAAAAAAAA", None, 5]
    for text in texts:
        try:
            expected = base64.b64decode(text, validate=True) if isinstance(text, str) else None
        except (binascii.Error, ValueError):
            expected = None
        n = len(expected) // 8 if expected is not None else 0
        if expected is None or len(expected) % 8:
            with pytest.raises(Invalid):
                _packed("m", {"n": n, "steps": text}, "steps")
        else:
            assert _packed("m", {"n": n, "steps": text}, "steps") == expected
