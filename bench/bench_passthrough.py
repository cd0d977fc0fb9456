"""Passthrough and ingest near the pipe: `expctl run` against the machine's own limits.

Run (with the INSTALLED package: its interpreter, its `expctl` console script)::

    TMPDIR=/dev/shm /path/to/venv/bin/python bench/bench_passthrough.py [--mb 200]
        [--lines 2000000] [--repeat 5] [--expctl /path/to/venv/bin/expctl]
        [--other before=/path/to/other-venv/bin/expctl]

Two workloads, each measured side by side with its baseline, interleaved (baseline, expctl,
baseline, ...) so that a machine getting busier or quieter affects both alike:

- **metric-free passthrough**: `expctl run -- cat FILE > out` against `cat FILE | cat > out` (the
  same pipe and copy expctl adds). FILE holds MB megabytes of log-like text without metrics.
  Target: <= 1.5x.
- **metric-dense ingest**: `expctl run -- python dense.py > out` against `python dense.py > out`,
  the child printing LINES lines ``step: i loss: x acc: y`` (3 points each) as fast as it can.
  Target: <= 1.3x. Every point must be in the store: checked after each run.

For each: median wall seconds, the ratio (and the CPU seconds of the whole process tree, child
included, from wait4: steadier than wall time on a loaded machine), and the peak resident memory of the expctl process
itself (not its child): its VmHWM, read from /proc while it runs (the high-water mark only
grows; the last reading is taken a few ms before it exits). The tree's peak from wait4 (expctl
and child together) is printed next to it. Outputs are compared with the input byte for byte.

Files go to the temporary folder: on a disk, the kernel's writeback of gigabytes of output
throttles writers, so ``TMPDIR=/dev/shm`` measures the passthrough itself.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time

PY = sys.executable

DENSE_CHILD = """\
import sys
n = int(sys.argv[1])
w = sys.stdout.write
for i in range(n):
    w(f"step: {i} loss: {1 / (i + 1):.6f} acc: {i % 997 / 997:.4f}\\n")
