"""HELD-OUT fixture (thirteenth half, see generate/heldout13/README.md): do not read while tuning
the parser.

Generalised additive models in R with mgcv (R 4.2.2's recommended ``mgcv``), run as
``Rscript`` with the script's stdout and stderr. Two models fitted by REML on data from
mgcv's own ``gamSim(1)`` (Gu and Wahba's four-term example), each printed with
``summary(fit)`` as mgcv's help shows: a Gaussian ``y ~ s(x0) + s(x1) + s(x2) + s(x3)`` and a
Poisson model of counts drawn from the same smooth truth. A summary prints the family and
formula, ``Parametric coefficients`` (``Estimate Std. Error t value Pr(>|t|)``, z for the
Poisson model, significance stars and their legend), ``Approximate significance of smooth
terms`` (``edf Ref.df F p-value``, ``Chi.sq`` for the Poisson model), then ``R-sq.(adj) =
0.716   Deviance explained = 72.6%`` and ``-REML = 861.13  Scale est. = 3.898     n = 400``.

Truth: ``summary.gam``'s own object, written by the same R process to CSV files the generator
reads back: ``p.table`` as ``<term>/<column>`` (``(Intercept)/Estimate``), ``s.table`` as
``<smooth>/<column>`` (``s(x1)/edf``, ``s(x1)/F``), ``r.sq`` (``R-sq.(adj)``),
``dev.expl`` × 100 (``Deviance explained``, printed as a percentage), ``sp.criterion``
(``-REML``) and ``scale`` (``Scale est.``). Optional: the p-value columns (``Pr(>|t|)``,
``Pr(>|z|)``, ``p-value``: often printed as a bound, ``<2e-16``) and ``n`` (a count).
Judgement: the two models share the names of their shared rows and columns, listed in print
order; the Poisson summary's scale is fixed at 1 (printed, and a value of the object). The
settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT13, Truth, main

SETTINGS = {"seed": 2, "n": 400, "scale": 2, "method": "REML"}

R_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
s <- as.list(setNames(as.numeric(args[seq(3, length(args), 2)]), args[seq(2, length(args), 2)]))
suppressMessages(library(mgcv))
set.seed(s$seed)
dat <- gamSim(1, n = s$n, dist = "normal", scale = s$scale, verbose = FALSE)
dat$count <- rpois(nrow(dat), exp(dat$f / 5))
fits <- list(
  gaussian = gam(y ~ s(x0) + s(x1) + s(x2) + s(x3), data = dat, method = "REML"),
  poisson = gam(count ~ s(x0) + s(x1) + s(x2) + s(x3), data = dat, family = poisson,
                method = "REML"))
for (name in names(fits)) {
  cat(sprintf("\n######## %s GAM ########\n", name))
  sm <- summary(fits[[name]])
  print(sm)
  p <- as.data.frame(sm$p.table)
  write.csv(cbind(term = rownames(p), p), file.path(out, paste0(name, "_p.csv")),
            row.names = FALSE)
  st <- as.data.frame(sm$s.table)
  write.csv(cbind(term = rownames(st), st), file.path(out, paste0(name, "_s.csv")),
            row.names = FALSE)
  write.csv(data.frame(r.sq = sm$r.sq, dev.expl = sm$dev.expl,
                       criterion = as.numeric(sm$sp.criterion), scale = sm$scale, n = sm$n),
            file.path(out, paste0(name, "_fit.csv")), row.names = FALSE)
}
"""


def read_csv(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open() as f:
        return list(csv.DictReader(f))


def run() -> None:
    import subprocess
    import tempfile

    s = SETTINGS
    truth = Truth()
    work = Path(tempfile.mkdtemp(prefix="r-mgcv-"))
    (work / "gam.R").write_text(R_SCRIPT)
    print("settings: " + " ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    argv = ["Rscript", str(work / "gam.R"), str(work)]
    for key, value in s.items():
        if not isinstance(value, str):  # the method is written in the R script
            argv += [key, str(value)]
    subprocess.run(argv, check=True)
    for name in ("gaussian", "poisson"):
        for table in ("p", "s"):
            for row in read_csv(work / f"{name}_{table}.csv"):
                term = row.pop("term")
                for column, value in row.items():
                    key = f"{term}/{column}"
                    if column.startswith("Pr(") or column == "p-value":
                        truth.allow(**{key: float(value)})
                    else:
                        truth.add(**{key: float(value)})
        fit = read_csv(work / f"{name}_fit.csv")[0]
        truth.add(**{"R-sq.(adj)": float(fit["r.sq"]),
                     "Deviance explained": 100 * float(fit["dev.expl"])})
        truth.add(**{"-REML": float(fit["criterion"]), "Scale est.": float(fit["scale"])})
        truth.allow(n=float(fit["n"]))
    version = subprocess.run(["Rscript", "-e", 'cat(R.version.string, "; mgcv",'
                              ' format(packageVersion("mgcv")))'],
                             capture_output=True, text=True).stdout.strip()
    truth.write("R mgcv summary.gam objects written to CSV by the same R process: p.table and "
                "s.table as <term>/<column> (p-values optional), r.sq as R-sq.(adj), dev.expl x "
                "100 as Deviance explained, sp.criterion as -REML, scale as Scale est.; n "
                f"optional; settings = params; {version}",
                libraries=(), params=s, rel=2e-3, abs_tol=5e-4)  # 3-4 significant digits


if __name__ == "__main__":
    main(__file__, {"r-mgcv": run}, root=HELDOUT13)
