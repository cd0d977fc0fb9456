"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

Generalised linear mixed models in R with glmmTMB (Debian's ``r-cran-glmmtmb``), seeded: a
negative-binomial regression of 300 counts with a random intercept per site (15 sites,
``glmmTMB(cnt ~ x + (1 | site), family = nbinom2)``) and a zero-inflated Poisson one of 360 counts
over 12 sites (``family = poisson, ziformula = ~1``), each printed with ``print(summary(m))``:
family and formula, a row of ``AIC BIC logLik deviance df.resid`` over their values (one decimal),
``Random effects:`` (``Groups Name Variance Std.Dev.``), ``Number of obs: 300, groups:  site, 15``,
for the negative binomial ``Dispersion parameter for nbinom2 family ():  2.2``, then ``Conditional
model:`` (``Estimate Std. Error z value Pr(>|z|)`` with stars and R's legend) and, for the second
model, ``Zero-inflation model:`` (the same columns).

Truth: the objects, written to JSON by the same R process: the summary's ``AICtab`` under its names
(``df.resid`` optional); the random intercept's variance and standard deviation (``VarCorr``) as
``<group>/<term>/Variance`` and ``<group>/<term>/Std.Dev.`` (``site/(Intercept)``,
``site2/(Intercept)``: both printed label columns, outer first, as a nested index is named);
``sigma(m)`` as ``Dispersion parameter`` (the negative binomial only); ``summary(m)$coefficients$cond`` as ``<row>/<column>``
and ``$zi`` as ``Zero-inflation model/<row>/<column>`` (``Pr(>|z|)`` optional); the numbers of
observations and groups optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(glmmTMB))
suppressMessages(library(jsonlite))
set.seed(21)
site <- factor(rep(1:15, each = 20))
x <- runif(300)
cnt <- rnbinom(300, mu = exp(0.7 + 1.1 * x + rnorm(15, 0, 0.5)[site]), size = 2)
nb <- glmmTMB(cnt ~ x + (1 | site), family = nbinom2, data = data.frame(site, x, cnt))
site2 <- factor(rep(1:12, each = 30))
z <- rnorm(360)
y <- ifelse(runif(360) < 0.25, 0, rpois(360, exp(1 + 0.4 * z + rnorm(12, 0, 0.3)[site2])))
zip <- glmmTMB(y ~ z + (1 | site2), family = poisson, ziformula = ~1,
               data = data.frame(site2, z, y))
tab <- function(t) list(rows = rownames(t), est = t[, 1], se = t[, 2], z = t[, 3], p = t[, 4])
record <- function(m) {
  s <- summary(m)
  print(s)
  vc <- VarCorr(m)$cond[[1]]
  out <- list(aic = as.list(s$AICtab), group = names(VarCorr(m)$cond)[1], term = rownames(vc)[1],
              variance = vc[1, 1], sd = attr(vc, "stddev")[[1]],
              sigma = sigma(m), cond = tab(s$coefficients$cond), nobs = nobs(m),
              groups = nlevels(m$frame[[3]]))
  if (!is.null(s$coefficients$zi)) out$zi <- tab(s$coefficients$zi)
  out
}
out <- list(nb = record(nb))
cat("\n")
out$zip <- record(zip)
out$version <- as.character(packageVersion("glmmTMB"))
writeLines(toJSON(out, digits = NA, auto_unbox = FALSE), Sys.getenv("R_RECORD"))
"""


def coefficients(truth: Truth, tab: dict, prefix: str = "") -> None:
    for i, row in enumerate(tab["rows"]):
        truth.add(**{f"{prefix}{row}/Estimate": tab["est"][i],
                     f"{prefix}{row}/Std. Error": tab["se"][i],
                     f"{prefix}{row}/z value": tab["z"][i]})
        truth.allow(**{f"{prefix}{row}/Pr(>|z|)": tab["p"][i]})


def model(truth: Truth, m: dict, dispersion: bool) -> None:
    for name, value in m["aic"].items():
        if name == "df.resid":
            truth.allow(**{name: value[0]})
        else:
            truth.add(**{name: value[0]})
    group = f'{m["group"][0]}/{m["term"][0]}'  # Groups and Name: both label the row, outer first
    truth.add(**{f"{group}/Variance": m["variance"][0], f"{group}/Std.Dev.": m["sd"][0]})
    truth.allow(**{"Number of obs": m["nobs"][0], "groups": m["groups"][0]})
    if dispersion:
        truth.add(**{"Dispersion parameter": m["sigma"][0]})
    coefficients(truth, m["cond"])
    if "zi" in m:
        coefficients(truth, m["zi"], "Zero-inflation model/")


def run() -> None:
    out = r_record(SCRIPT, "glmmtmb-")
    truth = Truth()
    model(truth, out["nb"], dispersion=True)
    model(truth, out["zip"], dispersion=False)
    truth.write(f"glmmTMB {out['version'][0]}: the summary's AICtab, VarCorr "
                "(<group>/<term>/<column>), sigma and "
                "coefficient tables (<row>/<column>, zero-inflation prefixed), written to JSON "
                "by the same R process; df.resid, p-values and counts optional",
                rel=5e-4, abs_tol=5e-5)  # R's print: four digits, AICtab one decimal


if __name__ == "__main__":
    main(__file__, {"r-glmmtmb": run}, root=HELDOUT21)
