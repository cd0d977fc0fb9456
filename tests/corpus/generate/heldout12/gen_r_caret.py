"""HELD-OUT fixture (twelfth half, see generate/heldout12/README.md): do not read while tuning
the parser.

Model tuning in R with caret (Debian's ``r-base-core`` 4.2.2 and ``r-cran-caret`` 6.0-93), run
as ``Rscript`` with the script's stdout and stderr, the way its documentation shows it:
``train()`` with cross-validation, ``print(fit)`` (the resampling results across the tuning
grid, then the chosen values), ``print(fit$results)`` (the same grid as a data frame, with the
standard deviations) and ``print(confusionMatrix(...))`` (overall statistics and statistics by
class). Three models: k-nearest neighbours on ``iris`` (5-fold CV), a random forest on ``iris``
(the same folds), and glmnet on ``mtcars`` (5-fold CV repeated twice), whose held-out
``postResample`` is printed as R prints a named vector.

Truth: the train objects, written by the same R process to CSV files the generator reads
back: ``fit$results``: each grid row's ``Accuracy``/``Kappa`` (or ``RMSE``/``Rsquared``/``MAE``)
for ``print(fit)``, and those again with their ``...SD`` columns for ``print(fit$results)``;
the confusion matrix's ``overall`` (``Accuracy``, ``Kappa``) and ``byClass`` (``<statistic>/
Class: <class>``, the table's row and column; without the precision, recall and F1 that
``print``'s default ``sens_spec`` mode leaves out); ``postResample``'s named vector (``RMSE``,
``Rsquared``, ``MAE``). Judgement: a tuning grid's rows are candidate models, not steps: each
row is one point of its column's name, and the tuning columns (``k``, ``mtry``, ``alpha``,
``lambda``) optional, as are the chosen values of the closing sentence; ``95% CI``'s bounds,
``No Information Rate``, the p-values and the confusion counts (``<prediction>/<reference>``)
optional; the sample-size summaries are in neither map. The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT12, Truth, main

SETTINGS = {"seed": 3, "folds": 5, "repeats": 2, "knn_tuneLength": 5, "rf_tuneLength": 3,
            "rf_ntree": 200, "glmnet_tuneLength": 3}

R_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
s <- as.list(setNames(as.numeric(args[seq(3, length(args), 2)]), args[seq(2, length(args), 2)]))
suppressMessages(library(caret))
set.seed(s$seed)
folds <- createFolds(iris$Species, k = s$folds, returnTrain = TRUE)
ctrl <- trainControl(method = "cv", number = s$folds, index = folds)
save <- function(x, name) write.csv(x, file.path(out, paste0(name, ".csv")))
for (method in c("knn", "rf")) {
  cat(sprintf("\n##### %s on iris\n", method))
  fit <- if (method == "knn") {
    train(Species ~ ., data = iris, method = "knn", trControl = ctrl,
          tuneLength = s$knn_tuneLength, preProcess = c("center", "scale"))
  } else {
    train(Species ~ ., data = iris, method = "rf", trControl = ctrl,
          tuneLength = s$rf_tuneLength, ntree = s$rf_ntree)
  }
  print(fit)
  cat("\nresults:\n")
  print(fit$results)
  save(fit$results, paste0(method, "_results"))
  save(fit$bestTune, paste0(method, "_best"))
  cm <- confusionMatrix(predict(fit, iris), iris$Species)
  print(cm)
  save(as.data.frame(t(cm$overall)), paste0(method, "_overall"))
  save(cm$byClass, paste0(method, "_byclass"))
  save(as.data.frame.matrix(cm$table), paste0(method, "_table"))
}
cat("\n##### glmnet on mtcars\n")
set.seed(s$seed)
train_rows <- createDataPartition(mtcars$mpg, p = 0.75, list = FALSE)
fit <- train(mpg ~ ., data = mtcars[train_rows, ], method = "glmnet",
             trControl = trainControl(method = "repeatedcv", number = s$folds,
                                      repeats = s$repeats),
             tuneLength = s$glmnet_tuneLength)
print(fit)
cat("\nresults:\n")
print(fit$results)
save(fit$results, "glmnet_results")
save(fit$bestTune, "glmnet_best")
held <- postResample(predict(fit, mtcars[-train_rows, ]), mtcars$mpg[-train_rows])
cat("\nheld-out performance:\n")
print(held)
save(as.data.frame(t(held)), "glmnet_heldout")
"""


