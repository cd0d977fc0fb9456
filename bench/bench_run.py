"""How much `expctl run` costs: start-up overhead and output throughput, against the bare command.

    python bench/bench_run.py [--repeat N] [--throughput-repeat N] [--lines N] [--expctl PATH]

Run it with the interpreter of the virtualenv expctl is installed in: the `expctl` script is looked
for next to `sys.executable`, and Python children are started with `sys.executable` too (never a
`python3` from PATH, which may be a pyenv shim adding ~0.1 s per start).

Every figure is a median of repeated runs, measured in this one process with baseline and candidate
interleaved (baseline, candidate, baseline, candidate, ...) so that a machine getting busier or
quieter affects both alike; ratios are against the baseline measured in the same session.
See bench/README.md for what each benchmark measures and how to read it.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# Fallback used only when `expctl show last --format json` fails or its shape is not recognised:
# metric points stored for the newest run. Adjust here if the store's schema changes.
POINTS_SQL = ("SELECT SUM(count) FROM metric_summaries"
              " WHERE run_id = (SELECT MAX(id) FROM runs) AND name NOT LIKE 'sys/%'")

# The child for the throughput benchmark: as fast a producer of metric lines as Python allows,
# so the figure measures expctl, not the child. The values are deterministic, so the baseline's
# output and the output passed through expctl can be compared byte for byte.
CHILD_SCRIPT = '''\
import sys

def main(total, chunk=20_000):
    write = sys.stdout.write
    for start in range(0, total, chunk):
        write("".join(
            f"step: {i} loss: {2 / (1 + i / 1000):.4f} acc: {1 - 0.9 / (1 + i / 1000):.4f}\\n"
            for i in range(start, min(start + chunk, total))
        ))

main(int(sys.argv[1]))
'''

LABEL_WIDTH = 42


class BenchError(Exception):
    """A benchmark cannot go on: expctl missing, or a measured command failed."""


class PointsUnknown(Exception):
    """The number of stored metric points could not be read back; the timings still stand."""


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, metavar="N",
                        help="runs of each command per start-up benchmark (default 20)")
    parser.add_argument("--throughput-repeat", type=int, default=3, metavar="N",
                        help="runs of each command in the throughput benchmark (default 3)")
    parser.add_argument("--lines", type=int, default=1_000_000, metavar="N",
                        help="lines the throughput child prints (default 1,000,000)")
    parser.add_argument("--expctl", type=Path, default=Path(sys.executable).parent / "expctl",
                        metavar="PATH",
                        help="the expctl script to measure (default: next to this interpreter)")
    parser.add_argument("--skip-throughput", action="store_true", help="start-up benchmarks only")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.throughput_repeat < 1 or args.lines < 1:
        parser.error("--repeat, --throughput-repeat and --lines must be at least 1")
    return args


def check_expctl(path: Path) -> None:
    if not path.is_file() or not os.access(path, os.X_OK):
        raise BenchError(
            f"no executable expctl script at {path}.\n"
            f"Install expctl into this interpreter's environment ({sys.executable} -m pip install"
            " -e .) and run this script with that interpreter, or pass --expctl PATH."
        )


def bench_env(db: Path) -> dict[str, str]:
    """The caller's environment with the store pointed at `db` and no other EXPCTL_ setting,
    so a user's own configuration cannot change what is measured."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXPCTL_")}
    env["EXPCTL_DB"] = str(db)
    return env


def time_command(cmd: list[str], *, cwd: Path, env: dict[str, str], stdout: Path | None,
                 stderr: Path) -> float:
    """Wall time in seconds of one run of `cmd`; stdout goes to the file (or /dev/null).

    Raises BenchError, quoting the end of the command's stderr, if it exits non-zero."""
    out_target = stdout if stdout is not None else Path(os.devnull)
    with open(out_target, "wb") as out, open(stderr, "wb") as err:
        started = time.perf_counter()
        code = subprocess.call(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                               stdout=out, stderr=err)
        elapsed = time.perf_counter() - started
    if code != 0:
        tail = "\n".join(stderr.read_text(errors="replace").splitlines()[-20:])
        raise BenchError(f"`{' '.join(cmd)}` exited with {code}; its stderr ends with:\n{tail}")
    return elapsed


