"""OPEN fixture (fifteenth half, see generate/heldout15/README.md): development material.

Survival analysis in R with survival (the recommended package of R 4.2.2), run as
``Rscript`` on the ``lung`` data it ships:

* ``summary(coxph(Surv(time, status) ~ age + sex + ph.ecog, data = lung))``: ``n= 227, number
  of events= 164``, the ``coef exp(coef) se(coef) z Pr(>|z|)`` table with stars, the ``exp(coef)
  exp(-coef) lower .95 upper .95`` table, ``Concordance= 0.637  (se = 0.025 )`` and the three
  test lines (``Likelihood ratio test= 30.5  on 3 df,   p=1e-06``, ``Wald test            =
  29.93  on 3 df,   p=1e-06``, ``Score (logrank) test = 30.5  on 3 df,   p=1e-06``);
* ``print(survfit(Surv(time, status) ~ sex, data = lung))``: one row per stratum (``sex=1 138
  112 270 212 310`` under ``n events median 0.95LCL 0.95UCL``);
* ``summary(survfit(Surv(time, status) ~ 1, data = lung), times = c(100, 200, 300, 400,
  500))``: one row per time (``time n.risk n.event survival std.err lower 95% CI upper 95%
  CI``).

Truth: the objects, written to CSV by the same R process: ``summary.coxph``'s
``coefficients`` (``<term>/coef``, ``<term>/exp(coef)``, ``<term>/se(coef)``, ``<term>/z``;
``Pr(>|z|)`` optional) and ``conf.int`` (``<term>/exp(coef)`` again, as printed twice,
``<term>/exp(-coef)``, ``<term>/lower .95``, ``<term>/upper .95``), ``concordance``
(``Concordance``; its ``se`` optional), ``logtest``, ``waldtest``, ``sctest`` (the statistic
under the line's label; ``df`` and ``p`` optional); ``summary(survfit)$table`` for the strata
(``<stratum>/median``, ``<stratum>/0.95LCL``, ``<stratum>/0.95UCL``; ``n`` and ``events``
optional); and the ``times`` summary's ``surv``, ``std.err``, ``lower``, ``upper`` as
``survival``, ``std.err``, ``lower 95% CI``, ``upper 95% CI`` at the step ``time`` (``n.risk``,
``n.event`` optional). Optional too: ``n`` and ``number of events`` of the Cox model.
Judgement: the coefficient tables are tables of different things (``<term>/<column>``); the
``times`` table is one series over time; the tests' p-values are printed as bounds.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT15, Truth, main

TIMES = [100, 200, 300, 400, 500]

R_SCRIPT = r"""
out <- commandArgs(trailingOnly = TRUE)[1]
suppressMessages(library(survival))
w <- function(df, name) write.csv(df, file.path(out, name), row.names = FALSE)
fit <- coxph(Surv(time, status) ~ age + sex + ph.ecog, data = lung)
s <- summary(fit)
print(s)
co <- s$coefficients
ci <- s$conf.int
w(data.frame(term = rownames(co), coef = co[, 1], exp = co[, 2], se = co[, 3], z = co[, 4],
             p = co[, 5], exp2 = ci[, 1], nexp = ci[, 2], lo = ci[, 3], hi = ci[, 4]),
  "cox_coef.csv")
w(data.frame(n = s$n, events = s$nevent, C = s$concordance[1], seC = s$concordance[2],
             lr = s$logtest[1], lr_df = s$logtest[2], lr_p = s$logtest[3],
             wald = s$waldtest[1], wald_df = s$waldtest[2], wald_p = s$waldtest[3],
             sc = s$sctest[1], sc_df = s$sctest[2], sc_p = s$sctest[3]), "cox_fit.csv")
sf <- survfit(Surv(time, status) ~ sex, data = lung)
cat("\n")
print(sf)
tab <- summary(sf)$table
w(data.frame(stratum = rownames(tab), n = tab[, "n.start"], events = tab[, "events"],
             median = tab[, "median"], lcl = tab[, "0.95LCL"], ucl = tab[, "0.95UCL"]),
  "strata.csv")
times <- as.numeric(strsplit(commandArgs(trailingOnly = TRUE)[2], ",")[[1]])
cat("\n")
st <- summary(survfit(Surv(time, status) ~ 1, data = lung), times = times)
print(st)
w(data.frame(time = st$time, n.risk = st$n.risk, n.event = st$n.event, surv = st$surv,
             se = st$std.err, lower = st$lower, upper = st$upper), "times.csv")
"""


def read_csv(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open() as f:
        return list(csv.DictReader(f))


def run() -> None:
    import subprocess
    import tempfile

    truth = Truth()
    work = Path(tempfile.mkdtemp(prefix="r-survival-"))
    (work / "surv.R").write_text(R_SCRIPT)
    subprocess.run(["Rscript", str(work / "surv.R"), str(work), ",".join(map(str, TIMES))],
                   check=True)
    for row in read_csv(work / "cox_coef.csv"):
        t = row["term"]
        truth.add(**{f"{t}/coef": float(row["coef"]), f"{t}/exp(coef)": float(row["exp"]),
                     f"{t}/se(coef)": float(row["se"]), f"{t}/z": float(row["z"])})
        truth.allow(**{f"{t}/Pr(>|z|)": float(row["p"])})
    for row in read_csv(work / "cox_coef.csv"):
        t = row["term"]
        truth.add(**{f"{t}/exp(coef)": float(row["exp2"]), f"{t}/exp(-coef)": float(row["nexp"]),
                     f"{t}/lower .95": float(row["lo"]), f"{t}/upper .95": float(row["hi"])})
    fit = read_csv(work / "cox_fit.csv")[0]
    truth.allow(**{"n": float(fit["n"]), "number of events": float(fit["events"]),
                   "se": float(fit["seC"])})
    truth.add(Concordance=float(fit["C"]))
    for key, label in (("lr", "Likelihood ratio test"), ("wald", "Wald test"),
                       ("sc", "Score (logrank) test")):
        truth.add(**{label: float(fit[key])})
        truth.allow(df=float(fit[f"{key}_df"]), p=float(fit[f"{key}_p"]))
    for row in read_csv(work / "strata.csv"):
        st = row["stratum"]
        truth.allow(**{f"{st}/n": float(row["n"]), f"{st}/events": float(row["events"])})
        truth.add(**{f"{st}/median": float(row["median"]), f"{st}/0.95LCL": float(row["lcl"]),
                     f"{st}/0.95UCL": float(row["ucl"])})
    for row in read_csv(work / "times.csv"):
        truth.add(float(row["time"]), survival=float(row["surv"]), **{
            "std.err": float(row["se"]), "lower 95% CI": float(row["lower"]),
            "upper 95% CI": float(row["upper"])})
        truth.allow(**{"n.risk": float(row["n.risk"]), "n.event": float(row["n.event"])})
    version = subprocess.run(["Rscript", "-e", 'cat(R.version.string, "; survival",'
                              ' format(packageVersion("survival")))'],
                             capture_output=True, text=True).stdout.strip()
    truth.write("R survival objects written to CSV by the same R process: summary.coxph "
                "coefficients, conf.int, concordance, logtest/waldtest/sctest statistics; "
                "summary(survfit)$table per stratum; the times summary's surv, std.err, "
                f"lower, upper at each time; counts, df and p optional; {version}",
                libraries=(), rel=1e-3, abs_tol=5e-4)  # 3-4 significant digits


if __name__ == "__main__":
    main(__file__, {"r-survival": run}, root=HELDOUT15)
