"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

Bayesian linear mixed models in R with blme (CRAN ``blme``, on lme4, from the machine's R
library), seeded: 150 rows in 15 groups; ``blmer(y ~ x + (1 | g), cov.prior = gamma)`` and
``bglmer(z ~ x + (1 | g), family = binomial, fixef.prior = normal)``, each printed with
``print(summary(m))``: the priors, ``Prior dev  : 2.9715``, lme4's summary (``REML criterion at
convergence`` or the ``AIC BIC logLik deviance df.resid`` line, ``Scaled residuals`` quantiles,
the random-effects table, ``Number of obs``, the fixed-effects table, the correlation of fixed
effects).

Truth, written to JSON by the same R process from the summary objects: ``devcomp$cmp
["penalty"]`` as ``Prior dev`` (what blme's printer rounds), ``AICtab`` under its printed names
(``REML criterion at convergence`` for the REML fit; ``df.resid`` optional), the scaled
residuals' quantiles as ``<Min|1Q|Median|3Q|Max>`` (bare, as every R summary's in the
corpus), ``as.data.frame(VarCorr)`` as ``<group>/<name>/Variance`` and ``.../Std.Dev.``
(``Residual/Variance`` for the residual), the coefficient matrix as ``<term>/<column>``
(``Pr(>|z|)`` optional), the correlation of the two fixed effects as ``x/(Intr)`` (optional, as
r-lme4's). The observation and group counts are optional. The priors' own settings (``df =
3.5``, ``sd = c(10, 2.5)``) are the script's choices through blme's defaults: no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(blme))
suppressMessages(library(jsonlite))
set.seed(23)
d <- data.frame(g = factor(rep(1:15, each = 10)), x = rnorm(150))
d$y <- 1 + 0.7 * d$x + rnorm(15, sd = 0.8)[d$g] + rnorm(150)
d$z <- rbinom(150, 1, plogis(-0.3 + 1.1 * d$x + rnorm(15)[d$g]))
rec <- function(m) {
  s <- summary(m)
  print(s)
  vc <- as.data.frame(VarCorr(m))
  vc$var1[is.na(vc$var1)] <- ""
  co <- s$coefficients
  list(penalty = m@devcomp$cmp[["penalty"]], aictab = as.list(s$AICtab),
       resid = as.list(unname(quantile(s$residuals))),
       vc = as.list(vc[, c("grp", "var1", "vcov", "sdcor")]),
       coef = lapply(seq_len(ncol(co)), function(j) as.list(co[, j])),
       coefcols = colnames(co), corr = cov2cor(as.matrix(s$vcov))[2, 1],
       nobs = nrow(d), ngrps = as.list(s$ngrps))
}
m1 <- blmer(y ~ x + (1 | g), data = d, cov.prior = gamma)
out <- list(lmm = rec(m1))
m2 <- bglmer(z ~ x + (1 | g), data = d, family = binomial, fixef.prior = normal)
out$glmm <- rec(m2)
out$version <- as.character(packageVersion("blme"))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


AICTAB = {"REML": "REML criterion at convergence"}
QUANTILES = ("Min", "1Q", "Median", "3Q", "Max")


def run() -> None:
    out = r_record(SCRIPT, "blme-", TZ="UTC")
    truth = Truth()
    for fit in (out["lmm"], out["glmm"]):
        truth.add(**{"Prior dev": fit["penalty"]})
        for key, value in fit["aictab"].items():
            if key == "df.resid":
                truth.allow(**{key: value})
            else:
                truth.add(**{AICTAB.get(key, key): value})
        for word, value in zip(QUANTILES, fit["resid"]):
            truth.add(**{word: value})
        vc = {k: v if isinstance(v, list) else [v] for k, v in fit["vc"].items()}  # unboxed
        for i, grp in enumerate(vc["grp"]):
            row = grp if grp == "Residual" else f"{grp}/{vc['var1'][i]}"
            truth.add(**{f"{row}/Variance": vc["vcov"][i], f"{row}/Std.Dev.": vc["sdcor"][i]})
        truth.allow(**{"Number of obs": fit["nobs"]})
        for grp, n in fit["ngrps"].items():
            truth.allow(**{f"groups/{grp}": n})
        for col, values in zip(fit["coefcols"], fit["coef"]):
            for term, value in values.items():
                if col.startswith("Pr("):
                    truth.allow(**{f"{term}/{col}": value})
                else:
                    truth.add(**{f"{term}/{col}": value})
        truth.allow(**{"x/(Intr)": fit["corr"]})
    truth.write(f"blme {out['version']}: the summaries' devcomp penalty, AICtab, scaled "
                "residual quantiles, VarCorr, coefficients and fixed-effect correlation, "
                "written to JSON by the same R process; the correlation, counts, df.resid and "
                "p-values optional",
                rel=5e-4, abs_tol=5e-5)  # four significant digits


if __name__ == "__main__":
    main(__file__, {"r-blme": run}, root=HELDOUT23)
