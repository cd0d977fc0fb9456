"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Product-limit estimation in R with prodlim (CRAN ``prodlim``, from the machine's R library),
seeded: a stratified Kaplan-Meier fit (``prodlim(Hist(time, status) ~ grp)``, two arms of 60
with exponential event times and uniform censoring) and an Aalen-Johansen fit of two competing
causes (``prodlim(Hist(time, event) ~ 1)``), each printed with ``print(summary(fit, times = c(2,
5, 10, 15)))``: the survival tables are headed ``grp=control :`` and ``grp=treated :``, the
cumulative-incidence tables ``----------> Cause:  1``; rows numbered 1 to 4 with columns ``time
n.risk n.event n.lost surv se.surv lower upper`` (``cuminc se.cuminc`` for the causes). The
Kaplan-Meier fit is also printed bare (``print(fit)``: a description, part of it on stderr,
``No.Observations: 120`` and a frequency table of events and censored times).

Truth, written to JSON by the same R process from the summaries' ``table`` matrices: each
table's estimate and its standard error per row, named under the section that heads the table
(``grp=control/surv``, ``grp=control/se.surv``, ``Cause 1/cuminc``, ``Cause 1/se.cuminc``; four
values each, in row order, at no step: the rows are numbered, the time is a column); the bounds
(``lower``, ``upper``) optional as interval bounds, the counts (``n.risk``, ``n.event``,
``n.lost``) optional, the ``time`` column optional (the times asked for). From the bare print:
``No.Observations`` and the frequencies (``event``, ``right.censored``) optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(prodlim))
suppressMessages(library(jsonlite))
set.seed(24)
n <- 120
grp <- factor(rep(c("control", "treated"), each = n / 2))
tt <- rexp(n, ifelse(grp == "control", 0.12, 0.07)); cc <- runif(n, 5, 25)
km <- prodlim(Hist(time, status) ~ grp,
              data = data.frame(time = pmin(tt, cc), status = as.integer(tt <= cc), grp))
times <- c(2, 5, 10, 15)
s1 <- summary(km, times = times); print(s1)
print(km)
t1 <- rexp(n, 0.08); t2 <- rexp(n, 0.05); c2 <- runif(n, 5, 25)
time <- pmin(t1, t2, c2); event <- ifelse(time == c2, 0, ifelse(time == t1, 1, 2))
cr <- prodlim(Hist(time, event) ~ 1, data = data.frame(time, event))
s2 <- summary(cr, times = times); print(s2)
tabs <- function(s) lapply(names(s$table), function(k) {
  m <- s$table[[k]]
  list(key = k, cols = colnames(m), rows = lapply(seq_len(nrow(m)), function(i) unname(m[i, ])))
})
st <- as.numeric(unclass(km$model.response)[, "status"])
out <- list(km = tabs(s1), cr = tabs(s2), nobs = length(st),
            events = sum(st == 1), censored = sum(st == 0),
            version = as.character(packageVersion("prodlim")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def _tables(truth, tables, head) -> None:
    for table in tables:
        section = head(table["key"])
        cols = table["cols"]
        for row in table["rows"]:
            values = dict(zip(cols, row))
            for col, value in values.items():
                name = f"{section}/{col}"
                if col in ("surv", "se.surv", "cuminc", "se.cuminc"):
                    truth.add(**{name: value})
                else:
                    truth.allow(**{name: value})


def run() -> None:
    out = r_record(SCRIPT, "prodlim-", TZ="UTC")
    truth = Truth()
    _tables(truth, out["km"], lambda key: key)
    truth.allow(**{"No.Observations": out["nobs"], "event": out["events"],
                   "right.censored": out["censored"]})
    _tables(truth, out["cr"], lambda key: f"Cause {key}")
    truth.write(f"prodlim {out['version']}: the summary.prodlim tables (surv, se.surv, cuminc, "
                "se.cuminc, bounds, counts), written to JSON by the same R process",
                rel=5e-4, abs_tol=5e-4)  # three significant digits


if __name__ == "__main__":
    main(__file__, {"r-prodlim": run}, root=HELDOUT24)
