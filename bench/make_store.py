"""Build a synthetic expctl store for benchmarks: N finished runs, each with 5 params and 5 metrics
of 100 points, spread over a year, in a few experiments.

    .venv/bin/python bench/make_store.py /tmp/bench-100k.db --runs 100000

Runs, params, git and env rows go in by bulk SQL in one transaction (the store API commits run by
run, which would take minutes at 100,000 runs); metric points go through the store's own
`_append_series`, so they are laid out on disk exactly as `expctl run` lays them out. The data is
deterministic (seeded), so two stores of the same size hold the same runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import uuid
from array import array

PARAMS = ("lr", "batch", "arch", "seed", "dropout")
METRICS = ("acc", "loss", "val_acc", "val_loss", "grad_norm")
ARCHS = ("lenet", "alexnet", "resnet")
EXPERIMENTS = ("cifar", "mnist", "imagenet", "ablation")
POINTS = 100
YEAR_S = 365 * 86400.0
START = 1_735_689_600.0  # 2025-01-01 UTC
ENV = json.dumps({  # the shape capture/env.py records
    "ci": None, "conda_env": None, "cpu": {"count": 8, "model": "bench", "usable": 8},
    "env_vars": {}, "gpus": [], "host": "host", "memory_total_mb": 32000.0,
    "platform": {"machine": "x86_64", "platform": "Linux-6.1-x86_64", "release": "6.1", "system": "Linux"},
    "python": {"executable": "/usr/bin/python3", "implementation": "cpython", "version": "3.11.9"},
    "user": "u", "virtualenv": None})


def build_store(path: str, runs: int, seed: int = 0) -> dict:
    """Create `path` (which must not exist) with `runs` runs; return counts and timings."""
    from expctl.store.sqlite import SQLiteStore
    from expctl.records import Series

    if os.path.exists(path):
        raise SystemExit(f"Error: {path} exists; remove it or name another file")
    began = time.perf_counter()
    store = SQLiteStore(path)
    rng = random.Random(seed)
    db = store.db
    with store._transaction():
        exp_ids = [_experiment(db, name) for name in EXPERIMENTS]
        db.execute("INSERT INTO package_sets (hash, packages) VALUES (?, ?)",
                   ("bench", json.dumps({"numpy": "2.1.0", "torch": "2.5.1", "expctl": "0.1.0"})))
        package_set = db.execute("SELECT MAX(id) FROM package_sets").fetchone()[0]
        for first in range(1, runs + 1, 1000):
            batch = range(first, min(first + 1000, runs + 1))
            _insert_runs(db, rng, batch, runs, exp_ids, package_set)
            for run_id in batch:
                for name in METRICS:
                    store._append_series(run_id, name, _series(rng, run_id, name, Series))
    store.close()
    return {"runs": runs, "points": runs * len(METRICS) * POINTS,
            "seconds": time.perf_counter() - began, "bytes": os.path.getsize(path)}


def _experiment(db, name: str) -> int:
    db.execute("INSERT OR IGNORE INTO experiments (name, created_at) VALUES (?, ?)", (name, START))
    return db.execute("SELECT id FROM experiments WHERE name = ?", (name,)).fetchone()[0]


def _insert_runs(db, rng: random.Random, batch: range, total: int, exp_ids: list[int], package_set: int) -> None:
    runs, params, git, env = [], [], [], []
    for run_id in batch:
        started = START + YEAR_S * (run_id - 1) / total + rng.random()
        lr = rng.choice((0.1, 0.01, 0.001, 0.0001))
        batch_size = rng.choice((32, 64, 128, 256))
        arch = rng.choice(ARCHS)
        seed = rng.randrange(5)
        dropout = round(rng.random() * 0.5, 3)
        argv = ["python", "train.py", "--lr", str(lr), "--batch", str(batch_size), "--arch", arch,
                "--seed", str(seed), "--dropout", str(dropout)]
        runs.append((run_id, uuid.UUID(int=rng.getrandbits(128)).hex, None,
                     exp_ids[run_id % len(exp_ids)], json.dumps(argv), "/home/u/project",
                     "finished", 0, None, started, started + 60 + rng.random() * 600, "host", "u",
                     None, None, "", json.dumps({"max_rss_mb": 512.0, "cpu_s": 61.5})))
        for name, kind, value in (("lr", "float", lr), ("batch", "int", batch_size),
                                  ("arch", "str", arch), ("seed", "int", seed),
                                  ("dropout", "float", dropout)):
            params.append((run_id, name, kind, value, str(value), "argv"))
        git.append((run_id, f"{rng.getrandbits(160):040x}", "main", 0, None, "/home/u/project",
                    None, 0, "[]"))
        env.append((run_id, ENV, package_set))
    db.executemany(f"INSERT INTO runs VALUES ({','.join('?' * 17)})", runs)
    db.executemany("INSERT INTO params VALUES (?,?,?,?,?,?)", params)
    db.executemany("INSERT INTO run_git VALUES (?,?,?,?,?,?,?,?,?)", git)
    db.executemany("INSERT INTO run_env VALUES (?,?,?)", env)
    if db.execute("SELECT name FROM sqlite_master WHERE name = 'run_id_high_water'").fetchone():
        db.execute("UPDATE run_id_high_water SET id = max(id, ?)", (batch.stop - 1,))


def _series(rng: random.Random, run_id: int, name: str, series_type):
    """A plausible training curve: 100 steps, a point every few seconds, a noisy trend."""
    base = rng.random()
    t0 = START + run_id * 10.0
    steps = array("d", range(POINTS))
    times = array("d", (t0 + 3.0 * i + rng.random() for i in range(POINTS)))
    if "acc" in name:
        values = array("d", (min(1.0, base * 0.5 + 0.5 * i / POINTS + rng.gauss(0, 0.01))
                             for i in range(POINTS)))
    else:
        values = array("d", (base * 2.0 / (1 + i) + abs(rng.gauss(0, 0.01)) for i in range(POINTS)))
    return series_type(steps, times, values)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="the store file to create (must not exist)")
    parser.add_argument("--runs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    result = build_store(args.path, args.runs, args.seed)
    print(f"{args.path}: {result['runs']:,} runs, {result['points']:,} points, "
          f"{result['bytes'] / 1e6:.1f} MB, built in {result['seconds']:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
