"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

Finite mixtures of regressions in R with flexmix (Debian's ``r-cran-flexmix``), seeded: a
two-component Gaussian mixture of linear regressions (300 points, ``flexmix(y ~ x, k = 2)``)
and a two-component mixture of Poisson regressions (``FLXMRglm(family = "poisson")``, 400
counts). For each, ``print(summary(m))`` (the call, a table ``prior size post>0 ratio`` by
component, ``'log Lik.' -584.1257 (df=7)``, ``AIC: 1182.251   BIC: 1208.178``) and
``print(parameters(m))`` (a matrix, rows ``coef.(Intercept)``, ``coef.x``, ``sigma``, columns
``Comp.1``, ``Comp.2``); for the Gaussian model also ``print(summary(refit(m)))``: per component
(``$Comp.1``) a coefficient table ``Estimate Std. Error z value Pr(>|z|)`` with significance
stars and R's legend.

Truth: the objects, written to JSON by the same R process: the summary's ``comptab`` (``prior``
and ``ratio`` as ``<component>/<column>``; ``size`` and ``post>0``, counts, optional), its
``logLik`` as ``'log Lik.'``, ``AIC`` and ``BIC``; the parameter matrices as ``<row>/<component>``;
the refit's coefficient tables as ``<component>/<row>/<column>`` (``Pr(>|z|)`` optional); the
log-likelihood's ``df`` optional. ``k`` is a param.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(flexmix))
suppressMessages(library(jsonlite))
set.seed(21)
n <- 300
x <- runif(n, 0, 10)
g <- rbinom(n, 1, 0.4)
y <- ifelse(g == 1, 2 + 1.5 * x, 10 - 0.5 * x) + rnorm(n, 0, 1)
gauss <- flexmix(y ~ x, data = data.frame(x, y), k = 2)
z <- runif(400, 0, 3)
h <- rbinom(400, 1, 0.5)
counts <- rpois(400, exp(ifelse(h == 1, 0.2 + 0.6 * z, 1.5 - 0.3 * z)))
pois <- flexmix(counts ~ z, data = data.frame(z, counts), k = 2,
                model = FLXMRglm(family = "poisson"))
record <- function(m) {
  s <- summary(m)
  print(s)
  p <- parameters(m)
  print(p)
  list(prior = s@comptab$prior, size = s@comptab$size, post = s@comptab[["post>0"]],
       ratio = s@comptab$ratio, loglik = as.numeric(s@logLik), df = attr(s@logLik, "df"),
       aic = s@AIC, bic = s@BIC, rows = rownames(p), cols = colnames(p),
       params = unname(as.list(as.data.frame(p))))
}
out <- list(gauss = record(gauss))
cat("\n")
r <- summary(refit(gauss))
print(r)
out$refit <- lapply(r@components[[1]], function(tab)
  list(rows = rownames(tab), est = tab[, 1], se = tab[, 2], z = tab[, 3], p = tab[, 4]))
cat("\n")
out$pois <- record(pois)
out$version <- as.character(packageVersion("flexmix"))
writeLines(toJSON(out, digits = NA, auto_unbox = FALSE), Sys.getenv("R_RECORD"))
"""


def model(truth: Truth, m: dict) -> None:
    comps = m["cols"]
    for i, comp in enumerate(comps):
        truth.add(**{f"{comp}/prior": m["prior"][i], f"{comp}/ratio": m["ratio"][i]})
        truth.allow(**{f"{comp}/size": m["size"][i], f"{comp}/post>0": m["post"][i]})
    truth.add(**{"'log Lik.'": m["loglik"][0], "AIC": m["aic"][0], "BIC": m["bic"][0]})
    truth.allow(df=m["df"][0])
    for comp, column in zip(comps, m["params"]):
        for row, value in zip(m["rows"], column):
            truth.add(**{f"{row}/{comp}": value})


def run() -> None:
    out = r_record(SCRIPT, "flexmix-")
    truth = Truth()
    model(truth, out["gauss"])
    for comp, tab in out["refit"].items():
        for i, row in enumerate(tab["rows"]):
            truth.add(**{f"{comp}/{row}/Estimate": tab["est"][i],
                         f"{comp}/{row}/Std. Error": tab["se"][i],
                         f"{comp}/{row}/z value": tab["z"][i]})
            truth.allow(**{f"{comp}/{row}/Pr(>|z|)": tab["p"][i]})
    model(truth, out["pois"])
    truth.write(f"flexmix {out['version'][0]}: summary comptab (<component>/<column>), logLik, "
                "AIC, BIC, parameters (<row>/<component>) and the refit's coefficient tables "
                "(<component>/<row>/<column>), written to JSON by the same R process; counts, "
                "df and p-values optional", params={"k": 2},
                rel=5e-4, abs_tol=5e-4)  # R's print: three to seven digits


if __name__ == "__main__":
    main(__file__, {"r-flexmix": run}, root=HELDOUT21)
