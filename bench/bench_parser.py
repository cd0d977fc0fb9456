"""Metric parsing throughput: the parser alone, and metric-free output passed through `expctl run`.

Run: ``.venv/bin/python bench/bench_parser.py [--lines N] [--repeat R] [--end-to-end MB]
[--baseline-python PY]``.

**The parser alone** (no child process, no store). For each workload it feeds the whole output
in 64 KiB chunks through a fresh splitter and parser, the way the recorder does
(`LineSplitter.feed_text` then `MetricParser.parse_text`), R times, and prints the median wall
and CPU time as lines/s, MB/s and points/s, plus the splitter's share. Workloads:

- metric-dense lines ``step: 123 loss: 0.4521 acc: 0.8812`` (3 points a line; the end-to-end
  target is stated on these), and the same without a step key (2 points, per-name counters);
- tables: fastai's layout (a header, then rows of an epoch, three metrics and a time),
  scikit-learn's boosting table (indented right-aligned rows, a time with its unit) and a table
  drawn by rich (box characters between the cells);
- metric-free output: plain lines without ``:`` or ``=``; log lines with timestamps (``:`` on
  every line); and a mix of downloads, timestamped logs, compiler warnings and prose.

**End to end** (``--end-to-end MB``, needs expctl installed next to this interpreter, as for
``bench_run.py``): a child writes MB megabytes of the metric-free mix as fast as it can; it runs
bare with stdout to a file, piped through ``cat`` to a file (the same pipe and copy that expctl
adds), and under ``expctl run`` to a file. Medians of R runs, interleaved, of the wall time and
of the CPU time of all the processes (the child's included: on a shared machine the CPU time
is the steadier figure); the outputs are checked byte for byte. The files (and the run's store) go to the temporary folder: on a disk,
the kernel's writeback of gigabytes of output throttles writers and stalls the store's final
checkpoint (an fsync), so ``TMPDIR=/dev/shm`` measures the passthrough itself. Each run also
pays a fixed cost (start-up, and storing the last 8 MiB of log at the end): give a few hundred
MB or more.

**Before and after**: ``--baseline-python PY`` compares with the expctl installed for another
interpreter (a virtualenv with the baseline commit installed: ``git archive COMMIT | tar -x -C
DIR && python3 -m venv VENV && VENV/bin/pip install DIR``, which builds its C extension);
``--baseline DIR`` with a checkout of another commit whose C extension is built in place
(``python setup.py build_ext --inplace``). Each workload runs in a fresh process per
measurement, alternating between the baseline and the candidate, ``--repeat`` times each, and
the medians and the ratio candidate/baseline are printed from the same run. ``--end-to-end``
then alternates ``expctl run`` of both builds too (the console script installed next to each
interpreter, or a checkout's package on ``PYTHONPATH``).

**Which code runs.** The installed package: the expctl that this interpreter imports (the
script's folder is not the checkout, so a checkout is measured only when named with
``--candidate``/``--baseline``). Every figure says which candidate-line scan that code used,
``compiled (_scan.c)`` or ``pure-Python (regex)``, and where the package was imported from. A
checkout without the built extension shadows an installed expctl that has one: the script then
says so, since it measures the slower pure-Python scan.

The first line prints a yardstick, the CPU time of one ``float("0.4521")`` call, so figures from
different machines (or from one machine under different load) can be compared: on the shared,
busy 2-core VM these figures were first taken on it swung between 110 and 225 ns.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import math
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

SCRIPT = str(Path(__file__).resolve())
INSTALLED = "installed"  # a worker's tree: the package installed for its interpreter
if __name__ == "__main__" and "--worker" in sys.argv:  # a measurement of the tree named after it
    _TREE = sys.argv[sys.argv.index("--worker") + 1]
    if _TREE != INSTALLED:
        sys.path.insert(0, _TREE)

CHUNK = 64 * 1024


def metric_lines(n: int) -> bytes:
    """The target format: a step key and two metrics per line."""
    rng = random.Random(0)
    return "".join(
        f"step: {i} loss: {rng.random():.4f} acc: {rng.random():.4f}\n" for i in range(n)
    ).encode()


def unstepped_lines(n: int) -> bytes:
    """Two metrics per line and no step key: the per-name counters give the steps."""
    rng = random.Random(0)
    return "".join(f"loss: {rng.random():.4f} acc: {rng.random():.4f}\n" for _ in range(n)).encode()


def table_lines(n: int) -> bytes:
    """A fastai-like aligned table: a header, then rows of an epoch, three metrics and a time
    (3 points a row; the header line counts as a row of the workload)."""
    rng = random.Random(0)
    rows = [f"{i:<9} {rng.random():<11.6f} {rng.random():<11.6f} {rng.random():<9.6f} 00:01"
            for i in range(n - 1)]
    return ("epoch     train_loss  valid_loss  accuracy  time\n" + "\n".join(rows) + "\n").encode()


def indented_table_lines(n: int) -> bytes:
    """scikit-learn's verbose boosting table: right-aligned indented rows, an iteration, two
    metrics and a time with its unit (2 points a row; the header counts as a row)."""
    rng = random.Random(0)
    rows = [f"{i:>10} {rng.random():>16.4f} {rng.random():>16.4f} {rng.random() * 9:>15.2f}s"
            for i in range(1, n)]
    return ("      Iter       Train Loss      OOB Improve   Remaining Time \n"
            + "\n".join(rows) + "\n").encode()


def boxed_table_lines(n: int) -> bytes:
    """A table drawn by rich (heavy head, light body): an epoch and two metrics a row (2 points
    a row; the three lines of its head and the bottom line count as rows)."""
    rng = random.Random(0)
    rows = [f"│ {i:>5} │ {rng.random():>10.4f} │ {rng.random():>8.4f} │" for i in range(1, n - 3)]
    return ("┏━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━━━━┓\n┃ epoch ┃ train_loss ┃ accuracy ┃\n"
            "┡━━━━━━━╇━━━━━━━━━━━━╇━━━━━━━━━━┩\n" + "\n".join(rows)
            + "\n└───────┴────────────┴──────────┘\n").encode()


def plain_lines(n: int) -> bytes:
    """Log lines with no ":" or "=": the cheapest rejection."""
    return "".join(f"Downloading shard {i % 8} of 8 from /data/train\n" for i in range(n)).encode()


def timestamped_lines(n: int) -> bytes:
    """Log lines with a timestamp (so ":" is present) but no metric."""
    return "".join(
        f"2026-01-01 12:{i // 60 % 60:02d}:{i % 60:02d} INFO loading shard {i % 8}: done\n"
        for i in range(n)
    ).encode()


def mixed_lines(n: int) -> bytes:
    """Metric-free output of several kinds, a quarter each."""
    kinds = [
        lambda i: f"Downloading shard {i % 8} of 8 from /data/train",
        lambda i: f"2026-01-01 12:{i // 60 % 60:02d}:{i % 60:02d} INFO loading shard {i % 8}: done",
        lambda i: "Compiling foo v1.2.3 (/home/user/src/foo) warning: unused variable `x`",
        lambda i: "   Some plain text describing what happens next, nothing to see here",
    ]
    return "".join(kinds[i % 4](i // 4) + "\n" for i in range(n)).encode()


def split_and_parse(data: bytes) -> tuple[int, int]:
    """Feed `data` in chunks through a fresh splitter and parser as the recorder does; return
    (lines, points)."""
    from expctl.metrics import LineSplitter, MetricParser

    parser = MetricParser()
    splitter = LineSplitter(frame_key=parser.frame_key)
    out: dict = {}
    for offset in range(0, len(data), CHUNK):
        parser.parse_text(splitter.feed_text(data[offset:offset + CHUNK]), 0.0, out)
    parser.parse_text(splitter.flush_text(), 0.0, out)
    return 0, sum(len(series) for series in out.values())  # lines are counted untimed


def split_only(data: bytes) -> tuple[int, int]:
    """Feed `data` in chunks through a fresh splitter only; return (lines, 0)."""
    from expctl.metrics import LineSplitter

    splitter = LineSplitter()
    for offset in range(0, len(data), CHUNK):
        splitter.feed_text(data[offset:offset + CHUNK])
    splitter.flush_text()
    return 0, 0


def median_time(work: Callable[[bytes], tuple[int, int]], data: bytes, repeat: int):
    """(median wall seconds, median CPU seconds, lines, points) of `repeat` runs of `work(data)`.

    CPU time is reported too because on a shared machine wall time includes waiting for a core.
    """
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        lines, points = work(data)
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    return statistics.median(walls), statistics.median(cpus), lines, points


def report(label: str, data: bytes, repeat: int, points_per_line: int, frames: int = 0) -> None:
    """Print one workload's figures; exit if the parser did not find the points it should
    (`points_per_line` in each line but the `frames` of a table)."""
    wall, cpu, _, points = median_time(split_and_parse, data, repeat)
    lines = data.count(b"\n")
    rows = lines - frames
    if points != points_per_line * rows:
        sys.exit(f"{label}: expected {points_per_line} points a line, got {points:,} in {lines:,}")
    split_wall, split_cpu, _, _ = median_time(split_only, data, repeat)
    megabytes = len(data) / 1e6
    print(f"{label}\n  {lines:,} lines, {points:,} points, {megabytes:.1f} MB, median of {repeat}")
    for kind, seconds in (("wall", wall), ("cpu", cpu)):
        print(f"  split+parse {kind:4} {seconds:6.3f} s  {lines / seconds:>12,.0f} lines/s  "
              f"{megabytes / seconds:>7,.0f} MB/s  {points / seconds:>11,.0f} points/s")
    print(f"  split only  wall {split_wall:6.3f} s  {megabytes / split_wall:>7,.0f} MB/s, "
          f"cpu {split_cpu:.3f} s", flush=True)


def scan_in_use() -> str:
    """Which candidate-line scan the imported parser uses, and where its code comes from."""
    import importlib
    import expctl
    compiled = None
    for module in ("expctl.metrics.scan", "expctl.metrics.parser"):  # the scan's home then, now
        try:
            found = importlib.import_module(module)
        except ImportError:
            continue
        compiled = compiled or getattr(found, "compiled_starts", None) or getattr(
            found, "_compiled_starts", None)
    kind = "compiled (_scan.c)" if compiled is not None else "pure-Python (regex)"
    return f"{kind} scan, expctl from {Path(expctl.__file__).parent}"


def shadowing_warning(tree: Path) -> str | None:
    """A warning when `tree` lacks the built C extension that an installed expctl has: its
    pure-Python scan is what gets measured then."""
    built = list((tree / "expctl" / "metrics").glob("_scan*.so")) + list(
        (tree / "expctl" / "metrics").glob("_scan*.pyd"))
    if built:
        return None
    installed = subprocess.run(
        [sys.executable, "-c", "import expctl.metrics._scan as s; print(s.__file__)"],
        capture_output=True, text=True, cwd="/", env={**os.environ, "PYTHONPATH": ""})
    if installed.returncode == 0:
        return (f"warning: {tree} has no built _scan extension: it shadows the installed one "
                f"({installed.stdout.strip()}), so the pure-Python scan is measured; build it "
                f"with `python setup.py build_ext --inplace` in {tree}")
    return f"note: {tree} has no built _scan extension: the pure-Python scan is measured"


# The lines of a table workload that are no row: its header, a box's frame.
TABLE_FRAMES = {"table": 1, "indented": 1, "boxed": 4}
WORKLOADS = {
    "metric": ("metric lines    'step: 123 loss: 0.4521 acc: 0.8812'", 3),
    "unstepped": ("metric lines    'loss: 0.4521 acc: 0.8812' (no step)", 2),
    "table": ("table rows      fastai 'epoch train_loss valid_loss accuracy time'", 3),
    "indented": ("table rows      scikit-learn '      Iter       Train Loss ...'", 2),
    "boxed": ("table rows      rich '│     1 │     0.5012 │   0.8812 │'", 2),
    "plain": ("metric-free     'Downloading shard 3 of 8 from /data/train'", 0),
    "timestamped": ("metric-free     '2026-01-01 12:30:45 INFO loading shard 3: done'", 0),
    "mixed": ("metric-free     mix of downloads, timestamped logs, compiler warnings, prose", 0),
}


def generate(key: str, lines: int) -> bytes:
    makers = {"metric": metric_lines, "unstepped": unstepped_lines, "table": table_lines,
              "indented": indented_table_lines, "boxed": boxed_table_lines,
              "plain": plain_lines, "timestamped": timestamped_lines, "mixed": mixed_lines}
    # Tables are read row by row on the general path: a tenth of the lines keeps it short.
    return makers[key](max(lines // 10 if WORKLOADS[key][0].startswith("table") else lines, 5))


def worker(key: str, lines: int) -> None:
    """One measurement in this process (its tree first on sys.path): JSON on stdout."""
    data = generate(key, lines)
    import expctl.metrics  # noqa: F401  (imported before the clock starts, as in a run)

    wall, cpu = time.perf_counter(), time.process_time()
    _, points = split_and_parse(data)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    count = data.count(b"\n")
    print(json.dumps({"wall": wall, "cpu": cpu, "lines": count, "points": points,
                      "scan": scan_in_use()}))


class Build(NamedTuple):
    """Code to measure: `tree` (a checkout, first on sys.path) or INSTALLED (the package
    installed for `python`), run by `python`."""

    python: str
    tree: str

    def describe(self) -> str:
        return f"{self.python} ({'its installed expctl' if self.tree == INSTALLED else self.tree})"

    def expctl_command(self) -> tuple[list[str], dict[str, str]]:
        """How to start this build's `expctl`: the console script installed next to its
        interpreter, or the checkout's package on PYTHONPATH."""
        if self.tree == INSTALLED:
            return [str(Path(self.python).parent / "expctl")], {}
        return [self.python, "-m", "expctl"], {"PYTHONPATH": self.tree}


