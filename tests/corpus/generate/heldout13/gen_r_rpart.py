"""HELD-OUT fixture (thirteenth half, see generate/heldout13/README.md): do not read while tuning
the parser.

Decision trees in R with rpart (R 4.2.2's recommended ``rpart``), run as ``Rscript`` with the
script's stdout and stderr. Two trees grown with ``cp = 0.001`` and 10-fold cross-validation,
as rpart's vignette grows them: a classification tree on ``kyphosis`` and a regression tree on
``mtcars``. For each the script prints ``printcp(fit)`` (the call, the variables used, the
``Root node error: 17/81 = 0.20988`` line, ``n= 81``, and the complexity table ``CP nsplit rel
error xerror xstd``, one row per pruning) and the named vector ``fit$variable.importance`` (the
names on one line, the values under them).

Truth: the fitted objects, written by the same R process to CSV files the generator reads
back: ``fit$cptable`` (columns ``CP``, ``rel error``, ``xerror``, ``xstd`` as metrics, one
point per row; ``nsplit`` optional, a tree size) and ``fit$variable.importance`` (``<var>``,
the printed name over its value). Optional: the root node error (``Root node error``, the
frame's root deviance and its ratio to n, both printed), ``n``. Judgement: the table's row numbers are no step (the
rows are pruned trees, not a series over time) and ``nsplit`` is the tree's size, so the
points are unstepped; the two trees share the column names, so each name holds both trees'
rows in print order. The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT13, Truth, main

SETTINGS = {"seed": 7, "cp": 0.001, "xval": 10, "minsplit": 10}

R_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
s <- as.list(setNames(as.numeric(args[seq(3, length(args), 2)]), args[seq(2, length(args), 2)]))
library(rpart)
set.seed(s$seed)
trees <- list(
  kyphosis = list(formula = Kyphosis ~ Age + Number + Start, data = kyphosis),
  mtcars = list(formula = mpg ~ cyl + disp + hp + wt + qsec, data = mtcars))
for (name in names(trees)) {
  t <- trees[[name]]
  cat(sprintf("\n== %s ==\n", name))
  fit <- rpart(t$formula, data = t$data,
               control = rpart.control(cp = s$cp, xval = s$xval, minsplit = s$minsplit))
  printcp(fit)
  cat("\nvariable importance:\n")
  print(fit$variable.importance)
  cp <- as.data.frame(fit$cptable)
  write.csv(cp, file.path(out, paste0(name, "_cp.csv")), row.names = FALSE)
  vi <- fit$variable.importance
  write.csv(data.frame(var = names(vi), imp = as.numeric(vi)),
            file.path(out, paste0(name, "_vi.csv")), row.names = FALSE)
  root <- fit$frame[1, ]
  write.csv(data.frame(dev = root$dev, n = root$n),
            file.path(out, paste0(name, "_root.csv")), row.names = FALSE)
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
    work = Path(tempfile.mkdtemp(prefix="r-rpart-"))
    (work / "rpart.R").write_text(R_SCRIPT)
    print("settings: " + " ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    argv = ["Rscript", str(work / "rpart.R"), str(work)]
    for key, value in s.items():
        argv += [key, str(value)]
    subprocess.run(argv, check=True)
    for name in ("kyphosis", "mtcars"):
        root = read_csv(work / f"{name}_root.csv")[0]
        truth.allow(**{"Root node error": float(root["dev"])})  # 17/81 = 0.20988: both
        truth.allow(**{"Root node error": float(root["dev"]) / float(root["n"]),
                       "n": float(root["n"])})
        for row in read_csv(work / f"{name}_cp.csv"):
            truth.add(**{"CP": float(row["CP"]), "rel error": float(row["rel error"]),
                         "xerror": float(row["xerror"]), "xstd": float(row["xstd"])})
            truth.allow(nsplit=float(row["nsplit"]))
        for row in read_csv(work / f"{name}_vi.csv"):
            truth.add(**{row["var"]: float(row["imp"])})
    version = subprocess.run(["Rscript", "-e", 'cat(R.version.string, "; rpart",'
                              ' format(packageVersion("rpart")))'],
                             capture_output=True, text=True).stdout.strip()
    truth.write("R rpart objects written to CSV by the same R process: cptable's CP, rel error, "
                "xerror, xstd per row (unstepped; nsplit optional), variable.importance as "
                "<var>; the root node error (root deviance / n) and n optional; settings = "
                f"params; {version}",
                libraries=(), params=s, rel=1e-4, abs_tol=5e-7)  # printcp: 5 significant digits


if __name__ == "__main__":
    main(__file__, {"r-rpart": run}, root=HELDOUT13)
