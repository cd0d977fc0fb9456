"""`expctl export` and `expctl import` of two installs side by side (issue 15's transfer bars).

    python bench/bench_transfer.py --base /tmp/base-inst --mine /tmp/mine-inst \\
        --export-store store-100000-v7.db --import-store store-10000-v7.db --reps 3
    python bench/bench_transfer.py --base ... --mine ... --export-store ... --export-only
    python bench/bench_transfer.py --base ... --mine ... --import-store ... --import-only

Each install's console script is run as users run it, the two interleaved, `--reps` times:
`export` of every run of --export-store (copied first: the bench never writes to it) to a file,
and `import` of an export of --import-store (written once, by --base) into a fresh store.
Prints, per command and install, the medians of wall time, CPU (the process and its workers)
and peak memory (the largest of the process and its workers), runs per second, and the ratio
mine / base; checks that both exports hold the same run lines, byte for byte (the header holds
the time) and that the imported stores export the same lines. CPU over wall shows how many
cores a command kept busy: on a shared machine, wall time says more about the neighbours.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run(argv: list[str]) -> tuple[float, float, int]:
    """(wall s, CPU s, peak RSS MB) of a command, its waited-for workers included."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0,):
        sys.exit(f"{' '.join(argv)} failed ({proc.returncode}): {proc.stderr.read().decode()[-500:]}")
    proc.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def same_runs(a: str, b: str) -> bool:
    with open(a, "rb") as fa, open(b, "rb") as fb:
        fa.readline()
        fb.readline()
        while True:
            x, y = fa.read(1 << 20), fb.read(1 << 20)
            if x != y:
                return False
            if not x:
                return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", required=True, help="the baseline install (a venv)")
    parser.add_argument("--mine", required=True, help="the install measured (a venv)")
    parser.add_argument("--export-store", help="required unless --import-only")
    parser.add_argument("--import-store", help="required unless --export-only")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--work", default=None, help="a folder for the copies and files")
    parser.add_argument("--export-only", action="store_true", help="time the export alone")
    parser.add_argument("--import-only", action="store_true", help="time the imports alone")
    args = parser.parse_args()
    if args.import_only and args.export_only:
        parser.error("--import-only and --export-only exclude each other")
    if not args.import_only and not args.export_store:
        parser.error("--export-store is required unless --import-only")
    work = args.work or tempfile.mkdtemp(prefix="bench-transfer-")
    installs = {"base": os.path.join(args.base, "bin", "expctl"), "mine": os.path.join(args.mine, "bin", "expctl")}
    os.makedirs(work, exist_ok=True)
    store = os.path.join(work, "export-store.db")
    if not args.import_only:
        subprocess.run(["cp", "--reflink=auto", args.export_store, store], check=True)
    source = os.path.join(work, "import-source.jsonl")
    small = os.path.join(work, "import-store.db")
    n_export, n_import = (0 if args.import_only else _count_runs(store)), 0
    if not args.export_only:
        if not args.import_store:
            parser.error("--import-store is required unless --export-only")
        subprocess.run(["cp", "--reflink=auto", args.import_store, small], check=True)
        run([installs["base"], "export", "--db", small, "-o", source])
        n_import = _count_runs(small)
    results: dict[tuple[str, str], list[tuple[float, float, int]]] = {}
    for rep in range(args.reps):
        for name, script in installs.items():  # interleaved: base, mine, base, mine ...
            if not args.import_only:
                out = os.path.join(work, f"export-{name}.jsonl")
                results.setdefault(("export", name), []).append(run([script, "export", "--db", store, "-o", out]))
            if args.export_only:
                continue
            target = os.path.join(work, f"imported-{name}.db")
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(target + suffix):
                    os.unlink(target + suffix)
            results.setdefault(("import", name), []).append(run([script, "import", "--db", target, source]))
        print(f"rep {rep + 1}/{args.reps} done", file=sys.stderr)
    same_export = args.import_only or same_runs(os.path.join(work, "export-base.jsonl"),
                                                os.path.join(work, "export-mine.jsonl"))
    commands = (("export", n_export),) if args.export_only else (("export", n_export), ("import", n_import))
    if args.import_only:
        commands = (("import", n_import),)
    for name in installs if not args.export_only else ():
        run([installs["base"], "export", "--db", os.path.join(work, f"imported-{name}.db"), "-o",
             os.path.join(work, f"back-{name}.jsonl")])
    same_import = args.export_only or same_runs(os.path.join(work, "back-base.jsonl"),
                                                os.path.join(work, "back-mine.jsonl"))
    print(f"{'command':<8} {'install':<5} {'runs':>7} {'wall s':>7} {'CPU s':>7} {'CPU/wall':>8} "
          f"{'peak MB':>7} {'runs/s':>8}")
    for command, n in commands:
        medians = {}
        for name in installs:
            samples = results[command, name]
            wall, cpu, rss = (statistics.median(s[i] for s in samples) for i in range(3))
            medians[name] = wall, cpu
            print(f"{command:<8} {name:<5} {n:>7} {wall:>7.2f} {cpu:>7.2f} {cpu / wall:>8.2f} {rss:>7.0f} "
                  f"{n / wall:>8.0f}")
        print(f"{command:<8} mine/base: wall {medians['mine'][0] / medians['base'][0]:.2f}, "
              f"CPU {medians['mine'][1] / medians['base'][1]:.2f}")
    print(f"export run lines identical: {same_export}"
          + ("" if args.export_only else f"; imported stores export identical lines: {same_import}"))
    if not args.work:
        shutil.rmtree(work)


def _count_runs(path: str) -> int:
    import sqlite3

    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute("SELECT COUNT(*) FROM runs").fetchone()[0]
    finally:
        db.close()


if __name__ == "__main__":
    main()