def compare_builds(builds: dict[str, Build], lines: int, repeat: int) -> None:
    """Each workload measured in fresh processes, baseline and candidate alternating."""
    for name, build in builds.items():
        print(f"{name}: {build.describe()}")
        warning = shadowing_warning(Path(build.tree)) if build.tree != INSTALLED else None
        if warning:
            print(warning)
    for key, (label, _) in WORKLOADS.items():
        runs: dict[str, list[dict]] = {name: [] for name in builds}
        for _ in range(repeat):
            for name, build in builds.items():
                result = subprocess.run(
                    [build.python, SCRIPT, "--worker", build.tree, key, str(lines)],
                    capture_output=True, text=True, check=True, cwd="/")
                runs[name].append(json.loads(result.stdout))
        print(f"{label}\n  {runs['candidate'][0]['lines']:,} lines, median of {repeat}")
        medians = {}
        for name, results in runs.items():
            wall = statistics.median(r["wall"] for r in results)
            cpu = statistics.median(r["cpu"] for r in results)
            medians[name] = (wall, cpu)
            print(f"  {name:9} wall {wall:6.3f} s  cpu {cpu:6.3f} s  "
                  f"{results[0]['lines'] / cpu:>12,.0f} lines/s (cpu)  "
                  f"{results[0]['points']:,} points  [{results[0]['scan']}]")
        (bw, bc), (cw, cc) = medians["baseline"], medians["candidate"]
        print(f"  candidate/baseline: wall {cw / bw:.3f}, cpu {cc / bc:.3f}", flush=True)


