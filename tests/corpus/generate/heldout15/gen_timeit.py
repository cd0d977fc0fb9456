"""OPEN fixture (fifteenth half, see generate/heldout15/README.md): development material.

Python's ``timeit`` twice over, as a benchmark script prints it. First the command line,
``python -m timeit``, four times (each run announced by a ``$ python -m timeit ...`` line the
script prints, as a shell's ``set -x`` would): the default calibration (``20000 loops, best of
5: 14.2 usec per loop``), ``-n 2000 -r 3``, ``-v`` (the calibration lines ``1 loop -> 1.41e-05
secs``, ``raw times: 31.2 msec, ...`` and the result line) and ``-u msec -n 50 -r 4``. Then a
script driving ``timeit.Timer`` itself on three statements: ``autorange()`` (``[sorted]
autorange: number=2000 total_s=0.2131``), ``repeat(5, number)`` (one line per repeat,
``[sorted] repeat=3 per_loop_us=12.345``) and a summary line (``best=... mean=... stdev=...``,
microseconds per loop).

The command line runs are ``timeit.main(argv)`` of this child, the code ``python -m timeit``
runs, with ``timeit.Timer`` replaced by a subclass that records what ``autorange`` and
``repeat`` return and hands it on unchanged: the printed values are computed by ``main`` from
exactly those. Truth: for each run, ``best of R`` (R the run's repeat count, the label before
the colon) = min(raw timings) / number in the unit ``main`` picks (or ``-u`` names), as ``main``
formats it (3 significant digits, 4 under ``-v``); ``raw times`` (``-v`` only) = each raw
timing (the total of ``number`` loops) in its own auto-chosen unit, as ``main`` prints it
(or the ``-u`` unit). Optional: the loop counts (``loops``) and the
calibration lines' seconds (``secs``, ``%.3g``). For the script: ``per_loop_us`` (unstepped:
``repeat=3`` numbers a replicate of the same measurement, not a step of a series that
progresses, and the three statements restart it; ``repeat`` optional), ``total_s``
(autorange's time), ``best``, ``mean``, ``stdev`` (µs per loop) from the returned lists;
``number`` optional. Judgement: the three statements share their names (the
``[label]`` prefix is a tag, not part of a name); nothing is params (the
command lines print no configuration as key=value). Timings depend on the machine's load;
the truth is the same run's.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT15, Truth, main

CLI_RUNS = [
    ["-s", "data = list(range(1000, 0, -1))", "sorted(data)"],
    ["-n", "2000", "-r", "3", "sum(range(100))"],
    ["-v", "-s", "import math", "math.sqrt(12345.0)"],
    ["-u", "msec", "-n", "50", "-r", "4", "'-'.join(map(str, range(2000)))"],
]
SCRIPT_CASES = [
    ("sorted", "sorted(data)",
     "import random; random.seed(1); data = random.sample(range(10**6), 500)"),
    ("dict_build", "{i: i * i for i in range(300)}", "pass"),
    ("str_join", "','.join(words)", "words = [str(i) for i in range(400)]"),
]
UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def auto_unit(seconds: float) -> float:
    """The scale timeit.main picks for a time: the largest unit not above it."""
    for scale in sorted(UNITS.values(), reverse=True):
        if seconds >= scale:
            return scale
    return UNITS["nsec"]


def run_cli(truth: Truth) -> None:
    import shlex
    import timeit

    records: list[tuple[str, object]] = []

    class RecordingTimer(timeit.Timer):
        def autorange(self, callback=None):
            def spy(number, time_taken):
                records.append(("calib", (number, time_taken)))
                if callback:
                    callback(number, time_taken)
            result = super().autorange(spy)
            records.append(("autorange", result))
            return result

        def repeat(self, repeat=timeit.default_repeat, number=timeit.default_number):
            result = super().repeat(repeat, number)
            records.append(("repeat", (number, list(result))))
            return result

    timeit.Timer = RecordingTimer
    for argv in CLI_RUNS:
        print("$ python -m timeit " + shlex.join(argv), flush=True)
        records.clear()
        timeit.main(argv)
        sys.stdout.flush()
        number, raw = next(v for k, v in records if k == "repeat")
        verbose = "-v" in argv
        unit = argv[argv.index("-u") + 1] if "-u" in argv else None
        per_loop = [t / number for t in raw]
        best = min(per_loop)
        scale = UNITS[unit] if unit else auto_unit(best)
        truth.add(**{f"best of {len(raw)}": best / scale})
        truth.allow(loops=number)
        if verbose:
            for n, taken in (v for k, v in records if k == "calib"):
                truth.allow(secs=taken, loops=n)
            for t in raw:
                truth.add(**{"raw times": t / (UNITS[unit] if unit else auto_unit(t))})


def run_script(truth: Truth) -> None:
    import statistics
    import timeit

    for label, stmt, setup in SCRIPT_CASES:
        timer = timeit.Timer(stmt, setup)
        number, total = timer.autorange()
        print(f"[{label}] autorange: number={number} total_s={total:.4f}", flush=True)
        truth.add(total_s=total)
        truth.allow(number=number)
        per_loop = [t / number * 1e6 for t in timer.repeat(repeat=5, number=number)]
        for i, value in enumerate(per_loop, 1):
            print(f"[{label}] repeat={i} per_loop_us={value:.3f}", flush=True)
            truth.add(per_loop_us=value)
            truth.allow(repeat=i)
        best, mean, sd = min(per_loop), statistics.mean(per_loop), statistics.stdev(per_loop)
        print(f"[{label}] best={best:.3f} us mean={mean:.3f} us stdev={sd:.3f} us", flush=True)
        truth.add(best=best, mean=mean, stdev=sd)


def run() -> None:
    truth = Truth()
    run_cli(truth)
    print("\n# timeit.Timer from a script", flush=True)
    run_script(truth)
    truth.write("timeit.Timer's own autorange()/repeat() results of the same runs (the command "
                "line's through a recording Timer subclass under timeit.main, the code of "
                "python -m timeit): best of R = min/number and raw times in the unit main picks; "
                "the script's per_loop_us, total_s, best, mean, stdev from the returned lists; "
                "loop counts and calibration seconds optional",
                libraries=(), rel=6e-3, abs_tol=5e-4)  # 3 significant digits, %.3f


if __name__ == "__main__":
    main(__file__, {"timeit": run}, root=HELDOUT15)
