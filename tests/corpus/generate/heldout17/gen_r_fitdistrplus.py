"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Fitting distributions in R with fitdistrplus (Debian's ``r-cran-fitdistrplus``): 200 seeded
gamma draws fitted by maximum likelihood as a gamma, a log-normal and a Weibull
(``fitdist``), the ``summary`` of each (``Fitting of the distribution ' gamma ' by maximum
likelihood``, a ``Parameters :`` table of ``estimate Std. Error`` per parameter, one line
``Loglikelihood:  -288.3341   AIC:  580.6681   BIC:  587.2648`` holding three pairs, a
``Correlation matrix:``), then ``gofstat`` of the three fits (``Goodness-of-fit statistics``:
Kolmogorov-Smirnov, Cramer-von Mises and Anderson-Darling rows by a column per fit, and
``Goodness-of-fit criteria``: AIC and BIC rows spelt out).

Truth: fitdistrplus's own objects, written to JSON by the same R process: each
``summary.fitdist``'s ``estimate`` and ``sd`` as ``<parameter>/estimate`` and
``<parameter>/Std. Error``, its ``loglik``, ``aic``, ``bic`` as ``Loglikelihood``, ``AIC``,
``BIC`` (three fits: three values each, unstepped), and the ``gofstat`` object's ``ks``,
``cvm``, ``ad``, ``aic``, ``bic`` as ``<row>/<fit>`` (``Kolmogorov-Smirnov statistic/gamma``,
``Akaike's Information Criterion/weibull``). Optional: the correlation matrices' entries
(``<row>/<column>``, the diagonal ones included): a by-product of the fit, not a measure of it.
Judgement: ``shape`` is a parameter of the gamma and of the Weibull fit, so ``shape/estimate``
has two values; the distribution's name in the title line is a word.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

SCRIPT = r"""
suppressMessages(library(fitdistrplus))
suppressMessages(library(jsonlite))
set.seed(3)
x <- rgamma(200, shape = 2.5, rate = 1.3)
fits <- list(gamma = fitdist(x, "gamma"), lnorm = fitdist(x, "lnorm"),
             weibull = fitdist(x, "weibull"))
sums <- lapply(fits, summary)
for (s in sums) { print(s); cat("\n") }
g <- gofstat(fits, fitnames = names(fits))
print(g)
out <- list(fits = lapply(sums, function(s) list(
              estimate = as.list(s$estimate), sd = as.list(s$sd), loglik = s$loglik,
              aic = s$aic, bic = s$bic,
              cor = lapply(rownames(s$cor), function(r) list(row = r, values = as.list(s$cor[r, ]))))),
            gof = list(ks = as.list(g$ks), cvm = as.list(g$cvm), ad = as.list(g$ad),
                       aic = as.list(g$aic), bic = as.list(g$bic)),
            version = as.character(packageVersion("fitdistrplus")))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("FITDIST_RECORD"))
"""

ROWS = {"ks": "Kolmogorov-Smirnov statistic", "cvm": "Cramer-von Mises statistic",
        "ad": "Anderson-Darling statistic", "aic": "Akaike's Information Criterion",
        "bic": "Bayesian Information Criterion"}


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="fitdist-"))
    (work / "fitdist.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "fitdist.R")], check=True,
                   env={**os.environ, "FITDIST_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for fit in out["fits"].values():
        for p, v in fit["estimate"].items():
            truth.add(**{f"{p}/estimate": v, f"{p}/Std. Error": fit["sd"][p]})
        truth.add(Loglikelihood=fit["loglik"], AIC=fit["aic"], BIC=fit["bic"])
        for row in fit["cor"]:
            truth.allow(**{f"{row['row']}/{c}": v for c, v in row["values"].items()})
    for key, row in ROWS.items():
        truth.add(**{f"{row}/{fit}": v for fit, v in out["gof"][key].items()})
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"fitdistrplus {out['version']} under {r_version}: summary.fitdist's estimate, "
                "sd, loglik, aic, bic, and gofstat's ks, cvm, ad, aic, bic as <row>/<fit>; "
                "the correlation matrices optional; written to JSON by the same R process",
                libraries=(), params=None, rel=1e-6, abs_tol=0.0)  # seven significant digits


if __name__ == "__main__":
    main(__file__, {"r-fitdistrplus": run}, root=HELDOUT17)
