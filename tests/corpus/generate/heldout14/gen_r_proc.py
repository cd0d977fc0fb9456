"""HELD-OUT fixture (fourteenth half, see generate/heldout14/README.md): do not read while tuning
the parser.

ROC analysis of classifiers in R with pROC, on its ``aSAH`` data (outcome of 113 patients after
subarachnoid haemorrhage): the ROC curves of two markers (``s100b``, ``ndka``) and of a
logistic regression's fitted probabilities (``glm`` of the outcome on ``s100b``, ``ndka`` and
``age``), each ``print``ed (its call, a ``Data:`` line with the case and control counts,
``Area under the curve: 0.7314``), followed for the first and the model by ``ci.auc``
(``95% CI: 0.6301-0.8326 (DeLong)``), then DeLong's ``roc.test`` of the first marker against
the model and of the two markers (an ``htest`` print: ``Z = ..., p-value = ...``, the 95
percent confidence interval of the difference on its own line, and the ``AUC of roc1 AUC of
roc2`` sample estimates).

Truth: pROC's own objects, written to JSON by the same R process: ``auc()`` of each curve
(``Area under the curve``), ``ci.auc()`` (its lower and upper bounds as two ``95% CI`` values,
in that order), and each ``roc.test``'s ``statistic`` (``Z``), ``conf.int`` (two values of
``95 percent confidence interval``), ``estimate`` (``AUC of roc1``, ``AUC of roc2``);
``p.value`` optional (``p-value``). Judgement: the curves are different classifiers, not a
series: unstepped, sharing names, in print order; the counts of the ``Data:`` line are prose
(neither map); the ``95% CI`` line's hyphen is a range, not a minus sign.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT14, Truth, main

SCRIPT = r"""
suppressMessages(library(pROC))
suppressMessages(library(jsonlite))
data(aSAH)
model <- glm(outcome ~ s100b + ndka + age, data = aSAH, family = binomial)
curves <- list(s100b = roc(aSAH$outcome, aSAH$s100b, quiet = TRUE),
               ndka = roc(aSAH$outcome, aSAH$ndka, quiet = TRUE),
               model = roc(aSAH$outcome, fitted(model), quiet = TRUE))
out <- list(curves = list(), tests = list(), version = as.character(packageVersion("pROC")))
for (name in names(curves)) {
  r <- curves[[name]]
  print(r)
  entry <- list(auc = as.numeric(auc(r)))
  if (name != "ndka") {
    ci <- ci.auc(r)
    print(ci)
    entry$ci <- c(ci[1], ci[3])
  }
  out$curves[[length(out$curves) + 1]] <- entry
}
for (pair in list(c("s100b", "model"), c("s100b", "ndka"))) {
  t <- roc.test(curves[[pair[1]]], curves[[pair[2]]])
  print(t)
  out$tests[[length(out$tests) + 1]] <- list(
    Z = unname(t$statistic), p = t$p.value, conf = as.numeric(t$conf.int),
    est = unname(as.numeric(t$estimate)))
}
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("PROC_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="proc-"))
    (work / "roc.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "roc.R")], check=True,
                   env={**os.environ, "PROC_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for c in out["curves"]:
        truth.add(**{"Area under the curve": c["auc"]})
        for bound in c.get("ci", []):
            truth.add(**{"95% CI": bound})
    for t in out["tests"]:
        truth.add(Z=t["Z"])
        truth.allow(**{"p-value": t["p"]})
        for bound in t["conf"]:
            truth.add(**{"95 percent confidence interval": bound})
        truth.add(**{"AUC of roc1": t["est"][0], "AUC of roc2": t["est"][1]})
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"pROC {out['version']} under {r_version}: auc() and ci.auc() bounds of each "
                "curve, roc.test's statistic, conf.int and estimate; p.value optional; written "
                "to JSON by the same R process; unstepped",
                libraries=(), params=None, rel=5e-4, abs_tol=5e-5)  # 4 digits for the AUC


if __name__ == "__main__":
    main(__file__, {"r-proc": run}, root=HELDOUT14)
