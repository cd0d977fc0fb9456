"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Paired-comparison models in R with BradleyTerry2 (Debian ``r-cran-bradleyterry2``): ``BTm`` on
the package's ``citations`` data (four statistics journals citing each other, as binomial
counts, ``~ journal``), then on its ``baseball`` data (seven teams, home and away wins) without
and with a home-advantage term (``~ team + at.home``); ``print(summary(fit))`` of the three fits:
the glm-style summary (call, deviance residuals, a coefficient table ``Estimate Std. Error z
value Pr(>|z|)`` with significance stars, the dispersion line, ``Null deviance: ... on 6 degrees
of freedom``, ``Residual deviance: ...``, ``AIC: ...``, ``Number of Fisher Scoring iterations:
4``).

Truth, written to JSON by the same R process from ``coef(summary(fit))`` and the fit objects:
each coefficient's ``Estimate`` and ``Std. Error`` as ``<term>/Estimate`` (``journalJASA/
Estimate``; the two baseball fits share their team terms, two values each), ``z value`` and
``Pr(>|z|)`` optional (test statistics and p-values); ``Null deviance``, ``Residual deviance``
and ``AIC`` metrics, one value a fit; the degrees of freedom and the iteration count optional;
the deviance residuals optional (all of them where the residual degrees of freedom are five or
fewer, else their ``Min 1Q Median 3Q Max``, as ``summary.glm`` prints them) under
``Deviance Residuals/<label>``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(BradleyTerry2))
suppressMessages(library(jsonlite))
data(citations, package = "BradleyTerry2")
data(baseball, package = "BradleyTerry2")
cit <- countsToBinomial(citations)
f1 <- BTm(cbind(win1, win2), player1, player2, ~ journal, id = "journal", data = cit)
baseball$home.team <- data.frame(team = baseball$home.team, at.home = 1)
baseball$away.team <- data.frame(team = baseball$away.team, at.home = 0)
f2 <- BTm(cbind(home.wins, away.wins), home.team, away.team, formula = ~ team, id = "team",
          data = baseball)
f3 <- update(f2, formula = ~ team + at.home)
rec <- lapply(list(f1, f2, f3), function(f) {
  s <- summary(f); cf <- coef(s)
  r <- s$deviance.resid
  res <- if (s$df.residual > 5) { q <- quantile(r); names(q) <- c("Min", "1Q", "Median", "3Q", "Max"); q } else r
  print(s)
  list(terms = rownames(cf), cols = colnames(cf), coef = unname(split(cf, row(cf))),
       null = f$null.deviance, resid = f$deviance, aic = f$aic, df_null = f$df.null,
       df_resid = f$df.residual, iter = f$iter, res_names = names(res), res = unname(res))
})
writeLines(toJSON(list(fits = rec, version = as.character(packageVersion("BradleyTerry2"))),
                  digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "bt2-")
    truth = Truth()
    for fit in out["fits"]:
        for term, row in zip(fit["terms"], fit["coef"]):
            values = dict(zip(fit["cols"], row))
            truth.add(**{f"{term}/Estimate": values["Estimate"],
                         f"{term}/Std. Error": values["Std. Error"]})
            truth.allow(**{f"{term}/z value": values["z value"],
                           f"{term}/Pr(>|z|)": values["Pr(>|z|)"]})
        truth.add(**{"Null deviance": fit["null"][0], "Residual deviance": fit["resid"][0],
                     "AIC": fit["aic"][0]})
        truth.allow(**{"Null deviance/degrees of freedom": fit["df_null"][0],
                       "Residual deviance/degrees of freedom": fit["df_resid"][0],
                       "Number of Fisher Scoring iterations": fit["iter"][0]})
        for label, value in zip(fit["res_names"], fit["res"]):
            truth.allow(**{f"Deviance Residuals/{label}": value})
    truth.write(f"BradleyTerry2 {out['version'][0]}: coef(summary(fit)) and the fits' deviances, "
                "AIC, df and iterations, written to JSON by the same R process",
                rel=5e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"r-bradleyterry2": run}, root=HELDOUT26)
