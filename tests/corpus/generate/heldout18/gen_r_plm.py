"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Panel-data regression in R with plm (Debian's ``r-cran-plm``): the Grunfeld investment panel it
ships (10 firms over 20 years), ``inv ~ value + capital`` as a fixed-effects (``within``) and a
random-effects (``random``, Swamy-Arora) model, each printed with ``summary``: the model's
title, the call, ``Balanced Panel: n = 10, T = 20, N = 200``, for the random model an
``Effects:`` table (``idiosyncratic``, ``individual`` by ``var``, ``std.dev``, ``share``) and
``theta: 0.8612``, the residuals' quantiles, the coefficient table (``Estimate Std. Error
t-value Pr(>|t|)``; ``z-value`` for the random model), then ``Total Sum of Squares:
2244400``, ``Residual Sum of Squares: 523480``, ``R-Squared:      0.76676``, ``Adj.
R-Squared: 0.75311`` and the joint test (``F-statistic: 309.014 on 2 and 188 DF, p-value: <
2.22e-16``; ``Chisq: 657.674 on 2 DF, ...``). Deterministic.

Truth: the ``summary.plm`` objects and the models, written to JSON by the same R process: the
``coefficients`` matrix (``Estimate``, ``Std. Error``, the t or z value) as ``<term>/<column>``;
``tss`` and ``deviance`` as ``Total Sum of Squares`` and ``Residual Sum of Squares``;
``r.squared`` (``rsq``, ``adjrsq``) as ``R-Squared`` and ``Adj. R-Squared``; the joint test's
``statistic`` as ``F-statistic`` or ``Chisq``; for the random model ``ercomp``'s ``sigma2`` as
``<effect>/var``, its square root as ``<effect>/std.dev``, its share of the sum as
``<effect>/share`` (the printer's arithmetic), and ``theta``. Optional: the p-values, the
residual quantiles (``Min.`` ..., named as r-base names summary.lm's: by the vector's names), the panel's counts and the degrees of freedom.
Judgement: the two models share names (``value/Estimate`` has two values). No step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main

SCRIPT = r"""
suppressMessages(library(plm))
suppressMessages(library(jsonlite))
data("Grunfeld", package = "plm")
keep <- function(model) {
  s <- summary(model)
  print(s)
  co <- s$coefficients
  out <- list(coef = setNames(lapply(seq_len(nrow(co)), function(i) as.list(co[i, ])),
                              rownames(co)),
              tss = plm:::tss.plm(model), rss = deviance(model),
              rsq = unname(s$r.squared["rsq"]), adjrsq = unname(s$r.squared["adjrsq"]),
              stat_name = names(s$fstatistic$statistic),
              stat = unname(s$fstatistic$statistic), stat_p = unname(s$fstatistic$p.value),
              df = as.list(unname(s$fstatistic$parameter)),
              quantiles = as.list(unname(quantile(residuals(model)))))
  if (model$args$model == "random") {
    e <- ercomp(model)
    out$sigma2 <- as.list(unname(e$sigma2))
    out$theta <- unname(e$theta)
  }
  out
}
fe <- keep(plm(inv ~ value + capital, data = Grunfeld, model = "within"))
re <- keep(plm(inv ~ value + capital, data = Grunfeld, model = "random"))
out <- list(fits = list(fe, re), version = as.character(packageVersion("plm")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("PLM_RECORD"))
"""

QUANTILES = ("Min.", "1st Qu.", "Median", "3rd Qu.", "Max.")


def run() -> None:
    import json
    import math
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="plm-"))
    (work / "plm.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "plm.R")], check=True,
                   env={**os.environ, "PLM_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for fit in out["fits"]:
        if "sigma2" in fit:
            total = sum(fit["sigma2"])
            for effect, var in zip(("idiosyncratic", "individual"), fit["sigma2"]):
                truth.add(**{f"{effect}/var": var, f"{effect}/std.dev": math.sqrt(var),
                             f"{effect}/share": var / total})
            truth.add(theta=fit["theta"])
        truth.allow(**{q: v for q, v in zip(QUANTILES, fit["quantiles"])})
        for term, row in fit["coef"].items():
            for column, value in row.items():
                if column.startswith("Pr("):
                    truth.allow(**{f"{term}/{column}": value})
                else:
                    truth.add(**{f"{term}/{column}": value})
        truth.add(**{"Total Sum of Squares": fit["tss"], "Residual Sum of Squares": fit["rss"],
                     "R-Squared": fit["rsq"], "Adj. R-Squared": fit["adjrsq"]})
        stat = "F-statistic" if fit["stat_name"] == "F" else fit["stat_name"]
        truth.add(**{stat: fit["stat"]})
        truth.allow(**{"p-value": fit["stat_p"]})
        for df in fit["df"]:
            truth.allow(DF=df)
        truth.allow(n=10, T=20, N=200)  # each fit prints its ``Balanced Panel:`` line
    truth.write(f"plm {out['version']}: summary.plm's coefficients, r.squared and joint test, "
                "the models' tss and deviance, ercomp's sigma2 (with std.dev and share as "
                "printed) and theta, written to JSON by the same R process; p-values, residual "
                "quantiles, counts and df optional", libraries=(), params=None,
                rel=5e-4, abs_tol=5e-4)  # five significant digits, the shares three decimals


if __name__ == "__main__":
    main(__file__, {"r-plm": run}, root=HELDOUT18)
