"""Every figure of issue 15 in one table: expctl against its baseline, measured side by side.

    .venv/bin/python bench/report.py                         # stores of 10,000 and 100,000 runs
    .venv/bin/python bench/report.py --runs 10000 --repeat 3 # a quicker look

Synthetic stores (bench/make_store.py: N runs x 5 params x 5 metrics x 100 points) are built
once into --workdir and reused while the store's schema version is the same (--rebuild forces a
new build). Each figure runs the installed `expctl` console script (next to this interpreter, or
--expctl) and a baseline, interleaved (baseline, expctl, baseline, ...), and reports medians, the
ratio, and the peak resident memory of the expctl process tree (from wait4's rusage, so a wrapped
child counts too: it is the smaller of the two in every figure here).

Baselines: a bare start of this interpreter (`python -c pass`) for start-up and the light commands;
the raw SQL query that fetches what the command needs, run by the same interpreter, for the
commands that read many runs; `cat FILE | cat` for metric-free passthrough; the child writing to
a file for metric-dense output. The results also go to --workdir/report-<time>.json.
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
PY = sys.executable
SQL = (  # the raw-SQL baselines: what each command has to read, fetched by the bare interpreter
    "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); "
    "rows=db.execute(sys.argv[2]).fetchall(); print(len(rows))"
)
Q_LIST = ("SELECT r.*, s.name, s.last, s.min, s.max, s.count FROM runs r "
          "LEFT JOIN metric_summaries s ON s.run_id = r.id")
Q_PARAM_METRIC = ("SELECT p.run_id, p.name, p.value, s.last FROM params p JOIN metric_summaries s "
                  "ON s.run_id = p.run_id AND s.name = 'acc'")
Q_METRIC = "SELECT run_id, last FROM metric_summaries WHERE name = 'acc'"
Q_PARAM_ONE = ("SELECT p.run_id, p.value, s.last FROM params p JOIN metric_summaries s "
               "ON s.run_id = p.run_id AND s.name = 'acc' WHERE p.name = 'lr'")
Q_DAY = "SELECT date(started_at, 'unixepoch', 'localtime') d, COUNT(*) FROM runs GROUP BY d"
Q_EXPORT = ("SELECT * FROM runs r JOIN metric_chunks c ON c.run_id = r.id "
            "JOIN params p ON p.run_id = r.id AND p.name = 'lr'")


def measure(argv: list[str], stdout=None, env=None, stdin=None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of the process tree of `argv`; raise on failure."""
    out = subprocess.DEVNULL if stdout is None else stdout
    began = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.PIPE, env=env, stdin=stdin)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - began
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here: tell Popen
    proc.stderr.close()
    if proc.returncode != 0:
        tail = err.decode(errors="replace")[-800:]
        raise SystemExit(f"Error: {' '.join(argv)} exited {proc.returncode}\n{tail}")
    return wall, usage.ru_maxrss / 1024.0


class Figure:
    """One row of the table: a baseline and the expctl command, each a callable -> (s, MB)."""

    def __init__(self, name: str, size: str, baseline, candidate, target: str = "", note: str = ""):
        self.name, self.size, self.target, self.note = name, size, target, note
        self.baseline, self.candidate = baseline, candidate
        self.base_name = getattr(baseline, "label", "")
        self.base_s: list[float] = []
        self.cand_s: list[float] = []
        self.cand_mb: list[float] = []
        self.extra = ""

    def run(self, repeat: int, slow_s: float) -> None:
        for i in range(repeat):
            self.base_s.append(self.baseline()[0])
            wall, mb = self.candidate()
            self.cand_s.append(wall)
            self.cand_mb.append(mb)
            if i == 0 and wall > slow_s:
                break  # one sample of a slow command: the budget goes to the rest

    def row(self) -> dict:
        base, cand = statistics.median(self.base_s), statistics.median(self.cand_s)
        return {"figure": self.name, "store": self.size, "baseline": self.base_name,
                "baseline_s": base, "expctl_s": cand,
                "ratio": cand / base if base else float("nan"), "peak_mb": max(self.cand_mb),
                "repeats": len(self.cand_s), "target": self.target, "note": self.extra or self.note}


