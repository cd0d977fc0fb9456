"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

Competing risks in R with cmprsk (Debian's ``r-cran-cmprsk``), seeded: 200 subjects in two
groups, an event of interest, a competing event and censoring. The cumulative incidence
functions by group and cause (``cuminc(ftime, fstatus, grp)``): Gray's tests printed as the
``Tests`` matrix (``stat pv df``, a row per cause, ``1`` and ``2``), then ``print(timepoints(ci,
c(5, 10, 20)))``: a list of two matrices, ``$est`` and ``$var``, rows ``A 1``, ``B 1``, ``A 2``,
``B 2`` (group and cause), columns the times. Then a Fine-Gray regression on the group and age
(``crr``) and ``print(summary(fit))``: ``Competing Risks Regression``, the call, a table ``coef
exp(coef) se(coef) z p-value``, a table ``exp(coef) exp(-coef) 2.5% 97.5%``, ``Num. cases =
200``, ``Pseudo Log-likelihood = -541``, ``Pseudo likelihood ratio test = 6.97  on 2 df,``.

Truth: the objects, written to JSON by the same R process: the tests' ``stat`` as
``<cause>/stat`` (``pv`` and ``df`` optional); the timepoints' matrices as ``est/<row>/<time>``
and ``var/<row>/<time>``; the summary's ``coef`` and ``conf.int`` tables as ``<row>/<column>``
(``exp(coef)`` appears in both and is listed twice; ``p-value`` optional), its ``loglik`` as
``Pseudo Log-likelihood`` and ``logtest`` as ``Pseudo likelihood ratio test`` (its df optional);
the number of cases optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(cmprsk))
suppressMessages(library(jsonlite))
set.seed(21)
n <- 200
grp <- sample(c("A", "B"), n, replace = TRUE)
t1 <- rexp(n, ifelse(grp == "A", 0.05, 0.08))
t2 <- rexp(n, 0.03)
cens <- runif(n, 5, 40)
ftime <- pmin(t1, t2, cens)
fstatus <- ifelse(cens < pmin(t1, t2), 0, ifelse(t1 < t2, 1, 2))
age <- rnorm(n, 60, 10)
ci <- cuminc(ftime, fstatus, grp)
print(ci$Tests)
tp <- timepoints(ci, c(5, 10, 20))
print(tp)
fit <- crr(ftime, fstatus, cbind(B = grp == "B", age = age))
s <- summary(fit)
print(s)
mat <- function(m) list(rows = rownames(m), cols = colnames(m),
                        values = unname(as.list(as.data.frame(m))))
out <- list(tests = mat(ci$Tests), est = mat(tp$est), var = mat(tp$var), coef = mat(s$coef),
            conf = mat(s$conf.int), loglik = s$loglik, logtest = unname(s$logtest), n = s$n,
            version = as.character(packageVersion("cmprsk")))
writeLines(toJSON(out, digits = NA, auto_unbox = FALSE), Sys.getenv("R_RECORD"))
"""


def cells(m: dict):
    for col, values in zip(m["cols"], m["values"]):
        for row, value in zip(m["rows"], values):
            yield row, col, value


def run() -> None:
    out = r_record(SCRIPT, "cmprsk-")
    truth = Truth()
    for row, col, value in cells(out["tests"]):
        if col == "stat":
            truth.add(**{f"{row}/stat": value})
        else:
            truth.allow(**{f"{row}/{col}": value})
    for part in ("est", "var"):
        for row, col, value in cells(out[part]):
            truth.add(**{f"{part}/{row}/{col}": value})
    for part in ("coef", "conf"):
        for row, col, value in cells(out[part]):
            if col == "p-value":
                truth.allow(**{f"{row}/{col}": value})
            else:
                truth.add(**{f"{row}/{col}": value})
    truth.add(**{"Pseudo Log-likelihood": out["loglik"][0],
                 "Pseudo likelihood ratio test": out["logtest"][0]})
    truth.allow(df=out["logtest"][1], **{"Num. cases": out["n"][0]})
    truth.write(f"cmprsk {out['version'][0]}: cuminc's Tests stat, timepoints' est and var "
                "matrices (est/<row>/<time>) and the crr summary's tables (<row>/<column>), "
                "loglik and logtest, written to JSON by the same R process; p-values, df and "
                "the case count optional",
                rel=5e-3, abs_tol=5e-6)  # summary.crr prints three significant digits


if __name__ == "__main__":
    main(__file__, {"r-cmprsk": run}, root=HELDOUT21)
