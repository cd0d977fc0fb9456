"""HELD-OUT fixture (twenty-fifth half, see generate/heldout25/README.md): do not read while
tuning the parser.

Optimal cutpoints in R with cutpointr (Debian ``r-cran-cutpointr``), seeded: 300 synthetic
test scores of two classes and a subgroup column; ``cutpointr(d, score, y, metric =
sum_sens_spec)`` and a second search by subgroup maximising Youden's index
(``subgroup = g, metric = youden``), each returned tibble printed (``# A tibble: 1 × 16``,
columns ``direction optimal_cutpoint method sum_sens_spec acc sensitivity specificity AUC
pos_class neg_class prevalence outcome predictor data roc_curve boot``, wrapped over blocks;
the subgroup tibble has a ``subgroup`` column and a row per group). On a terminal pillar colours
the types and underlines digits; on a pipe plain text.

Truth, written to JSON by the same R process from the tibbles: ``optimal_cutpoint``, the
metric column (``sum_sens_spec``, ``youden``), ``acc``, ``sensitivity``, ``specificity``, ``AUC``
and ``prevalence``, per row, under the column name for the one-row tibble and as
``<subgroup>/<column>`` for the subgroup tibble's rows; ``pos_class``/``neg_class`` (the
classes) optional. The nested ``data``/``roc_curve`` columns print only their sizes.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT25, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(cutpointr))
suppressMessages(library(jsonlite))
set.seed(25)
n <- 300
y <- rep(c(0, 1), each = n / 2)
g <- sample(c("clinic_a", "clinic_b"), n, TRUE)
score <- rnorm(n, ifelse(y == 1, ifelse(g == "clinic_a", 1.3, 0.8), 0), 1)
d <- data.frame(score, y, g)
cp1 <- cutpointr(d, score, y, method = maximize_metric, metric = sum_sens_spec, silent = TRUE)
print(cp1)
cp2 <- cutpointr(d, score, y, subgroup = g, method = maximize_metric, metric = youden,
                 silent = TRUE)
print(cp2)
cols <- c("optimal_cutpoint", "acc", "sensitivity", "specificity", "AUC", "prevalence",
          "pos_class", "neg_class")
rows <- function(cp, metric) lapply(seq_len(nrow(cp)), function(i) {
  r <- lapply(c(cols, metric), function(k) as.numeric(cp[[k]][[i]]))
  names(r) <- c(cols, metric)
  if ("subgroup" %in% names(cp)) r$subgroup <- cp$subgroup[i]
  r
})
out <- list(cp1 = rows(cp1, "sum_sens_spec"), cp2 = rows(cp2, "youden"),
            version = as.character(packageVersion("cutpointr")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""

METRICS = ("optimal_cutpoint", "acc", "sensitivity", "specificity", "AUC", "prevalence")


def run() -> None:
    out = r_record(SCRIPT, "cutpointr-")
    truth = Truth()
    for metric, rows in (("sum_sens_spec", out["cp1"]), ("youden", out["cp2"])):
        for row in rows:
            prefix = f"{row['subgroup']}/" if "subgroup" in row else ""
            order = ("optimal_cutpoint", metric) + METRICS[1:]
            truth.add(**{prefix + k: row[k] for k in order})
            truth.allow(**{prefix + k: row[k] for k in ("pos_class", "neg_class")})
    truth.write(f"cutpointr {out['version']}: the returned tibbles' columns, written to JSON by "
                "the same R process", rel=5e-5, abs_tol=5e-6)  # six significant digits


if __name__ == "__main__":
    main(__file__, {"r-cutpointr": run}, root=HELDOUT25)
