"""Many `expctl run` processes on one store at once: nothing lost, never 'database is locked'."""

from __future__ import annotations

import json
import threading

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
