"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Structural change in R with strucchange (Debian's ``r-cran-strucchange``): breakpoints in the
mean of the Nile's yearly flow and in a regression on the UK driver deaths' seat-belt series
(``log(UKDriverDeaths) ~ 1`` over a window), each ``print(summary(breakpoints(...)))``: the
breakpoints for each number of breaks ``m``, the corresponding dates, and a ``Fit:`` table
whose columns are ``m = 0 ... 5`` and whose rows are ``RSS`` and ``BIC``.

Truth: the ``summary.breakpoints`` objects' ``RSS`` matrix, written to JSON by the same R
process: ``RSS`` and ``BIC`` for each ``m``, stepped by ``m`` (the table's column index, the
number of breaks: taken as the step as the table states it). Optional: the breakpoints
(observation numbers) and the break dates (a monthly date ``1983(1)`` as its year and its
month), named ``m = <m>``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(strucchange))
suppressMessages(library(jsonlite))
data("Nile")
data("UKDriverDeaths")
deaths <- window(log(UKDriverDeaths), start = c(1975, 1), end = c(1984, 12))
out <- list()
for (bp in list(breakpoints(Nile ~ 1), breakpoints(deaths ~ 1, h = 0.15, breaks = 4))) {
  s <- summary(bp)
  print(s)
  out[[length(out) + 1]] <- list(m = as.numeric(colnames(s$RSS)), rss = s$RSS["RSS", ],
    bic = s$RSS["BIC", ], breaks = lapply(seq_len(nrow(s$breakpoints)),
      function(i) as.numeric(na.omit(s$breakpoints[i, ]))),
    dates = lapply(seq_len(nrow(s$breakdates)),
      function(i) as.character(na.omit(s$breakdates[i, ]))))
}
writeLines(toJSON(list(fits = out, version = as.character(packageVersion("strucchange"))),
                  digits = NA, auto_unbox = FALSE), Sys.getenv("R_RECORD"))
"""

def run() -> None:
    out = r_record(SCRIPT, "strucchange-")
    truth = Truth()
    for fit in out["fits"]:
        for m, rss, bic in zip(fit["m"], fit["rss"], fit["bic"]):
            truth.add(at=m, RSS=rss, BIC=bic)
        for m, (breaks, dates) in enumerate(zip(fit["breaks"], fit["dates"]), start=1):
            for b, d in zip(breaks, dates):
                truth.allow(**{f"m = {m}": b})
                for part in d.replace("(", " ").replace(")", " ").split():
                    truth.allow(**{f"m = {m}": float(part)})  # 1983(1): year and month
    truth.write(f"strucchange {out['version'][0]}: the summary.breakpoints objects' RSS matrix "
                "(RSS and BIC by number of breaks m, stepped by m), written to JSON by the same "
                "R process; breakpoints and break dates optional", libraries=(),
                params={"h": 0.15, "breaks": 4},
                rel=5e-4, abs_tol=0.5)  # whole numbers for the Nile; four digits otherwise


if __name__ == "__main__":
    main(__file__, {"r-strucchange": run}, root=HELDOUT19)
