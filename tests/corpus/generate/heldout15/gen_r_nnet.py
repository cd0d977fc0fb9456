"""OPEN fixture (fifteenth half, see generate/heldout15/README.md): development material.

Neural networks and multinomial log-linear models in R with nnet (R 4.2.2), run as
``Rscript``. Three fits with ``trace = TRUE``, each printing ``# weights:  27``, ``initial
value 203.863031``, ``iter  10 value 112.181981`` every ten iterations, ``final  value
6.085504`` and ``stopped after 30 iterations`` (or ``converged``): a classification net on
``iris`` (``nnet(Species ~ ., size = 3, maxit = 60)``), a regression net on ``mtcars``
(``linout = TRUE, decay = 1e-3``) and ``multinom(Species ~ ., iris)``; then the script prints
the net's training accuracy (``iris net: training accuracy 0.9867``), the regression's RMSE,
and ``print(multinom_fit)`` (the coefficient matrix, ``Residual Deviance: 11.96806``, ``AIC:
31.96806``).

Truth: the fits' result objects, written to CSV by the same R process. nnet's optimiser
(``vmmin``) prints its trace from C and keeps only the final value; each traced value is
therefore taken from a refit from the same initial weights (``Wts = fit0$wts`` of an
untrained ``maxit = 0`` fit, whose ``$value`` is the initial value) stopped at that iteration
(``maxit = k``): ``vmmin`` is deterministic, so the refit's ``$value`` is what the full run
printed at iteration k (and the full fit's own ``$value`` is the final value, which the
generator checks against the last refit). ``multinom`` starts from zero weights, the same in
every refit. A refit that converged before its ``maxit`` shows that the full run stopped
before that iteration's line: it gives no point.
Names: ``value`` at the step the line states (``iter  10`` → 10), ``initial
value`` and ``final value`` unstepped; the three fits share these names. The accuracy and RMSE
are computed by the script from ``predict()`` and named ``iris net/training accuracy`` and
``mtcars net/training RMSE`` (the line's ``iris net:`` prefix says which net); the multinom ``deviance`` and ``AIC`` from the
object; the coefficients as ``<class>/<term>`` (a table whose rows are different things).
Optional: ``# weights`` and the ``(10 variable)`` count, ``stopped after N iterations``.
Settings line = params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT15, Truth, main

SETTINGS = {"seed": 1, "size": 3, "maxit": 60, "reg_size": 4, "decay": 0.001}

R_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
s <- as.list(setNames(as.numeric(args[seq(3, length(args), 2)]), args[seq(2, length(args), 2)]))
suppressMessages(library(nnet))
trace_values <- function(name, refit, fit, maxit) {
  ks <- c(0, seq(10, maxit, 10))
  ks <- ks[ks <= maxit]
  fits <- lapply(ks, refit)
  vals <- sapply(fits, function(f) f$value)
  reached <- sapply(fits, function(f) f$convergence == 1)  # stopped at maxit = k: line printed
  write.csv(data.frame(iter = ks, value = vals, reached = reached, final = fit$value,
                       nw = length(fit$wts),
                       conv = fit$convergence),
            file.path(out, paste0(name, "_trace.csv")), row.names = FALSE)
}
set.seed(s$seed)
w0 <- nnet(Species ~ ., data = iris, size = s$size, maxit = 0, trace = FALSE)$wts
cls <- nnet(Species ~ ., data = iris, size = s$size, maxit = s$maxit, Wts = w0)
trace_values("cls", function(k) nnet(Species ~ ., data = iris, size = s$size, maxit = k,
                                      Wts = w0, trace = FALSE), cls, s$maxit)
set.seed(s$seed)
mt <- within(mtcars, {mpg <- mpg; wt <- wt})
w1 <- nnet(mpg ~ wt + hp + disp, data = mt, size = s$reg_size, linout = TRUE, decay = s$decay,
           maxit = 0, trace = FALSE)$wts
reg <- nnet(mpg ~ wt + hp + disp, data = mt, size = s$reg_size, linout = TRUE, decay = s$decay,
            maxit = s$maxit, Wts = w1)
trace_values("reg", function(k) nnet(mpg ~ wt + hp + disp, data = mt, size = s$reg_size,
                                     linout = TRUE, decay = s$decay, maxit = k, Wts = w1,
                                     trace = FALSE), reg, s$maxit)
mn <- multinom(Species ~ ., data = iris, maxit = s$maxit)
trace_values("mn", function(k) multinom(Species ~ ., data = iris, maxit = k, trace = FALSE),
             mn, s$maxit)
acc <- mean(predict(cls, iris, type = "class") == iris$Species)
rmse <- sqrt(mean((predict(reg, mt) - mt$mpg)^2))
cat(sprintf("iris net: training accuracy %.4f\n", acc))
cat(sprintf("mtcars net: training RMSE %.4f\n", rmse))
print(mn)
co <- coef(mn)
write.csv(data.frame(acc = acc, rmse = rmse, dev = deviance(mn), aic = mn$AIC,
                     edf = mn$edf), file.path(out, "summary.csv"), row.names = FALSE)
write.csv(co, file.path(out, "coef.csv"))
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
    work = Path(tempfile.mkdtemp(prefix="r-nnet-"))
    (work / "nnet.R").write_text(R_SCRIPT)
    print("settings: " + " ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    argv = ["Rscript", str(work / "nnet.R"), str(work)]
    for key, value in s.items():
        argv += [key, str(value)]
    subprocess.run(argv, check=True)
    for name in ("cls", "reg", "mn"):
        rows = read_csv(work / f"{name}_trace.csv")
        truth.allow(**{"# weights": float(rows[0]["nw"])})
        for row in rows:
            k, value = float(row["iter"]), float(row["value"])
            if k == 0:
                truth.add(**{"initial value": value})
            elif row["reached"] == "TRUE":
                truth.add(k, value=value)
        final = float(rows[0]["final"])
        truth.add(**{"final value": final})
        if rows[0]["conv"] == "1":
            if abs(float(rows[-1]["value"]) - final) > 1e-6 * max(1.0, abs(final)):
                sys.exit(f"{name}: the refit at maxit differs from the fit's final value")
            truth.allow(**{"stopped after": SETTINGS["maxit"]})
    summary = read_csv(work / "summary.csv")[0]
    truth.allow(variable=float(summary["edf"]))
    truth.add(**{"iris net/training accuracy": float(summary["acc"])})
    truth.add(**{"mtcars net/training RMSE": float(summary["rmse"])})
    truth.add(**{"Residual Deviance": float(summary["dev"]), "AIC": float(summary["aic"])})
    for row in read_csv(work / "coef.csv"):
        cls = row.pop("")
        for term, value in row.items():
            truth.add(**{f"{cls}/{term}": float(value)})
    version = subprocess.run(["Rscript", "-e", 'cat(R.version.string, "; nnet",'
                              ' format(packageVersion("nnet")))'],
                             capture_output=True, text=True).stdout.strip()
    truth.write("R nnet result objects written to CSV by the same R process: each traced value "
                "is $value of a refit from the same initial weights stopped at that iteration "
                "(maxit = k; maxit = 0 for the initial value), the final value the fit's own "
                "$value; accuracy/RMSE from predict(); multinom deviance, AIC, coef(); weight "
                f"counts optional; settings = params; {version}",
                libraries=(), params=s, rel=1e-5, abs_tol=5e-6)  # %f: 6 decimals


if __name__ == "__main__":
    main(__file__, {"r-nnet": run}, root=HELDOUT15)
