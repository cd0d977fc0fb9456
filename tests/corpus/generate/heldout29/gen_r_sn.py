"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

Skew-normal and skew-t regression in R with sn (Debian ``r-cran-sn``): the package's ``ais`` data
(202 athletes), ``log(Fe) ~ BMI + LBM`` fitted by ``selm`` with the skew-normal family and ``Hg ~
Ht + SSF`` with the skew-t family, each ``print(summary(fit))``: ``Call:``, ``Number of
observations: 202``, ``Family: SN``, ``Estimation method: MLE``, ``Log-likelihood: -175.9094``,
``Parameter type: CP``, ``CP residuals:`` quantiles, ``Regression coefficients`` (``estimate
std.err z-ratio Pr{>|z|}`` by term) and ``Parameters of the SEC random component`` (``estimate
std.err`` for ``s.d.``, ``gamma1`` and, for the skew-t, ``gamma2``; printed with fewer digits).

Truth, written to JSON by the same R process from ``summary(fit)``: ``Log-likelihood`` (``logL``);
each row of ``param.table`` as ``<row>/estimate`` and ``<row>/std.err`` (the two tables print one
``param.table``; rows are unique within a fit, and the two fits' rows share names only where both
have them); ``z-ratio`` and ``Pr{>|z|}`` optional (test statistic, p-value) for the coefficients
(the random component's table prints no such columns); the residual quantiles optional (``CP
residuals/Min`` ...; a description of the fit). The number of observations is a count.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT29, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(sn))
suppressMessages(library(jsonlite))
data(ais)
fits <- list(selm(log(Fe) ~ BMI + LBM, family = "SN", data = ais),
             selm(Hg ~ Ht + SSF, family = "ST", data = ais))
rec <- lapply(fits, function(m) {
  s <- summary(m)
  print(s)
  pt <- s@param.table
  list(logL = s@logL, rows = rownames(pt), cols = colnames(pt),
       values = lapply(seq_len(nrow(pt)), function(i) unname(pt[i, ])),
       resid = unname(quantile(s@resid)))
})
writeLines(toJSON(list(fits = rec, version = as.character(packageVersion("sn"))),
                  digits = NA, na = "null"), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "sn-")
    truth = Truth()
    for fit in out["fits"]:
        truth.add(**{"Log-likelihood": fit["logL"][0]})
        truth.allow(**{f"CP residuals/{q}": v
                       for q, v in zip(("Min", "1Q", "Median", "3Q", "Max"), fit["resid"])})
        for row, values in zip(fit["rows"], fit["values"]):
            cells = dict(zip(fit["cols"], values))
            truth.add(**{f"{row}/estimate": cells["estimate"], f"{row}/std.err": cells["std.err"]})
            if row not in ("s.d.", "gamma1", "gamma2"):  # the SEC table prints neither
                truth.allow(**{f"{row}/{c}": cells[c] for c in ("z-ratio", "Pr{>|z|}")
                               if cells.get(c) is not None})
    truth.write(f"sn {out['version'][0]}: summary(selm(...))'s logL, param.table and resid, "
                "written to JSON by the same R process", rel=5e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"r-sn": run}, root=HELDOUT29)
