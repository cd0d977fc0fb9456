"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Geostatistics in R with gstat (Debian's ``r-cran-gstat``) on the Meuse river data that the sp
package ships: the sample variogram of ``log(zinc)`` (lag width 150 m, cutoff 1050 m), printed
(a data frame: ``np dist gamma dir.hor dir.ver id``, one row per lag bin), then a spherical and
an exponential model, each with a nugget, fitted to it with ``fit.variogram`` and printed
(``model psill range`` rows ``Nug`` and ``Sph``/``Exp``), then the fit's sum of squared errors
as ``cat("SSErr:", ...)`` after each.

Truth: the objects, written to JSON by the same R process: the variogram's ``dist`` and
``gamma`` columns, in bin order, named as the columns; ``np`` (pairs per bin) optional, and the
direction columns (all 0) optional; the fitted models' ``psill`` and ``range``, named
``<model>/psill`` and ``<model>/range`` (the nugget's range, 0 by definition, optional); the
``SSErr`` attribute of each fit as ``SSErr``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(gstat))
suppressMessages(library(jsonlite))
data(meuse, package = "sp")
sp::coordinates(meuse) <- ~x + y
v <- variogram(log(zinc) ~ 1, meuse, width = 150, cutoff = 1050)
print(v)
fits <- list()
for (m in c("Sph", "Exp")) {
  f <- fit.variogram(v, vgm(0.6, m, 800, 0.05))
  cat("\n")
  print(f)
  cat("SSErr:", attr(f, "SSErr"), "\n")
  fits[[m]] <- list(model = as.character(f$model), psill = f$psill, range = f$range,
                    sserr = attr(f, "SSErr"))
}
out <- list(np = v$np, dist = v$dist, gamma = v$gamma, fits = fits,
            version = as.character(packageVersion("gstat")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "gstat-")
    truth = Truth()
    for np_, dist, gamma in zip(out["np"], out["dist"], out["gamma"]):
        truth.add(dist=dist, gamma=gamma)
        truth.allow(np=np_, **{"dir.hor": 0, "dir.ver": 0})
    for fit in out["fits"].values():
        for model, psill, rng in zip(fit["model"], fit["psill"], fit["range"]):
            truth.add(**{f"{model}/psill": psill})
            if model == "Nug":
                truth.allow(**{f"{model}/range": rng})
            else:
                truth.add(**{f"{model}/range": rng})
        truth.add(SSErr=fit["sserr"])
    truth.write(f"gstat {out['version']}: the sample variogram's dist and gamma columns and the "
                "fitted models' psill and range (<model>/<column>) and SSErr attribute, written "
                "to JSON by the same R process; np, the direction columns and the nugget's range "
                "optional", libraries=(), params={"width": 150, "cutoff": 1050},
                rel=1e-4, abs_tol=1e-7)  # seven significant digits; a psill of 0


if __name__ == "__main__":
    main(__file__, {"r-gstat": run}, root=HELDOUT20)
