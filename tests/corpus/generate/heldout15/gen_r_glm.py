"""OPEN fixture (fifteenth half, see generate/heldout15/README.md): development material.

Generalised linear models in base R (``stats``, R 4.2.2), run as ``Rscript``: ``summary()`` of a
binomial model (``glm(am ~ wt + hp, family = binomial, data = mtcars)``) and of a Poisson model
(``glm(breaks ~ wool + tension, family = poisson, data = warpbreaks)``). Each prints the call,
``Deviance Residuals:`` (``Min 1Q Median 3Q Max`` over one row), the ``Coefficients:`` table
(``Estimate Std. Error z value Pr(>|z|)`` with significance stars and ``Signif.
codes:``), ``(Dispersion
parameter for binomial family taken to be 1)``, ``Null deviance: 43.230  on 31  degrees of
freedom``, ``Residual deviance: 10.059  on 29  degrees of freedom``, ``AIC: 16.059`` and
``Number of Fisher Scoring iterations: 8``.

Truth: the ``summary.glm`` objects, written to CSV by the same R process: ``coefficients``
(``<term>/Estimate``, ``<term>/Std. Error``, ``<term>/z value``; ``<term>/Pr(>|z|)``
optional, printed as a bound where small), ``null.deviance``, ``deviance`` (``Null
deviance``, ``Residual deviance``), ``aic`` (``AIC``), ``dispersion`` (optional: ``taken to be
1`` is prose); the deviance residuals' quantiles (``quantile(residuals(fit, "deviance"))``, as
``print.summary.glm`` computes them: ``Min``, ``1Q``, ``Median``, ``3Q``, ``Max``). Optional:
the degrees of freedom (``df.null``, ``df.residual`` under the deviances' names) and ``iter``
(``Number of Fisher Scoring iterations``). The two models share their names where their terms
and rows do (``(Intercept)``, the deviance lines). Judgement: a coefficient table is a table
whose rows are different things, so ``<term>/<column>``; the stars and the codes' legend carry
no value.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT15, Truth, main

R_SCRIPT = r"""
out <- commandArgs(trailingOnly = TRUE)[1]
fits <- list(
  binomial = glm(am ~ wt + hp, family = binomial, data = mtcars),
  poisson = glm(breaks ~ wool + tension, family = poisson, data = warpbreaks))
for (name in names(fits)) {
  fit <- fits[[name]]
  cat(sprintf("\n==== %s model ====\n", name))
  sm <- summary(fit)
  print(sm)
  co <- sm$coefficients
  write.csv(data.frame(term = rownames(co), est = co[, 1], se = co[, 2], z = co[, 3],
                       p = co[, 4]), file.path(out, paste0(name, "_coef.csv")), row.names = FALSE)
  q <- quantile(residuals(fit, type = "deviance"))
  write.csv(data.frame(null = sm$null.deviance, dev = sm$deviance, df_null = sm$df.null,
                       df_res = sm$df.residual, aic = sm$aic, iter = sm$iter,
                       disp = sm$dispersion, q1 = q[1], q2 = q[2], q3 = q[3], q4 = q[4],
                       q5 = q[5]), file.path(out, paste0(name, "_fit.csv")), row.names = FALSE)
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
    work = Path(tempfile.mkdtemp(prefix="r-glm-"))
    (work / "glm.R").write_text(R_SCRIPT)
    subprocess.run(["Rscript", str(work / "glm.R"), str(work)], check=True)
    for name in ("binomial", "poisson"):
        for row in read_csv(work / f"{name}_coef.csv"):
            term = row["term"]
            truth.add(**{f"{term}/Estimate": float(row["est"]),
                         f"{term}/Std. Error": float(row["se"]),
                         f"{term}/z value": float(row["z"])})
            truth.allow(**{f"{term}/Pr(>|z|)": float(row["p"])})
        fit = read_csv(work / f"{name}_fit.csv")[0]
        for column, label in zip(("q1", "q2", "q3", "q4", "q5"),
                                 ("Min", "1Q", "Median", "3Q", "Max")):
            truth.add(**{label: float(fit[column])})
        truth.add(**{"Null deviance": float(fit["null"]),
                     "Residual deviance": float(fit["dev"]), "AIC": float(fit["aic"])})
        truth.allow(**{"Null deviance": float(fit["df_null"]),
                       "Residual deviance": float(fit["df_res"]),
                       "Number of Fisher Scoring iterations": float(fit["iter"]),
                       "Dispersion parameter": float(fit["disp"])})
    version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"],
                             capture_output=True, text=True).stdout.strip()
    truth.write("R summary.glm objects written to CSV by the same R process: coefficients as "
                "<term>/Estimate, /Std. Error, /z value (p optional), null.deviance, deviance, "
                "aic, quantiles of the deviance residuals; df, iterations, dispersion "
                f"optional; {version}",
                libraries=(), rel=1e-3, abs_tol=5e-4)  # z values to 3 decimals


if __name__ == "__main__":
    main(__file__, {"r-glm": run}, root=HELDOUT15)
