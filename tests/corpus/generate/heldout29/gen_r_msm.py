"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

Multi-state Markov models in R with msm (Debian ``r-cran-msm``): the package's heart-transplant
``cav`` data (four states, death absorbing and exactly observed), a model with the usual
four-state intensity matrix, then its print (``Maximum likelihood estimates``, ``Transition
intensities`` by ``State 1 - State 2`` under ``Baseline``, each ``estimate (lower, upper)``, and
``-2 * log-likelihood:  ...``), the five-year transition probability matrix (``pmatrix.msm(fit, t
= 5)``, a 4 x 4 matrix with ``State 1`` ... headers) and the mean sojourn times (``sojourn.msm``,
``estimates SE L U`` by state).

Truth, written to JSON by the same R process: ``qmatrix.msm(fit)``'s estimates of the allowed
transitions as ``<from> - <to>/Baseline`` (its confidence limits ``L``, ``U`` optional under the
same name: they are printed in parentheses after the estimate, unlabelled); ``fit$minus2loglik``
as ``-2 * log-likelihood``; the probability matrix as ``<row state>/<column state>``; the
sojourn table as ``<state>/estimates`` and ``<state>/SE`` (``L`` and ``U`` optional: interval
bounds).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT29, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(msm))
suppressMessages(library(jsonlite))
Q <- rbind(c(0, 0.25, 0, 0.25), c(0.166, 0, 0.166, 0.166), c(0, 0.25, 0, 0.25), c(0, 0, 0, 0))
fit <- msm(state ~ years, subject = PTNUM, data = cav, qmatrix = Q, deathexact = 4)
print(fit)
P <- pmatrix.msm(fit, t = 5)
print(P)
so <- sojourn.msm(fit)
print(so)
q <- qmatrix.msm(fit)
allowed <- which(Q > 0, arr.ind = TRUE)
allowed <- rbind(allowed, cbind(row = 1:3, col = 1:3))
allowed <- allowed[order(allowed[, 1], allowed[, 2]), ]
states <- rownames(q$estimates)
rec <- list(
  q = lapply(seq_len(nrow(allowed)), function(i) {
    r <- allowed[i, 1]; c <- allowed[i, 2]
    list(name = paste(states[r], "-", states[c]), est = q$estimates[r, c],
         L = q$L[r, c], U = q$U[r, c])
  }),
  m2ll = fit$minus2loglik,
  P = list(rows = rownames(P), cols = colnames(P),
           values = lapply(seq_len(nrow(P)), function(i) unname(as.numeric(P[i, ])))),
  so = list(rows = rownames(so), cols = colnames(so),
            values = lapply(seq_len(nrow(so)), function(i) unname(as.numeric(so[i, ])))),
  version = as.character(packageVersion("msm")))
writeLines(toJSON(rec, digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "msm-")
    truth = Truth()
    for q in out["q"]:
        name = f"{q['name'][0]}/Baseline"
        truth.add(**{name: q["est"][0]})
        truth.allow(**{name: q["L"][0]})
        truth.allow(**{name: q["U"][0]})
    truth.add(**{"-2 * log-likelihood": out["m2ll"][0]})
    P = out["P"]
    for row, values in zip(P["rows"], P["values"]):
        truth.add(**{f"{row}/{col}": v for col, v in zip(P["cols"], values)})
    so = out["so"]
    for row, values in zip(so["rows"], so["values"]):
        cells = dict(zip(so["cols"], values))
        truth.add(**{f"{row}/estimates": cells["estimates"], f"{row}/SE": cells["SE"]})
        truth.allow(**{f"{row}/L": cells["L"], f"{row}/U": cells["U"]})
    truth.write(f"msm {out['version'][0]}: qmatrix.msm, minus2loglik, pmatrix.msm(t = 5) and "
                "sojourn.msm of the fit, written to JSON by the same R process",
                rel=5e-4, abs_tol=5e-8)


if __name__ == "__main__":
    main(__file__, {"r-msm": run}, root=HELDOUT29)
