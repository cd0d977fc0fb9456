"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Structural equation modelling in R with lavaan (Debian's ``r-cran-lavaan``): a one-factor
confirmatory factor analysis of four tests of the ``HolzingerSwineford1939`` data lavaan ships
(``visual =~ x1 + x2 + x3 + x9``), ``summary(fit, fit.measures = TRUE)``: a header
(``lavaan 0.6.14 ended normally after 23 iterations``, estimator, counts), then indented
sections each led by a title line ending in ``:`` (``Model Test User Model:``, ``Model Test
Baseline Model:``, ``User Model versus Baseline Model:``, ``Loglikelihood and Information
Criteria:``, ``Root Mean Square Error of Approximation:``, ``Standardized Root Mean Square
Residual:``), each a column of ``label   value`` lines right-aligned at one column, then the
parameter tables (``Latent Variables:`` with a ``visual =~`` group line over its indicator rows,
``Variances:`` with ``.x1`` .. ``.x9`` and ``visual``; columns ``Estimate  Std.Err  z-value
P(>|z|)``).

Truth: lavaan's own objects, written to JSON by the same R process: ``fitMeasures(fit)`` under
the printed labels (``Comparative Fit Index (CFI)`` is ``cfi``, ``Akaike (AIC)`` is ``aic``,
``90 Percent confidence interval - lower`` is ``rmsea.ci.lower``, ...), and
``parameterEstimates(fit)`` (``est``, ``se``, ``z``) as ``<row>/<column>``, the row as printed
with its group (``visual =~ x2/Estimate``, ``.x1/z-value``, ``visual/Std.Err``). Optional: the
p-values (printed to three decimals, ``0.000``), the degrees of freedom and the counts (model
parameters, observations), the fixed loading of ``x1`` (``1.000``, set by the identification,
not estimated). Judgement: ``Test statistic`` and ``Degrees of freedom`` are printed in two
sections (the user model's and the baseline model's), so they are named
``<section title>/<label>`` (``Model Test User Model/Test statistic``); every other label is
printed once and keeps its own name; the iteration count in the header is prose; the
``Estimator``/``Information`` lines are words.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

SCRIPT = r"""
suppressMessages(library(lavaan))
suppressMessages(library(jsonlite))
fit <- cfa("visual =~ x1 + x2 + x3 + x9", data = HolzingerSwineford1939)
summary(fit, fit.measures = TRUE)
fm <- fitMeasures(fit)
pe <- parameterEstimates(fit)
out <- list(fm = as.list(unclass(fm)),
            pe = lapply(seq_len(nrow(pe)), function(i) as.list(pe[i, c("lhs", "op", "rhs",
                                                                       "est", "se", "z",
                                                                       "pvalue")])),
            npar = fit@Fit@npar, nobs = lavInspect(fit, "nobs"),
            version = as.character(packageVersion("lavaan")))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, na = "null"), Sys.getenv("LAVAAN_RECORD"))
"""

# printed label -> fitMeasures name
FIT = {
    "Model Test User Model/Test statistic": "chisq",
    "Model Test Baseline Model/Test statistic": "baseline.chisq",
    "Comparative Fit Index (CFI)": "cfi",
    "Tucker-Lewis Index (TLI)": "tli",
    "Loglikelihood user model (H0)": "logl",
    "Loglikelihood unrestricted model (H1)": "unrestricted.logl",
    "Akaike (AIC)": "aic",
    "Bayesian (BIC)": "bic",
    "Sample-size adjusted Bayesian (SABIC)": "bic2",
    "RMSEA": "rmsea",
    "90 Percent confidence interval - lower": "rmsea.ci.lower",
    "90 Percent confidence interval - upper": "rmsea.ci.upper",
    "SRMR": "srmr",
}
OPTIONAL = {
    "Model Test User Model/Degrees of freedom": "df",
    "P-value (Chi-square)": "pvalue",
    "Model Test Baseline Model/Degrees of freedom": "baseline.df",
    "P-value": "baseline.pvalue",
    "P-value H_0: RMSEA <= 0.050": "rmsea.pvalue",
    "P-value H_0: RMSEA >= 0.080": "rmsea.notclose.pvalue",
}


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="lavaan-"))
    (work / "lavaan.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "lavaan.R")], check=True,
                   env={**os.environ, "LAVAAN_RECORD": str(record)})
    out = json.loads(record.read_text())
    fm = out["fm"]
    truth = Truth()
    truth.allow(**{"Number of model parameters": out["npar"],
                   "Number of observations": out["nobs"]})
    for label, key in FIT.items():
        truth.add(**{label: fm[key]})
    for label, key in OPTIONAL.items():
        truth.allow(**{label: fm[key]})
    for p in out["pe"]:
        if p["op"] == "=~":
            row = f"{p['lhs']} =~ {p['rhs']}"
        elif p["lhs"] == p["rhs"] and p["lhs"] != "visual":
            row = f".{p['lhs']}"  # a residual variance, printed with a leading dot
        else:
            row = p["lhs"]
        if p["se"] == 0:  # fixed by the identification: printed without a standard error
            truth.allow(**{f"{row}/Estimate": p["est"]})
            continue
        truth.add(**{f"{row}/Estimate": p["est"], f"{row}/Std.Err": p["se"],
                     f"{row}/z-value": p["z"]})
        truth.allow(**{f"{row}/P(>|z|)": p["pvalue"]})
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"lavaan {out['version']} under {r_version}: fitMeasures() under the printed "
                "labels (the two sections' Test statistic as <section>/<label>) and "
                "parameterEstimates() as <row>/<column>; p-values, degrees of freedom, counts "
                "and the fixed loading optional; written to JSON by the same R process",
                libraries=(), params=None, rel=1e-9, abs_tol=5e-4)  # three decimals


if __name__ == "__main__":
    main(__file__, {"r-lavaan": run}, root=HELDOUT17)