def interleave(baseline: Callable[[int], float], candidate: Callable[[int], float],
               repeat: int) -> tuple[list[float], list[float]]:
    """Run baseline(i), candidate(i) alternately `repeat` times; return both lists of times."""
    base_times, cand_times = [], []
    for i in range(repeat):
        base_times.append(baseline(i))
        cand_times.append(candidate(i))
    return base_times, cand_times


def make_git_repo(path: Path) -> Path:
    """A small repository with one commit and one uncommitted change, so git capture has work."""
    git = ["git", "-c", "init.defaultBranch=main", "-c", "user.name=bench",
           "-c", "user.email=bench@example.invalid", "-c", "commit.gpgsign=false"]
    path.mkdir()
    (path / "train.py").write_text("print('hello')\n")
    for args in (["init", "-q"], ["add", "train.py"], ["commit", "-q", "-m", "first"]):
        done = subprocess.run(git + args, cwd=path, capture_output=True, text=True)
        if done.returncode != 0:
            raise BenchError(f"cannot create the test git repository: `git {args[0]}` said:\n"
                             f"{done.stderr.strip()}")
    (path / "train.py").write_text("print('hello, dirty')\n")
    return path


def bench_startup(expctl: Path, repeat: int, in_git: bool) -> None:
    """`expctl run -- true` against `true`; one store per benchmark, created by a warm-up run."""
    true = shutil.which("true") or "/bin/true"
    where = " (git repo)" if in_git else ""
    with tempfile.TemporaryDirectory(prefix="expctl-bench-") as tmp:
        tmp_path = Path(tmp)
        cwd = make_git_repo(tmp_path / "repo") if in_git else tmp_path
        env = bench_env(tmp_path / "bench.db")
        err = tmp_path / "stderr.txt"

        def baseline(_: int) -> float:
            return time_command([true], cwd=cwd, env=env, stdout=None, stderr=err)

        def candidate(_: int) -> float:
            cmd = [str(expctl), "run", "--", true]
            return time_command(cmd, cwd=cwd, env=env, stdout=None, stderr=err)

        interleave(baseline, candidate, 1)  # warm-up, not counted: creates the store
        base_times, cand_times = interleave(baseline, candidate, repeat)
    base, cand = statistics.median(base_times), statistics.median(cand_times)
    print_line(f"startup{where}: true", f"{base * 1e3:8.1f} ms (median)")
    print_line(f"startup{where}: expctl run -- true",
               f"{cand * 1e3:8.1f} ms  (+{(cand - base) * 1e3:.1f} ms overhead, "
               f"{ratio(cand, base)})")


def bench_throughput(expctl: Path, repeat: int, lines: int) -> None:
    """A child printing `lines` metric lines, to a file, bare and under `expctl run`.

    Each repeat gets a fresh temporary directory and a fresh store, so no run pays for the rows
    of the one before."""
    rounds = []
    with tempfile.TemporaryDirectory(prefix="expctl-bench-") as tmp:
        child = Path(tmp) / "child.py"
        child.write_text(CHILD_SCRIPT)
        child_cmd = [sys.executable, str(child), str(lines)]
        for i in range(repeat):
            run_dir = Path(tmp) / f"run{i}"
            run_dir.mkdir()
            rounds.append(run_throughput_round(expctl, child_cmd, run_dir))
            shutil.rmtree(run_dir)  # a million-line run leaves a large store behind
    report_throughput(rounds, lines)


def run_throughput_round(expctl: Path, child_cmd: list[str], run_dir: Path) -> dict:
    """One baseline run then one expctl run in `run_dir`; their times, points stored, and
    whether expctl passed the child's output through unchanged."""
    env = bench_env(run_dir / "bench.db")
    base = time_command(child_cmd, cwd=run_dir, env=env, stdout=run_dir / "base.out",
                        stderr=run_dir / "base.err")
    cand = time_command([str(expctl), "run", "--", *child_cmd], cwd=run_dir, env=env,
                        stdout=run_dir / "cand.out", stderr=run_dir / "cand.err")
    try:
        points, problem = count_points(expctl, env, run_dir / "bench.db"), None
    except PointsUnknown as error:
        points, problem = None, str(error)
    identical = filecmp.cmp(run_dir / "base.out", run_dir / "cand.out", shallow=False)
    return {"base": base, "cand": cand, "points": points, "problem": problem,
            "identical": identical}


