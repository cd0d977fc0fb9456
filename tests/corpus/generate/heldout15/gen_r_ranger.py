"""OPEN fixture (fifteenth half, see generate/heldout15/README.md): development material.

Random forests in R with ranger (Debian's ``r-cran-ranger`` 0.14.1, R 4.2.2), run as
``Rscript``: a classification forest on ``iris`` and a regression forest on ``mtcars`` (200
trees each, ``importance = "impurity"``, ``seed = 1``, one thread), each ``print(rf)``
(``Ranger result``, the call, ``Type:``, ``Number of trees:  200``, ``Sample size:``,
``Number of independent variables:``, ``Mtry:``, ``Target node size:``, ``Variable importance
mode:``, ``Splitrule:``, then ``OOB prediction error:             4.67 %`` for the
classification, ``OOB prediction error (MSE):       5.67`` and ``R squared (OOB):  0.84`` for the
regression) and ``print(sort(importance(rf), decreasing = TRUE))`` (a named vector over one
or two lines), under a heading line the script prints (``iris: variable importance``).

Truth: the ``ranger`` objects, written to CSV by the same R process: ``prediction.error``
(``OOB prediction error``, × 100 for the classification, as ``print.ranger`` shows it in
percent; ``OOB prediction error (MSE)`` for the regression), ``r.squared`` (``R squared
(OOB)``), ``variable.importance`` (each named by its variable). Judgement: the forest's
settings block (number of trees, sample size, variables, mtry, node size, the importance mode,
split rule and type) is printed configuration: params; the importances are named by their
variables only (the heading line says which forest; the two forests' variables do not
overlap).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT15, Truth, main

R_SCRIPT = r"""
out <- commandArgs(trailingOnly = TRUE)[1]
suppressMessages(library(ranger))
fits <- list(
  iris = ranger(Species ~ ., data = iris, num.trees = 200, importance = "impurity", seed = 1,
                num.threads = 1),
  mtcars = ranger(mpg ~ ., data = mtcars, num.trees = 200, importance = "impurity", seed = 1,
                  num.threads = 1))
for (name in names(fits)) {
  rf <- fits[[name]]
  print(rf)
  cat(sprintf("\n%s: variable importance\n", name))
  imp <- sort(importance(rf), decreasing = TRUE)
  print(imp)
  cat("\n")
  write.csv(data.frame(var = names(imp), imp = unname(imp)),
            file.path(out, paste0(name, "_imp.csv")), row.names = FALSE)
  write.csv(data.frame(err = rf$prediction.error,
                       r2 = if (is.null(rf$r.squared)) NA else rf$r.squared,
                       trees = rf$num.trees, n = rf$num.samples, p = rf$num.independent.variables,
                       mtry = rf$mtry, node = rf$min.node.size),
            file.path(out, paste0(name, "_fit.csv")), row.names = FALSE)
}
"""


def read_csv(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open() as f:
        return list(csv.DictReader(f))


def run() -> None:
    import subprocess
    import tempfile

    truth = Truth()
    work = Path(tempfile.mkdtemp(prefix="r-ranger-"))
    (work / "rf.R").write_text(R_SCRIPT)
    subprocess.run(["Rscript", str(work / "rf.R"), str(work)], check=True)
    params: dict[str, object] = {}
    for name in ("iris", "mtcars"):
        fit = read_csv(work / f"{name}_fit.csv")[0]
        if name == "iris":
            truth.add(**{"OOB prediction error": 100 * float(fit["err"])})
        else:
            truth.add(**{"OOB prediction error (MSE)": float(fit["err"]),
                         "R squared (OOB)": float(fit["r2"])})
        for row in read_csv(work / f"{name}_imp.csv"):
            truth.add(**{row["var"]: float(row["imp"])})
        for key, label in (("trees", "Number of trees"), ("n", "Sample size"),
                           ("p", "Number of independent variables"), ("mtry", "Mtry"),
                           ("node", "Target node size")):
            params.setdefault(label, int(float(fit[key])))
    version = subprocess.run(["Rscript", "-e", 'cat(R.version.string, "; ranger",'
                              ' format(packageVersion("ranger")))'],
                             capture_output=True, text=True).stdout.strip()
    truth.write("R ranger objects written to CSV by the same R process: prediction.error (x100 "
                "for classification, as printed in %), r.squared, variable.importance; the "
                f"settings block = params; {version}",
                libraries=(), params={**params, "Variable importance mode": "impurity"},
                rel=1e-3, abs_tol=5e-3)  # print.ranger rounds to 2 decimals


if __name__ == "__main__":
    main(__file__, {"r-ranger": run}, root=HELDOUT15)