def expctl_cmd(expctl: str, db: str, *args: str):
    env = _env(db)
    return lambda: measure([expctl, *args], env=env)


def labelled(baseline, label: str):
    """`baseline`, carrying the name the table prints for it."""
    baseline.label = label
    return baseline


def sql_cmd(db: str, query: str):
    return labelled(lambda: measure([PY, "-c", SQL, db, query]), "raw SQL")


def _env(db: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXPCTL_")}
    env.update(EXPCTL_DB=db, NO_COLOR="1", COLUMNS="120")
    return env


def bare_python():
    return measure([PY, "-c", "pass"])


bare_python.label = "python -c pass"  # type: ignore[attr-defined]


def store_figures(expctl: str, db: str, runs: int, workdir: str) -> list[Figure]:
    """The figures read from a store of `runs` runs."""
    size = _size(runs)
    e = lambda *a: expctl_cmd(expctl, db, *a)  # noqa: E731
    half = 1000 if runs >= 2000 else runs // 2
    export_file = os.path.join(workdir, f"export-{size}.jsonl")
    figures = [
        Figure("list", size, bare_python, e("list"), "<= 4x"),
        Figure("show last", size, bare_python, e("show", "last"), "<= 4x"),
        Figure("compare of 10", size, bare_python, e("compare", "1..10"), "<= 4x"),
        Figure(f"ttest 2 x {half:,}", size, bare_python,
               e("ttest", "acc", "--a", f"1..{half}", "--b", f"{half + 1}..{2 * half}"), "<= 4x"),
        Figure("list --all -f json", size, sql_cmd(db, Q_LIST), e("list", "--all", "-f", "json"),
               "<= 5 s, flat memory"),
        Figure("list --all -f csv", size, sql_cmd(db, Q_LIST), e("list", "--all", "-f", "csv"),
               "<= 5 s, flat memory"),
        Figure(f"check vs {runs:,} runs", size, sql_cmd(db, Q_METRIC),
               e("check", "last", "--metric", "acc", "--baseline", f"1..{runs}", "--no-worse-than", "100%"),
               "<= 1 s, <= 150 MB"),
        Figure("importance acc", size, sql_cmd(db, Q_PARAM_METRIC), e("importance", "acc"),
               "<= 1 s, <= 150 MB"),
        Figure("groups acc", size, sql_cmd(db, Q_PARAM_METRIC), e("groups", "acc"),
               "<= 1 s, <= 150 MB"),
        Figure("ttest acc --by lr", size, sql_cmd(db, Q_PARAM_ONE), e("ttest", "acc", "--by", "lr"),
               "<= 1 s, <= 150 MB"),
        Figure("count --by day", size, sql_cmd(db, Q_DAY), e("count", "--by", "day"),
               "<= 1 s, <= 150 MB"),
        Figure("export", size, sql_cmd(db, Q_EXPORT), e("export", "-o", export_file),
               "<= 5 s, flat memory"),
    ]
    for fig in figures:
        fig.runs = runs
    return figures


def _size(runs: int) -> str:
    return f"{runs // 1000}k" if runs >= 1000 else str(runs)


def import_figure(expctl: str, export_file: str, runs: int, workdir: str) -> Figure:
    """Import the first `runs` runs of an export into a fresh store each time; the rate goes
    in the note. (A slice keeps the report within its time: the rate is what is measured.)"""
    sliced = os.path.join(workdir, f"export-first-{runs}.jsonl")
    with open(export_file, encoding="utf-8") as source, open(sliced, "w", encoding="utf-8") as out:
        for number, line in enumerate(source):
            if number > runs:
                break
            out.write(line)
    export_file = sliced

    def candidate():
        target = os.path.join(workdir, "import.db")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(target + suffix):
                os.remove(target + suffix)
        return measure([expctl, "import", export_file], env=_env(target))

    fig = Figure(f"import {runs:,} runs", _size(runs), bare_python, candidate, ">= 5,000 runs/s")
    return fig


def machine_figures(expctl: str, workdir: str, mb: int) -> list[Figure]:
    """Start-up and passthrough: no store to speak of (a fresh one in workdir)."""
    db = os.path.join(workdir, "runs.db")
    for leftover in (db, db + "-wal", db + "-shm"):  # fresh: not the last report's runs (or schema)
        if os.path.exists(leftover):
            os.remove(leftover)
    env = _env(db)
    plain = os.path.join(workdir, "plain.txt")
    _write_plain(plain, mb)
    dense = os.path.join(workdir, "dense.py")
    lines = mb * 1_000_000 // 40
    with open(dense, "w") as f:
        f.write("import sys\nw = sys.stdout.write\n"
                f"for i in range({lines}):\n    w(f'step: {{i}} loss: {{1/(i+1):.6f}} acc: {{i % 997 / 997:.4f}}\\n')\n")
    out = os.path.join(workdir, "out.txt")

    def to_file(argv, with_env=None):
        def go():
            with open(out, "wb") as f:
                return measure(argv, stdout=f, env=with_env)
        return go

    def own_peak(argv, with_env):  # expctl's own peak RSS, not its child's (bench_passthrough)
        sys.path.insert(0, HERE)
        from bench_passthrough import measure as measure_own

        def go():
            sample = measure_own(argv, out, env=with_env)
            return sample.wall, sample.own_mb
        return go

    return [
        Figure("run -- true", "-", bare_python, lambda: measure([expctl, "run", "--", "true"], env=env),
               "<= 2.5x"),
        Figure(f"passthrough, metric-free ({mb} MB)", "-",
               labelled(to_file(["sh", "-c", f"cat '{plain}' | cat"]), "cat | cat"),
               own_peak([expctl, "run", "--", "cat", plain], env), "<= 1.5x, <= 60 MB"),
        Figure(f"ingest, metric-dense ({lines:,} lines)", "-", labelled(to_file([PY, dense]), "child > file"),
               own_peak([expctl, "run", "--", PY, dense], env), "<= 1.3x, <= 60 MB"),
    ]


def _write_plain(path: str, mb: int) -> None:
    line = b"the quick brown fox jumps over the lazy dog, again and again and again\n"
    with open(path, "wb") as f:
        for _ in range(mb * 1_000_000 // len(line) // 1000):
            f.write(line * 1000)


def bytes_per_point(db: str) -> tuple[float, int]:
    import sqlite3

    con = sqlite3.connect(db)
    try:
        points = con.execute("SELECT SUM(count) FROM metric_summaries").fetchone()[0] or 0
        try:
            size = con.execute("SELECT SUM(pgsize) FROM dbstat WHERE name = 'metric_chunks'").fetchone()[0]
        except sqlite3.OperationalError:  # an SQLite built without dbstat: the whole file
            size = os.path.getsize(db)
        return (size / points if points else float("nan")), points
    finally:
        con.close()


def ensure_store(workdir: str, runs: int, rebuild: bool) -> str:
    sys.path.insert(0, HERE)
    from make_store import build_store
    from expctl.store.migrations import SCHEMA_VERSION

    path = os.path.join(workdir, f"store-{runs}-v{SCHEMA_VERSION}.db")
    if rebuild or not os.path.exists(path):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)
        result = build_store(path, runs)
        print(f"built {path}: {runs:,} runs in {result['seconds']:.0f} s", file=sys.stderr)
    return path


HEAD = (f"{'figure':38} {'store':>5} {'baseline is':>14} {'baseline':>9} {'expctl':>9} {'ratio':>7}"
        f" {'peak MB':>8} {'n':>2}  target / note")


def print_row(r: dict) -> None:
    """One row, printed as soon as it is measured (a later failure loses nothing)."""
    if not r["repeats"]:  # a figure that is no timing (bytes per point): its note says it all
        print(f"{r['figure']:38} {r['store']:>5} {'':>14} {'-':>9} {'-':>9} {'-':>7} {'-':>8} {'-':>2}"
              f"  {r['target']}{'  ' + r['note'] if r['note'] else ''}", flush=True)
        return
    print(f"{r['figure']:38} {r['store']:>5} {r.get('baseline', ''):>14} {r['baseline_s']:>8.3f}s {r['expctl_s']:>8.3f}s "
          f"{r['ratio']:>6.1f}x {r['peak_mb']:>8.0f} {r['repeats']:>2}  {r['target']}"
          f"{'  ' + r['note'] if r['note'] else ''}", flush=True)


def editable_warning() -> str | None:
    """A warning when this interpreter's site-packages holds an editable install: its import
    hook slows every start (30 ms against 11 ms here), so ratios against ``python -c pass``
    would come out too small. The venv of a regular ``pip install`` is the one to run."""
    import glob
    import site

    for folder in site.getsitepackages():
        if glob.glob(os.path.join(folder, "__editable__*.pth")):
            return (f"warning: {PY} has an editable install in {folder}: its start-up is slower, "
                    "so the ratios against `python -c pass` are understated; run this script "
                    "with the interpreter of a regular install")
    return None


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", default="10000,100000", help="store sizes, comma-separated")
    p.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "expctl-bench"))
    p.add_argument("--repeat", type=int, default=5, help="samples per figure (slow ones: 1)")
    p.add_argument("--slow", type=float, default=3.0, help="a command slower than this runs once")
    p.add_argument("--passthrough-mb", type=int, default=200)
    p.add_argument("--expctl", default=os.path.join(os.path.dirname(PY), "expctl"))
    p.add_argument("--rebuild", action="store_true", help="build the stores again")
    p.add_argument("--import-runs", type=int, default=20_000,
                   help="runs of the smallest store's export imported for the import rate")
    args = p.parse_args(argv)
    if (warning := editable_warning()) is not None:
        print(warning, file=sys.stderr)
    os.makedirs(args.workdir, exist_ok=True)
    figures: list[Figure] = machine_figures(args.expctl, args.workdir, args.passthrough_mb)
    sizes = [int(n) for n in args.runs.split(",")]
    stores = {}
    for runs in sizes:
        stores[runs] = ensure_store(args.workdir, runs, args.rebuild)
        figures += store_figures(args.expctl, stores[runs], runs, args.workdir)
    began = time.perf_counter()
    rows = []
    print(HEAD + "\n" + "-" * len(HEAD), flush=True)
    for runs, db in stores.items():
        bpp, points = bytes_per_point(db)
        rows.append({"figure": "bytes per point (100-pt series)", "store": _size(runs),
                     "baseline_s": 0.0, "expctl_s": 0.0, "ratio": float("nan"), "peak_mb": 0.0,
                     "repeats": 0, "target": "<= 26", "note": f"{bpp:.1f} B/point over {points:,} points"})
        print_row(rows[-1])
    for fig in figures:
        fig.run(args.repeat, args.slow)
        rows.append(fig.row())
        print_row(rows[-1])
        runs = getattr(fig, "runs", 0)
        if fig.name == "export" and runs == min(sizes):  # the import rate, from this export
            count = min(runs, args.import_runs)
            imp = import_figure(args.expctl, os.path.join(args.workdir, f"export-{fig.size}.jsonl"),
                                count, args.workdir)
            imp.run(1, 0)
            imp.extra = f"{count / statistics.median(imp.cand_s):,.0f} runs/s"
            rows.append(imp.row())
            print_row(rows[-1])
    stamp = time.strftime("%Y%m%d-%H%M%S")
    with open(os.path.join(args.workdir, f"report-{stamp}.json"), "w") as f:
        json.dump({"rows": rows, "seconds": time.perf_counter() - began,
                   "python": PY, "expctl": args.expctl}, f, indent=1)
    print(f"\n{time.perf_counter() - began:.0f} s of measuring; python -c pass is {PY}", file=sys.stderr)


if __name__ == "__main__":
    main()
