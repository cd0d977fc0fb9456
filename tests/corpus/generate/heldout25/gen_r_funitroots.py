"""HELD-OUT fixture (twenty-fifth half, see generate/heldout25/README.md): do not read while
tuning the parser.

Unit-root tests in R with fUnitRoots (Debian ``r-cran-funitroots``), seeded: a random walk, a
stationary AR(1) and a trend-stationary series, each tested with ``adfTest`` (types ``c``,
``nc``, ``ct``) and ``unitrootTest`` (type ``c``), each result printed as the fBasics
``fHTEST`` block: ``Title:`` / ``Augmented Dickey-Fuller Test`` / ``Test Results:`` /
``PARAMETER: Lag Order: 2`` / ``STATISTIC: Dickey-Fuller: -2.2093`` / ``P VALUE: 0.2374``
(unitrootTest prints ``t``/``n`` p-values: ``P VALUE: t: 0.5  n: 0.4``), and a
``Description:`` line with the date (``TZ=UTC``).

Truth, written to JSON by the same R process from each result's ``@test`` list: the
statistic under its printed name (``Dickey-Fuller``, in order over the eight tests); the
p-values optional (``P VALUE``, and ``t``/``n`` for unitrootTest's), the lag order
configuration (params).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT25, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(fUnitRoots))
suppressMessages(library(jsonlite))
set.seed(25)
n <- 150
series <- list(walk = cumsum(rnorm(n)), ar1 = as.numeric(arima.sim(list(ar = 0.6), n)),
               trend = 0.05 * seq_len(n) + as.numeric(arima.sim(list(ar = 0.5), n)))
res <- list()
for (s in names(series)) {
  for (type in c("c", "nc", "ct")) {
    if (s == "trend" && type == "nc") next
    t <- adfTest(series[[s]], lags = 2, type = type); print(t)
    res[[length(res) + 1]] <- list(stat = unname(t@test$statistic),
                                    names = names(t@test$statistic), p = unname(t@test$p.value))
  }
  if (s != "trend") {
    t <- unitrootTest(series[[s]], lags = 2, type = "c"); print(t)
    res[[length(res) + 1]] <- list(stat = unname(t@test$statistic),
                                    names = names(t@test$statistic), p = unname(t@test$p.value),
                                    pnames = names(t@test$p.value))
  }
}
writeLines(toJSON(list(res = res, version = as.character(packageVersion("fUnitRoots"))),
                  digits = NA, auto_unbox = FALSE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "funitroots-", TZ="UTC")
    truth = Truth()
    for r in out["res"]:
        for name, stat in zip(r["names"], r["stat"]):
            truth.add(**{name: stat})
        if "pnames" in r:
            for name, p in zip(r["pnames"], r["p"]):
                truth.allow(**{name: p})
        else:
            truth.allow(**{"P VALUE": r["p"][0]})
    truth.write(f"fUnitRoots {out['version'][0]}: each fHTEST's @test statistic and p.value, "
                "written to JSON by the same R process",
                params={"Lag Order": 2}, rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"r-funitroots": run}, root=HELDOUT25)
