"""HELD-OUT fixture (eleventh half, see generate/heldout11/README.md): do not read while tuning
the parser.

Random forests in R (Debian's ``r-base-core`` 4.2.2 and ``r-cran-randomforest`` 4.7-1.1), run
as ``Rscript`` with the script's stdout and stderr: ``randomForest(..., do.trace=N)`` prints a
running out-of-bag table every N trees while it grows the forest, then ``print(rf)`` its summary,
and ``print(importance(rf))`` the variable importance. Three forests: a classifier on the
``iris`` data R ships (trace columns ``OOB`` and one per class, numbered ``1 2 3``, values in
percent), a regressor on ``mtcars`` (``Tree |  MSE  %Var(y) |``) and one on ``airquality`` with
its incomplete rows left out.

Truth: the forest objects themselves, written by the same R process to CSV files the
generator reads back: ``rf$err.rate`` (the trace's columns, in percent as printed, at the
``ntree`` the row states; the printed headers ``OOB``, ``1``, ``2``, ``3`` are the names),
``rf$mse`` and ``rf$rsq`` (``MSE`` and ``%Var(y)`` = 100·(1 − rsq) at the ``Tree`` the row
states). The summaries: ``OOB estimate of  error rate`` (the last OOB rate, percent),
``Mean of squared residuals`` and ``% Var explained`` (100·rsq); the confusion matrix's
``class.error`` column as ``<class>/class.error``, its counts optional; ``Number of trees``
and ``No. of variables tried at each split`` optional (settings the summary echoes). The
importance tables (``<variable>/<column>``) optional. The script's settings line is params.
Judgement: each forest's trace restarts its steps (the same ``ntree`` values recur across
forests); each trace column keeps its own name across forests.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT11, Truth, main

SETTINGS = {"seed": 42, "iris_ntree": 300, "iris_trace": 10, "mtcars_ntree": 300,
            "mtcars_trace": 20, "airquality_ntree": 200, "airquality_trace": 25}

R_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
s <- as.list(setNames(as.numeric(args[seq(3, length(args), 2)]), args[seq(2, length(args), 2)]))
suppressMessages(library(randomForest))
set.seed(s$seed)
cat("== iris: classification\n")
rf <- randomForest(Species ~ ., data = iris, ntree = s$iris_ntree, do.trace = s$iris_trace,
                   importance = TRUE)
print(rf)
print(importance(rf))
write.csv(rf$err.rate, file.path(out, "iris_err.csv"), row.names = FALSE)
write.csv(rf$confusion, file.path(out, "iris_confusion.csv"))
write.csv(importance(rf), file.path(out, "iris_importance.csv"))
write.csv(data.frame(mtry = rf$mtry, ntree = rf$ntree), file.path(out, "iris_info.csv"),
          row.names = FALSE)
for (name in c("mtcars", "airquality")) {
  cat(sprintf("\n== %s: regression\n", name))
  data <- if (name == "mtcars") mtcars else na.omit(airquality)
  formula <- if (name == "mtcars") mpg ~ . else Ozone ~ .
  rf <- randomForest(formula, data = data, ntree = s[[paste0(name, "_ntree")]],
                     do.trace = s[[paste0(name, "_trace")]], importance = TRUE)
  print(rf)
  print(importance(rf))
  write.csv(data.frame(mse = rf$mse, rsq = rf$rsq), file.path(out, paste0(name, "_err.csv")),
            row.names = FALSE)
  write.csv(importance(rf), file.path(out, paste0(name, "_importance.csv")))
  write.csv(data.frame(mtry = rf$mtry, ntree = rf$ntree),
            file.path(out, paste0(name, "_info.csv")), row.names = FALSE)
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
    work = Path(tempfile.mkdtemp(prefix="r-rf-"))
    (work / "rf.R").write_text(R_SCRIPT)
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    argv = ["Rscript", str(work / "rf.R"), str(work)]
    for key, value in s.items():
        argv += [key, str(value)]
    subprocess.run(argv, check=True)

    rows = read_csv(work / "iris_err.csv")
    classes = [c for c in rows[0] if c != "OOB"]
    headers = {"OOB": "OOB", **{c: str(i) for i, c in enumerate(classes, 1)}}
    every = s["iris_trace"]
    for ntree, row in enumerate(rows, 1):
        if ntree % every == 0:
            truth.add(ntree, **{headers[c]: 100 * float(v) for c, v in row.items()})
    info = read_csv(work / "iris_info.csv")[0]
    truth.allow(**{"Number of trees": float(info["ntree"]),
                   "No. of variables tried at each split": float(info["mtry"])})
    truth.add(**{"OOB estimate of  error rate": 100 * float(rows[-1]["OOB"])})
    for row in read_csv(work / "iris_confusion.csv"):
        cls = row.pop("")
        truth.add(**{f"{cls}/class.error": float(row.pop("class.error"))})
        truth.allow(**{f"{cls}/{c}": float(v) for c, v in row.items()})
    allow_importance(truth, work / "iris_importance.csv")

    for name in ("mtcars", "airquality"):
        rows = read_csv(work / f"{name}_err.csv")
        every = s[f"{name}_trace"]
        for ntree, row in enumerate(rows, 1):
            if ntree % every == 0:
                truth.add(ntree, **{"MSE": float(row["mse"]),
                                    "%Var(y)": 100 * (1 - float(row["rsq"]))})
        info = read_csv(work / f"{name}_info.csv")[0]
        truth.allow(**{"Number of trees": float(info["ntree"]),
                       "No. of variables tried at each split": float(info["mtry"])})
        truth.add(**{"Mean of squared residuals": float(rows[-1]["mse"]),
                     "% Var explained": 100 * float(rows[-1]["rsq"])})
        allow_importance(truth, work / f"{name}_importance.csv")

    version = subprocess.run(["Rscript", "-e", 'cat(R.version.string, "; randomForest",'
                              ' format(packageVersion("randomForest")))'],
                             capture_output=True, text=True).stdout.strip()
    truth.write("R randomForest objects written to CSV by the same R process: err.rate (trace "
                "columns OOB, 1, 2, 3 in percent at the ntree of the row), mse and rsq "
                "(MSE, %Var(y) = 100(1-rsq) at the Tree of the row), the confusion matrix's "
                f"class.error, importance() optional; settings = params; {version}",
                libraries=(), params=s,
                rel=1e-3, abs_tol=0.0051)  # percentages printed with two decimals


def allow_importance(truth: Truth, path: Path) -> None:
    for row in read_csv(path):
        variable = row.pop("")
        truth.allow(**{f"{variable}/{c}": float(v) for c, v in row.items()})


if __name__ == "__main__":
    main(__file__, {"r-randomforest": run}, root=HELDOUT11)
