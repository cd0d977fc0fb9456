"""HELD-OUT fixture (ninth half, see generate/heldout9/README.md): do not read while tuning the
parser.

Command-line benchmarks with hyperfine (the Debian package, 1.15), the way people time data
tools from a script: a parameter scan of gzip's compression level on a generated CSV
(``hyperfine --warmup 1 --runs 6 -P level 1 9 -D 4 'gzip -{level} -c data.csv'``), then a
comparison of two Python start-ups (``python -c 'import json'`` against ``python -c 'import
decimal'``), each run with hyperfine's output going straight to the capture (it inherits the
script's stdout and stderr), and the exported JSON read back by the script for a line of its
own per command. On a terminal hyperfine draws a progress bar with a ``Current estimate`` and
colours; on a pipe it prints the plain result blocks: ``Benchmark 1: ...``, ``Time (mean ± σ):
241.5 ms ± 12.1 ms [User: ..., System: ...]``, ``Range (min … max): ... 6 runs``, and a
``Summary`` of how many times faster the fastest command ran.

Truth: hyperfine's own record of the same runs (``--export-json``): per benchmark ``mean`` as
``Time``, ``user`` as ``User``, ``system`` as ``System`` (a benchmark's timings are its
metrics), in the unit hyperfine prints (milliseconds when the mean is under a second, else
seconds); ``stddev`` optional as ``Time_std``; ``min``/``max`` optional (as ``min``, ``max``
and ``Range``), run counts optional; the summary's ratios of means (and their propagated
spread) optional. The script's own per-command lines are points (``median``, ``mean``, in
milliseconds as it prints them, from the same JSON). The progress bar's
``Current estimate`` is in neither map (interim, drawn by timing, not recorded). Options
printed by the script first are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT9, Truth, main

OPTIONS = {"warmup": 1, "runs": 6, "levels": "1 5 9", "rows": 6000, "seed": 5}


def add_benchmarks(truth, results):
    import math

    for r in results:
        scale = 1000.0 if r["mean"] < 1.0 else 1.0  # hyperfine's unit: ms under a second
        truth.add(Time=r["mean"] * scale, User=r["user"] * scale, System=r["system"] * scale)
        truth.allow(Time_std=r["stddev"] * scale, min=r["min"] * scale, max=r["max"] * scale,
                    Range=r["min"] * scale, runs=len(r["times"]))
        truth.allow(Range=r["max"] * scale)
    fastest = min(results, key=lambda r: r["mean"])
    for r in results:
        if r is fastest:
            continue
        ratio = r["mean"] / fastest["mean"]
        spread = ratio * math.sqrt((r["stddev"] / r["mean"]) ** 2
                                   + (fastest["stddev"] / fastest["mean"]) ** 2)
        truth.allow(**{"times faster": ratio, "ran": ratio, "times faster_std": spread})


def run() -> None:
    import json
    import random
    import statistics
    import subprocess
    import tempfile

    truth = Truth()
    work = Path(tempfile.mkdtemp(prefix="hyperfine-"))
    rng = random.Random(OPTIONS["seed"])
    (work / "data.csv").write_text("\n".join(",".join(f"{rng.random():.6f}" for _ in range(8))
                                             for _ in range(OPTIONS["rows"])) + "\n")
    print("benchmark options: " + " ".join(f"{k}={v}" for k, v in OPTIONS.items()), flush=True)
    python = sys.executable
    jobs = [
        ["-P", "level", "1", "9", "-D", "4", "gzip -{level} -c data.csv > /dev/null"],
        ["-n", "json", f"{python} -c 'import json'", "-n", "decimal",
         f"{python} -c 'import decimal'"],
    ]
    for i, job in enumerate(jobs):
        export = work / f"run{i}.json"
        argv = ["hyperfine", "--warmup", str(OPTIONS["warmup"]), "--runs", str(OPTIONS["runs"]),
                "--export-json", str(export), *job]
        print(f"\n$ hyperfine {' '.join(argv[1:5])} ...", flush=True)
        subprocess.run(argv, cwd=work, check=True)
        results = json.loads(export.read_text())["results"]
        add_benchmarks(truth, results)
        for r in results:
            median = statistics.median(r["times"]) * 1000
            print(f"{r['command'][:40]:<40} median {median:8.2f} ms  mean "
                  f"{r['mean'] * 1000:8.2f} ms", flush=True)
            truth.add(median=median, mean=r["mean"] * 1000)
    version = subprocess.run(["hyperfine", "--version"], capture_output=True, text=True)
    truth.write("hyperfine's --export-json of the same runs (mean as Time, user, system in the "
                "printed unit; stddev, min, max, runs and summary ratios optional); the "
                "script's median/mean lines from the same JSON; options = params; "
                f"{version.stdout.strip()}",
                libraries=(), params=OPTIONS,
                rel=5.1e-3, abs_tol=0.051)  # one decimal in ms, three in s


if __name__ == "__main__":
    main(__file__, {"hyperfine": run}, root=HELDOUT9)
