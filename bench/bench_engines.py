"""`list` and `compare` on both engines, side by side: the same N runs in an SQLite file and in a
PostgreSQL database, each command timed end to end through the installed console script
(process start-up included), medians of 5, and the ratio PostgreSQL / SQLite.

    python bench/bench_engines.py 2000                            # a throwaway server (tests/pg_cluster.py)
    python bench/bench_engines.py 100000 postgresql://u@host/db   # an empty database of yours
    python bench/bench_engines.py --make-store 100000             # bench/make_store.py's runs
    python bench/bench_engines.py --stores FILE.db URL 100000      # two stores filled before

By default both stores are filled through the store API (bench_where.fill: three params, three
metrics, tags and a git record per run); filling PostgreSQL run by run takes ~10 ms a run over
loopback. With --make-store, the SQLite store is bench/make_store.py's (5 params, 5 metrics of
100 points per run) and PostgreSQL gets the same rows by COPY, table by table (bench_copy.py).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from bench.bench_where import fill, time_command

COMMANDS = [
    ("list (20 newest)", ["list", "--limit", "20"]),
    ("list (all, ids)", ["list", "--format", "ids"]),
    ("list --where", ["list", "--where", "params.lr > 0.09 and metrics.acc > 0.5", "--limit", "20"]),
    ("list --sort metric", ["list", "--sort", "metrics.acc:desc", "--limit", "20"]),
    ("compare 10 runs", ["compare", "last~9..last"]),
]


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["--stores"]:  # two stores already filled with the same runs: time only
        _compare({"sqlite": args[1], "postgresql": args[2]}, int(args[3]) if len(args) > 3 else 0)
        return
    bulk = "--make-store" in args
    args = [a for a in args if a != "--make-store"]
    count = int(args[0]) if args else 2000
    cluster = None
    if len(args) > 1:
        url = args[1]
    else:
        from tests.pg_cluster import start_cluster

        cluster = start_cluster()
        url = cluster.create_database("bench")
    try:
        with tempfile.TemporaryDirectory() as folder:
            stores = {"sqlite": os.path.join(folder, "bench.db"), "postgresql": url}
            _fill(stores, count, bulk)
            _compare(stores, count)
    finally:
        if cluster is not None:
            cluster.stop(remove=True)


def _compare(stores: dict, count: int) -> None:
    print(f"{'command':<22} {'sqlite':>9} {'postgresql':>11} {'ratio':>6}   ({count:,} runs, medians of 5)")
    for label, args in COMMANDS:
        lite, _ = time_command(args, stores["sqlite"])
        pg, _ = time_command(args, stores["postgresql"])
        print(f"{label:<22} {lite * 1000:>7.0f}ms {pg * 1000:>9.0f}ms {pg / lite:>6.2f}", flush=True)
    _in_process(stores)


# The same selections in one process, the store already open: what the engine costs apart from
# start-up (a PostgreSQL command also imports psycopg, ~0.15 s, and connects).
SELECTIONS = [
    ("list (20 newest)", None, None),
    ("list --where", "params.lr > 0.09 and metrics.acc > 0.5", None),
    ("list --sort metric", None, "metrics.acc:desc"),
]


def _in_process(stores: dict) -> None:
    from bench.bench_where import time_selection
    from expctl.store import open_store

    opened = {engine: open_store(where) for engine, where in stores.items()}
    print(f"\n{'in process (open store)':<24} {'sqlite':>7} {'postgresql':>11} {'ratio':>6}   (medians of 7)")
    for label, where, sort in SELECTIONS:
        lite, pg = (time_selection(opened[e], where, sort) for e in ("sqlite", "postgresql"))
        print(f"{label:<24} {lite * 1000:>5.1f}ms {pg * 1000:>9.1f}ms {pg / lite:>6.2f}")
    for store in opened.values():
        store.close()


def _fill(stores: dict, count: int, bulk: bool) -> None:
    if bulk:
        from bench.bench_copy import copy_to_postgres
        from bench.make_store import build_store

        start = time.perf_counter()
        build_store(stores["sqlite"], count)
        print(f"built sqlite (make_store) with {count:,} runs in {time.perf_counter() - start:.1f}s",
              file=sys.stderr)
        start = time.perf_counter()
        copy_to_postgres(stores["sqlite"], stores["postgresql"])
        print(f"copied to postgresql in {time.perf_counter() - start:.1f}s", file=sys.stderr)
        return
    for engine, where in stores.items():
        start = time.perf_counter()
        fill(where, count)
        print(f"filled {engine} with {count:,} runs in {time.perf_counter() - start:.1f}s",
              file=sys.stderr)


if __name__ == "__main__":
    main()
