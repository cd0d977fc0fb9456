"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Credibility theory in R with actuar (Debian ``r-cran-actuar``): the Bühlmann-Straub model fitted
by ``cm(~state, hachemeister, ratios = ratio.1:ratio.12, weights = weight.1:weight.12)`` on the
package's Hachemeister data (five states, twelve quarters), once with the default unbiased
estimators (``method = "Buhlmann-Gisler"``) and once with ``method = "iterative"``; ``summary`` of each: the call, ``Structure
Parameters Estimators`` (``Collective premium: 1683.713``, ``Between state variance:
89638.73``, ``Within state variance: 139120026``) and ``Detailed premiums``, a table ``state
Indiv. mean Weight Cred. factor Cred. premium`` with one row a state (1 to 5).

Truth, written to JSON by the same R process from the fitted objects: ``means$portfolio`` as
``Collective premium``; the between and within variances (``unbiased`` or ``iterative``, by
method) under the printed labels; per state ``<state>/Indiv. mean`` (``means$state``),
``<state>/Cred. factor`` (``cred``) and ``<state>/Cred. premium`` (``predict(fit)``), two values
each (one a fit); ``<state>/Weight`` optional (the exposure, a total of weights).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(actuar))
suppressMessages(library(jsonlite))
data(hachemeister)
rec <- lapply(c("Buhlmann-Gisler", "iterative"), function(m) {
  f <- cm(~state, hachemeister, ratios = ratio.1:ratio.12, weights = weight.1:weight.12,
          method = m)
  print(summary(f))
  u <- if (m == "iterative") f$iterative else f$unbiased
  list(collective = f$means$portfolio, between = u[["portfolio"]], within = u[["state"]],
       mean = f$means$state, weight = f$weights$state, cred = f$cred,
       premium = as.numeric(predict(f)))
})
writeLines(toJSON(list(fits = rec, version = as.character(packageVersion("actuar"))),
                  digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "actuar-")
    truth = Truth()
    for fit in out["fits"]:
        truth.add(**{"Collective premium": fit["collective"][0],
                     "Between state variance": fit["between"][0],
                     "Within state variance": fit["within"][0]})
        for i, state in enumerate(range(1, 6)):
            truth.add(**{f"{state}/Indiv. mean": fit["mean"][i],
                         f"{state}/Cred. factor": fit["cred"][i],
                         f"{state}/Cred. premium": fit["premium"][i]})
            truth.allow(**{f"{state}/Weight": fit["weight"][i]})
    truth.write(f"actuar {out['version'][0]}: cm fits' means, unbiased or iterative variance "
                "estimators, cred and predict(), written to JSON by the same R process",
                rel=5e-7)


if __name__ == "__main__":
    main(__file__, {"r-actuar": run}, root=HELDOUT26)
