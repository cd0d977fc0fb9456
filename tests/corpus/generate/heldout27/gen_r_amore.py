"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Feed-forward networks in R with AMORE (Debian ``r-cran-amore``), seeded: three nets trained by
adaptive gradient descent with momentum (``ADAPTgdwm``) on a smooth two-input surface with
``report = TRUE``: a 2-5-1 tansig net on the LMS criterion (six reports, every 20 epochs), a
2-4-1 sigmoid net on LMLS with a validation set (five reports, every 25 epochs), and a 2-6-1
tansig net on LMS with a validation set (five reports, every 30 epochs). AMORE prints
``index.show: 1 LMS 0.242999054386269`` without a validation set, and ``index.show: 1 LMLS
\tTRAIN: 0.0890... \tVAL: 0.1243... \t BEST NET`` with one.

Truth, written to JSON by the same R process: each fit's ``Merror`` matrix (one row a report;
the training error, and the validation error in a second column when there is a validation
set), at the ``index.show`` the line states (restarting for each net); without a validation set
under the criterion's name the line prints (``LMS``), with one under the printed labels
``TRAIN`` and ``VAL``. The training settings (learning rate, momentum, epochs) are not printed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main, r_record

SCRIPT = r"""
suppressMessages({library(AMORE); library(jsonlite)})
set.seed(27)
x <- matrix(runif(120, -1, 1), ncol = 2)
y <- matrix(sin(2 * x[, 1]) * x[, 2], ncol = 1)
fit <- function(layers, crit, hidden, show, shows, val) {
  net <- newff(n.neurons = layers, learning.rate.global = 0.02, momentum.global = 0.5,
               error.criterium = crit, Stao = NA, hidden.layer = hidden,
               output.layer = "purelin", method = "ADAPTgdwm")
  if (val) {
    res <- train(net, x[1:40, ], y[1:40, , drop = FALSE], Pval = x[41:60, ],
                 Tval = y[41:60, , drop = FALSE], error.criterium = crit, report = TRUE,
                 show.step = show, n.shows = shows)
  } else {
    res <- train(net, x, y, error.criterium = crit, report = TRUE, show.step = show,
                 n.shows = shows)
  }
  list(crit = crit, merror = unname(split(res$Merror, row(res$Merror))))
}
rec <- list(runs = list(fit(c(2, 5, 1), "LMS", "tansig", 20, 6, FALSE),
                        fit(c(2, 4, 1), "LMLS", "sigmoid", 25, 5, TRUE),
                        fit(c(2, 6, 1), "LMS", "tansig", 30, 5, TRUE)),
            version = as.character(packageVersion("AMORE")))
writeLines(toJSON(rec, digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "amore-")
    truth = Truth()
    for fit in out["runs"]:
        for i, row in enumerate(fit["merror"], start=1):
            if len(row) == 1:
                truth.add(at=i, **{fit["crit"][0]: row[0]})
            else:
                truth.add(at=i, TRAIN=row[0], VAL=row[1])
    truth.write(f"AMORE {out['version'][0]}: each train() result's Merror matrix, written to "
                "JSON by the same R process", rel=1e-9, abs_tol=1e-15)


if __name__ == "__main__":
    main(__file__, {"r-amore": run}, root=HELDOUT27)
