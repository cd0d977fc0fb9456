"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Long-memory ARFIMA fits in R with fracdiff (CRAN ``fracdiff``, from the machine's R library),
seeded: three simulated series (``fracdiff.sim``, 300 points) fitted with ``fracdiff`` (d alone;
d with one AR term; d with one MA term), each printed with ``print(summary(fit))``: the call, a
``Coefficients`` table (``Estimate Std. Error z value Pr(>|z|)``, rows ``d``, ``ar``, ``ma``),
``sigma[eps] = 1.025707``, a bracketed line of the optimiser's settings (``[d.tol = 0.0001221, M
= 100, h = 4.576e-06]``) and ``Log likelihood: -433.3 ==> AIC = 872.6125 [3 deg.freedom]``.

Truth, written to JSON by the same R process from the summary objects: the coefficient table as
``<row>/<column>`` (``d/Estimate``), the p-values optional; ``sigma[eps]`` (``sigma``), ``Log
likelihood`` (``log.likelihood``) and ``AIC`` (``-2 loglik + 2 (df)``, as the printer computes
it, with its ``df``, optional as ``deg.freedom``). The bracketed ``d.tol``, ``M`` and ``h`` are
the fit's numerical settings (params).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(fracdiff))
suppressMessages(library(jsonlite))
set.seed(24)
tab <- function(m) lapply(seq_len(nrow(m)), function(i) list(row = rownames(m)[i],
                                                             v = unname(m[i, ])))
rec <- function(fit) {
  s <- summary(fit)
  print(s)
  list(coef = tab(s$coef), sigma = s$sigma, ll = s$log.likelihood, df = s$df,
       aic = -2 * s$log.likelihood + 2 * s$df, dtol = fit$d.tol, M = fit$M, h = fit$h)
}
z1 <- fracdiff.sim(300, d = 0.3)$series
z2 <- fracdiff.sim(300, ar = 0.4, d = 0.3)$series
z3 <- fracdiff.sim(300, ma = -0.4, d = 0.2)$series
out <- list(fits = list(rec(fracdiff(z1)), rec(fracdiff(z2, nar = 1)), rec(fracdiff(z3, nma = 1))),
            version = as.character(packageVersion("fracdiff")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "fracdiff-", TZ="UTC")
    truth = Truth()
    params = {}
    for fit in out["fits"]:
        for row in fit["coef"]:
            name = row["row"]
            est, se, z, p = row["v"]
            truth.add(**{f"{name}/Estimate": est, f"{name}/Std. Error": se,
                         f"{name}/z value": z})
            truth.allow(**{f"{name}/Pr(>|z|)": p})
        truth.add(**{"sigma[eps]": fit["sigma"], "Log likelihood": fit["ll"], "AIC": fit["aic"]})
        truth.allow(**{"deg.freedom": fit["df"]})
        params.update({"d.tol": fit["dtol"], "M": fit["M"], "h": fit["h"]})
    truth.write(f"fracdiff {out['version']}: the summary.fracdiff objects' coef tables, sigma, "
                "log.likelihood and df (AIC as the printer computes it), written to JSON by the "
                "same R process", params=params, rel=5e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"r-fracdiff": run}, root=HELDOUT24)
