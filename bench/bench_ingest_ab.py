"""End-to-end ingest of two builds of expctl, alternated run by run: before/after ratios.

Run: ``BENCH_BEFORE=/path/a BENCH_AFTER=/path/b python bench/bench_ingest_ab.py [REPEATS]``,
each variable naming a script that runs one build's ``expctl``, for example::

    #!/bin/sh
    PYTHONPATH=/path/to/checkout exec /path/to/venv/bin/python -m expctl "$@"

Run it from outside any checkout (``cd /tmp``): ``python -m`` puts the current folder first on
the module path, ahead of ``PYTHONPATH``, so from inside a checkout both scripts run that one.

A child (bench_parser's) writes 110 MB of bench_parser's metric-free mix, then 300,000 metric
lines ``step: i loss: x acc: y``; each repeat runs it bare, under the "before" build and under
the "after" build, one right after the other, so a machine getting busier or quieter affects
both alike. Prints median wall times and median CPU times (expctl and child together, from
``getrusage``) with the after/before ratios; on a shared, loaded machine the CPU ratio is the
steadier of the two. The files go to a temporary folder in /dev/shm.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import bench_parser

BUILDS = ("bare", "before", "after")


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    scripts = {k: os.environ[f"BENCH_{k.upper()}"] for k in ("before", "after")}
    # /dev/shm is memory: the stores grow to gigabytes, removed whatever happens (a run that left
    # them once held 18 GB of a 24 GB machine, and every later test run crawled)
    tmp = tempfile.mkdtemp(dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    try:
        _compare(repeats, scripts, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _compare(repeats: int, scripts: dict[str, str], tmp: str) -> None:
    child = os.path.join(tmp, "child.py")
    with open(child, "w") as handle:
        handle.write(bench_parser.CHILD)
    work = {}
    for label, lines, count in (("metric-free 110 MB", bench_parser.mixed_lines, 100),
                                ("metric-dense 300k lines", bench_parser.metric_lines, 15)):
        path = os.path.join(tmp, label.split()[0] + ".txt")
        with open(path, "wb") as handle:
            handle.write(lines(20000))
        work[label] = [sys.executable, child, path, str(count)]
    walls = {(w, k): [] for w in work for k in BUILDS}
    cpus = {(w, k): [] for w in work for k in BUILDS}
    for _ in range(repeats):
        for label, command in work.items():
            for build in BUILDS:
                wall, cpu = _run(command if build == "bare" else
                                 [scripts[build], "run", "-q", "--", *command],
                                 os.path.join(tmp, build + ".db"), os.path.join(tmp, "out"))
                walls[(label, build)].append(wall)
                cpus[(label, build)].append(cpu)
    for label in work:
        for kind, table in (("wall", walls), ("cpu", cpus)):
            bare, before, after = (statistics.median(table[(label, b)]) for b in BUILDS)
            print(f"{label:24} {kind:4}  bare {bare:6.2f} s  before {before:6.2f} s  "
                  f"after {after:6.2f} s  after/before {after / before:.3f}")


def _run(command: list[str], db: str, out: str) -> tuple[float, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXPCTL_")}
    env["EXPCTL_DB"] = db
    start = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(out, "wb") as sink:
        began = time.perf_counter()
        subprocess.run(command, stdout=sink, stderr=subprocess.DEVNULL, env=env, check=True)
        wall = time.perf_counter() - began
    end = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, end.ru_utime + end.ru_stime - start.ru_utime - start.ru_stime


if __name__ == "__main__":
    main()
