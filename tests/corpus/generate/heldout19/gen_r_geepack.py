"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Generalised estimating equations in R with geepack (Debian's ``r-cran-geepack``): pig weights
over time (``dietox``, gaussian, AR(1) working correlation) and wheezing children (``ohio``,
binomial, exchangeable), each ``print(summary(geeglm(...)))``: the coefficient table
(``Time  6.73134  0.07569 7910.102   <2e-16 ***``), ``Correlation structure = ar1``, the
``Estimated Scale Parameters:`` and ``Estimated Correlation Parameters:`` tables (``alpha
0.9359 0.01072``) and ``Number of clusters:   72  Maximum cluster size: 12``.

Truth: the ``summary.geeglm`` objects, written to JSON by the same R process: the
``coefficients``, ``dispersion`` and ``corr`` frames, named ``<row>/<column>`` as printed (the
scale row is printed ``(Intercept)``, like the coefficients' first row, so that name holds both
values); the two fits share names. Optional: the p-values, the cluster count and the largest
cluster's size (``clusz``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(geepack))
suppressMessages(library(jsonlite))
data(dietox)
dietox$Cu <- as.factor(dietox$Cu)
data(ohio)
fits <- list(
  geeglm(Weight ~ Time + Cu, id = Pig, data = dietox, family = gaussian, corstr = "ar1"),
  geeglm(resp ~ age + smoke, id = id, data = ohio, family = binomial, corstr = "exchangeable"))
out <- list()
for (f in fits) {
  s <- summary(f)
  print(s)
  frame <- function(d) list(rows = rownames(d), est = d[, 1], se = d[, 2])
  out[[length(out) + 1]] <- list(coef = c(frame(s$coefficients), list(wald = s$coefficients[, 3],
    p = s$coefficients[, 4])), scale = frame(s$dispersion), corr = frame(s$corr),
    clusters = length(s$clusz), maxsize = max(s$clusz))
}
writeLines(toJSON(list(fits = out, version = as.character(packageVersion("geepack"))),
                  digits = NA, auto_unbox = FALSE), Sys.getenv("R_RECORD"))
"""

def run() -> None:
    out = r_record(SCRIPT, "geepack-")
    truth = Truth()
    for fit in out["fits"]:
        c = fit["coef"]
        for i, row in enumerate(c["rows"]):
            truth.add(**{f"{row}/Estimate": c["est"][i], f"{row}/Std.err": c["se"][i],
                         f"{row}/Wald": c["wald"][i]})
            truth.allow(**{f"{row}/Pr(>|W|)": c["p"][i]})
        for part in ("scale", "corr"):
            d = fit[part]
            for i, row in enumerate(d["rows"]):
                truth.add(**{f"{row}/Estimate": d["est"][i], f"{row}/Std.err": d["se"][i]})
        truth.allow(**{"Number of clusters": fit["clusters"][0],
                       "Maximum cluster size": fit["maxsize"][0]})
    truth.write(f"geepack {out['version'][0]}: the summary.geeglm objects' coefficients, "
                "dispersion and corr frames, written to JSON by the same R process, named "
                "<row>/<column> as printed; p-values and cluster counts optional",
                libraries=(), params={"corstr": "ar1, exchangeable"},
                rel=5e-3, abs_tol=5e-5)  # four significant digits, some columns three


if __name__ == "__main__":
    main(__file__, {"r-geepack": run}, root=HELDOUT19)