def report_throughput(rounds: list[dict], lines: int) -> None:
    base = statistics.median(r["base"] for r in rounds)
    cand = statistics.median(r["cand"] for r in rounds)
    counts = sorted({r["points"] for r in rounds if r["points"] is not None})
    if not counts:
        stored = "metric points: unknown (see warning)"
        print(f"warning: cannot count metric points: {rounds[-1]['problem']}", file=sys.stderr)
    else:
        points = counts[-1]
        stored = (f"{points:,} points stored ({points / lines:.2f} per line), "
                  f"{points / cand / 1e6:.2f} M points/s")
        if len(counts) > 1:
            stored += f"  [varied between repeats: {counts}]"
        missing = sum(r["points"] is None for r in rounds)
        if missing:
            stored += f"  [unknown in {missing} of {len(rounds)} repeats]"
    print_line(f"throughput: child > file ({lines:,} lines)", f"{base:8.2f} s (median)")
    print_line("throughput: expctl run -- child", f"{cand:8.2f} s  ({ratio(cand, base)})  {stored}")
    if not all(r["identical"] for r in rounds):
        print("warning: the output passed through expctl differs from the child's own output",
              file=sys.stderr)


def count_points(expctl: Path, env: dict[str, str], db: Path) -> int:
    """Metric points stored for the newest run, excluding expctl's own `sys/` resource metrics.

    Asks `expctl show last --format json` first, as it does not depend on the SQL schema; falls
    back to POINTS_SQL. Raises PointsUnknown, saying why, if neither works."""
    shown = subprocess.run([str(expctl), "show", "last", "--format", "json"], env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if shown.returncode == 0:
        try:
            return sum_metric_counts(json.loads(shown.stdout))
        except (ValueError, KeyError, TypeError, AttributeError):
            pass
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            (total,) = conn.execute(POINTS_SQL).fetchone()
        return int(total or 0)
    except sqlite3.Error as error:
        raise PointsUnknown(
            f"`expctl show last --format json` exited {shown.returncode}"
            f" ({shown.stderr.strip()[-300:] or 'or printed an unexpected shape'});"
            f" POINTS_SQL failed too: {error}"
        ) from error


def sum_metric_counts(shown: dict) -> int:
    """Sum `count` over the metrics of `expctl show --format json` output, skipping `sys/`.

    Accepts `metrics` at the top level or under `run`, as a list of {name, count} objects or as
    a mapping name -> {count}."""
    metrics = shown["metrics"] if "metrics" in shown else shown["run"]["metrics"]
    if isinstance(metrics, dict):
        metrics = [{"name": name, **summary} for name, summary in metrics.items()]
    return sum(int(m["count"]) for m in metrics if not m["name"].startswith("sys/"))


def ratio(candidate: float, baseline: float) -> str:
    if baseline <= 0:
        return "n/a"
    times = candidate / baseline
    return f"{times:.1f}x" if times < 10 else f"{times:.0f}x"


def print_line(label: str, figures: str) -> None:
    # Printed, and flushed, as soon as each benchmark finishes: a later failure loses nothing.
    print(f"{label:<{LABEL_WIDTH}} {figures}", flush=True)


def print_header(args: argparse.Namespace) -> None:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"expctl bench  (python {platform.python_version()}, {cores} cores, "
          f"{args.repeat} start-up repeats, {args.throughput_repeat} throughput repeats)")
    print(f"expctl: {args.expctl}")
    print("start-up: one store per benchmark, reused by its repeats after 1 warm-up run each; "
          "throughput: a fresh store per repeat", flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        check_expctl(args.expctl)
        print_header(args)
        bench_startup(args.expctl, args.repeat, in_git=False)
        if shutil.which("git"):
            bench_startup(args.expctl, args.repeat, in_git=True)
        else:
            print("startup (git repo): skipped, no git on PATH")
        if not args.skip_throughput:
            bench_throughput(args.expctl, args.throughput_repeat, args.lines)
    except BenchError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
