"""How fast `expctl list --where ...` answers over a large store.

Fills a store with N runs through the store API (three params, three metrics, tags, a git
record each, as `expctl run` records them), then times each query two ways, as medians: the
selection itself in this process (`find_run_ids` + `get_runs`, what the store does), and the
real console script end to end (`expctl list ... --limit 20`, process start-up included).

    python bench/bench_where.py                    # 100,000 runs in a temporary store
    python bench/bench_where.py 10000
    python bench/bench_where.py 100000 /tmp/big.db # keep the store (reused if it has N runs)
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from array import array

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from expctl.query.lookup import find_run_ids  # noqa: E402
from expctl.models import GitInfo, Param  # noqa: E402
from expctl.records import NewRun, Series  # noqa: E402
from expctl.store import open_store  # noqa: E402

QUERIES = [  # (--where, --sort)
    (None, None),
    ("params.lr >= 0.05 and metrics.acc > 0.9", None),
    ("params.model = 'resnet' and status = 'finished'", None),
    ("metrics.acc > 0.999 or tags contains 'rare'", None),
    ("params.seed = 4242", None),
    ("experiment = 'exp-7' and metrics.loss.min < 0.2", None),
    ("params.lr < 0.05 and params.lr > 0.0499", None),
    ("command contains 'nothing'", None),
    (None, "metrics.acc:desc"),
    ("params.lr > 0.09", "metrics.acc:desc"),
    ("started > -1d", "params.lr"),
]
LIMIT = 20


def fill(path: str, count: int) -> None:
    store = open_store(path)
    rng = random.Random(1)
    t0 = time.time() - count * 60
    for i in range(count):
        values = {"lr": round(rng.uniform(0.001, 0.1), 4),
                  "model": rng.choice(["mlp", "cnn", "resnet"]), "seed": rng.randrange(10_000)}
        params = {name: Param(name, value, str(value)) for name, value in values.items()}
        tags = ["rare"] if rng.random() < 0.0005 else ["baseline"] if rng.random() < 0.1 else []
        run_id = store.create_run(NewRun(
            uuid=f"{rng.getrandbits(128):032x}", name=None, experiment=f"exp-{i % 50}",
            command=["python", "train.py"], cwd="/proj", started_at=t0 + 60 * i, host="h", user="u",
            tags=tags, params=params))
        store.record_git(run_id, GitInfo(f"{rng.getrandbits(160):040x}", "main", False, None, "/proj"))
        metrics = {name: Series(array("d", [1, 2]), array("d", [t0, t0 + 1]),
                                array("d", [rng.random(), rng.random()]))
                   for name in ("acc", "loss", "val_acc")}
        store.append(run_id, metrics)
        store.finish_run(run_id, "finished" if rng.random() < 0.9 else "failed", 0, None,
                         t0 + 60 * i + 30, {})
    store.close()


def time_command(args: list[str], db: str | None, repeat: int = 5) -> tuple[float, int]:
    expctl = os.path.join(os.path.dirname(sys.executable), "expctl")
    times, lines = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        out = subprocess.run([expctl, *args, *(["--db", db] if db else [])], capture_output=True,
                             check=True)
        times.append(time.perf_counter() - start)
        lines = out.stdout.count(b"\n")
    return statistics.median(times), lines


def time_selection(store, where, sort, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        store.get_runs(find_run_ids(store, where, sort, LIMIT))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run_all(db: str, count: int) -> None:
    store = open_store(db)
    if len(store.find_run_ids(limit=count + 1)) != count:
        store.close()
        start = time.perf_counter()
        fill(db, count)
        print(f"filled {count:,} runs in {time.perf_counter() - start:.0f}s "
              f"({os.path.getsize(db) / 2**20:.0f} MiB)", flush=True)
        store = open_store(db)
    baseline, _ = time_command(["--version"], None)
    print(f"{'expctl --version (start-up, for scale)':<74} {'':>9}  {baseline * 1000:6.0f} ms")
    print(f"{'query':<74} {'select':>9}  {'CLI':>6}")
    for where, sort in QUERIES:
        args = ["list", "--limit", str(LIMIT)]
        args += ["--where", where] if where else []
        args += ["--sort", sort] if sort else []
        selection = time_selection(store, where, sort)
        seconds, lines = time_command(args, db)
        label = " ".join(f"'{a}'" if " " in a else a for a in args)
        print(f"{label:<74} {selection * 1000:6.1f} ms  {seconds * 1000:6.0f} ms  "
              f"({max(lines - 2, 0)} rows)", flush=True)
    store.close()


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    if len(sys.argv) > 2:
        run_all(sys.argv[2], count)
        return
    with tempfile.TemporaryDirectory() as folder:
        run_all(os.path.join(folder, "expctl.db"), count)


if __name__ == "__main__":
    main()
