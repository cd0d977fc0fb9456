"""Start-up cost of expctl's commands, against a bare start of the same interpreter.

    /path/to/venv/bin/python bench/bench_startup.py [--repeat N] [--runs N] [--expctl PATH]
                                                    [--before OTHER_VENV/bin/expctl]

Measure the installed package (`pip install .` into a venv, not `-e`), with that venv's own
interpreter: the `expctl` script is looked for next to `sys.executable`, and the baseline is
`sys.executable -c pass`. Each figure runs the baseline and the expctl command alternately
(baseline, expctl, baseline, ...) `--repeat` times, so a machine getting busier affects both
alike, and prints the medians and their ratio, of wall time and of CPU time (wait4's user +
system: on a loaded machine the wall ratio grows with the load, the CPU ratio much less). `--before` measures a second build (another
venv's `expctl`, e.g. the previous release) in the same rounds, for a before/after that a
machine's swings do not skew; its ratio is against the same bare starts. The light commands read a synthetic store of
`--runs` runs (bench/make_store.py); `run -- true` records into a fresh store, in a plain
folder and in a git repository, with an uncommitted change and without.

Issue 15's targets: light commands (list, show, compare, ttest) <= 4x a bare start;
`expctl run -- true` <= 2.5x.
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

HERE = os.path.dirname(os.path.abspath(__file__))


def measure(argv: list[str], env: dict, cwd: str | None = None) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, the process and the children it waited
    for, from wait4) of one run of `argv` (stdout to /dev/null); raise if it fails. On a busy
    machine the wall time grows with every other process's load; the CPU time much less."""
    began = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, cwd=cwd, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - began
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here: tell Popen
    proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"Error: {' '.join(argv)} exited {proc.returncode}\n"
                         f"{err.decode(errors='replace')[-800:]}")
    return elapsed, usage.ru_utime + usage.ru_stime


def rounds(commands, repeat: int) -> list[tuple[float, float]]:
    """(median wall time, median CPU time) of each of `commands` (callables returning both),
    run in turn `repeat` times after one warm-up round."""
    for command in commands:
        command()
    samples: list[list[tuple[float, float]]] = [[] for _ in commands]
    for _ in range(repeat):
        for i, command in enumerate(commands):
            samples[i].append(command())
    return [(statistics.median(w for w, _ in s), statistics.median(c for _, c in s))
            for s in samples]