def read_csv(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open() as f:
        return list(csv.DictReader(f))


def run() -> None:
    import os
    import subprocess
    import tempfile

    s = SETTINGS
    truth = Truth()
    work = Path(tempfile.mkdtemp(prefix="r-caret-"))
    (work / "caret.R").write_text(R_SCRIPT)
    print("settings: " + " ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    argv = ["Rscript", str(work / "caret.R"), str(work)]
    for key, value in s.items():
        argv += [key, str(value)]
    subprocess.run(argv, check=True, env={**os.environ, "TZ": "UTC"})
    for method, tuning, scores in (("knn", ["k"], ["Accuracy", "Kappa"]),
                                   ("rf", ["mtry"], ["Accuracy", "Kappa"]),
                                   ("glmnet", ["alpha", "lambda"], ["RMSE", "Rsquared", "MAE"])):
        rows = read_csv(work / f"{method}_results.csv")
        for row in rows:  # print(fit)
            truth.add(**{c: float(row[c]) for c in scores})
            truth.allow(**{c: float(row[c]) for c in tuning})
        for row in rows:  # print(fit$results)
            truth.add(**{c: float(row[c]) for c in scores + [f"{c}SD" for c in scores]})
            truth.allow(**{c: float(row[c]) for c in tuning})
        best = read_csv(work / f"{method}_best.csv")[0]
        truth.allow(**{c: float(best[c]) for c in tuning})
        if method == "glmnet":
            held = read_csv(work / "glmnet_heldout.csv")[0]
            truth.add(**{c: float(held[c]) for c in scores})
            continue
        overall = read_csv(work / f"{method}_overall.csv")[0]
        truth.add(Accuracy=float(overall["Accuracy"]), Kappa=float(overall["Kappa"]))
        truth.allow(**{"95% CI": float(overall["AccuracyLower"])})
        truth.allow(**{"95% CI": float(overall["AccuracyUpper"])})
        truth.allow(**{"No Information Rate": float(overall["AccuracyNull"]),
                       "P-Value [Acc > NIR]": float(overall["AccuracyPValue"])})
        for row in read_csv(work / f"{method}_byclass.csv"):
            cls = row.pop("")
            for stat, value in row.items():  # print's default mode shows no Precision/F1
                if stat not in ("Precision", "Recall", "F1") and value not in ("NA", ""):
                    truth.add(**{f"{stat}/{cls}": float(value)})
        for row in read_csv(work / f"{method}_table.csv"):
            pred = row.pop("")
            truth.allow(**{f"{pred}/{ref}": float(v) for ref, v in row.items()})
    version = subprocess.run(["Rscript", "-e", 'cat(R.version.string, "; caret",'
                              ' format(packageVersion("caret")), "; randomForest",'
                              ' format(packageVersion("randomForest")), "; glmnet",'
                              ' format(packageVersion("glmnet")))'],
                             capture_output=True, text=True, env={**os.environ, "TZ": "UTC"}
                             ).stdout.strip()
    truth.write("R caret train objects and confusionMatrix written to CSV by the same R "
                "process: fit$results per grid row (no step), cm$overall, cm$byClass as "
                "<statistic>/Class: <class>, postResample; tuning values, CI, NIR, p-values, "
                f"counts optional; settings = params; {version}",
                libraries=(), params=s, rel=1e-3, abs_tol=5e-5)  # 4 decimals by class


if __name__ == "__main__":
    main(__file__, {"r-caret": run}, root=HELDOUT12)
