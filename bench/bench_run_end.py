"""The end of a recorded run, in isolation: what `expctl run` does after a fast printer exits.

Run (with each build's INSTALLED interpreter, from outside the checkout)::

    /path/to/venv/bin/python bench/bench_run_end.py [--mb 200] [--repeat 9]
        [--other before=/path/to/other-venv/bin/python] [--workdir DIR]

Each sample is a process of the build's interpreter that feeds MB megabytes of log-like text
(bench_passthrough's metric-free file) through a real `Session` on a real store, by reads of
256 KiB, flushing the log's head as the digest asks for it (FLUSH_BYTES of head waiting, or a
stream's head reached: `Session.head_ended`, in the builds that have it), then times what
follows the command's exit: the final flush (the tail window redacted and stored), the run's
status, and the closing checkpoint. Builds are interleaved sample by sample; each has its own
store in the work folder, kept from sample to sample as a user's store is (on a disk by
default: the end's fsyncs are part of it). Prints, per build, the median wall and CPU
milliseconds of the end and their ratios to the first build's.

`expctl run`'s whole wall time on a loaded machine is dominated by the scheduler; this part
is what the log cap leaves to the end of every large run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
READ = 256 << 10


def child(path: str, db: str) -> None:
    """One sample, in the build's own interpreter: print {"wall_ms", "cpu_ms"} of the end."""
    from expctl.record.session import Session, Warner
    from expctl.record.tracking import FLUSH_BYTES
    from expctl.records import NewRun
    from expctl.store import open_run_store

    store, run_id = open_run_store(db, "bench", NewRun(
        uuid=os.urandom(16).hex(), name=None, experiment="bench", command=["cat", path],
        cwd="/", started_at=time.time(), host="bench", user="bench"), 3.0, lambda *a: None)
    session = Session(store, run_id, "bench", Warner())
    with open(path, "rb") as source:
        while data := source.read(READ):
            with session.lock:
                kept = session.logs.add("stdout", data)
                session.pending_bytes += kept
                if kept and session.logs.totals["stdout"] >= session.logs.head \
                        and hasattr(session, "head_ended"):
                    session.head_ended = True
            if session.pending_bytes >= FLUSH_BYTES or getattr(session, "head_ended", False):
                session.flush(tail=False)
    wall, cpu = time.perf_counter(), time.process_time()
    session.flush(final=True)
    store.finish_run(run_id, "finished", 0, None, time.time(), {})
    store.checkpoint()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(json.dumps({"wall_ms": wall * 1000, "cpu_ms": cpu * 1000}), flush=True)
    os._exit(0)  # as `expctl run` leaves: without closing the store


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--mb", type=int, default=200)
    p.add_argument("--repeat", type=int, default=9)
    p.add_argument("--other", action="append", default=[], metavar="LABEL=PYTHON",
                   help="another build's interpreter, measured interleaved (e.g. before=...)")
    p.add_argument("--workdir", default=None, help="default: a new folder in $TMPDIR")
    p.add_argument("--child", nargs=2, metavar=("FILE", "DB"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        child(*args.child)
        return
    workdir = args.workdir or tempfile.mkdtemp(prefix="expctl-run-end-")
    os.makedirs(workdir, exist_ok=True)
    sys.path.insert(0, HERE)
    from bench_passthrough import write_metric_free

    plain = os.path.join(workdir, "metric-free.txt")
    if not os.path.exists(plain) or abs(os.path.getsize(plain) - args.mb * 1_000_000) > 1_000_000:
        write_metric_free(plain, args.mb)
    builds = {"expctl": sys.executable, **dict(item.split("=", 1) for item in args.other)}
    for label in builds:
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(os.path.join(workdir, f"{label}.db{suffix}")):
                os.remove(os.path.join(workdir, f"{label}.db{suffix}"))
    samples: dict[str, list[dict]] = {label: [] for label in builds}
    for _ in range(args.repeat):
        for label, python in builds.items():
            out = subprocess.run([python, os.path.abspath(__file__), "--child", plain,
                                  os.path.join(workdir, f"{label}.db")],
                                 capture_output=True, text=True, check=True, cwd=workdir)
            samples[label].append(json.loads(out.stdout))
    first = None
    for label, rows in samples.items():
        wall = statistics.median(r["wall_ms"] for r in rows)
        cpu = statistics.median(r["cpu_ms"] for r in rows)
        first = first or (wall, cpu)
        walls = " ".join(f"{w:.0f}" for w in sorted(r["wall_ms"] for r in rows))
        print(f"end of a {args.mb} MB run  {label:10} wall {wall:6.1f} ms ({wall / first[0]:.2f}x)  "
              f"cpu {cpu:5.1f} ms ({cpu / first[1]:.2f}x)  n={len(rows)}  walls {walls}", flush=True)


if __name__ == "__main__":
    main()
