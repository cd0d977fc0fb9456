"""Micro-benchmark: LineSplitter + MetricParser on generated output, no child process, no store.

Run: ``python bench/bench_parser.py [--lines N] [--repeat R]``. For each workload it feeds the
whole output in 64 KiB chunks to a fresh splitter and parser, R times, and prints the median
wall and CPU time, lines/s, points/s and µs/line, plus the splitter's share. The headline
workload is the one the end-to-end target is stated on (``step: 123 loss: 0.4521 acc: 0.8812``,
3 points a line); the others show what a line that carries nothing costs.

The first line prints a yardstick, the CPU time of one ``float("0.4521")`` call, so figures from
different machines (or from one machine under different load) can be compared: on the shared,
busy 2-core VM these figures were first taken on it swung between 110 and 225 ns.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from expctl.metrics import LineSplitter, MetricParser  # noqa: E402

CHUNK = 64 * 1024


def metric_lines(n: int) -> bytes:
    """The target format: a step key and two metrics per line."""
    rng = random.Random(0)
    return "".join(
        f"step: {i} loss: {rng.random():.4f} acc: {rng.random():.4f}\n" for i in range(n)
    ).encode()


def plain_lines(n: int) -> bytes:
    """Log lines with no ":" or "=": the cheapest rejection."""
    return "".join(f"Downloading shard {i % 8} of 8 from /data/train\n" for i in range(n)).encode()


def timestamped_lines(n: int) -> bytes:
    """Log lines with a timestamp (so ":" is present) but no metric: the candidate search path."""
    return "".join(
        f"2026-01-01 12:{i // 60 % 60:02d}:{i % 60:02d} INFO loading shard {i % 8}: done\n"
        for i in range(n)
    ).encode()


def split_and_parse(data: bytes) -> tuple[int, int]:
    """Feed `data` in chunks through a fresh splitter and parser; return (lines, points)."""
    splitter, parser = LineSplitter(), MetricParser()
    parse = parser.parse
    lines = points = 0
    for offset in range(0, len(data), CHUNK):
        for line in splitter.feed(data[offset : offset + CHUNK]):
            lines += 1
            points += len(parse(line))
    for line in splitter.flush():
        lines += 1
        points += len(parse(line))
    return lines, points


def split_only(data: bytes) -> tuple[int, int]:
    """Feed `data` in chunks through a fresh splitter only; return (lines, 0)."""
    splitter = LineSplitter()
    lines = 0
    for offset in range(0, len(data), CHUNK):
        lines += len(splitter.feed(data[offset : offset + CHUNK]))
    return lines + len(splitter.flush()), 0


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


def report(label: str, data: bytes, repeat: int, points_per_line: int) -> None:
    """Print one workload's figures; exit if the parser did not find the points it should."""
    wall, cpu, lines, points = median_time(split_and_parse, data, repeat)
    if points != points_per_line * lines:
        sys.exit(f"{label}: expected {points_per_line} points a line, got {points:,} in {lines:,}")
    split_wall, split_cpu, _, _ = median_time(split_only, data, repeat)
    print(f"{label}\n  {lines:,} lines, {points:,} points, {len(data) / 1e6:.1f} MB, "
          f"median of {repeat}")
    for kind, seconds in (("wall", wall), ("cpu", cpu)):
        print(
            f"  split+parse {kind:4} {seconds:6.3f} s  {lines / seconds:>11,.0f} lines/s  "
            f"{points / seconds:>11,.0f} points/s  {seconds / lines * 1e6:.3f} µs/line"
        )
    print(
        f"  split only  wall {split_wall:6.3f} s  ({split_wall / lines * 1e6:.3f} µs/line), "
        f"cpu {split_cpu:.3f} s"
    )


def calibrate() -> float:
    """Nanoseconds per `float("0.4521")` call: a yardstick for comparing machines and load."""
    best = math.inf
    for _ in range(5):
        start = time.process_time()
        for _ in range(200_000):
            float("0.4521")
        best = min(best, time.process_time() - start)
    return best / 200_000 * 1e9


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--lines", type=int, default=1_000_000)
    options.add_argument("--repeat", type=int, default=5)
    args = options.parse_args()
    print(
        f"Python {sys.version.split()[0]}, {args.lines:,} lines per workload, chunks of {CHUNK}, "
        f'yardstick float("0.4521") = {calibrate():.0f} ns'
    )
    workloads = [
        ("metric lines  'step: 123 loss: 0.4521 acc: 0.8812'", metric_lines, 3),
        ("plain lines   'Downloading shard 3 of 8 from /data/train'", plain_lines, 0),
        ("log lines     '2026-01-01 12:30:45 INFO loading shard 3: done'", timestamped_lines, 0),
    ]
    for label, generate, points_per_line in workloads:
        report(label, generate(args.lines), args.repeat, points_per_line)


if __name__ == "__main__":
    main()
