"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Estimated marginal means in R with emmeans (Debian's ``r-cran-emmeans``) on R's ``warpbreaks``
data: a linear model of breaks on wool, tension and their interaction; ``print(emmeans(m, ~
tension))`` (``tension emmean SE df lower.CL upper.CL`` with the notes ``Results are averaged
over the levels of: wool`` and ``Confidence level used: 0.95``; emmeans also warns that the
factor is involved in an interaction), ``print(pairs(em))`` (Tukey-adjusted contrasts
``contrast estimate SE df t.ratio p.value``, ``L - M``) and ``print(contrast(em, "poly"))``
(``linear`` and ``quadratic`` polynomial contrasts).

Truth: the summaries of the three objects (``as.data.frame(summary(...))``), written to JSON by
the same R process, named ``<row>/<column>`` by the printed row label and column title
(``M/emmean``, ``L - H/t.ratio``, ``quadratic/estimate``); ``df`` and ``p.value`` optional. The
confidence level is a param.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(emmeans))
suppressMessages(library(jsonlite))
m <- lm(breaks ~ wool * tension, data = warpbreaks)
em <- emmeans(m, ~ tension)
print(em)
pr <- pairs(em)
print(pr)
po <- contrast(em, "poly")
print(po)
frame <- function(x, label) { d <- as.data.frame(summary(x)); d$row <- as.character(d[[label]]); d }
out <- list(em = frame(em, "tension"), pairs = frame(pr, "contrast"), poly = frame(po, "contrast"),
            version = as.character(packageVersion("emmeans")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, dataframe = "rows"), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "emmeans-")
    truth = Truth()
    for key, metrics in (("em", ("emmean", "SE", "lower.CL", "upper.CL")),
                         ("pairs", ("estimate", "SE", "t.ratio")),
                         ("poly", ("estimate", "SE", "t.ratio"))):
        for row in out[key]:
            for column in metrics:
                truth.add(**{f"{row['row']}/{column}": row[column]})
            truth.allow(**{f"{row['row']}/df": row["df"]})
            if "p.value" in row:
                truth.allow(**{f"{row['row']}/p.value": row["p.value"]})
    truth.write(f"emmeans {out['version']}: the summaries of emmeans(), pairs() and contrast("
                "'poly'), <row>/<column>, written to JSON by the same R process; df and p.value "
                "optional", libraries=(), params={"Confidence level used": 0.95},
                rel=5e-3, abs_tol=5e-3)  # three significant digits


if __name__ == "__main__":
    main(__file__, {"r-emmeans": run}, root=HELDOUT20)
