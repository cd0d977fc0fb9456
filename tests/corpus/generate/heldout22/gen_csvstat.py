"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Column statistics of a sweep's results file with csvkit's ``csvstat`` (PyPI ``csvkit``): the script
writes a seeded CSV of 40 runs (``run``, ``optimizer``, ``lr``, ``epochs``, ``val_acc``,
``val_loss``, ``train_time_s``) and runs ``csvstat runs.csv``, which prints, for each column, a
numbered heading (`` 3. "lr"``) and tab-indented ``label: value`` lines (``Type of data: Number``,
``Contains null values: False``, ``Non-null values: 40``, ``Unique values``, ``Smallest value``,
``Largest value``, ``Sum``, ``Mean``, ``Median``, ``StDev``, ``Most decimal places``, ``Longest
value: 6 characters`` for text, and ``Most common values:`` with one value and its count a line:
``31 (3x)``), then ``Row count: 40``. Numbers are rounded to three decimals.

Truth: ``csvstat --json runs.csv`` run on the same file right after (csvkit's own record of the
same statistics): for each number column, ``min``, ``max``, ``sum``, ``mean``, ``median`` and
``stdev`` as ``<column>/Smallest value``, ``/Largest value``, ``/Sum``, ``/Mean``, ``/Median``,
``/StDev``. Counts optional: ``<column>/Non-null values``, ``/Unique values``, ``/Most decimal
places``, ``/Longest value`` (text columns) and ``Row count`` (the file's lines less the header).
The most common values and their counts are in no truth (values of the data, not statistics of it),
nor the column numbers.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main

LABELS = {"min": "Smallest value", "max": "Largest value", "sum": "Sum", "mean": "Mean",
          "median": "Median", "stdev": "StDev"}


def write_runs(path: Path) -> None:
    import csv

    import numpy as np

    rng = np.random.default_rng(22)
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["run", "optimizer", "lr", "epochs", "val_acc", "val_loss", "train_time_s"])
        for i in range(40):
            opt = ["adam", "sgd", "adamw"][i % 3]
            lr = float(10 ** rng.uniform(-4, -1))
            epochs = int(rng.integers(5, 50))
            acc = float(np.clip(0.7 + 0.2 * rng.random() - 0.05 * (opt == "sgd"), 0, 1))
            loss = float(-np.log(acc) + 0.05 * rng.random())
            w.writerow([f"run-{i:02d}", opt, f"{lr:.5f}", epochs, f"{acc:.4f}", f"{loss:.4f}",
                        f"{rng.uniform(30, 600):.1f}"])


def run() -> None:
    import json
    import subprocess
    import tempfile

    csvstat = str(Path(sys.executable).with_name("csvstat"))
    work = Path(tempfile.mkdtemp(prefix="csvstat-"))
    write_runs(work / "runs.csv")
    sys.stdout.flush()
    subprocess.run([csvstat, "runs.csv"], cwd=work, check=True)
    record = json.loads(subprocess.run([csvstat, "--json", "runs.csv"], cwd=work, check=True,
                                       capture_output=True, text=True).stdout)
    truth = Truth()
    for col in record:
        name = col["column_name"]
        truth.allow(**{f"{name}/Non-null values": col["nonnulls"],
                       f"{name}/Unique values": col["unique"]})
        if col["type"] == "Number":
            for key, label in LABELS.items():
                truth.add(**{f"{name}/{label}": float(col[key])})
            truth.allow(**{f"{name}/Most decimal places": col["maxprecision"]})
        elif "len" in col:
            truth.allow(**{f"{name}/Longest value": col["len"]})
    rows = (work / "runs.csv").read_text().splitlines()
    truth.allow(**{"Row count": len(rows) - 1})  # the header line is no row
    truth.write("csvkit: `csvstat --json` on the same file, each number column's statistics as "
                "<column>/<printed label>; counts optional", libraries=("csvkit",),
                rel=1e-6, abs_tol=5e-4)  # three decimals


if __name__ == "__main__":
    main(__file__, {"csvstat": run}, root=HELDOUT22)
