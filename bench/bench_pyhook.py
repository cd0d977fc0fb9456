"""What `expctl run --py-hook` costs a Python child at start-up: the start-up hook alone.

    python bench/bench_pyhook.py [--repeat N]

Starts the venv's own interpreter (`sys.executable`; never a pyenv shim) as the child, without
and with the hook's folder first on PYTHONPATH and EXPCTL_METRICS_FILE set (so the hook installs
fully), interleaved (without, with, without, with, ...) so that a machine getting busier affects
both alike. Prints medians of wall time and of CPU time (user + system: on a busy machine the
steadier figure), and the differences. Two children:

* `python -c pass`: the bare start-up cost of the hook (importing it, taking its folder off
  sys.path, chaining the next sitecustomize, installing the import watcher);
* an argparse script with defaults: the same plus patching argparse when the script imports it
  and writing one record to the side channel.

Bytecode is cached as usual (PYTHONDONTWRITEBYTECODE unset; `pip install` compiles the hook);
a third row shows `python -c pass` when the hook must be compiled at every start.

The hook's budget is 5 ms of the child's start-up.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ARGPARSE_CHILD = """\
import argparse
p = argparse.ArgumentParser()
p.add_argument("--lr", type=float, default=0.01)
p.add_argument("--epochs", type=int, default=3)
p.add_argument("--layers", type=int, nargs="+", default=[64, 32])
p.parse_args()
"""


def hook_dir() -> str:
    import expctl.pyhook

    return expctl.pyhook.HOOK_DIR


def time_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one child. The CPU time (user + system, from the kernel's
    per-task accounting) is far less disturbed than the wall time by other load on the machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def measure(label: str, argv: list[str], repeat: int, side: str, bytecode: bool = True) -> None:
    plain = dict(os.environ)
    plain.pop("PYTHONPATH", None)
    plain.pop("PYTHONDONTWRITEBYTECODE", None)
    if not bytecode:
        plain["PYTHONDONTWRITEBYTECODE"] = "1"
    hooked = dict(plain, PYTHONPATH=hook_dir(), EXPCTL_METRICS_FILE=side)
    for _ in range(3):  # warm the page cache and the bytecode caches of both
        time_once(argv, plain)
        time_once(argv, hooked)
    without, with_hook = [], []
    for _ in range(repeat):
        without.append(time_once(argv, plain))
        with_hook.append(time_once(argv, hooked))
    for kind, index in (("wall", 0), ("cpu", 1)):
        a = statistics.median(t[index] for t in without)
        b = statistics.median(t[index] for t in with_hook)
        print(f"{label:<28} {kind:<4} without {a * 1000:7.2f} ms   with hook {b * 1000:7.2f} ms"
              f"   {(b - a) * 1000:+.2f} ms (median of {repeat})")


def importtime_of_hook(python: str, side: str, repeat: int) -> None:
    """Python's own account (-X importtime) of the time spent importing `sitecustomize`: the
    hook's whole start-up work, chaining included, apart from everything else in the process."""
    env = dict(os.environ, PYTHONPATH=hook_dir(), EXPCTL_METRICS_FILE=side)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    samples = []
    for _ in range(repeat):
        err = subprocess.run([python, "-X", "importtime", "-c", "pass"], env=env, check=True,
                             capture_output=True, text=True).stderr
        line = next(x for x in err.splitlines() if x.split("|")[-1].strip() == "sitecustomize")
        samples.append(int(line.split("|")[1]))  # cumulative microseconds
    print(f"{'import sitecustomize (-X importtime)':<34} {statistics.median(samples) / 1000:.2f} ms"
          f" (median of {repeat})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        side = os.path.join(folder, "side.jsonl")
        open(side, "w").close()
        script = os.path.join(folder, "child.py")
        with open(script, "w") as f:
            f.write(ARGPARSE_CHILD)
        print(f"python: {python}")
        measure("python -c pass", [python, "-c", "pass"], args.repeat, side)
        measure("python argparse-script.py", [python, script, "--lr", "0.1"], args.repeat, side)
        # Where the hook's folder is read-only to the child and holds no bytecode for its
        # Python version (the hook is compiled at every start):
        measure("python -c pass, no .pyc", [python, "-c", "pass"], args.repeat, side, False)
        importtime_of_hook(python, side, args.repeat)
        with open(side) as f:
            records = sum(1 for _ in f)
        print(f"side channel: {records} argparse records written by the hooked runs")


if __name__ == "__main__":
    main()
