"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Extreme-value fits in R with fExtremes (Rmetrics, Debian ``r-cran-fextremes``), seeded: 300
draws from a GEV distribution fitted by maximum likelihood (``gevFit(x, type = "mle")``) and by
probability-weighted moments (``type = "pwm"``), 400 draws from a generalised Pareto
distribution fitted above the threshold ``u = 1`` (``gpdFit``), and a Gumbel fit of the first
sample (``gumbelFit``). The ML fits are shown with ``summary(fit, doplot = FALSE)``, the PWM fit
with ``print``: ``Title:``, ``Call:``, ``Estimation Type:``, ``Estimated Parameters:`` (a named
vector ``xi mu beta``), for ML fits ``Standard Deviations:`` (the same names),
``Log-Likelihood Value:`` and ``Type of Convergence:`` (a code, 0), then ``Description`` and a
date line.

Truth, written to JSON by the same R process from each fit's ``@fit`` list: the estimates under
the parameter names (``xi``, ``mu``, ``beta``: one value a fit that has the parameter), the
standard errors as ``Standard Deviations/<name>`` (the section heads the named vector; ``par.ses``),
``Log-Likelihood Value`` (``llh``, as printed: the minimised negative log-likelihood); the
convergence code optional (``Type of Convergence``). The threshold ``u`` is printed only inside
the call. The dates are no numbers to keep.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(fExtremes))
suppressMessages(library(jsonlite))
set.seed(26)
x <- rgev(300, xi = 0.1, mu = 10, beta = 2)
y <- rgpd(400, xi = 0.2, mu = 0, beta = 1.5)
g1 <- gevFit(x, type = "mle"); summary(g1, doplot = FALSE)
g2 <- gevFit(x, type = "pwm"); print(g2)
g3 <- gpdFit(y, u = 1, type = "mle"); summary(g3, doplot = FALSE)
g4 <- gumbelFit(x); summary(g4, doplot = FALSE)
rec <- lapply(list(g1, g2, g3, g4), function(g) {
  f <- g@fit
  list(names = names(f$par.ests), est = unname(f$par.ests),
       se = if (is.null(f$par.ses)) NULL else unname(f$par.ses),
       llh = f$llh, conv = if (is.null(f$converged)) f$convergence else f$converged)
})
rec[[2]]$se <- NULL; rec[[2]]$llh <- NULL; rec[[2]]$conv <- NULL  # print() shows the estimates only
writeLines(toJSON(list(fits = rec, version = as.character(packageVersion("fExtremes"))),
                  digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "fextremes-", TZ="UTC")
    truth = Truth()
    for fit in out["fits"]:
        truth.add(**dict(zip(fit["names"], fit["est"])))
        if fit.get("se"):
            truth.add(**{f"Standard Deviations/{n}": v for n, v in zip(fit["names"], fit["se"])})
        if fit.get("llh"):
            truth.add(**{"Log-Likelihood Value": fit["llh"][0]})
        if isinstance(fit.get("conv"), list) and fit["conv"]:
            truth.allow(**{"Type of Convergence": fit["conv"][0]})
    truth.write(f"fExtremes {out['version'][0]}: each fit's @fit$par.ests, par.ses, llh and "
                "convergence code, written to JSON by the same R process", rel=5e-6, abs_tol=5e-8)


if __name__ == "__main__":
    main(__file__, {"r-fextremes": run}, root=HELDOUT26)