def bench_env(db: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXPCTL_")}
    env.update(EXPCTL_DB=db, NO_COLOR="1", COLUMNS="120")
    return env


def light_figures(expctl: str, db: str, runs: int) -> list[tuple[str, list[str], str]]:
    """(label, argv, target) of the light commands on a store of `runs` runs."""
    half = min(1000, runs // 2)
    return [
        ("list", [expctl, "list"], "<= 4x"),
        ("list -f json", [expctl, "list", "-f", "json"], ""),
        ("show last", [expctl, "show", "last"], "<= 4x"),
        ("compare 1..10", [expctl, "compare", "1..10"], "<= 4x"),
        (f"ttest acc, 2 x {half:,}",
         [expctl, "ttest", "acc", "--a", f"1..{half}", "--b", f"{half + 1}..{2 * half}"], "<= 4x"),
    ]


def make_git_repo(path: str, dirty: bool = True) -> None:
    git = ["git", "-c", "init.defaultBranch=main", "-c", "user.name=bench",
           "-c", "user.email=bench@example.invalid", "-c", "commit.gpgsign=false"]
    os.makedirs(path)
    with open(os.path.join(path, "train.py"), "w") as f:
        f.write("print('hello')\n")
    for args in (["init", "-q"], ["add", "train.py"], ["commit", "-q", "-m", "first"]):
        subprocess.run(git + args, cwd=path, check=True, capture_output=True)
    if dirty:
        with open(os.path.join(path, "train.py"), "w") as f:
            f.write("print('hello, dirty')\n")


def startup_rows(expctl: str, workdir: str, runs: int, repeat: int,
                 before: str | None = None, only: str | None = None) -> list[dict]:
    """Every start-up figure (those whose label holds `only`, when given): label, baseline
    and expctl medians (s), ratio, target (and the `before` build's median and ratio, when
    given). bench/report.py can call this."""
    sys.path.insert(0, HERE)
    from make_store import build_store

    db = os.path.join(workdir, f"startup-{runs}.db")
    if not os.path.exists(db):
        build_store(db, runs)
    bare = [sys.executable, "-c", "pass"]
    env = bench_env(db)
    figures = [(label, argv, env, None, target) for label, argv, target in light_figures(expctl, db, runs)]
    true = shutil.which("true") or "/bin/true"
    plain = os.path.join(workdir, "plain")
    os.makedirs(plain, exist_ok=True)
    figures.append(("run -- true", [expctl, "run", "--", true],
                    bench_env(os.path.join(workdir, "run.db")), plain, "<= 2.5x"))
    if shutil.which("git"):
        repo = os.path.join(workdir, "repo")
        if not os.path.exists(repo):
            make_git_repo(repo)
        figures.append(("run -- true (git repo, dirty)", [expctl, "run", "--", true],
                        bench_env(os.path.join(workdir, "run-git.db")), repo, "<= 2.5x"))
        # A clean tree: no patch to record (nor to redact), only git's four answers.
        clean = os.path.join(workdir, "repo-clean")
        if not os.path.exists(clean):
            make_git_repo(clean, dirty=False)
        figures.append(("run -- true (git repo, clean)", [expctl, "run", "--", true],
                        bench_env(os.path.join(workdir, "run-git-clean.db")), clean, "<= 2.5x"))
    rows = []
    for label, argv, fig_env, cwd, target in figures:
        if only and only not in label:
            continue
        commands = [lambda: measure(bare, env),
                    lambda argv=argv, e=fig_env, d=cwd: measure(argv, e, d)]
        if before:
            commands.append(lambda argv=argv, e=fig_env, d=cwd: measure([before, *argv[1:]], e, d))
        (base, base_cpu), (cand, cand_cpu), *old = rounds(commands, repeat)
        rows.append({"figure": label, "baseline_s": base, "expctl_s": cand,
                     "ratio": cand / base, "target": target,
                     "baseline_cpu_s": base_cpu, "expctl_cpu_s": cand_cpu,
                     "cpu_ratio": cand_cpu / base_cpu if base_cpu else float("nan")})
        if old:
            rows[-1].update(before_s=old[0][0], before_ratio=old[0][0] / base,
                            before_cpu_ratio=old[0][1] / base_cpu if base_cpu else float("nan"))
        print_row(rows[-1])
    return rows


def print_row(row: dict) -> None:
    before = (f"  (before: {row['before_s'] * 1e3:.1f} ms, {row['before_ratio']:.2f}x,"
              f" cpu {row['before_cpu_ratio']:.2f}x)" if "before_s" in row else "")
    print(f"{row['figure']:32} {row['baseline_s'] * 1e3:8.1f} ms {row['expctl_s'] * 1e3:8.1f} ms "
          f"{row['ratio']:6.2f}x  cpu {row['cpu_ratio']:5.2f}x  {row['target']:7}{before}",
          flush=True)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--repeat", type=int, default=20, help="paired runs per figure (default 20)")
    p.add_argument("--runs", type=int, default=2000, help="runs in the store read (default 2000)")
    p.add_argument("--expctl", default=os.path.join(os.path.dirname(sys.executable), "expctl"))
    p.add_argument("--before", metavar="PATH", help="another build's expctl, measured alongside")
    p.add_argument("--only", metavar="TEXT", help="only the figures whose label holds TEXT "
                   "(e.g. 'run --': the two run figures)")
    args = p.parse_args(argv)
    if not os.access(args.expctl, os.X_OK):
        raise SystemExit(f"Error: no expctl script at {args.expctl}; install expctl into this "
                         "interpreter's venv (pip install .) or pass --expctl PATH")
    print(f"python -c pass: {sys.executable}\nexpctl: {args.expctl}\n"
          f"{'figure':32} {'python':>11} {'expctl':>11} {'ratio':>7}  {'cpu ratio':>10}  target",
          flush=True)
    with tempfile.TemporaryDirectory(prefix="expctl-startup-") as workdir:
        startup_rows(args.expctl, workdir, args.runs, args.repeat, args.before, args.only)


if __name__ == "__main__":
    main()
