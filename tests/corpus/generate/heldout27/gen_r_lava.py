"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Latent variable models in R with lava (Debian ``r-cran-lava``), seeded: a one-factor model (three
indicators ``y1``-``y3`` of a latent ``eta`` regressed on ``x``, 150 simulated rows) and a
two-outcome path model (``y1``, ``y2`` on ``x1`` and ``x2``, 200 rows), each fitted by
``estimate``, printed (``Estimate Std. Error Z-value P-value`` under the sections
``Measurements:``, ``Regressions:``, ``Intercepts:``, ``Residual Variances:``, then ``Latent
variables:`` and ``Number of rows in data=150``), then ``print(gof(fit))`` (``Number of
observations = 150``, ``BIC = ...``, ``AIC = ...``, ``log-Likelihood of model = ...``,
``log-Likelihood of saturated model``, ``Chi-squared statistic: q = ... , df = 2``, ``P(Q>q) =
...``, ``RMSEA (90% CI): 0.0401 (0;0.1723)``, ``P(RMSEA<0.05)=...``, ``rank(Information) = 9
(p=9)``, ``condition(Information) = ...``, ``mean(score^2) = ...``).

Truth, written to JSON by the same R process from ``summary(fit)$coef`` (numeric) and ``gof(fit)``:
``<section>/<parameter>/Estimate`` and ``.../Std. Error`` for each free parameter, the section
taken from the parameter's name as lava groups them (``a~eta`` with a latent right-hand side:
``Measurements``; other ``a~b``: ``Regressions``; ``a~~a``: ``Residual Variances``, printed as
``a``; a bare name: ``Intercepts``), ``Z-value`` and ``P-value`` optional; the two models'
parameters share a name where they print alike (two values). ``BIC``, ``AIC``,
``log-Likelihood of model``, ``log-Likelihood of saturated model``, ``RMSEA``; optional:
``Number of observations``, ``Number of rows in data``, ``q``, ``df``, ``P(Q>q)``, the RMSEA
interval bounds, ``P(RMSEA<0.05)`` and the information diagnostics (``rank(Information)``,
``p``, ``condition(Information)``, ``mean(score^2)``). A residual covariance prints under
``Residual Variances:`` by its full name (``y1~~y2``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main, r_record

SCRIPT = r"""
suppressMessages({library(lava); library(jsonlite)})
set.seed(27)
m1 <- lvm(list(y1 ~ eta, y2 ~ eta, y3 ~ eta, eta ~ x))
latent(m1) <- ~eta
m2 <- lvm(list(y1 ~ x1 + x2, y2 ~ x1 + x2))
covariance(m2) <- y1 ~ y2
d1 <- sim(m1, 150)
d2 <- sim(lvm(list(y1 ~ x1 + 0.5 * x2, y2 ~ x1)), 200)
rec <- lapply(list(list(m1, d1), list(m2, d2)), function(md) {
  e <- estimate(md[[1]], md[[2]])
  print(e)
  g <- gof(e)
  print(g)
  cf <- summary(e)$coef
  list(names = rownames(cf), rows = unname(split(cf, row(cf))), cols = colnames(cf),
       latent = latent(md[[1]]), n = nrow(md[[2]]), bic = g$BIC, aic = g$AIC,
       ll = unname(g$fit$estimate), q = unname(g$fit$statistic), df = unname(g$fit$parameter),
       p = unname(g$fit$p.value), rmsea = unname(g$RMSEA), p_rmsea = unname(g$pval.rmsea),
       rank = g$rankV, k = g$k, cond = g$cond, l2 = g$L2score)
})
writeLines(toJSON(list(fits = rec, version = as.character(packageVersion("lava"))),
                  digits = NA, na = "null"), Sys.getenv("R_RECORD"))
"""


def section(name: str, latent: list) -> tuple[str, str]:
    if "~~" in name:
        lhs, rhs = name.split("~~")
        return "Residual Variances", (lhs if lhs == rhs else name)
    if "~" in name:
        rhs = name.split("~")[1]
        return ("Measurements" if rhs in latent else "Regressions"), name
    return "Intercepts", name


def run() -> None:
    out = r_record(SCRIPT, "lava-")
    truth = Truth()
    for fit in out["fits"]:
        latent = fit["latent"] or []
        for name, row in zip(fit["names"], fit["rows"]):
            values = dict(zip(fit["cols"], row))
            if values["Std. Error"] is None:  # a fixed parameter: not printed by print(fit)
                continue
            sec, label = section(name, latent)
            truth.add(**{f"{sec}/{label}/Estimate": values["Estimate"],
                         f"{sec}/{label}/Std. Error": values["Std. Error"]})
            truth.allow(**{f"{sec}/{label}/Z-value": values["Z-value"]})
            if values["P-value"] is not None:
                truth.allow(**{f"{sec}/{label}/P-value": values["P-value"]})
        truth.allow(**{"Number of rows in data": fit["n"][0],
                       "Number of observations": fit["n"][0]})
        truth.add(BIC=fit["bic"][0], AIC=fit["aic"][0])
        truth.add(**{"log-Likelihood of model": fit["ll"][0],
                     "log-Likelihood of saturated model": fit["ll"][1]})
        optional = {"q": fit["q"], "df": fit["df"], "P(Q>q)": fit["p"],
                    "RMSEA/5%": fit["rmsea"][1:2], "RMSEA/95%": fit["rmsea"][2:3],
                    "P(RMSEA<0.05)": fit["p_rmsea"]}
        truth.allow(**{k: v[0] for k, v in optional.items() if v and v[0] is not None})
        truth.allow(**{"rank(Information)": fit["rank"][0], "p": fit["k"][0],
                       "condition(Information)": fit["cond"][0],
                       "mean(score^2)": fit["l2"][0]})
        if fit["rmsea"] and fit["rmsea"][0] is not None:
            truth.add(RMSEA=fit["rmsea"][0])
    truth.write(f"lava {out['version'][0]}: summary(fit)$coef and gof(fit), written to JSON by "
                "the same R process", rel=5e-5, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"r-lava": run}, root=HELDOUT27)
