"""HELD-OUT fixture (thirteenth half, see generate/heldout13/README.md): do not read while tuning
the parser.

Support-vector machine tuning in R with e1071 (``e1071`` on R 4.2.2), run as ``Rscript`` with
the script's stdout and stderr. Two grid searches, printed with ``print(summary(tuned))`` as
e1071's documentation shows: ``tune.svm`` of a C-classification on ``iris`` over a gamma/cost
grid with 5-fold cross-validation, and ``tune(svm, ...)`` of an eps-regression on ``mtcars``
over an epsilon/cost grid with 5 bootstrap samples. Each summary prints the sampling method,
the best parameters (a one-row table), ``- best performance: 0.04`` and the detailed
performance table (``gamma cost error dispersion``, one row per candidate).

Truth: the ``tune`` objects, written by the same R process to CSV files the generator reads
back: ``performances$error`` and ``performances$dispersion`` (``error``, ``dispersion``, one
point per candidate row, unstepped) and ``best.performance`` (``best performance``). Optional:
the tuning columns (``gamma``, ``cost``, ``epsilon``) of both tables, being candidate settings
rather than results (as caret's tuning columns were). Judgement: the rows' numbers are no step
(candidates, not a series); both searches share ``error`` and ``dispersion``, listed in print
order. The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT13, Truth, main

SETTINGS = {"seed": 3, "cross": 5, "nboot": 5}

R_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
s <- as.list(setNames(as.numeric(args[seq(3, length(args), 2)]), args[seq(2, length(args), 2)]))
suppressMessages(library(e1071))
set.seed(s$seed)
cat("\n## C-classification on iris, gamma x cost\n")
clf <- tune.svm(Species ~ ., data = iris, gamma = 10^(-2:0), cost = 10^(0:2),
                tunecontrol = tune.control(cross = s$cross))
print(summary(clf))
cat("\n## eps-regression on mtcars, epsilon x cost\n")
reg <- tune(svm, mpg ~ ., data = mtcars, ranges = list(epsilon = c(0.1, 0.5), cost = c(1, 10)),
            tunecontrol = tune.control(sampling = "boot", nboot = s$nboot))
print(summary(reg))
for (name in c("clf", "reg")) {
  t <- get(name)
  write.csv(t$performances, file.path(out, paste0(name, "_perf.csv")), row.names = FALSE)
  write.csv(cbind(t$best.parameters, best = t$best.performance),
            file.path(out, paste0(name, "_best.csv")), row.names = FALSE)
}
"""


def read_csv(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open() as f:
        return list(csv.DictReader(f))


def run() -> None:
    import subprocess
    import tempfile

    s = SETTINGS
    truth = Truth()
    work = Path(tempfile.mkdtemp(prefix="r-e1071-"))
    (work / "tune.R").write_text(R_SCRIPT)
    print("settings: " + " ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    argv = ["Rscript", str(work / "tune.R"), str(work)]
    for key, value in s.items():
        argv += [key, str(value)]
    subprocess.run(argv, check=True)
    for name, grid in (("clf", ("gamma", "cost")), ("reg", ("epsilon", "cost"))):
        best = read_csv(work / f"{name}_best.csv")[0]
        truth.allow(**{key: float(best[key]) for key in grid})
        truth.add(**{"best performance": float(best["best"])})
        for row in read_csv(work / f"{name}_perf.csv"):
            truth.allow(**{key: float(row[key]) for key in grid})
            truth.add(error=float(row["error"]), dispersion=float(row["dispersion"]))
    version = subprocess.run(["Rscript", "-e", 'cat(R.version.string, "; e1071",'
                              ' format(packageVersion("e1071")))'],
                             capture_output=True, text=True).stdout.strip()
    truth.write("R e1071 tune objects written to CSV by the same R process: performances' "
                "error and dispersion per candidate row (unstepped), best.performance as "
                "'best performance'; the tuning columns and best parameters optional; "
                f"settings = params; {version}",
                libraries=(), params=s, rel=1e-5, abs_tol=5e-9)  # 7 significant digits


if __name__ == "__main__":
    main(__file__, {"r-e1071": run}, root=HELDOUT13)
