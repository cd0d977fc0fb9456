"""The import fuzzer, fast variant (`python bench/fuzz_import.py` runs the long one): valid
export lines, mutated one key or one character at a time, imported into a real store; then
every read command on that store. Nothing may raise a traceback, a refused line must leave
the store as it was, and an accepted one must not break any read command."""

from __future__ import annotations

import json
import shutil
import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ..conftest import py, run_expctl
from .hostile import invoke, mutate, mutate_text, quick_read_commands

EXAMPLES = 30
CHILD = ("import sys; print('epoch: 1 loss: 0.5 acc: 0.7'); print('epoch: 2 loss: 0.25 acc: 0.8');"
         " print('warn', file=sys.stderr)")


def make_export(folder) -> tuple[str, list[str]]:
    """A real store with two runs (params, metrics, both streams, tags, notes, an artifact),
    exported: (header line, run lines)."""
    (folder / "out").mkdir()
    (folder / "out" / "w.bin").write_bytes(b"weights")
    for lr in ("0.1", "0.2"):
        done = run_expctl("run", "-q", "-t", "t1", "--note", "n", "--artifact", "out/*", "--",
                          *py(CHILD), "--lr", lr, cwd=folder)
        assert done.returncode == 0, done.stderr
    lines = run_expctl("export").stdout.decode().splitlines()
    return lines[0], lines[1:]


def fresh_copy(source, db) -> None:
    """`db` as a copy of the checkpointed store `source`, with no write-ahead log of its own."""
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    shutil.copy(source, db)


def checkpoint(db) -> None:
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def count_runs(db) -> int:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT COUNT(*) FROM runs").fetchone()[0]


def test_mutated_exports_never_raise_a_traceback_nor_break_the_store(isolated, tmp_path):
    head, lines = make_export(isolated)
    target = tmp_path / "target.db"
    assert run_expctl("run", "-q", "--db", str(target), "--", *py(CHILD), "--lr", "0.3").returncode == 0
    checkpoint(target)
    tally = {"tried": 0, "accepted": 0, "crashes": [], "broken": []}

    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(st.randoms(use_true_random=False), st.integers(0, len(lines) - 1), st.booleans())
    def one(rnd, which, textual):
        doc = json.loads(lines[which])
        doc["uuid"] = f"{rnd.getrandbits(128):032x}"
        text = mutate_text(json.dumps(doc), rnd) if textual else json.dumps(mutate(doc, rnd))
        path = tmp_path / "mutated.jsonl"
        path.write_bytes((head + "\n" + text + "\n").encode("utf-8", "surrogatepass"))
        tally["tried"] += 1
        # A new file each time: the CLI called in this process may still hold the last one open.
        db = tmp_path / f"work-{tally['tried']}.db"
        fresh_copy(target, db)
        outcome = invoke(["import", str(path)], str(db))
        if outcome.crash:
            tally["crashes"].append((text[:300], outcome.crash))
            return
        if outcome.code != 0:
            assert count_runs(db) == 1, outcome
            return
        tally["accepted"] += 1
        for args in quick_read_commands([1, 2]):
            read = invoke(args, str(db))
            if read.crash:
                tally["broken"].append((text[:300], args, read.crash))

    one()
    print(f"\nimport fuzzer: {tally['tried']} inputs tried, {tally['accepted']} accepted, "
          f"{len(tally['crashes'])} tracebacks, {len(tally['broken'])} read commands broken")
    for found in tally["crashes"] + tally["broken"]:
        print(*found, sep="\n")
    assert tally["crashes"] == [] and tally["broken"] == []
    assert tally["tried"] >= EXAMPLES
