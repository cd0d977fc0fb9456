"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Quasi-variances in R with qvcalc (Debian ``r-cran-qvcalc``): ``summary(qvcalc(fit, factor))`` of
two fits, a Poisson GLM ``breaks ~ wool + tension`` on ``warpbreaks`` (factor ``tension``) and a
binomial GLM ``cbind(ncases, ncontrols) ~ agegp + alcgp`` on ``esoph`` (the ordered factors
made plain; factor ``alcgp``), each
printing ``Model call:``, ``Factor name:``, the ``estimate SE quasiSE quasiVar`` table by level,
and the two ``Worst relative errors ... (%):`` lines.

Truth, written to JSON by the same R process from the qv objects: ``<level>/estimate``,
``<level>/SE``, ``<level>/quasiSE``, ``<level>/quasiVar`` from ``qvframe``; the worst relative
errors from ``worstErrors`` (simple contrasts) and ``relerrs`` (all contrasts, min and max) in
percent as ``summary`` prints them, each line a series of two values (the smallest, the largest).
The two fits share the names where their levels would (they do not: ``L``, ``M``, ``H`` and the
four alcohol groups).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(qvcalc))
suppressMessages(library(jsonlite))
fits <- list(list(glm(breaks ~ wool + tension, family = poisson, data = warpbreaks), "tension"),
             list(glm(cbind(ncases, ncontrols) ~ agegp + alcgp, family = binomial,
                      data = transform(esoph, agegp = factor(agegp, ordered = FALSE),
                                       alcgp = factor(alcgp, ordered = FALSE))), "alcgp"))
rec <- lapply(fits, function(f) {
  qv <- qvcalc(f[[1]], f[[2]])
  print(summary(qv))
  fr <- qv$qvframe
  list(levels = rownames(fr), frame = lapply(fr, as.numeric),
       simple = 100 * worstErrors(qv), all = 100 * range(qv$relerrs))
})
writeLines(toJSON(list(fits = rec, version = as.character(packageVersion("qvcalc"))),
                  digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "qvcalc-")
    truth = Truth()
    for fit in out["fits"]:
        frame = fit["frame"]
        for i, level in enumerate(fit["levels"]):
            truth.add(**{f"{level}/{col}": frame[col][i]
                         for col in ("estimate", "SE", "quasiSE", "quasiVar")})
        for value in fit["simple"]:
            truth.add(**{"Worst relative errors in SEs of simple contrasts (%)": value})
        for value in fit["all"]:
            truth.add(**{"Worst relative errors over *all* contrasts (%)": value})
    truth.write(f"qvcalc {out['version'][0]}: qvframe, worstErrors and relerrs of each qvcalc "
                "object (errors in percent), written to JSON by the same R process",
                rel=1e-6, abs_tol=1e-7)


if __name__ == "__main__":
    main(__file__, {"r-qvcalc": run}, root=HELDOUT28)
