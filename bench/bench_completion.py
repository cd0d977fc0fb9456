"""How long a Tab press waits: `expctl __complete runs PREFIX` against a bare Python start.

    python bench/bench_completion.py [--runs N] [--repeat N]

Builds a store of N runs in a temp folder with the real CLI, then times the completion command
and `python -c pass` interleaved; prints medians and the ratio (measured in this one process).
Use the virtualenv's interpreter: the `expctl` script is looked for next to `sys.executable`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _time(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args()
    expctl = str(Path(sys.executable).with_name("expctl"))
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "EXPCTL_DB": os.path.join(home, "store.db"), "HOME": home}
        for i in range(args.runs):
            subprocess.run([expctl, "run", "-q", "-n", f"lenet-{i}", "--", "true"], env=env,
                           check=True, stderr=subprocess.DEVNULL)
        complete, bare = [], []
        for _ in range(args.repeat):
            bare.append(_time([sys.executable, "-c", "pass"], env))
            complete.append(_time([expctl, "__complete", "runs", "len"], env))
    b, c = statistics.median(bare), statistics.median(complete)
    print(f"python -c pass          median {b * 1000:7.1f} ms")
    print(f"expctl __complete runs  median {c * 1000:7.1f} ms   ratio {c / b:.2f}x")


if __name__ == "__main__":
    main()
