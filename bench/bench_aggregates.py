"""Two expctl builds side by side on the commands that read every run (importance, groups,
ttest --by): interleaved runs (A, B, A, B ...), medians of wall and CPU seconds, peak MB.

    python bench/bench_aggregates.py --a /tmp/base/bin/expctl --b /tmp/new/bin/expctl \\
        --db /tmp/rep/store-100000-v7.db --repeat 7

CPU time (user + system of the process, from wait4's rusage) is printed beside wall time: on
a machine shared with other work, wall time moves with the load and CPU time much less. The
store is only read. Give non-editable installs (see bench/README.md): an editable checkout
compiles its modules at every start.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import time

COMMANDS = (("importance", "acc"), ("groups", "acc"), ("ttest", "acc", "--by", "lr"))


def measure(expctl: str, args: tuple[str, ...], env: dict) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one run; raise on failure."""
    began = time.perf_counter()
    proc = subprocess.Popen([expctl, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    err = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - began
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode:
        raise SystemExit(f"{expctl} {' '.join(args)} exited {proc.returncode}: {err.decode()[-400:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--a", required=True, help="the baseline build's expctl")
    parser.add_argument("--b", required=True, help="the build measured against it")
    parser.add_argument("--db", required=True, help="the store (read only)")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXPCTL_")}
    env.update(EXPCTL_DB=args.db, NO_COLOR="1", COLUMNS="120")
    print(f"{'command':<22} {'A wall':>7} {'B wall':>7} {'A cpu':>7} {'B cpu':>7} {'B/A cpu':>8} "
          f"{'A MB':>6} {'B MB':>6}")
    for command in COMMANDS:
        found: dict[str, list[tuple[float, float, float]]] = {"a": [], "b": []}
        for _ in range(args.repeat):
            for side in ("a", "b"):
                found[side].append(measure(getattr(args, side), command, env))
        (wa, ca, ma), (wb, cb, mb) = ([statistics.median(r[i] for r in found[s]) if i < 2 else
                                       max(r[i] for r in found[s]) for i in range(3)] for s in ("a", "b"))
        print(f"{' '.join(command):<22} {wa:7.3f} {wb:7.3f} {ca:7.3f} {cb:7.3f} {cb / ca:8.2f} {ma:6.0f} {mb:6.0f}")


if __name__ == "__main__":
    main()
