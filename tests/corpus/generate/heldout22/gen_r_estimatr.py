"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Regression with robust standard errors in R with estimatr (Debian's ``r-cran-estimatr``),
seeded: 400 rows in 40 clusters, an outcome with heteroskedastic noise and a cluster effect, an
endogenous regressor ``x`` with an instrument ``z``; ``lm_robust(y ~ x + w, clusters = cl,
se_type = "CR2")`` and ``iv_robust(y ~ x + w | z + w, se_type = "HC1", diagnostics = TRUE)``,
each printed with ``print(summary(fit))``: the call, ``Standard error type:  CR2``, a
``Coefficients:`` table (``Estimate Std. Error t value Pr(>|t|) CI Lower CI Upper DF``; CR2's
degrees of freedom are fractional, ``35.40``), ``Multiple R-squared:  0.0413 ,	Adjusted
R-squared:  0.03647`` (a tab in the line), the F line, and for the IV fit a ``Diagnostics:``
table (``numdf dendf value p.value``, rows ``Weak instruments``, ``Wu-Hausman``,
``Overidentifying`` with ``NA`` cells) with significance stars and R's legend.

Truth, written to JSON by the same R process from the summary objects: the coefficient table as
``<term>/<column>`` for ``Estimate``, ``Std. Error``, ``t value``, ``CI Lower``, ``CI Upper``
(``Pr(>|t|)`` and ``DF`` optional); ``r.squared`` as ``Multiple R-squared``, ``adj.r.squared`` as
``Adjusted R-squared``, the F statistic's value as ``F-statistic`` (its two degrees of freedom
and the p-value optional); the diagnostics' ``value`` as ``<row>/value`` (``numdf``, ``dendf``,
``p.value`` optional; the ``Overidentifying`` row, all ``NA``, in no truth).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(estimatr))
suppressMessages(library(jsonlite))
set.seed(22)
n <- 400
d <- data.frame(z = rnorm(n), w = rnorm(n), cl = sample(1:40, n, TRUE))
d$x <- 0.8 * d$z + rnorm(n)
d$y <- 1 + 0.5 * d$x - 0.3 * d$w + rnorm(n, sd = 1 + abs(d$x)) + rnorm(40)[d$cl]
rec <- function(fit) {
  s <- summary(fit)
  print(s)
  tab <- s$coefficients
  out <- list(terms = rownames(tab), cols = colnames(tab),
              tab = unname(as.list(as.data.frame(tab))),
              r2 = s$r.squared, ar2 = s$adj.r.squared, f = as.list(s$fstatistic))
  if (!is.null(s$diagnostic_first_stage_fstatistic))
    out$diag <- list(weak = as.list(s$diagnostic_first_stage_fstatistic),
                     wu = as.list(s$diagnostic_endogeneity_test))
  out
}
out <- list(ols = rec(lm_robust(y ~ x + w, data = d, clusters = cl, se_type = "CR2")),
            iv = rec(iv_robust(y ~ x + w | z + w, data = d, se_type = "HC1",
                               diagnostics = TRUE)))
out$version <- as.character(packageVersion("estimatr"))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""

METRIC_COLUMNS = ("Estimate", "Std. Error", "t value", "CI Lower", "CI Upper")


def fit(truth: Truth, m: dict) -> None:
    from scipy import stats

    for i, term in enumerate(m["terms"]):
        for col, values in zip(m["cols"], m["tab"]):
            if col in METRIC_COLUMNS:
                truth.add(**{f"{term}/{col}": values[i]})
            elif col in ("Pr(>|t|)", "DF"):
                truth.allow(**{f"{term}/{col}": values[i]})
    truth.add(**{"Multiple R-squared": m["r2"], "Adjusted R-squared": m["ar2"],
                 "F-statistic": m["f"]["value"]})
    f = m["f"]
    truth.allow(**{"F-statistic": f["numdf"]})
    truth.allow(**{"F-statistic": f["dendf"]})
    # the p-value the F line prints, from the same three numbers (summary's printer does so)
    truth.allow(**{"p-value": stats.f.sf(f["value"], f["numdf"], f["dendf"])})
    if "diag" in m:
        for row, d in (("Weak instruments", m["diag"]["weak"]), ("Wu-Hausman", m["diag"]["wu"])):
            truth.add(**{f"{row}/value": d["value"]})
            truth.allow(**{f"{row}/numdf": d.get("numdf", d.get("nomdf")),
                           f"{row}/dendf": d["dendf"], f"{row}/p.value": d["p.value"]})


def run() -> None:
    out = r_record(SCRIPT, "estimatr-", TZ="UTC")
    truth = Truth()
    fit(truth, out["ols"])
    fit(truth, out["iv"])
    truth.write(f"estimatr {out['version']}: summary(lm_robust/iv_robust) coefficients as "
                "<term>/<column>, R-squared, F and the IV diagnostics' values, written to JSON by "
                "the same R process; p-values and df optional",
                rel=5e-4, abs_tol=5e-5)  # R's print: four significant digits


if __name__ == "__main__":
    main(__file__, {"r-estimatr": run}, root=HELDOUT22)
