"""An export written by worker processes (expctl.transfer.export_workers) is byte for byte the
one-process export, to a file and to a pipe, whatever the number of workers and chunks; a
damaged run stops it with the one-process error (naming the earliest damaged run) and leaves
no file; a worker that dies is an error too, never a short file taken for a whole one."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from array import array

import pytest

from expctl.errors import ExpctlError, StoreError
from expctl.records import NewRun, Series
from expctl.store import open_store
from expctl.transfer import export_workers
from expctl.transfer.export import write_export

from .conftest import run_expctl, wait_for
from .test_export_lines import T0, _odd_store


def _store(path) -> tuple[object, list[int]]:
    """The odd runs of test_export_lines, then 20 more of one to three series each."""
    store, ids = _odd_store(str(path))
    for i in range(20):
        run = store.create_run(NewRun(uuid=f"{i:032x}", name=f"r{i}", experiment="e",
                                      command=["x", str(i)], cwd="/w", started_at=T0 + 10 + i,
                                      host="h", user="u"))
        steps = array("d", range(i + 1))
        store.append(run, {f"m{j}": Series(steps, array("d", [T0 + s for s in steps]),
                                           array("d", [s * j / 7 for s in steps]))
                           for j in range(1 + i % 3)})
        store.finish_run(run, "finished", 0, None, T0 + 40 + i, {"cpu_s": i / 4})
        ids.append(run)
    return store, ids


def _out(tmp_path):
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    return out


def _export(store, ids, target, workers: int, monkeypatch) -> bytes:
    monkeypatch.setattr(export_workers, "worker_count", lambda store, n: workers)
    write_export(store, ids, str(target))
    data = target.read_bytes()
    return data[data.index(b"\n") + 1:]  # the runs, without the header (it holds the time)


@pytest.mark.parametrize("workers,chunk", [(2, 1), (2, 4), (3, 2), (5, 7), (2, 100)])
def test_workers_write_the_one_process_bytes(db_path, tmp_path, monkeypatch, workers, chunk):
    store, ids = _store(db_path)
    ids = ids[::-1]  # any order: the file keeps the one asked for
    out = _out(tmp_path)
    one = _export(store, ids, out / "one.jsonl", 1, monkeypatch)
    monkeypatch.setattr(export_workers, "CHUNK_RUNS", chunk)
    many = _export(store, ids, out / "many.jsonl", workers, monkeypatch)
    assert len(one.splitlines()) == 23
    assert many == one
    assert sorted(p.name for p in out.iterdir()) == ["many.jsonl", "one.jsonl"]
    store.close()


def test_workers_write_to_a_pipe_in_order(db_path, tmp_path):
    """Through the real CLI, to a pipe, with the worker threshold lowered to 1 run."""
    store, ids = _store(db_path)
    store.close()
    code = ("import os, sys; from expctl.transfer import export_workers as w; w.MIN_RUNS = 1; "
            "w.CHUNK_RUNS = 2; os.sched_getaffinity = lambda pid: {0, 1, 2}; "
            "from expctl.cli import main; sys.argv = ['expctl', 'export', '--db', sys.argv[1]]; main()")
    piped = subprocess.run([sys.executable, "-c", code, str(db_path)], capture_output=True)
    assert piped.returncode == 0, piped.stderr
    alone = run_expctl("export", "--db", str(db_path))
    assert alone.returncode == 0, alone.stderr
    assert piped.stdout.split(b"\n", 1)[1] == alone.stdout.split(b"\n", 1)[1]
    assert len(piped.stdout.splitlines()) == 24


@pytest.mark.parametrize("damaged_runs", [(9,), (9, 4), (23,)])
def test_a_damaged_run_stops_the_workers_with_its_error_and_no_file(db_path, tmp_path, monkeypatch,
                                                                     damaged_runs):
    store, ids = _store(db_path)
    store.close()
    with sqlite3.connect(db_path) as db:
        for run_id in damaged_runs:
            db.execute("UPDATE metric_chunks SET times = x'00' WHERE run_id = ?", (run_id,))
    store = open_store(str(db_path))
    monkeypatch.setattr(export_workers, "CHUNK_RUNS", 2)
    first = min(damaged_runs)
    out = _out(tmp_path)
    for workers in (1, 3):
        target = out / "runs.jsonl"
        with pytest.raises(StoreError, match=rf"run {first} in .* is damaged: metric 'm\d'"):
            _export(store, ids, target, workers, monkeypatch)
        assert list(out.iterdir()) == []
    store.close()


def test_a_worker_that_dies_is_an_error_not_a_short_file(db_path, tmp_path, monkeypatch):
    store, ids = _store(db_path)
    monkeypatch.setattr(export_workers, "CHUNK_RUNS", 2)
    real = export_workers._encode_and_write

    def dies_in_worker_1(store, run_ids, fd, w, *rest):
        if w == 1:
            os.kill(os.getpid(), 9)  # this worker process, which the test started
        real(store, run_ids, fd, w, *rest)

    monkeypatch.setattr(export_workers, "_encode_and_write", dies_in_worker_1)
    with pytest.raises(ExpctlError, match=r"worker processes stopped before the end \(killed by signal 9\)"):
        _export(store, ids, _out(tmp_path) / "runs.jsonl", 2, monkeypatch)
    assert list(_out(tmp_path).iterdir()) == []
    store.close()


BLOCKED_EXPORT = """
import os, sys, pathlib
from expctl.transfer import export, export_workers as w
ready = pathlib.Path(sys.argv[2])
def blocked(*args, **kwargs):  # a write that never ends: the export waits here for its signal
    (ready / str(os.getpid())).touch()
    os.read(os.pipe()[0], 1)
if sys.argv[3] == "workers":
    w.MIN_RUNS, w.CHUNK_RUNS = 1, 1
    os.sched_getaffinity = lambda pid: {0, 1, 2}
    w._encode_and_write = blocked
else:
    export._write_all = blocked
from expctl.cli import main
sys.argv = ["expctl", "export", "--db", sys.argv[1], "-o", str(ready.parent / "out.jsonl")]
main()
"""


@pytest.mark.parametrize("how", ["workers", "one process"])
def test_sigterm_leaves_no_partial_file_and_no_worker(db_path, tmp_path, how):
    """`expctl export -o FILE` ended by SIGTERM removes its partial file, stops the workers it
    started, and ends by that signal (its parent sees it killed by SIGTERM, as before)."""
    store, _ = _store(db_path)
    store.close()
    ready = tmp_path / "ready"
    ready.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", BLOCKED_EXPORT, str(db_path), str(ready),
                             how.split()[0]], stderr=subprocess.PIPE)
    try:
        wait_for(lambda: list(ready.iterdir()) and list(tmp_path.glob("out.jsonl.partial-*")))
        started = [int(p.name) for p in ready.iterdir()]
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGTERM, err
    assert not list(tmp_path.glob("out.jsonl*"))
    if how == "workers":
        assert started and all(pid != proc.pid for pid in started)
        wait_for(lambda: not any(os.path.exists(f"/proc/{pid}") for pid in started))
