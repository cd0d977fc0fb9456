"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Generalised additive mixed models in R with gamm4 (CRAN ``gamm4``, on mgcv and lme4, from the
machine's R library), seeded: a smooth of one covariate plus a random intercept for ten groups
(``gamm4(y ~ s(x), random = ~(1|g))``), then two smooths (``y2 ~ s(x) + s(w)``). Each fit is
printed twice, as gamm4's users do: ``print(summary(fit$gam))`` (mgcv's form: ``Parametric
coefficients``, ``Approximate significance of smooth terms`` with ``edf Ref.df F p-value``,
``R-sq.(adj) =  0.736``, ``lmer.REML = 123.34  Scale est. = 0.091909  n = 150``) and
``print(summary(fit$mer))`` (lme4's form: REML criterion, scaled residual quantiles, random
effects variances, fixed effects, their correlation).

Truth, written to JSON by the same R process from the two summary objects: the parametric table
as ``<row>/<column>`` (``(Intercept)/Estimate``; the p-value optional); the smooth table as
``s(x)/edf`` and ``s(x)/F`` (``Ref.df``, a reference degrees of freedom, and the p-value
optional); ``R-sq.(adj)`` (``r.sq``), ``lmer.REML`` (``sp.criterion``) and ``Scale est.``
(``scale``), ``n`` optional. From the mer summary: ``REML criterion at convergence``; the scaled
residual quantiles bare (``Min`` .. ``Max``); the random effects as ``<group>/<name>/Variance``
and ``.../Std.Dev.`` (``g/(Intercept)/Variance``, ``Xr/s(x)/Std.Dev.``, the residual row as
``Residual/Variance``); the fixed effects as ``<row>/<column>`` (``X(Intercept)/Estimate``,
``Xs(x)Fx1/t value``). The observation and group counts and the fixed-effect correlations are
optional (the correlations are printed as a lower triangle, named ``<row>/<column>``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(gamm4))
suppressMessages(library(jsonlite))
set.seed(24)
tab <- function(m) lapply(seq_len(nrow(m)), function(i) list(row = rownames(m)[i],
                                                             v = unname(m[i, ])))
n <- 150; x <- runif(n); w <- runif(n); g <- factor(rep(1:10, each = 15)); b <- rnorm(10, sd = 0.5)
y <- sin(2 * pi * x) + b[g] + rnorm(n, sd = 0.3)
y2 <- sin(2 * pi * x) + (w - 0.5)^2 * 4 + b[g] + rnorm(n, sd = 0.4)
rec <- function(m) {
  sg <- summary(m$gam); print(sg)
  sm <- summary(m$mer); print(sm)
  vc <- as.data.frame(VarCorr(m$mer))
  cr <- cov2cor(as.matrix(vcov(m$mer)))
  list(p = tab(sg$p.table), s = tab(sg$s.table), r2 = sg$r.sq, crit = unname(sg$sp.criterion),
       scale = sg$scale, n = sg$n, reml = unname(sm$AICtab[1]),
       resid = unname(quantile(sm$residuals)),
       vc = lapply(seq_len(nrow(vc)), function(i) list(grp = vc$grp[i],
                   name = ifelse(is.na(vc$var1[i]), "", vc$var1[i]),
                   var = vc$vcov[i], sd = vc$sdcor[i])),
       fixed = tab(sm$coefficients),
       cor = if (nrow(cr) > 1) lapply(2:nrow(cr), function(i) list(row = rownames(cr)[i],
                   cols = colnames(cr)[1:(i - 1)], v = unname(cr[i, 1:(i - 1)]))) else list())
}
out <- list(fits = list(rec(gamm4(y ~ s(x), random = ~(1 | g))),
                        rec(gamm4(y2 ~ s(x) + s(w), random = ~(1 | g)))),
            version = as.character(packageVersion("gamm4")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""

QUANTILES = ("Min", "1Q", "Median", "3Q", "Max")


def run() -> None:
    out = r_record(SCRIPT, "gamm4-", TZ="UTC")
    truth = Truth()
    for fit in out["fits"]:
        for row in fit["p"]:
            est, se, t, p = row["v"]
            name = row["row"]
            truth.add(**{f"{name}/Estimate": est, f"{name}/Std. Error": se,
                         f"{name}/t value": t})
            truth.allow(**{f"{name}/Pr(>|t|)": p})
        for row in fit["s"]:
            edf, ref, f, p = row["v"]
            name = row["row"]
            truth.add(**{f"{name}/edf": edf, f"{name}/F": f})
            truth.allow(**{f"{name}/Ref.df": ref, f"{name}/p-value": p})
        truth.add(**{"R-sq.(adj)": fit["r2"], "lmer.REML": fit["crit"],
                     "Scale est.": fit["scale"]})
        truth.allow(n=fit["n"])
        truth.add(**{"REML criterion at convergence": fit["reml"]})
        for word, value in zip(QUANTILES, fit["resid"]):
            truth.add(**{word: value})
        for vc in fit["vc"]:
            head = f"{vc['grp']}/{vc['name']}" if vc["name"] else vc["grp"]
            truth.add(**{f"{head}/Variance": vc["var"], f"{head}/Std.Dev.": vc["sd"]})
        for row in fit["fixed"]:
            est, se, t = row["v"]
            name = row["row"]
            truth.add(**{f"{name}/Estimate": est, f"{name}/Std. Error": se,
                         f"{name}/t value": t})
        for row in fit["cor"]:
            cols = row["cols"] if isinstance(row["cols"], list) else [row["cols"]]
            vals = row["v"] if isinstance(row["v"], list) else [row["v"]]
            for col, value in zip(cols, vals):
                truth.allow(**{f"{row['row']}/{col}": value})
    truth.write(f"gamm4 {out['version']}: summary.gam of fit$gam and summary.merMod of fit$mer "
                "(tables, R-sq, REML criteria, scale, variance components, residual quantiles), "
                "written to JSON by the same R process", rel=5e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"r-gamm4": run}, root=HELDOUT24)
