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

Timing: the two engines' runs of a command are interleaved (SQLite then PostgreSQL, then the
other way round), so a machine that gets busier affects both alike; medians of REPEAT rounds.
expctl and psycopg are byte-compiled first, as an installed package is (an editable install
under PYTHONDONTWRITEBYTECODE=1 compiles its sources on every start, ~50 ms). Interleaved with
each command's rounds, a baseline: what importing the driver costs a process that already holds
expctl's read path (READ_PATH, then psycopg, less READ_PATH alone), a constant every PostgreSQL
command pays whatever the store's size; the last column is the ratio without it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from bench.bench_where import fill

COMMANDS = [
    ("list (20 newest)", ["list", "--limit", "20"]),
    ("list (all, ids)", ["list", "--format", "ids"]),
    ("list --where", ["list", "--where", "params.lr > 0.09 and metrics.acc > 0.5", "--limit", "20"]),
    ("list --sort metric", ["list", "--sort", "metrics.acc:desc", "--limit", "20"]),
    ("compare 10 runs", ["compare", "last~9..last"]),
]


REPEAT = 9
# What a `list` on a store file has imported: the driver's import is measured on top of it (the
# modules both import, such as `re` or `enum`, are not counted twice).
READ_PATH = ("import expctl.cli.fast, expctl.cli.browse, expctl.store.sqlite, expctl.query.where,"
             " expctl.render.runs")


def main() -> None:
    args = sys.argv[1:]
    _byte_compile()
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
    python = sys.executable
    expctl = os.path.join(os.path.dirname(python), "expctl")
    baselines = [[python, "-c", READ_PATH], [python, "-c", READ_PATH + "; import psycopg"]]
    version, = _medians([[expctl, "--version"]])
    print(f"expctl --version (start-up, for scale): {version * 1000:.0f} ms")
    print(f"{'command':<22} {'sqlite':>8} {'postgresql':>11} {'ratio':>6} {'import psycopg':>15}"
          f" {'ratio less it':>14}   ({count:,} runs, medians of {REPEAT}, interleaved)")
    for label, args in COMMANDS:
        lite, pg, bare, driver = _medians([[expctl, *args, "--db", stores["sqlite"]],
                                           [expctl, *args, "--db", stores["postgresql"]], *baselines])
        imported = driver - bare
        print(f"{label:<22} {lite * 1000:>6.0f}ms {pg * 1000:>9.0f}ms {pg / lite:>6.2f} "
              f"{imported * 1000:>13.0f}ms {(pg - imported) / lite:>14.2f}", flush=True)
    _in_process(stores)


def _medians(commands: list[list[str]]) -> list[float]:
    """The median wall time of each command over REPEAT rounds, the commands interleaved (in
    turn, then in the reverse order) after one warm-up run each; output to /dev/null."""
    times: list[list[float]] = [[] for _ in commands]
    for round_ in range(REPEAT + 1):
        order = list(enumerate(commands))
        for index, argv in order if round_ % 2 else order[::-1]:
            start = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)
            if round_:  # round 0 warms the caches
                times[index].append(time.perf_counter() - start)
    return [statistics.median(t) for t in times]


def _byte_compile() -> None:
    """expctl's and psycopg's modules as .pyc, as an installed package has them."""
    import compileall
    import importlib.util

    for name in ("expctl", "psycopg", "psycopg_binary"):
        spec = importlib.util.find_spec(name)
        if spec and spec.submodule_search_locations:
            for folder in spec.submodule_search_locations:
                compileall.compile_dir(folder, quiet=1)


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
    print(f"\n{'in process (store open)':<24} {'sqlite':>7} {'postgresql':>11} {'ratio':>6}   (medians of 7)")
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
