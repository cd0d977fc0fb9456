"""HELD-OUT fixture (thirteenth half, see generate/heldout13/README.md): do not read while tuning
the parser.

Partial least squares regression in R with pls (``pls`` on R 4.2.2), run as ``Rscript`` with
the script's stdout and stderr. Two models on the NIR spectra pls ships, fitted with
cross-validation as the package's vignette fits them: ``plsr(density ~ NIR, ncomp = 6, data =
yarn, validation = "CV", segments = 10)`` and ``pcr(octane ~ NIR, ncomp = 5, data =
gasoline, validation = "LOO")``, each followed by ``summary(fit)``: the data dimensions, the
fit method, ``VALIDATION: RMSEP`` (rows ``CV`` and ``adjCV``, columns ``(Intercept)``, ``1
comps`` ...) and ``TRAINING: % variance explained`` (rows ``X`` and the response, columns ``1
comps`` ...). Then ``R2(fit)`` is printed for the PLS model (a named vector over the same
component columns).

Truth: the fitted objects through pls's own accessors, written by the same R process to CSV
files the generator reads back: ``RMSEP(fit)$val`` (``CV``, ``adjCV``), the cumulative
``explvar(fit)`` (``X``) and ``R2(fit, estimate = "train", intercept = FALSE)`` × 100 (the
response's row, ``density`` or ``octane``), as ``summary`` computes them; ``R2(fit)$val``
(``R2``, the cross-validated one the printed vector holds). Judgement: each row is one series
over the number of components, so a row's name is the row label and its step the ``n comps``
of the column header; the ``(Intercept)`` column states no number (no step). The vector of
``R2`` is printed under its component names, with ``yarn model, R2:`` printed above it by the script; its
values are points of ``R2`` at the components' steps. The dimensions and component counts
are optional; the settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT13, Truth, main

SETTINGS = {"seed": 5, "pls_ncomp": 6, "pcr_ncomp": 5, "segments": 10}

R_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
s <- as.list(setNames(as.numeric(args[seq(3, length(args), 2)]), args[seq(2, length(args), 2)]))
suppressMessages(library(pls))
set.seed(s$seed)
data(yarn)
data(gasoline)
fits <- list(
  yarn = plsr(density ~ NIR, ncomp = s$pls_ncomp, data = yarn, validation = "CV",
              segments = s$segments),
  gasoline = pcr(octane ~ NIR, ncomp = s$pcr_ncomp, data = gasoline, validation = "LOO"))
for (name in names(fits)) {
  fit <- fits[[name]]
  cat(sprintf("\n==== %s ====\n", name))
  summary(fit)
  r <- RMSEP(fit)$val
  write.csv(data.frame(model = dimnames(r)$model, CV = r["CV", 1, ], adjCV = r["adjCV", 1, ]),
            file.path(out, paste0(name, "_rmsep.csv")), row.names = FALSE)
  write.csv(data.frame(X = cumsum(explvar(fit)),
                       Y = 100 * drop(R2(fit, estimate = "train", intercept = FALSE)$val)),
            file.path(out, paste0(name, "_var.csv")), row.names = FALSE)
  write.csv(data.frame(ncomp = fit$ncomp, n = nrow(fit$scores), p = nrow(fit$loadings)),
            file.path(out, paste0(name, "_dims.csv")), row.names = FALSE)
}
cat("\nyarn model, R2:\n")
r2 <- R2(fits$yarn)
print(r2)
write.csv(data.frame(model = dimnames(r2$val)$model, R2 = r2$val[1, 1, ]),
          file.path(out, "yarn_r2.csv"), row.names = FALSE)
"""


def read_csv(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open() as f:
        return list(csv.DictReader(f))


def comps(label: str) -> float | None:
    """The step a column header states: ``3 comps`` → 3, ``(Intercept)`` → none."""
    return float(label.split()[0]) if label.endswith("comps") else None


def run() -> None:
    import subprocess
    import tempfile

    s = SETTINGS
    truth = Truth()
    work = Path(tempfile.mkdtemp(prefix="r-pls-"))
    (work / "pls.R").write_text(R_SCRIPT)
    print("settings: " + " ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    argv = ["Rscript", str(work / "pls.R"), str(work)]
    for key, value in s.items():
        argv += [key, str(value)]
    subprocess.run(argv, check=True)
    for name, response in (("yarn", "density"), ("gasoline", "octane")):
        dims = read_csv(work / f"{name}_dims.csv")[0]
        truth.allow(**{"X dimension": float(dims["n"])})
        truth.allow(**{"X dimension": float(dims["p"])})
        truth.allow(**{"Y dimension": float(dims["n"])})
        truth.allow(**{"Y dimension": 1.0})
        truth.allow(**{"Number of components considered": float(dims["ncomp"])})
        for row in read_csv(work / f"{name}_rmsep.csv"):
            truth.add(comps(row["model"]), CV=float(row["CV"]), adjCV=float(row["adjCV"]))
        for i, row in enumerate(read_csv(work / f"{name}_var.csv"), 1):
            truth.add(i, X=float(row["X"]), **{response: float(row["Y"])})
    for row in read_csv(work / "yarn_r2.csv"):
        truth.add(comps(row["model"]), R2=float(row["R2"]))
    version = subprocess.run(["Rscript", "-e", 'cat(R.version.string, "; pls",'
                              ' format(packageVersion("pls")))'],
                             capture_output=True, text=True).stdout.strip()
    truth.write("R pls objects through its accessors, written to CSV by the same R process: "
                "RMSEP()$val as CV/adjCV, cumsum(explvar()) as X, 100 x training R2 as the "
                "response's row, R2()$val as R2, each at the 'n comps' step of its column (none "
                "for (Intercept)); dimensions and component counts optional; settings = params; "
                f"{version}",
                libraries=(), params=s, rel=1e-3, abs_tol=5e-5)  # 4 significant digits


if __name__ == "__main__":
    main(__file__, {"r-pls": run}, root=HELDOUT13)
