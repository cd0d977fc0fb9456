"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Model quality indices in R with performance (easystats; Debian's ``r-cran-performance``), on
``mtcars``: ``model_performance()`` of a linear model (a pipe-separated table ``AIC | AICc | BIC |
R2 | R2 (adj.) | RMSE | Sigma``), ``compare_performance()`` of it and a larger linear model (rows
by model name, cells such as ``156.7 (0.004)``: an information criterion with its Akaike
weight), and ``model_performance()`` of a logistic model (``Tjur's R2``, ``Log_loss``,
``Score_log``, ``Score_spherical``, ``PCP``). On a terminal the tables' titles are coloured; the
pipe capture (titles plain, all else the same) was removed by hand to keep the tool's share of
the half small (see the README).

Truth: the returned data frames, written to JSON by the same R process. A one-row index table
gives each index under its printed column title; the comparison gives ``<model>/<column>``, a
criterion and its weight sharing the printed title (``m1/AIC (weights)``, two values). The
column titles are the printer's for the frames' columns (``R2_adjusted`` is printed ``R2
(adj.)``, ``R2_Tjur`` ``Tjur's R2``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(performance))
suppressMessages(library(jsonlite))
m1 <- lm(mpg ~ wt + hp, data = mtcars)
m2 <- lm(mpg ~ wt * hp + qsec, data = mtcars)
g <- glm(am ~ wt + hp, data = mtcars, family = binomial)
p1 <- model_performance(m1)
print(p1)
cp <- compare_performance(m1, m2)
print(cp)
pg <- model_performance(g)
print(pg)
plain <- function(d) { d <- as.data.frame(d); attributes(d) <- attributes(d)[c("names", "row.names", "class")]; d }
out <- list(p1 = plain(p1), cp = plain(cp), pg = plain(pg),
            version = as.character(packageVersion("performance")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, dataframe = "rows"), Sys.getenv("R_RECORD"))
"""

TITLES = {"AIC": "AIC", "AICc": "AICc", "BIC": "BIC", "R2": "R2", "R2_adjusted": "R2 (adj.)",
          "RMSE": "RMSE", "Sigma": "Sigma", "R2_Tjur": "Tjur's R2", "Log_loss": "Log_loss",
          "Score_log": "Score_log", "Score_spherical": "Score_spherical", "PCP": "PCP"}


def run() -> None:
    out = r_record(SCRIPT, "performance-")
    truth = Truth()
    for key, value in out["p1"][0].items():
        truth.add(**{TITLES[key]: value})
    for row in out["cp"]:
        for key, value in row.items():
            if key in ("Name", "Model"):
                continue
            title = TITLES[key.removesuffix("_wt")]
            if key.endswith("_wt"):
                title += " (weights)"
            elif f"{key}_wt" in row:
                title += " (weights)"
            truth.add(**{f"{row['Name']}/{title}": value})
    for key, value in out["pg"][0].items():
        truth.add(**{TITLES[key]: value})
    truth.write(f"performance {out['version']}: the data frames model_performance(), "
                "and compare_performance() return, under the printer's "
                "column titles, <model>/<column> in the comparison, written to JSON by the "
                "same R process", libraries=(),
                rel=1e-3, abs_tol=5e-3)  # two or three decimals


if __name__ == "__main__":
    main(__file__, {"r-performance": run}, root=HELDOUT20)
