"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Robust regression in R with robustbase: an MM-estimator (``lmrob``, its default ``"MM"``
method) of Brownlee's ``stackloss`` on all three regressors, ``summary``ed: the call and ``\\-->
method = "MM"``, ``Residuals:`` quantiles, a ``Estimate Std. Error t value Pr(>|t|)`` table,
``Robust residual standard error: 1.912``, ``Multiple R-squared:  0.9593,\tAdjusted
R-squared:  0.9521``, ``Convergence in 17 IRWLS iterations``, a ``Robustness weights:``
paragraph (the outlier, the count of weights near 1, and a six-number summary of the rest),
then ``Algorithmic parameters:`` (the control list: tuning constants, tolerances, counts and
strings, printed as named vectors).

Truth: the ``summary.lmrob`` object and the fit, written to JSON by the same R process: the
coefficient matrix as ``<row>/<column>``, the residual quantiles (``Min``, ``1Q``, ``Median``,
``3Q``, ``Max``, of ``residuals(fit)``, as ``summary`` prints them), ``sigma`` (``Robust
residual standard error``), ``r.squared`` and ``adj.r.squared`` (``Multiple R-squared``,
``Adjusted R-squared``). Optional: the p-values, ``iter`` (``Convergence in .. IRWLS
iterations``), the summary of the non-outlying weights (``Min.``, ``1st Qu.``, ``Median``,
``Mean``, ``3rd Qu.``, ``Max.``, computed from the fit's ``rweights`` as the printer selects
them: neither below ``0.1/n`` nor within ``0.001`` of 1). Params: the entries of ``fit$control`` printed under ``Algorithmic parameters``, by their
printed names (``eps.outlier``, a function of n in the control, at its printed value;
``compute.rd``, ``FALSE``, as the 0 printed). Judgement: the outlier line's numbers and the
count of weights near 1 are prose; ``seed : int(0)`` is prose.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

SCRIPT = r"""
suppressMessages(library(robustbase))
suppressMessages(library(jsonlite))
data(stackloss)
fit <- lmrob(stack.loss ~ ., data = stackloss)
s <- summary(fit)
print(s)
cf <- s$coefficients
q <- quantile(residuals(fit)); names(q) <- c("Min", "1Q", "Median", "3Q", "Max")
w <- fit$rweights  # the printer's selection (robustbase:::summarizeRobWeights defaults)
rest <- w[!(abs(w) < 0.1 / length(w)) & !(abs(w - 1) < 0.001)]
ctrl <- fit$control[sapply(fit$control, function(v) length(v) == 1 && (is.numeric(v) || is.character(v)))]
out <- list(coef = list(rows = rownames(cf), cols = colnames(cf), values = unname(split(cf, col(cf)))),
            resid = as.list(q), sigma = s$sigma, r2 = s$r.squared, adjr2 = s$adj.r.squared,
            iter = fit$iter, n = nrow(stackloss), weights = as.list(summary(rest)), control = ctrl,
            version = as.character(packageVersion("robustbase")))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("ROBUSTBASE_RECORD"))
"""

# The control entries `print.summary.lmrob` lists under "Algorithmic parameters:".
PRINTED = {"tuning.chi", "bb", "tuning.psi", "refine.tol", "rel.tol", "scale.tol", "solve.tol",
           "eps.x", "warn.limit.reject", "warn.limit.meanrw", "nResample", "max.it", "best.r.s",
           "k.fast.s", "k.max", "maxit.scale", "trace.lev", "mts", "fast.s.large.n", "psi",
           "subsampling", "cov", "compute.outlier.stats"}


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="robustbase-"))
    (work / "lmrob.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "lmrob.R")], check=True,
                   env={**os.environ, "ROBUSTBASE_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    truth.add(**out["resid"])
    c = out["coef"]
    for col, values in zip(c["cols"], c["values"]):
        for row, value in zip(c["rows"], values):
            if col.startswith("Pr("):
                truth.allow(**{f"{row}/{col}": value})
            else:
                truth.add(**{f"{row}/{col}": value})
    truth.add(**{"Robust residual standard error": out["sigma"],
                 "Multiple R-squared": out["r2"], "Adjusted R-squared": out["adjr2"]})
    truth.allow(**{"Convergence in": out["iter"]})
    truth.allow(**out["weights"])
    params = {name: value for name, value in out["control"].items() if name in PRINTED}
    params["eps.outlier"] = 0.1 / out["n"]  # a function of n in the control, printed evaluated
    params["compute.rd"] = 0  # FALSE, printed as 0
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"robustbase {out['version']} under {r_version}: summary.lmrob's coefficient "
                "matrix, residual quantiles, sigma, R-squared and adjusted; p-values, the "
                "IRWLS iterations and the weights' summary optional; the control list as "
                "params; written to JSON by the same R process; unstepped",
                libraries=(), params=params, rel=5e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"r-robustbase": run}, root=HELDOUT16)
