"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

Vector generalised linear models in R with VGAM (Debian's ``r-cran-vgam``), seeded: a
proportional-odds model of a three-level ordered outcome on two predictors (400 rows,
``vglm(y ~ x + w, cumulative(parallel = TRUE))``) and a zero-inflated Poisson regression of 400
counts (``vglm(cnt ~ x, zipoisson)``), each printed with ``print(summary(fit))``: the call, a
``Coefficients:`` table (``Estimate Std. Error z value Pr(>|z|)``, rows such as
``(Intercept):1`` and ``x:2``, with significance stars and R's legend), the names of the linear
predictors, ``Residual deviance: 728.5961 on 796 degrees of freedom`` (the first model only),
``Log-likelihood: -364.2981 on 796 degrees of freedom``, ``Number of Fisher scoring
iterations: 5``, a Hauck-Donner line and, for the first model, ``Exponentiated coefficients:``
(a named vector, the odds ratios of the two slopes).

Truth: the objects, written to JSON by the same R process: ``coef(summary(fit))`` as
``<row>/<column>`` (``Pr(>|z|)`` optional); ``deviance(fit)`` as ``Residual deviance``;
``logLik(fit)`` as ``Log-likelihood``; ``exp(coef(fit))`` of the two slopes, which the summary
prints, as ``Exponentiated coefficients/<name>``; the residual degrees of freedom and the
Fisher scoring iterations (``fit@iter``) optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(VGAM))
suppressMessages(library(jsonlite))
set.seed(21)
n <- 400
x <- rnorm(n); w <- runif(n)
eta <- 0.5 + 1.2 * x - 0.8 * w
lev <- cut(eta + rlogis(n), c(-Inf, 0, 1.2, Inf), labels = c("low", "mid", "high"))
ordinal <- vglm(y ~ x + w, cumulative(parallel = TRUE),
                data = data.frame(x, w, y = ordered(lev)))
cnt <- ifelse(runif(n) < 0.3, 0, rpois(n, exp(0.8 + 0.5 * x)))
zip <- vglm(cnt ~ x, zipoisson, data = data.frame(x, cnt))
record <- function(fit) {
  s <- summary(fit)
  print(s)
  tab <- coef(s)
  list(rows = rownames(tab), est = tab[, 1], se = tab[, 2], z = tab[, 3], p = tab[, 4],
       deviance = deviance(fit), loglik = as.numeric(logLik(fit)),
       df = df.residual(fit), iter = fit@iter)
}
out <- list(ordinal = record(ordinal))
out$odds <- as.list(exp(coef(ordinal)[c("x", "w")]))
out$zip <- record(zip)
out$version <- as.character(packageVersion("VGAM"))
writeLines(toJSON(out, digits = NA, auto_unbox = FALSE), Sys.getenv("R_RECORD"))
"""


def model(truth: Truth, m: dict, deviance: bool) -> None:
    for i, row in enumerate(m["rows"]):
        truth.add(**{f"{row}/Estimate": m["est"][i], f"{row}/Std. Error": m["se"][i],
                     f"{row}/z value": m["z"][i]})
        truth.allow(**{f"{row}/Pr(>|z|)": m["p"][i]})
    if deviance:
        truth.add(**{"Residual deviance": m["deviance"][0]})
    truth.add(**{"Log-likelihood": m["loglik"][0]})
    truth.allow(**{"degrees of freedom": m["df"][0],
                   "Number of Fisher scoring iterations": m["iter"][0]})


def run() -> None:
    out = r_record(SCRIPT, "vgam-")
    truth = Truth()
    model(truth, out["ordinal"], deviance=True)
    for name, value in out["odds"].items():
        truth.add(**{f"Exponentiated coefficients/{name}": value[0]})
    model(truth, out["zip"], deviance=False)
    truth.write(f"VGAM {out['version'][0]}: coef(summary(fit)) as <row>/<column>, deviance, "
                "logLik and the exponentiated slopes, written to JSON by the same R process; "
                "p-values, residual df and iterations optional",
                rel=5e-4, abs_tol=5e-5)  # R's print: four or more digits


if __name__ == "__main__":
    main(__file__, {"r-vgam": run}, root=HELDOUT21)
