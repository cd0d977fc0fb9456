"""Import defers SQLite's automatic checkpoints and makes its own (transfer.import_writer): an
import killed part-way still leaves a consistent store holding its committed batches, and a
finished import leaves a store file that is whole without its write-ahead log."""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
import subprocess

import pytest

from expctl.transfer import import_writer, runs

from .conftest import expctl_argv, py, run_expctl, wait_for


@pytest.fixture
def exported(isolated):
    """An export of two real runs with metrics: (header line, run lines)."""
    for lr in ("0.1", "0.2"):
        code = "for i in range(30): print(f'step: {i} loss: {1 / (i + 1)} acc: {i / 30}')"
        done = run_expctl("run", "-q", "-t", "t", "--", *py(code), "--lr", lr)
        assert done.returncode == 0, done.stderr
    assert run_expctl("export", "-o", "runs.jsonl").returncode == 0
    lines = (isolated / "runs.jsonl").read_text().splitlines(keepends=True)
    return lines[0], lines[1:]


def _copies(lines: list[str], runs_wanted: int) -> list[str]:
    """`runs_wanted` run lines: copies of the exported ones, each under a uuid of its own."""
    many = []
    for i in range(runs_wanted):
        doc = json.loads(lines[i % len(lines)])
        doc["uuid"] = f"{i:05x}" + doc["uuid"][5:]
        many.append(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n")
    return many


def _count_runs(path) -> int:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT COUNT(*) FROM runs").fetchone()[0]
    except sqlite3.OperationalError:  # the import has not made the store's tables yet
        return 0
    finally:
        db.close()


def test_an_import_killed_part_way_leaves_a_consistent_store_with_its_whole_batches(exported, isolated):
    """The child reads stdin: two batches are written and committed, the third waits for lines
    that never come; killed then, the store holds the first two batches (SQLite's integrity
    check, `info`, `check` and `list` read it), and a second import adds the rest."""
    head, lines = exported
    wanted = 2 * runs.IMPORT_BATCH_RUNS + 200
    text = head + "".join(_copies(lines, wanted))
    target = isolated / "target.db"
    child = subprocess.Popen(expctl_argv("import", "-", "--db", str(target)), stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        child.stdin.write(text.encode())
        child.stdin.flush()  # stdin stays open: the child waits for more
        wait_for(lambda: _count_runs(target) == 2 * runs.IMPORT_BATCH_RUNS, timeout=60)
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()  # the child this test started (already dead after the SIGKILL)
        child.communicate()
    assert child.returncode == -signal.SIGKILL
    for command in (("info",), ("check", f"1..{2 * runs.IMPORT_BATCH_RUNS}", "--metric", "acc", "--min", "0")):
        done = run_expctl(*command, "--db", str(target))
        assert done.returncode == 0, done.stderr
    listed = json.loads(run_expctl("list", "--all", "-f", "json", "--db", str(target)).stdout)
    assert sorted(run["id"] for run in listed) == list(range(1, 2 * runs.IMPORT_BATCH_RUNS + 1))
    db = sqlite3.connect(target)
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    db.close()
    (isolated / "all.jsonl").write_text(text)
    again = run_expctl("import", "all.jsonl", "--db", str(target))
    assert again.returncode == 0, again.stderr
    assert again.stdout == (f"imported 200 runs, skipped {2 * runs.IMPORT_BATCH_RUNS} "
                            "already present\n").encode()


def test_a_finished_import_leaves_the_store_file_whole_without_its_log(exported, isolated, monkeypatch):
    """Many batches and checkpoints part-way (every 3 runs' points), the store left open: the
    store file copied alone (no -wal) holds every run."""
    from expctl.store import open_store

    head, lines = exported
    many = _copies(lines, 40)
    (isolated / "many.jsonl").write_text(head + "".join(many))
    monkeypatch.setattr(runs, "IMPORT_BATCH_RUNS", 3)
    monkeypatch.setattr(import_writer, "CHECKPOINT_POINTS", 7 * 60)  # a checkpoint every 3rd batch or so
    store = open_store(str(isolated / "many.db"))
    report = runs.ImportReport()
    with runs.open_source(str(isolated / "many.jsonl")) as stream:
        runs.import_runs(store, runs.read_export(stream, "many.jsonl"), "many.jsonl", report)
    assert (report.added, report.refused) == (40, [])
    shutil.copyfile(isolated / "many.db", isolated / "alone.db")  # the file alone, as people copy it
    assert _count_runs(isolated / "alone.db") == 40
    exported_again = run_expctl("export", "--db", str(isolated / "alone.db"), "-o", "-")
    assert sorted(exported_again.stdout.decode().splitlines(keepends=True)[1:]) == sorted(many)
    store.close()
