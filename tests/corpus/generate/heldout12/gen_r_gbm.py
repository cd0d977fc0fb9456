"""HELD-OUT fixture (twelfth half, see generate/heldout12/README.md): do not read while tuning
the parser.

Gradient boosting in R with gbm (Debian's ``r-base-core`` 4.2.2 and ``r-cran-gbm`` 2.1.8.1), run
as ``Rscript`` with the script's stdout and stderr. ``gbm(..., verbose = TRUE)`` prints its
training table while it grows the trees (``Iter TrainDeviance ValidDeviance StepSize
Improve``: every tree up to the tenth, then every twentieth and the last), then the script
prints the model (``print(fit)``), the relative influence table (``summary(fit, plotit =
FALSE)``) and the best iteration on the held-out part (``gbm.perf(method = "test")``). Two
models on data the script draws: a Gaussian regression (150 trees) and a Bernoulli
classifier (200 trees), each with ``train.fraction = 0.8``.

Truth: the fitted objects, written by the same R process to CSV files the generator reads
back: ``fit$train.error`` (``TrainDeviance``), ``fit$valid.error`` (``ValidDeviance``) and
``fit$oobag.improve`` (``Improve``) at the ``Iter`` each printed row states (the rows gbm
prints: trees 1 to 10, every multiple of 20, the last); ``summary()``'s ``rel.inf``
(``<var>/rel.inf``) as metrics, being the model's reported importances. Optional: the
``StepSize`` column (the shrinkage, a setting echoed on every row), the best iteration
``gbm.perf`` returns (``[1] 150``, as ``best iteration``); the sentences of ``print(fit)``
(iterations performed, best test-set iteration, predictors) are in neither map (counts in
prose). The settings line is params. Judgement: the steps restart with the second model;
the classifier's deviance is gbm's Bernoulli deviance as the object holds it.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT12, Truth, main

SETTINGS = {"seed": 1, "n": 500, "reg_trees": 150, "clf_trees": 200, "shrinkage": 0.05,
            "interaction.depth": 2, "bag.fraction": 0.5, "train.fraction": 0.8}

R_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
s <- as.list(setNames(as.numeric(args[seq(3, length(args), 2)]), args[seq(2, length(args), 2)]))
suppressMessages(library(gbm))
set.seed(s$seed)
n <- s$n
d <- data.frame(x1 = runif(n), x2 = runif(n), x3 = factor(sample(c("a", "b", "c"), n, TRUE)),
                x4 = rnorm(n))
d$y <- 2 * d$x1 + sin(4 * d$x2) + 0.3 * as.numeric(d$x3) + rnorm(n, 0, 0.3)
p <- plogis(3 * (d$x1 - 0.5) + 2 * d$x4 * d$x2)
d$label <- rbinom(n, 1, p)
fits <- list(
  regression = list(formula = y ~ x1 + x2 + x3 + x4, distribution = "gaussian",
                    trees = s$reg_trees),
  classification = list(formula = label ~ x1 + x2 + x3 + x4, distribution = "bernoulli",
                        trees = s$clf_trees))
for (name in names(fits)) {
  f <- fits[[name]]
  cat(sprintf("\n=== %s (%s loss, %d trees)\n", name, f$distribution, f$trees))
  fit <- gbm(f$formula, data = d, distribution = f$distribution, n.trees = f$trees,
             shrinkage = s$shrinkage, interaction.depth = s$interaction.depth,
             bag.fraction = s$bag.fraction, train.fraction = s$train.fraction, verbose = TRUE)
  print(fit)
  infl <- summary(fit, plotit = FALSE)
  print(infl)
  best <- gbm.perf(fit, method = "test", plot.it = FALSE)
  cat("best iteration on the held-out 20%:\n")
  print(best)
  write.csv(data.frame(train = fit$train.error, valid = fit$valid.error,
                       improve = fit$oobag.improve, shrinkage = fit$shrinkage),
            file.path(out, paste0(name, "_errors.csv")), row.names = FALSE)
  write.csv(data.frame(var = as.character(infl$var), rel.inf = infl$rel.inf),
            file.path(out, paste0(name, "_influence.csv")), row.names = FALSE)
  write.csv(data.frame(best = as.numeric(best), trees = fit$n.trees),
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
    work = Path(tempfile.mkdtemp(prefix="r-gbm-"))
    (work / "gbm.R").write_text(R_SCRIPT)
    print("settings: " + " ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    argv = ["Rscript", str(work / "gbm.R"), str(work)]
    for key, value in s.items():
        argv += [key, str(value)]
    subprocess.run(argv, check=True)
    for name in ("regression", "classification"):
        rows = read_csv(work / f"{name}_errors.csv")
        for i, row in enumerate(rows, 1):
            if i <= 10 or i % 20 == 0 or i == len(rows):
                truth.add(i, TrainDeviance=float(row["train"]), ValidDeviance=float(row["valid"]),
                          Improve=float(row["improve"]))
                truth.allow(StepSize=float(row["shrinkage"]))
        for row in read_csv(work / f"{name}_influence.csv"):
            truth.add(**{f"{row['var']}/rel.inf": float(row["rel.inf"])})
        best = read_csv(work / f"{name}_best.csv")[0]
        truth.allow(**{"best iteration": float(best["best"])})
    version = subprocess.run(["Rscript", "-e", 'cat(R.version.string, "; gbm",'
                              ' format(packageVersion("gbm")))'],
                             capture_output=True, text=True).stdout.strip()
    truth.write("R gbm objects written to CSV by the same R process: train.error "
                "(TrainDeviance), valid.error (ValidDeviance), oobag.improve (Improve) at the "
                "printed Iter rows (1-10, multiples of 20, the last); summary()'s rel.inf as "
                "<var>/rel.inf; StepSize and gbm.perf's best iteration optional; settings = "
                f"params; {version}",
                libraries=(), params=s, rel=1e-3, abs_tol=5e-5)  # four decimals in the table


if __name__ == "__main__":
    main(__file__, {"r-gbm": run}, root=HELDOUT12)
