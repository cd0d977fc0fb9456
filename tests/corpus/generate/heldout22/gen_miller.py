"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Summarising an inference benchmark's CSV with Miller (Debian's ``miller``, the ``mlr`` command):
the script writes a seeded CSV of 60 timed runs (three models, batch sizes 1 and 32, ten runs
each: ``model``, ``batch_size``, ``run``, ``latency_ms``, ``throughput``) and runs two verbs as a
user would on the command line: ``mlr --icsv --opprint --barred stats1 -a
count,mean,p50,max -f latency_ms -g model,batch_size`` (a table drawn with ``+``, ``-``
and ``|``: one row per model and batch size, columns ``latency_ms_count``, ``latency_ms_mean``
...; Miller prints floats with all their digits, ``10.735400000000002``) and ``mlr --icsv --oxtab
stats1 -a mean,stddev,min,max -f throughput`` (``throughput_mean   435.25049999999993``, one
``key value`` pair a line). On a terminal Miller colours its output (keys bold and underlined,
each value followed by a reset, ``ESC[0m``); on a pipe it writes plain text, so the pipe capture
is a twin of another shape.

Truth: the same two verbs run again on the same file with ``--ojson`` (Miller's own JSON record
of the same numbers): the table as ``<model>/<batch_size>/<column>`` (the two group columns
carried into the name), ``latency_ms_count`` optional; the xtab pairs under their keys.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main

GROUPED = ["stats1", "-a", "count,mean,p50,max", "-f", "latency_ms",
           "-g", "model,batch_size"]
OVERALL = ["stats1", "-a", "mean,stddev,min,max", "-f", "throughput"]


def write_bench(path: Path) -> None:
    import csv

    import numpy as np

    rng = np.random.default_rng(22)
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["model", "batch_size", "run", "latency_ms", "throughput"])
        for model, base in (("resnet18", 11.0), ("vit_tiny", 17.5), ("mlp", 2.2)):
            for batch in (1, 32):
                for r in range(10):
                    lat = base * (1 if batch == 1 else 9.5) * float(rng.lognormal(0, 0.08))
                    w.writerow([model, batch, r, f"{lat:.3f}", f"{1000 * batch / lat:.2f}"])


def run() -> None:
    import json
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="miller-"))
    write_bench(work / "bench.csv")
    sys.stdout.flush()
    subprocess.run(["mlr", "--icsv", "--opprint", "--barred", *GROUPED, "bench.csv"], cwd=work,
                   check=True)
    subprocess.run(["mlr", "--icsv", "--oxtab", *OVERALL, "bench.csv"], cwd=work, check=True)

    def record(verb):
        return json.loads(subprocess.run(["mlr", "--icsv", "--ojson", *verb, "bench.csv"],
                                         cwd=work, check=True, capture_output=True,
                                         text=True).stdout)

    truth = Truth()
    for row in record(GROUPED):
        group = f"{row['model']}/{row['batch_size']}"
        truth.allow(**{f"{group}/latency_ms_count": row["latency_ms_count"]})
        for key in ("latency_ms_mean", "latency_ms_p50", "latency_ms_max"):
            truth.add(**{f"{group}/{key}": row[key]})
    for row in record(OVERALL):
        truth.add(**row)
    version = subprocess.run(["mlr", "--version"], capture_output=True, text=True).stdout.split()
    truth.write(f"Miller {version[-1]}: the same stats1 verbs with --ojson on the same file; the "
                "grouped table as <model>/<batch_size>/<column>, counts optional",
                rel=1e-9, abs_tol=5e-4)  # every digit, p50 and max as the data's three decimals


if __name__ == "__main__":
    main(__file__, {"miller": run}, root=HELDOUT22)
