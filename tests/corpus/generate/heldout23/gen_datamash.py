"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

GNU datamash 1.7 (Debian's ``datamash``) on a sweep's results, a tab-separated file of 48 runs
(``model batch acc loss``, seeded, four decimals) that the script writes: first ``datamash -s
-H -g 1,2 count 1 mean 3 sstdev 3 median 4 min 4 max 4`` (a header line ``GroupBy(model)
GroupBy(batch) count(model) mean(acc) ...`` and a row per model and batch size), then ``datamash
-H mean 3 median 3 sstdev 3 mean 4 sstdev 4`` over all runs. Both print tab-separated, with
datamash's 14 significant digits.

Truth: datamash keeps no record of its results, so the statistics are recomputed in the
script from the same rows (``statistics.mean``, ``stdev`` (the sample deviation, datamash's
``sstdev``), ``median``, ``min``, ``max``), as the twenty-second half did for Hmisc. Names are
datamash's own column headers, a group row as ``<model>/<batch>/<header>`` (both group columns);
the counts are optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main


def run() -> None:
    import random
    import statistics
    import subprocess
    import tempfile

    random.seed(23)
    rows = []
    for model in ("cnn", "mlp", "resnet"):
        for batch in (32, 64, 128):
            for _ in range(5 if batch == 128 else 6):
                rows.append((model, batch, round(random.uniform(0.7, 0.95), 4),
                             round(random.uniform(0.1, 0.9), 4)))
    path = Path(tempfile.mkdtemp(prefix="datamash-")) / "runs.tsv"
    path.write_text("model\tbatch\tacc\tloss\n"
                    + "".join(f"{m}\t{b}\t{a:.4f}\t{x:.4f}\n" for m, b, a, x in rows))
    for argv in (["datamash", "-s", "-H", "-g", "1,2", "count", "1", "mean", "3", "sstdev", "3",
                  "median", "4", "min", "4", "max", "4"],
                 ["datamash", "-H", "mean", "3", "median", "3", "sstdev", "3", "mean", "4",
                  "sstdev", "4"]):
        sys.stdout.flush()
        with path.open() as stdin:
            subprocess.run(argv, stdin=stdin, check=True)
    truth = Truth()
    for model in sorted({r[0] for r in rows}):
        for batch in sorted({r[1] for r in rows}, key=str):  # datamash -s sorts as text
            group = [r for r in rows if r[0] == model and r[1] == batch]
            acc = [r[2] for r in group]
            loss = [r[3] for r in group]
            key = f"{model}/{batch}"
            truth.allow(**{f"{key}/count(model)": len(group)})
            truth.add(**{f"{key}/mean(acc)": statistics.mean(acc),
                         f"{key}/sstdev(acc)": statistics.stdev(acc),
                         f"{key}/median(loss)": statistics.median(loss),
                         f"{key}/min(loss)": min(loss), f"{key}/max(loss)": max(loss)})
    acc = [r[2] for r in rows]
    loss = [r[3] for r in rows]
    truth.add(**{"mean(acc)": statistics.mean(acc), "median(acc)": statistics.median(acc),
                 "sstdev(acc)": statistics.stdev(acc), "mean(loss)": statistics.mean(loss),
                 "sstdev(loss)": statistics.stdev(loss)})
    version = subprocess.run(["datamash", "--version"], capture_output=True,
                             text=True).stdout.split("\n")[0]
    truth.write(f"{version}: the grouped and overall statistics recomputed from the same rows "
                "(datamash keeps no record); names as datamash's headers, groups as "
                "<model>/<batch>/; counts optional",
                rel=1e-9, abs_tol=1e-12)  # fourteen significant digits


if __name__ == "__main__":
    main(__file__, {"datamash": run}, root=HELDOUT23)
