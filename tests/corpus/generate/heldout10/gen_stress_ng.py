"""HELD-OUT fixture (tenth half, see generate/heldout10/README.md): do not read while tuning the
parser.

System stress benchmarks with stress-ng (the Debian package, 0.15), run from a script the way
people compare machines: two invocations, one worker per stressor, two seconds each: ``stress-ng
--cpu 1 --cpu-method fft --memcpy 1 --metrics-brief`` and ``stress-ng --matrix 1 --vecmath 1
--metrics``, each with ``--yaml`` to keep a record, inheriting the script's stdout and stderr.
stress-ng logs on stderr, every line prefixed ``stress-ng: info:  [pid]`` or ``stress-ng:
metrc: [pid]``: what it dispatches, then a metrics table whose header spans two lines
(``bogo ops real time usr time sys time bogo ops/s bogo ops/s`` over ``(secs) (secs) (secs)
(real time) (usr+sys time)``, with ``CPU used per instance (%)`` and ``RSS Max (KB)`` under
``--metrics``), one row per stressor, and, for the matrix stressor, ``miscellaneous metrics``
(``matrix 264563.79 add matrix ops per sec (geometic mean of 1 instances)``). The script prints
its settings first and, after each invocation, the total bogo ops/s it read from the record.

Truth: stress-ng's own record of the same runs, the ``--yaml`` file, read back by the script:
the table's rows are different stressors, so ``<stressor>/<column>``: ``bogo ops``, ``real
time``, ``usr time``, ``sys time`` (the seconds a benchmark measured are its metrics),
``bogo ops/s real time`` and ``bogo ops/s usr+sys time`` (the second header line tells the
two ``bogo ops/s`` columns apart; brackets dropped), and under ``--metrics`` ``CPU used per
instance`` (the ``(%)`` unit dropped); ``RSS Max`` optional (a memory size, no benchmark
result); the miscellaneous lines as ``<stressor>/<label>`` (``matrix/add matrix ops per sec``).
The script's totals are ``total bogo ops/s``. The dispatch line's worker counts and the
``successful run completed in`` time are in neither map; the settings are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT10, Truth, main

SETTINGS = {"timeout": "2s", "workers": 1, "cpu_method": "fft"}
RUNS = [
    ["--cpu", "1", "--cpu-method", "fft", "--memcpy", "1", "--metrics-brief"],
    ["--matrix", "1", "--vecmath", "1", "--metrics"],
]
COLUMNS = {"bogo-ops": "bogo ops", "wall-clock-time": "real time", "user-time": "usr time",
           "system-time": "sys time", "bogo-ops-per-second-real-time": "bogo ops/s real time",
           "bogo-ops-per-second-usr-sys-time": "bogo ops/s usr+sys time"}


def read_metrics(path: Path) -> list[dict[str, str]]:
    """The ``metrics:`` list of stress-ng's YAML record (flat ``key: value`` entries)."""
    entries: list[dict[str, str]] = []
    inside = False
    for line in path.read_text().splitlines():
        if not line.strip():
            continue
        if not line.startswith(" "):
            inside = line.strip() == "metrics:"
            continue
        text = line.strip()
        if not inside or text == "...":
            continue
        if text.startswith("- "):
            entries.append({})
            text = text[2:]
        key, _, value = text.partition(":")
        entries[-1][key.strip()] = value.strip()
    return entries


def run() -> None:
    import subprocess
    import tempfile

    truth = Truth()
    work = Path(tempfile.mkdtemp(prefix="stress-ng-"))
    print("stress-ng settings: " + ", ".join(f"{k}={v}" for k, v in SETTINGS.items()),
          flush=True)
    for i, options in enumerate(RUNS):
        record = work / f"run{i}.yaml"
        argv = ["stress-ng", *options, "--timeout", SETTINGS["timeout"], "--yaml", str(record)]
        print(f"\n$ {' '.join(argv[:-2])}", flush=True)
        subprocess.run(argv, cwd=work, check=True)
        for entry in read_metrics(record):
            name = entry.pop("stressor")
            for key, column in COLUMNS.items():
                truth.add(**{f"{name}/{column}": float(entry.pop(key))})
            usage = float(entry.pop("cpu-usage-per-instance"))
            if "--metrics" in options:
                truth.add(**{f"{name}/CPU used per instance": usage})
            truth.allow(**{f"{name}/RSS Max": float(entry.pop("max-rss"))})
            for key, value in entry.items():  # the miscellaneous metrics
                label = key.removesuffix("-ops-per-sec").replace("-", " ") + " ops per sec"
                truth.add(**{f"{name}/{label}": float(value)})
        total = sum(float(e["bogo-ops-per-second-real-time"]) for e in read_metrics(record))
        print(f"total bogo ops/s: {total:.2f}", flush=True)
        truth.add(**{"total bogo ops/s": total})
    version = subprocess.run(["stress-ng", "--version"], capture_output=True, text=True)
    truth.write("stress-ng's --yaml record of the same runs: <stressor>/<column> for the "
                "metrics table (bogo ops, times, both bogo ops/s, CPU used per instance), "
                "the miscellaneous metrics as <stressor>/<label>; RSS Max optional; the "
                f"script's totals; settings = params; {version.stdout.strip()}",
                libraries=(), params=SETTINGS,
                rel=1e-9, abs_tol=5.1e-3)  # two decimals


if __name__ == "__main__":
    main(__file__, {"stress-ng": run}, root=HELDOUT10)
