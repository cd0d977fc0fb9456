"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Ordinal and count regressions in R with MASS (the recommended package shipped with R), seeded:
``polr`` (proportional odds, logistic and probit links) of a three-level ordered response on a
numeric and a binary covariate, and ``glm.nb`` (negative binomial) of a count on the same
covariates, each printed with ``print(summary(fit))``. polr prints a ``Coefficients`` table
(``Value Std. Error t value``), an ``Intercepts`` table (rows ``low|mid``, ``mid|high``), then
``Residual Deviance: 391.537`` and ``AIC: 399.537``; glm.nb prints the usual glm summary (deviance
residual quantiles, ``Estimate Std. Error z value Pr(>|z|)``, null and residual deviance, AIC,
Fisher scoring iterations) and then ``Theta:``, ``Std. Err.:`` and ``2 x log-likelihood:``.

Truth, written to JSON by the same R process from the summary objects: the coefficient and
intercept tables as ``<row>/<column>`` (``x1/Value``, ``low|mid/t value``, ``x1/Estimate``), the
p-values optional; ``Residual Deviance`` (``fit$deviance``) and ``AIC`` (``AIC(fit)``) of polr;
glm.nb's deviance-residual quantiles bare (``Min`` .. ``Max``, as every R summary's in the
corpus), ``Null deviance`` and ``Residual deviance`` (their degrees of freedom optional under the
same names would clash, so they are left out: the ``on 199 degrees of freedom`` counts are not
in the truth), ``AIC``, ``Theta``, ``Std. Err.`` (``SE.theta``) and ``2 x log-likelihood``
(``twologlik``); the Fisher scoring iteration count optional. The glm.nb call line's
``init.theta = 2.18...`` and the dispersion line's ``Negative Binomial(2.1837)`` repeat theta
inside a call and a family name: no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(MASS))
suppressMessages(library(jsonlite))
set.seed(24)
n <- 200
x1 <- rnorm(n); x2 <- rbinom(n, 1, 0.4)
lat <- 0.8 * x1 - 0.5 * x2 + rlogis(n)
y <- cut(lat, c(-Inf, -1, 0.5, Inf), labels = c("low", "mid", "high"), ordered_result = TRUE)
tab <- function(m) lapply(seq_len(nrow(m)), function(i) list(row = rownames(m)[i],
                                                             v = unname(m[i, ])))
ord <- function(method) {
  fit <- polr(y ~ x1 + x2, Hess = TRUE, method = method)
  s <- summary(fit)
  print(s)
  list(coef = tab(s$coefficients), dev = fit$deviance, aic = AIC(fit))
}
one <- ord("logistic"); two <- ord("probit")
cnt <- rnbinom(n, mu = exp(1 + 0.4 * x1 - 0.3 * x2), size = 2)
nb <- glm.nb(cnt ~ x1 + x2)
sn <- summary(nb)
print(sn)
nbrec <- list(coef = tab(sn$coefficients), null = sn$null.deviance, dev = sn$deviance,
              aic = sn$aic, theta = sn$theta, se = sn$SE.theta, ll2 = sn$twologlik,
              iter = sn$iter,
              resid = unname(quantile(residuals(nb, type = "deviance"))))
out <- list(polr = list(one, two), nb = nbrec, version = as.character(packageVersion("MASS")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""

QUANTILES = ("Min", "1Q", "Median", "3Q", "Max")


def run() -> None:
    out = r_record(SCRIPT, "mass-", TZ="UTC")
    truth = Truth()
    for fit in out["polr"]:
        for row in fit["coef"]:
            name = row["row"]
            value, se, t = row["v"][:3]
            truth.add(**{f"{name}/Value": value, f"{name}/Std. Error": se,
                         f"{name}/t value": t})
        truth.add(**{"Residual Deviance": fit["dev"], "AIC": fit["aic"]})
    nb = out["nb"]
    for word, value in zip(QUANTILES, nb["resid"]):
        truth.add(**{word: value})
    for row in nb["coef"]:
        name = row["row"]
        est, se, z, p = row["v"]
        truth.add(**{f"{name}/Estimate": est, f"{name}/Std. Error": se, f"{name}/z value": z})
        truth.allow(**{f"{name}/Pr(>|z|)": p})
    truth.add(**{"Null deviance": nb["null"], "Residual deviance": nb["dev"], "AIC": nb["aic"]})
    truth.allow(**{"Number of Fisher Scoring iterations": nb["iter"]})
    truth.add(**{"Theta": nb["theta"], "Std. Err.": nb["se"],
                 "2 x log-likelihood": nb["ll2"]})
    truth.write(f"MASS {out['version']}: the summary.polr and summary.negbin objects (coefficient "
                "tables, deviances, AIC, theta), written to JSON by the same R process",
                rel=5e-4, abs_tol=5e-5)  # four or five significant digits


if __name__ == "__main__":
    main(__file__, {"r-mass": run}, root=HELDOUT24)
