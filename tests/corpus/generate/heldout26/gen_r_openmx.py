"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Structural equation models in R with OpenMx (Debian ``r-cran-openmx``), seeded: a
one-variable normal model (mean ``mu`` and variance ``sigma2`` with a lower bound of 0.01, matrix
specification, 200 draws), run with ``mxRun`` (which prints ``Running norm with 2 parameters``),
and a RAM path model (``y`` on ``x`` and ``z``, 150 rows, eight free parameters) run silently;
``print(summary(fit))`` of each: ``free parameters:`` (a numbered table ``name matrix row col
Estimate Std.Error A lbound ubound``), ``Model Statistics:`` (rows ``Model:``, ``Saturated:``,
``Independence:`` by ``Parameters | Degrees of Freedom | Fit (-2lnL units)``), ``Number of
observations/statistics: 200/200``, ``Information Criteria:`` (rows ``AIC:``, ``BIC:`` by ``df
Penalty | Parameters Penalty | Sample-Size Adjusted``), for the first model ``CFI: NA``, ``TLI:
1``, ``RMSEA: 0 [95% CI (NA, NA)]``, then a timestamp, ``Wall clock time: 0.25 secs``, the
optimizer and version.

Truth, written to JSON by the same R process from the summary objects: each free parameter's
``Estimate`` and ``Std.Error`` as ``<name>/Estimate`` (``mu/Estimate``, ``b_x/Std.Error``); the
model's ``-2lnL`` as ``Model/Fit (-2lnL units)``; the information criteria as
``AIC/df Penalty``, ``AIC/Parameters Penalty``, ``AIC/Sample-Size Adjusted`` and the same for
``BIC``; ``TLI`` and ``RMSEA`` where printed as numbers. Optional: the parameter and degrees of
freedom counts of the three statistics rows (``Model/Parameters``, ``Saturated/Degrees of
Freedom``, ...), the observation and statistic counts, the wall clock time; the bound 0.01 is a
param (``sigma2/lbound``). The row numbers, matrix names and the version are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(OpenMx))
suppressMessages(library(jsonlite))
set.seed(26)
x <- rnorm(200, 1, 2)
m1 <- mxModel("norm",
  mxMatrix("Full", 1, 1, TRUE, 0, name = "M", labels = "mu"),
  mxMatrix("Symm", 1, 1, TRUE, 1, name = "S", labels = "sigma2", lbound = 0.01),
  mxData(data.frame(x = x), type = "raw"),
  mxExpectationNormal("S", "M", dimnames = "x"), mxFitFunctionML())
r1 <- mxRun(m1)
s1 <- summary(r1); print(s1)
n <- 150; x <- rnorm(n); z <- rnorm(n); y <- 0.5 + 0.8 * x - 0.3 * z + rnorm(n, sd = 0.7)
m2 <- mxModel("reg", type = "RAM", manifestVars = c("x", "z", "y"),
  mxPath(from = c("x", "z"), to = "y", arrows = 1, free = TRUE, values = 0.2,
         labels = c("b_x", "b_z")),
  mxPath(from = c("x", "z", "y"), arrows = 2, free = TRUE, values = 1,
         labels = c("var_x", "var_z", "res_y")),
  mxPath(from = "one", to = c("x", "z", "y"), free = TRUE, values = 0,
         labels = c("mean_x", "mean_z", "int_y")),
  mxData(data.frame(x, y, z), type = "raw"))
r2 <- mxRun(m2, silent = TRUE)
s2 <- summary(r2); print(s2)
rec <- lapply(list(s1, s2), function(s) {
  p <- s$parameters
  list(names = p$name, est = p$Estimate, se = p$Std.Error,
       m2ll = s$Minus2LogLikelihood, ic = unname(split(s$informationCriteria, row(s$informationCriteria))),
       npar = c(s$estimatedParameters, s$saturatedParameters, s$independenceParameters),
       df = c(s$degreesOfFreedom, s$saturatedDoF, s$independenceDoF),
       nobs = s$numObs, nstat = s$observedStatistics,
       tli = if (is.null(s$TLI) || is.na(s$TLI)) NULL else s$TLI,
       rmsea = if (is.null(s$RMSEA) || is.na(s$RMSEA)) NULL else s$RMSEA,
       wall = as.numeric(s$wallTime, units = "secs"))
})
writeLines(toJSON(list(fits = rec, version = as.character(packageVersion("OpenMx"))),
                  digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "openmx-")
    truth = Truth()
    for fit in out["fits"]:
        for name, est, se in zip(fit["names"], fit["est"], fit["se"]):
            truth.add(**{f"{name}/Estimate": est, f"{name}/Std.Error": se})
        truth.add(**{"Model/Fit (-2lnL units)": fit["m2ll"][0]})
        for row, label in zip(fit["npar"], ("Model", "Saturated", "Independence")):
            truth.allow(**{f"{label}/Parameters": row})
        for row, label in zip(fit["df"], ("Model", "Saturated", "Independence")):
            truth.allow(**{f"{label}/Degrees of Freedom": row})
        truth.allow(**{"Number of observations/statistics": fit["nobs"][0]})
        truth.allow(**{"Number of observations/statistics": fit["nstat"][0]})
        for crit, row in zip(("AIC", "BIC"), fit["ic"]):
            truth.add(**{f"{crit}/{col}": value for col, value in
                         zip(("df Penalty", "Parameters Penalty", "Sample-Size Adjusted"), row)})
        if fit.get("tli"):
            truth.add(TLI=fit["tli"][0])
        if fit.get("rmsea"):
            truth.add(RMSEA=fit["rmsea"][0])
        truth.allow(**{"Wall clock time": fit["wall"][0]})
    truth.write(f"OpenMx {out['version'][0]}: the summary objects' parameters, "
                "Minus2LogLikelihood, informationCriteria, TLI, RMSEA, counts and wall time, "
                "written to JSON by the same R process",
                params={"sigma2/lbound": 0.01}, rel=2e-4, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"r-openmx": run}, root=HELDOUT26)