"""


def write_metric_free(path: str, mb: int) -> None:
    """MB megabytes of log-like lines without metrics: downloads, timestamped log lines,
    compiler warnings and prose, a quarter each."""
    kinds = (
        "Downloading shard {k} of 8 from /data/train/part-{i:06d}.tar\n",
        "2026-01-01 12:{m:02d}:{s:02d} INFO loading shard {k}: done\n",
        "Compiling foo v1.2.3 (/home/user/src/foo) warning: unused variable `x{k}`\n",
        "   Some plain text describing what happens next, nothing to see here\n",
    )
    block = "".join(kinds[i % 4].format(i=i, k=i % 8, m=i // 60 % 60, s=i % 60)
                    for i in range(4000)).encode()
    with open(path, "wb") as f:
        for _ in range(max(1, mb * 1_000_000 // len(block))):
            f.write(block)


class Sample:
    def __init__(self, wall: float, cpu: float, own_mb: float, tree_mb: float):
        self.wall, self.cpu, self.own_mb, self.tree_mb = wall, cpu, own_mb, tree_mb


def measure(argv: list[str], out: str, env: dict | None = None) -> Sample:
    """Run `argv` with stdout to the file `out`; wall seconds, the peak RSS (MB) of the process
    itself (VmHWM, polled) and of its tree (wait4)."""
    peak = [0]
    with open(out, "wb") as sink:
        began = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=sink, stderr=subprocess.PIPE, env=env)
        done = threading.Event()
        poller = threading.Thread(target=_poll_hwm, args=(proc.pid, peak, done), daemon=True)
        poller.start()
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - began
        done.set()
        poller.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"Error: {' '.join(argv)} exited {proc.returncode}\n"
                         f"{err.decode(errors='replace')[-800:]}")
    return Sample(wall, usage.ru_utime + usage.ru_stime, peak[0] / 1024.0, usage.ru_maxrss / 1024.0)


def _poll_hwm(pid: int, peak: list, done: threading.Event) -> None:
    path = f"/proc/{pid}/status"
    while not done.is_set():
        try:
            with open(path, "rb") as f:
                for line in f:
                    if line.startswith(b"VmHWM:"):
                        peak[0] = max(peak[0], int(line.split()[1]))
                        break
        except OSError:
            return
        done.wait(0.01)


def expctl_env(db: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXPCTL_")}
    env.update(EXPCTL_DB=db, NO_COLOR="1")
    return env


def fresh(db: str) -> str:
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    return db


def stored_points(db: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT COALESCE(SUM(count), 0) FROM metric_summaries "
                           "WHERE name NOT LIKE 'sys/%'").fetchone()[0]  # not the resource samples
    finally:
        con.close()


def same_file(a: str, b: str) -> bool:
    if os.path.getsize(a) != os.path.getsize(b):
        return False
    with open(a, "rb") as x, open(b, "rb") as y:
        while True:
            one, two = x.read(1 << 20), y.read(1 << 20)
            if one != two:
                return False
            if not one:
                return True


def figures(expctl: str, workdir: str, mb: int = 200, lines: int = 2_000_000,
            repeat: int = 5, progress=None, others: dict[str, str] | None = None) -> list[dict]:
    """Measure both workloads; one dict per figure and build: figure, build, baseline_s,
    expctl_s, ratio, CPU seconds and their ratio, own_peak_mb (expctl's process), tree_peak_mb,
    repeats, target. `others` ({label: console script}) are measured too, interleaved with
    `expctl` run by run (before/after figures from one run). `progress(row)` is called as each
    row is done. For bench/report.py too."""
    builds = {"expctl": expctl, **(others or {})}
    plain = os.path.join(workdir, "metric-free.txt")
    if not os.path.exists(plain) or abs(os.path.getsize(plain) - mb * 1_000_000) > 1_000_000:
        write_metric_free(plain, mb)
    dense = os.path.join(workdir, "dense.py")
    with open(dense, "w") as f:
        f.write(DENSE_CHILD)
    rows = []
    work = (
        (f"passthrough, metric-free ({mb} MB)", ["sh", "-c", f"cat '{plain}' | cat"],
         ["run", "--", "cat", plain], "<= 1.5x, <= 60 MB", None),
        (f"ingest, metric-dense ({lines:,} lines)", [PY, dense, str(lines)],
         ["run", "--", PY, dense, str(lines)], "<= 1.3x, <= 60 MB", 3 * lines),
    )
    for name, baseline, args, target, points in work:
        base: list[Sample] = []
        cand: dict[str, list[Sample]] = {label: [] for label in builds}
        for _ in range(repeat):
            base.append(_checked(name, baseline, [], workdir, None))
            for label, script in builds.items():
                cand[label].append(_checked(name, [script, *args], base, workdir, points))
        for label in builds:
            rows.append(_row(name, label, base, cand[label], target))
            if progress:
                progress(rows[-1])
    return rows


def _checked(name: str, argv: list[str], base: list, workdir: str, points: int | None) -> Sample:
    """Run `argv` (the baseline when `base` is empty, else expctl into a fresh store); check
    expctl's output against the baseline's, byte for byte, and that every point is stored."""
    out = os.path.join(workdir, "out.txt" if not base else "out-expctl.txt")
    db = os.path.join(workdir, "passthrough.db")
    sample = measure(argv, out, env=expctl_env(fresh(db)) if base else None)
    if base and not same_file(out, os.path.join(workdir, "out.txt")):
        raise SystemExit(f"Error: {name}: expctl's output differs from the baseline's")
    if base and points is not None and stored_points(db) != points:
        raise SystemExit(f"Error: {name}: {stored_points(db):,} points stored, {points:,} printed")
    return sample


def _row(name: str, build: str, base: list[Sample], cand: list[Sample], target: str) -> dict:
    b, c = statistics.median(s.wall for s in base), statistics.median(s.wall for s in cand)
    b_cpu, c_cpu = statistics.median(s.cpu for s in base), statistics.median(s.cpu for s in cand)
    return {"figure": name, "build": build, "baseline_s": b, "expctl_s": c, "ratio": c / b,
            "baseline_cpu_s": b_cpu, "expctl_cpu_s": c_cpu, "cpu_ratio": c_cpu / b_cpu,
            "own_peak_mb": max(s.own_mb for s in cand),
            "tree_peak_mb": max(s.tree_mb for s in cand),
            "baseline_peak_mb": max(s.tree_mb for s in base),
            "repeats": len(cand), "target": target}


def print_row(r: dict) -> None:
    print(f"{r['figure']:38} {r['build']:8} baseline {r['baseline_s']:6.3f}s  expctl {r['expctl_s']:6.3f}s  "
          f"ratio {r['ratio']:5.2f}x  (cpu {r['baseline_cpu_s']:.2f}/{r['expctl_cpu_s']:.2f}s "
          f"{r['cpu_ratio']:.2f}x)  expctl peak {r['own_peak_mb']:5.1f} MB "
          f"(tree {r['tree_peak_mb']:.1f}, baseline {r['baseline_peak_mb']:.1f})  "
          f"n={r['repeats']}  target {r['target']}", flush=True)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--mb", type=int, default=200, help="metric-free output, megabytes")
    p.add_argument("--lines", type=int, default=2_000_000, help="metric-dense output, lines")
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--expctl", default=os.path.join(os.path.dirname(PY), "expctl"))
    p.add_argument("--workdir", default=None, help="default: a new folder in $TMPDIR")
    p.add_argument("--other", action="append", default=[], metavar="LABEL=EXPCTL",
                   help="another build's console script, measured interleaved (e.g. before=...)")
    args = p.parse_args(argv)
    workdir = args.workdir or tempfile.mkdtemp(prefix="expctl-passthrough-")
    os.makedirs(workdir, exist_ok=True)
    print(f"expctl: {args.expctl}; python: {PY}; files in {workdir}", file=sys.stderr)
    others = dict(item.split("=", 1) for item in args.other)
    figures(args.expctl, workdir, args.mb, args.lines, args.repeat, progress=print_row,
            others=others)


if __name__ == "__main__":
    main()
