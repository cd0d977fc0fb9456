"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Instrumental-variables regression in R with AER (Debian's ``r-cran-aer``, ``ivreg``): the
cigarette demand of its ``CigarettesSW`` data for 1995 (log packs on the log real price,
instrumented by the sales-tax difference and the real excise tax, and the log real income),
``summary(iv, diagnostics = TRUE)``, then a just-identified variant with one instrument. Each
prints the call, the residuals' quantiles (``Min 1Q Median 3Q Max``), the coefficient table
(``Estimate Std. Error t value Pr(>|t|)``), a ``Diagnostic tests:`` table (``Weak instruments``,
``Wu-Hausman``, ``Sargan`` by ``df1 df2 statistic p-value``; ``Sargan``'s ``df2`` printed
``NA``, and its whole row ``NA`` when the model is just identified), ``Residual standard error: 0.1879 on 45 degrees
of freedom``, ``Multiple R-Squared: 0.4294,	Adjusted R-squared: 0.4041`` and ``Wald test:
13.28 on 2 and 45 DF,  p-value: 2.931e-05``. Deterministic.

Truth: the ``summary.ivreg`` objects, written to JSON by the same R process: ``coefficients`` as
``<term>/<column>`` (``Estimate``, ``Std. Error``, ``t value``), ``diagnostics``' statistic as
``<test>/statistic``, ``sigma`` as ``Residual standard error``, ``r.squared`` and
``adj.r.squared`` as ``Multiple R-Squared`` and ``Adjusted R-squared``, ``waldtest``'s
statistic as ``Wald test``. Optional: the p-values, the degrees of freedom and the residual
quantiles (``Min`` ..., named as r-base names summary.lm's: by the vector's names). Judgement: the two fits share names. No step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main

SCRIPT = r"""
suppressMessages(library(AER))
suppressMessages(library(jsonlite))
data("CigarettesSW", package = "AER")
cig <- subset(CigarettesSW, year == "1995")
cig$rprice <- with(cig, price / cpi)
cig$rincome <- with(cig, income / population / cpi)
cig$tdiff <- with(cig, (taxs - tax) / cpi)
keep <- function(fit) {
  s <- summary(fit, diagnostics = TRUE)
  print(s)
  co <- s$coefficients
  dg <- s$diagnostics
  list(coef = setNames(lapply(seq_len(nrow(co)), function(i) as.list(co[i, ])), rownames(co)),
       diag = setNames(lapply(seq_len(nrow(dg)), function(i) as.list(dg[i, ])), rownames(dg)),
       sigma = s$sigma, r2 = s$r.squared, adj_r2 = s$adj.r.squared,
       wald = unname(s$waldtest[1]), wald_p = unname(s$waldtest[2]),
       wald_df = as.list(unname(s$waldtest[3:4])), df = s$df[2],
       quantiles = as.list(unname(quantile(residuals(fit)))))
}
a <- keep(ivreg(log(packs) ~ log(rprice) + log(rincome) |
                  log(rincome) + tdiff + I(tax / cpi), data = cig))
b <- keep(ivreg(log(packs) ~ log(rprice) | tdiff, data = cig))
out <- list(fits = list(a, b), version = as.character(packageVersion("AER")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, na = "null"), Sys.getenv("AER_RECORD"))
"""

QUANTILES = ("Min", "1Q", "Median", "3Q", "Max")


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="aer-"))
    (work / "aer.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "aer.R")], check=True,
                   env={**os.environ, "AER_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for fit in out["fits"]:
        truth.allow(**{q: v for q, v in zip(QUANTILES, fit["quantiles"])})
        for term, row in fit["coef"].items():
            truth.add(**{f"{term}/{column}": row[column]
                         for column in ("Estimate", "Std. Error", "t value")})
            truth.allow(**{f"{term}/Pr(>|t|)": row["Pr(>|t|)"]})
        for test, row in fit["diag"].items():
            if row["statistic"] is None:  # Sargan's when just identified: printed NA
                continue
            truth.add(**{f"{test}/statistic": row["statistic"]})
            truth.allow(**{f"{test}/p-value": row["p-value"]})
            for column in ("df1", "df2"):
                if row[column] is not None:
                    truth.allow(**{f"{test}/{column}": row[column]})
        truth.add(**{"Residual standard error": fit["sigma"], "Multiple R-Squared": fit["r2"],
                     "Adjusted R-squared": fit["adj_r2"], "Wald test": fit["wald"]})
        truth.allow(**{"p-value": fit["wald_p"], "degrees of freedom": fit["df"]})
        for df in fit["wald_df"]:
            truth.allow(DF=df)
    truth.write(f"AER {out['version']}: summary.ivreg's coefficients, diagnostics, sigma, "
                "r.squared, adj.r.squared and waldtest, written to JSON by the same R process; "
                "p-values, degrees of freedom and residual quantiles optional", libraries=(),
                params=None, rel=5e-4, abs_tol=5e-4)  # four or five significant digits


if __name__ == "__main__":
    main(__file__, {"r-aer-ivreg": run}, root=HELDOUT18)
