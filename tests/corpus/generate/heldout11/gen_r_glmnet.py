"""HELD-OUT fixture (eleventh half, see generate/heldout11/README.md): do not read while tuning
the parser.

Penalised and ordinary regression in R (Debian's ``r-base-core`` 4.2.2 and ``r-cran-glmnet``
4.1-6), run as ``Rscript`` with the script's stdout and stderr: ``print(glmnet(...))`` prints
the regularisation path as a table (``Df  %Dev  Lambda`` under unnamed row numbers),
``print(cv.glmnet(...))`` the cross-validated choice (``Measure: Mean-Squared Error`` then rows
``min`` and ``1se`` of ``Lambda Index Measure SE Nonzero``), for a Gaussian model of ``mtcars``'s
``mpg`` and a binomial model of ``iris`` (virginica or not, measured by AUC), then
``print(summary(lm(mpg ~ wt + hp)))``: residual quantiles, the coefficient table, and the
closing ``Residual standard error: ... on 29 degrees of freedom`` / ``Multiple R-squared: ...,
Adjusted R-squared: ...`` / ``F-statistic: ... on 2 and 29 DF,  p-value: ...`` lines.

Truth: the R objects, read by the same R process and written to a tab-separated file the
generator reads back: ``fit$dev.ratio`` (``%Dev`` = 100·dev.ratio, as print.glmnet rounds it)
and ``fit$lambda`` (``Lambda``) per path row, with no step (the row numbers are no named
column); ``Df`` optional. The cross-validation rows as ``<row>/<column>``: ``min/Lambda`` =
``lambda.min``, ``min/Measure`` and ``min/SE`` = ``cvm`` and ``cvsd`` at ``index``, the same
for ``1se``; ``Index`` and ``Nonzero`` optional. The ``lm`` summary's ``sigma``,
``r.squared``, ``adj.r.squared`` as ``Residual standard error``, ``Multiple R-squared``,
``Adjusted R-squared``; ``F-statistic``, its ``p-value``, the residual quantiles (``Min``,
``1Q``, ...) and the coefficient table (``<term>/<column>``) optional. The settings line is
params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT11, Truth, main

SETTINGS = {"seed": 1, "gaussian_nlambda": 25, "binomial_nlambda": 15, "nfolds": 5}

R_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
out <- file(file.path(args[1], "truth.tsv"), "w")
s <- as.list(setNames(as.numeric(args[seq(3, length(args), 2)]), args[seq(2, length(args), 2)]))
rec <- function(kind, name, value) {
  for (v in value) writeLines(sprintf("%s\t%s\t%.17g", kind, name, v), out)
}
path <- function(fit) {
  print(fit)
  for (i in seq_along(fit$lambda)) {
    rec("optional", "Df", fit$df[i])
    rec("metric", "%Dev", 100 * fit$dev.ratio[i])
    rec("metric", "Lambda", fit$lambda[i])
  }
}
chosen <- function(cv) {
  print(cv)
  for (row in c("min", "1se")) {
    i <- cv$index[row, 1]
    rec("metric", paste0(row, "/Lambda"), cv$lambda[i])
    rec("optional", paste0(row, "/Index"), i)
    rec("metric", paste0(row, "/Measure"), cv$cvm[i])
    rec("metric", paste0(row, "/SE"), cv$cvsd[i])
    rec("optional", paste0(row, "/Nonzero"), cv$nzero[i])
  }
}
suppressMessages(library(glmnet))
set.seed(s$seed)
x <- as.matrix(mtcars[, -1])
y <- mtcars$mpg
cat("== gaussian: mpg ~ all other columns of mtcars\n")
path(glmnet(x, y, nlambda = s$gaussian_nlambda))
chosen(cv.glmnet(x, y, nfolds = s$nfolds))
cat("\n== binomial: virginica ~ the four measurements of iris\n")
xi <- as.matrix(iris[, 1:4])
yi <- iris$Species == "virginica"
path(glmnet(xi, yi, family = "binomial", nlambda = s$binomial_nlambda))
chosen(cv.glmnet(xi, yi, family = "binomial", type.measure = "auc", nfolds = s$nfolds))
cat("\n== ordinary least squares\n")
sm <- summary(lm(mpg ~ wt + hp, data = mtcars))
print(sm)
q <- quantile(sm$residuals)
for (i in seq_along(q)) rec("optional", c("Min", "1Q", "Median", "3Q", "Max")[i], q[i])
cf <- sm$coefficients
for (term in rownames(cf)) for (col in colnames(cf)) {
  rec("optional", paste0(term, "/", col), cf[term, col])
}
rec("metric", "Residual standard error", sm$sigma)
rec("metric", "Multiple R-squared", sm$r.squared)
rec("metric", "Adjusted R-squared", sm$adj.r.squared)
f <- sm$fstatistic
rec("optional", "F-statistic", f[["value"]])
rec("optional", "p-value", pf(f[["value"]], f[["numdf"]], f[["dendf"]], lower.tail = FALSE))
close(out)
"""


def run() -> None:
    import subprocess
    import tempfile

    s = SETTINGS
    truth = Truth()
    work = Path(tempfile.mkdtemp(prefix="r-glmnet-"))
    (work / "glmnet.R").write_text(R_SCRIPT)
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    argv = ["Rscript", str(work / "glmnet.R"), str(work)]
    for key, value in s.items():
        argv += [key, str(value)]
    subprocess.run(argv, check=True)
    for line in (work / "truth.tsv").read_text().splitlines():
        kind, name, value = line.split("\t")
        if kind == "metric":
            truth.add(**{name: float(value)})
        else:
            truth.allow(**{name: float(value)})
    version = subprocess.run(["Rscript", "-e", 'cat(R.version.string, "; glmnet",'
                              ' format(packageVersion("glmnet")))'],
                             capture_output=True, text=True).stdout.strip()
    truth.write("R glmnet/cv.glmnet/summary.lm objects written to a TSV by the same R process: "
                "%Dev = 100 dev.ratio and Lambda per path row (no step), the cv rows as "
                "<row>/<column>, the lm summary's sigma and R-squared; counts, F-statistic, "
                f"p-values, quantiles and coefficients optional; settings = params; {version}",
                libraries=(), params=s,
                rel=1e-3, abs_tol=0.0051)  # %Dev printed with two decimals, Lambda with four


if __name__ == "__main__":
    main(__file__, {"r-glmnet": run}, root=HELDOUT11)