def calibrate() -> float:
    """Nanoseconds per `float("0.4521")` call: a yardstick for comparing machines and load."""
    best = math.inf
    for _ in range(5):
        start = time.process_time()
        for _ in range(200_000):
            float("0.4521")
        best = min(best, time.process_time() - start)
    return best / 200_000 * 1e9


# -- end to end: metric-free output through expctl run --------------------------------------

CHILD = """\
import sys
block = open(sys.argv[1], "rb").read()
out = sys.stdout.buffer
for _ in range(int(sys.argv[2])):
    out.write(block)
"""


def end_to_end(megabytes: int, repeat: int, expctl: Path,
               builds: dict[str, Build] | None = None) -> None:
    """The metric-free mix written by a child: bare, through `cat`, and under `expctl run`
    (of each of `builds`, when given)."""
    if not expctl.is_file():
        sys.exit(f"no expctl script at {expctl}: install expctl next to this interpreter "
                 "(pip install -e .) or run bench_parser.py without --end-to-end")
    cat = shutil.which("cat") or "/bin/cat"
    with tempfile.TemporaryDirectory(prefix="expctl-bench-") as tmp:
        folder = Path(tmp)
        block = mixed_lines(20_000)  # about 1.1 MB, a whole number of lines
        (folder / "block.txt").write_bytes(block)
        (folder / "child.py").write_text(CHILD)
        count = max(1, megabytes * 1_000_000 // len(block))
        child = [sys.executable, str(folder / "child.py"), str(folder / "block.txt"), str(count)]
        env = {k: v for k, v in os.environ.items() if not k.startswith("EXPCTL_")}
        env["EXPCTL_DB"] = str(folder / "bench.db")
        commands = {
            "child > file": (child, None, env),
            "child | cat > file": (child, [cat], env),
        }
        run = [str(expctl), "run", "--", *child]
        if builds:
            for name, build in builds.items():
                start, extra_env = build.expctl_command()
                commands[f"expctl run ({name})"] = ([*start, "run", "--", *child], None,
                                                    {**env, **extra_env})
        else:
            commands["expctl run -- child > file"] = (run, None, env)
        times: dict[str, list[float]] = {label: [] for label in commands}
        cpus: dict[str, list[float]] = {label: [] for label in commands}
        for _ in range(repeat):
            for label, (command, pipe_to, command_env) in commands.items():
                wall, cpu = _timed(command, pipe_to, folder / "out.txt", command_env)
                times[label].append(wall)
                cpus[label].append(cpu)
                if label == "child > file":
                    shutil.move(folder / "out.txt", folder / "expected.txt")
                elif not filecmp.cmp(folder / "out.txt", folder / "expected.txt", shallow=False):
                    print(f"warning: {label}: the output differs from the child's own")
        total = len(block) * count / 1e6
        print(f"end to end: {total:,.0f} MB of metric-free output, median of {repeat}")
        for label, runs in times.items():
            seconds = statistics.median(runs)
            print(f"  {label:28} {seconds:6.2f} s  {total / seconds:7,.0f} MB/s  "
                  f"cpu {statistics.median(cpus[label]):5.2f} s", flush=True)
        if builds:
            ratios = [statistics.median(measure["expctl run (candidate)"])
                      / statistics.median(measure["expctl run (baseline)"])
                      for measure in (times, cpus)]
            print(f"  candidate/baseline: wall {ratios[0]:.3f}, cpu {ratios[1]:.3f}", flush=True)


def _timed(command: list[str], pipe_to: list[str] | None, out: Path, env: dict
           ) -> tuple[float, float]:
    """(wall seconds, CPU seconds of every process it started: user + system) of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(out, "wb") as sink:
        started = time.perf_counter()
        if pipe_to is None:
            code = subprocess.call(command, stdout=sink, stderr=subprocess.DEVNULL, env=env)
        else:
            first = subprocess.Popen(command, stdout=subprocess.PIPE, env=env)
            code = subprocess.call(pipe_to, stdin=first.stdout, stdout=sink)
            first.stdout.close()
            code = code or first.wait()
        elapsed = time.perf_counter() - started
    if code != 0:
        sys.exit(f"`{' '.join(command)}` failed with exit code {code}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return elapsed, cpu


def main() -> None:
    if "--worker" in sys.argv:
        at = sys.argv.index("--worker")
        worker(sys.argv[at + 2], int(sys.argv[at + 3]))
        return
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--lines", type=int, default=1_000_000)
    options.add_argument("--repeat", type=int, default=5)
    options.add_argument("--end-to-end", type=int, default=0, metavar="MB",
                         help="also pass MB megabytes of metric-free output through expctl run")
    options.add_argument("--expctl", type=Path, default=Path(sys.executable).parent / "expctl")
    options.add_argument("--baseline", type=Path, metavar="DIR",
                         help="a checkout to compare with, its C extension built in place")
    options.add_argument("--baseline-python", metavar="PYTHON",
                         help="compare with the expctl installed for this interpreter (another "
                              "virtualenv's bin/python)")
    options.add_argument("--candidate", type=Path, metavar="DIR",
                         help="the checkout measured against the baseline (default: the expctl "
                              "installed for this interpreter)")
    args = options.parse_args()
    print(
        f"Python {sys.version.split()[0]}, {args.lines:,} lines per workload, chunks of {CHUNK}, "
        f'yardstick float("0.4521") = {calibrate():.0f} ns', flush=True
    )
    if args.baseline or args.baseline_python:
        builds = {
            "baseline": Build(args.baseline_python or sys.executable,
                              str(args.baseline.resolve()) if args.baseline else INSTALLED),
            "candidate": Build(sys.executable,
                               str(args.candidate.resolve()) if args.candidate else INSTALLED),
        }
        compare_builds(builds, args.lines, args.repeat)
        if args.end_to_end:
            end_to_end(args.end_to_end, args.repeat, args.expctl, builds)
        return
    print(f"measuring {scan_in_use()}")  # imports expctl before any clock starts
    for key, (label, points_per_line) in WORKLOADS.items():
        report(label, generate(key, args.lines), args.repeat, points_per_line,
               TABLE_FRAMES.get(key, 0))
    if args.end_to_end:
        end_to_end(args.end_to_end, args.repeat, args.expctl)


if __name__ == "__main__":
    main()
