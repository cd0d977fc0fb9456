"""Many `expctl run` processes on one store at once: nothing lost, never 'database is locked'."""

from __future__ import annotations

import json
import threading

import pytest

from ..conftest import py, run_expctl, start_expctl

WRITERS = 16
POINTS = 20_000
CHILD = (
    "import sys\n"
    f"sys.stdout.write(''.join(f'step: {{i}} v: {{i * 0.5}}\\n' for i in range({POINTS})))\n"
)


def test_sixteen_writers_on_a_new_store_lose_nothing(tmp_path, monkeypatch):
    store = tmp_path / "new" / "runs.db"  # created and migrated by the first of them
    monkeypatch.setenv("EXPCTL_DB", str(store))
    readers_saw: list[str] = []
    stop = threading.Event()

    def read_while_writing():
        while not stop.is_set():
            listing = run_expctl("list", "--all", "--format", "json")
            if listing.returncode != 0:
                readers_saw.append(listing.stderr.decode())
                continue
            for run in json.loads(listing.stdout or b"[]"):
                if run["params"] != {"w": run["params"].get("w")} or "w" not in run["params"]:
                    readers_saw.append(f"half-written run: {run}")

    reader = threading.Thread(target=read_while_writing)
    writers = [
        start_expctl("run", "-q", "--param", f"w={i}", "--", *py(CHILD))
        for i in range(WRITERS)
    ]
    reader.start()
    outcomes = [(proc.wait(timeout=240), proc.stderr.read()) for proc in writers]
    stop.set()
    reader.join()
    for code, err in outcomes:
        assert code == 0, err
        assert b"locked" not in err and b"warning" not in err, err
    runs = json.loads(run_expctl("list", "--all", "--format", "json").stdout)
    assert len(runs) == WRITERS
    assert sorted(r["params"]["w"] for r in runs) == list(range(WRITERS))
    for run in runs:
        assert run["status"] == "finished"
        assert run["metrics"]["v"]["count"] == POINTS
        assert run["metrics"]["step"]["count"] == POINTS
        assert run["metrics"]["v"]["last"] == (POINTS - 1) * 0.5
    total = sum(r["metrics"]["v"]["count"] + r["metrics"]["step"]["count"] for r in runs)
    assert total == WRITERS * POINTS * 2
    assert readers_saw == []


def writers_with_gc_compact_looping(tmp_path, lanes: int, per_lane: int, points: int,
                                    prefill: int) -> dict:
    """`lanes` × `per_lane` runs printing `points` lines of two metrics each, `lanes` at a time
    (each lane starts its next run when the last ended, so that runs start all through), while
    `expctl gc --compact` runs in a loop on the same store, made big enough by a first run of
    `prefill` lines that a VACUUM takes a while. Returns what was printed, stored, and said."""
    import os
    import time

    child = ("import sys\n"
             f"sys.stdout.write(''.join(f'step: {{i}} v: {{i * 0.5}}\\n' for i in range({points})))\n")
    filler = child.replace(str(points), str(prefill))
    assert run_expctl("run", "-q", "-n", "filler", "--", *py(filler), timeout=600).returncode == 0
    gc_said: list[tuple[int, str]] = []
    outcomes: list[tuple[int, str]] = []
    stop = threading.Event()

    def gc_loop():
        while not stop.is_set():
            done = run_expctl("gc", "--compact", timeout=600)
            gc_said.append((done.returncode, done.stderr.decode()))

    def lane(first: int):
        for w in range(first, first + per_lane):
            done = run_expctl("run", "-q", "--param", f"w={w}", "--", *py(child), timeout=600)
            outcomes.append((done.returncode, done.stderr.decode()))

    looping = threading.Thread(target=gc_loop)
    looping.start()
    started = time.monotonic()
    threads = [threading.Thread(target=lane, args=(k * per_lane,)) for k in range(lanes)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    stop.set()
    looping.join()
    final = run_expctl("gc", "--compact")  # nothing is recording any more: it compacts
    listed = run_expctl("list", "--all", "--format", "json", "--where", "name is null")
    assert listed.returncode == 0, listed.stderr
    runs = json.loads(listed.stdout)
    stored = sum(r["metrics"].get("v", {}).get("count", 0) + r["metrics"].get("step", {}).get("count", 0)
                 for r in runs)
    return {"outcomes": outcomes, "runs": runs, "gc": gc_said, "final": final, "elapsed": elapsed,
            "printed": lanes * per_lane * points * 2, "stored": stored, "cpus": os.cpu_count()}


def check_nothing_lost(result: dict, writers: int, points: int) -> None:
    for code, err in result["outcomes"]:
        assert code == 0, err
        assert "not recording" not in err and "Traceback" not in err, err
    assert sorted(r["params"]["w"] for r in result["runs"]) == list(range(writers))
    for run in result["runs"]:
        assert run["status"] == "finished"
        assert run["metrics"]["v"]["count"] == points == run["metrics"]["step"]["count"]
    assert result["stored"] == result["printed"]
    for code, err in result["gc"]:
        assert "Traceback" not in err
        assert code == 0 or (code == 1 and "Error: not compacting while" in err), err
    assert result["final"].returncode == 0 and b"compacted the store" in result["final"].stderr


def test_gc_compact_in_a_loop_never_costs_a_run(tmp_path, monkeypatch):
    # Runs give up on a locked store after 0.2 s here (3 s by default) so that, without the
    # fix, a VACUUM of this small store would already cost runs.
    monkeypatch.setenv("EXPCTL_LOCK_TIMEOUT", "0.2")
    result = writers_with_gc_compact_looping(tmp_path, lanes=2, per_lane=8, points=1_000,
                                             prefill=500_000)
    print(f"gc runs: {[code for code, _ in result['gc']]}, {result['elapsed']:.1f} s")
    check_nothing_lost(result, writers=16, points=1_000)


@pytest.mark.heavy
def test_32_writers_of_50k_points_with_gc_compact_looping_lose_nothing(tmp_path):
    result = writers_with_gc_compact_looping(tmp_path, lanes=16, per_lane=2, points=50_000,
                                             prefill=1_000_000)
    print(f"\n32 runs of 50,000 lines, 16 at a time, with gc --compact looping: "
          f"{result['printed']:,} points printed, {result['stored']:,} stored; "
          f"{len(result['gc'])} gc runs ({sum(code == 0 for code, _ in result['gc'])} compacted, "
          f"the rest refused), {result['elapsed']:.1f} s")
    check_nothing_lost(result, writers=32, points=50_000)
