"""Heavier reliability runs than the test suite affords: many concurrent writers and a big flood.

    python bench/soak.py [--writers 32] [--points 200000] [--flood-mb 2000] [--rounds 3]

Uses the `expctl` console script beside this interpreter and a temporary store. Prints, per
round, the points expected and stored (any loss is a failure: exit 1), the wall time, and for the
flood the bytes passed through, whether they were byte-exact, and expctl's peak RSS.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXPCTL = str(Path(sys.executable).parent / "expctl")


def writers_round(store: str, writers: int, points: int) -> tuple[int, int, float]:
    child = (f"import sys\nsys.stdout.write(''.join(f'step: {{i}} v: {{i}}\\n' for i in range({points})))")
    env = dict(os.environ, EXPCTL_DB=store)
    started = time.perf_counter()
    procs = [subprocess.Popen([EXPCTL, "run", "-q", "--", sys.executable, "-c", child], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for _ in range(writers)]
    for proc in procs:
        if proc.wait() != 0:
            sys.exit(f"a writer failed: {proc.stderr.read().decode()}")
    elapsed = time.perf_counter() - started
    listing = subprocess.run([EXPCTL, "list", "--all", "--format", "json"], env=env,
                             capture_output=True, check=True)
    stored = sum(r["metrics"]["v"]["count"] + r["metrics"]["step"]["count"]
                 for r in json.loads(listing.stdout)[:writers])
    return writers * points * 2, stored, elapsed


def flood_round(store: str, megabytes: int) -> tuple[int, bool, float, float]:
    line = "INFO worker 3 fetched shard from /data/train/part-00017 in 0.25s"
    command = f"yes '{line}' | head -c {megabytes * 1_000_000}"
    env = dict(os.environ, EXPCTL_DB=store)
    started = time.perf_counter()
    proc = subprocess.Popen([EXPCTL, "run", "--", "sh", "-c", command], env=env,
                            stdout=subprocess.PIPE)
    digest, size = hashlib.sha256(), 0
    for chunk in iter(lambda: proc.stdout.read(1 << 20), b""):
        digest.update(chunk)
        size += len(chunk)
    proc.wait()
    elapsed = time.perf_counter() - started
    expected = hashlib.sha256()
    plain = subprocess.Popen(["sh", "-c", command], stdout=subprocess.PIPE)
    for chunk in iter(lambda: plain.stdout.read(1 << 20), b""):
        expected.update(chunk)
    plain.wait()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return size, digest.digest() == expected.digest(), elapsed, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=32)
    parser.add_argument("--points", type=int, default=200_000)
    parser.add_argument("--flood-mb", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not os.path.exists(EXPCTL):
        sys.exit(f"Error: no expctl script at {EXPCTL}; pip install . into this interpreter's venv")
    lost = 0
    with tempfile.TemporaryDirectory() as folder:
        for round_no in range(1, args.rounds + 1):
            store = str(Path(folder) / f"soak-{round_no}.db")
            expected, stored, elapsed = writers_round(store, args.writers, args.points)
            lost += expected - stored
            print(f"round {round_no}: {args.writers} writers x {args.points:,} lines: "
                  f"{stored:,}/{expected:,} points stored in {elapsed:.1f} s")
        size, exact, elapsed, peak = flood_round(str(Path(folder) / "flood.db"), args.flood_mb)
        print(f"flood: {size:,} bytes in {elapsed:.1f} s ({size / elapsed / 1e6:.0f} MB/s), "
              f"byte-exact: {exact}, peak RSS of the largest child (expctl): {peak:.0f} MB")
    return 1 if lost or not exact else 0


if __name__ == "__main__":
    raise SystemExit(main())
