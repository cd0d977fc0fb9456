"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

Generalized additive models in R with gam (Debian ``r-cran-gam``): two logistic fits on the
package's ``kyphosis`` data (81 children), ``Kyphosis ~ s(Age, 4) + Number`` and ``Kyphosis ~
lo(Start) + s(Age, 3)``, each with ``trace = TRUE`` (one line a local-scoring loop: ``GAM s.wam
loop 1: deviance = 66.42095``), then ``print(summary(fit))``: deviance-residual quantiles, ``Null
Deviance: 83.2345 on 80 degrees of freedom``, ``Residual Deviance: ...``, ``AIC: ...``, the ``Anova
for Parametric Effects`` table (``Df Sum Sq Mean Sq F value Pr(>F)``) and the ``Anova for
Nonparametric Effects`` table (``Npar Df Npar Chisq P(Chi)``).

Truth, written to JSON by the same R process from the fit objects: the loop lines' ``deviance`` at
the loop the line states (gam keeps only the final deviance, so the value of loop ``k`` is the
``deviance`` of the same fit run with ``gam.control(maxit = k)``, for ``k`` up to the first whose
deviance is the full fit's to the last bit, the fit keeping no loop count; the two fits' lines
share the name and their count restarts); the summary's ``Null Deviance``, ``Residual Deviance``
and ``AIC`` (``null.deviance``, ``deviance``, ``aic``); the parametric table's ``Anova for
Parametric Effects/<term>/Sum Sq`` and ``.../Mean Sq`` from ``summary(fit)$parametric.anova`` (``F
value``, ``Pr(>F)`` and ``Df`` optional: test statistic, p-value, count); the nonparametric table's
``Npar Chisq`` and ``P(Chi)`` optional (test statistic, p-value), ``Npar Df`` optional; the
residual quantiles optional (``Deviance Residuals/Min`` ... ``/Max``, from ``residuals(fit,
"deviance")``: a description of the fit, printed rounded to four digits).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT29, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(gam))
suppressMessages(library(jsonlite))
data(kyphosis)
forms <- list(Kyphosis ~ s(Age, 4) + Number, Kyphosis ~ lo(Start) + s(Age, 3))
tab <- function(a) list(rows = trimws(rownames(a)), cols = colnames(a),
                        values = lapply(seq_len(nrow(a)), function(i) unname(unlist(a[i, ]))))
rec <- lapply(forms, function(f) {
  fit <- gam(f, family = binomial, data = kyphosis, trace = TRUE)
  s <- summary(fit)
  print(s)
  loops <- c()
  repeat {
    d <- gam(f, family = binomial, data = kyphosis,
             control = gam.control(maxit = length(loops) + 1))$deviance
    loops <- c(loops, d)
    if (identical(d, fit$deviance) || length(loops) >= 50) break
  }
  list(loops = loops, null = fit$null.deviance, dev = fit$deviance, aic = fit$aic,
       resid = unname(quantile(residuals(fit, type = "deviance"))),
       par = tab(s$parametric.anova), npar = tab(s$anova))
})
writeLines(toJSON(list(fits = rec, version = as.character(packageVersion("gam"))),
                  digits = NA, na = "null"), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "gam-")
    truth = Truth()
    for fit in out["fits"]:
        for k, dev in enumerate(fit["loops"], start=1):
            truth.add(at=k, deviance=dev)
        truth.allow(**{f"Deviance Residuals/{q}": v
                       for q, v in zip(("Min", "1Q", "Median", "3Q", "Max"), fit["resid"])})
        truth.add(**{"Null Deviance": fit["null"][0], "Residual Deviance": fit["dev"][0],
                     "AIC": fit["aic"][0]})
        par = fit["par"]
        for row, values in zip(par["rows"], par["values"]):
            cells = dict(zip(par["cols"], values))
            head = f"Anova for Parametric Effects/{row}"
            truth.add(**{f"{head}/Sum Sq": cells["Sum Sq"], f"{head}/Mean Sq": cells["Mean Sq"]})
            truth.allow(**{f"{head}/{c}": cells[c] for c in ("Df", "F value", "Pr(>F)")
                           if cells[c] is not None})
        npar = fit["npar"]
        for row, values in zip(npar["rows"], npar["values"]):
            cells = dict(zip(npar["cols"], values))
            head = f"Anova for Nonparametric Effects/{row}"
            truth.allow(**{f"{head}/{c}": v for c, v in cells.items() if v is not None})
    truth.write(f"gam {out['version'][0]}: the fits' null.deviance, deviance, aic, "
                "summary()$parametric.anova and $anova, the loops' deviance from the same fits "
                "stopped by gam.control(maxit = k), written to JSON by the same R process",
                rel=5e-5, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"r-gam": run}, root=HELDOUT29)
