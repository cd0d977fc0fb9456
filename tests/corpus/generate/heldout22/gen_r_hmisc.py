"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Describing a data set in R with Hmisc (Debian's ``r-cran-hmisc``): a seeded frame of 300 runs
(``epochs``, ``lr``, ``val_acc`` with 12 missing, ``optimizer``, ``converged``) printed with
``print(describe(d))``: ``5  Variables      300  Observations`` and, between dashed rules, one
block per variable: for a number, a header row ``n  missing distinct  Info  Mean  Gmd  .05  .10``
over its values, a second row ``.25  .50  .75  .90  .95`` over theirs (R wraps the block at 80
columns), then ``lowest : 5  6  7  8  9, highest: 56 57 58 59 60``; for a factor or a logical, the
counts row, then a ``Value`` / ``Frequency`` / ``Proportion`` table.

Truth, written to JSON by the same R process: ``describe`` keeps its printed counts as formatted
text, so the statistics are recomputed from the data with the functions it uses: ``mean``,
``Hmisc::GiniMd`` (``Gmd``) and ``quantile`` (type 7, ``.05`` ... ``.95``) as ``<variable>/Mean``,
``/Gmd``, ``/.05`` ...; each level's proportion as ``<variable>/Proportion/<level>`` (the
table's row and column, as the corpus names a table's cells, under the variable's title: first
written as a series ``<variable>/Proportion`` over the levels, renamed when the half was a
development half); optional: ``n``, ``missing``, ``distinct`` and ``Info`` (the last as
``describe`` holds it), the levels' frequencies (``<variable>/Frequency/<level>``) and the
header's variable and observation counts.
The lowest and highest values are data, not statistics: in no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(Hmisc))
suppressMessages(library(jsonlite))
set.seed(22)
n <- 300
d <- data.frame(epochs = sample(5:60, n, TRUE), lr = signif(10^runif(n, -4, -1), 3),
                val_acc = round(rbeta(n, 8, 2), 4),
                optimizer = sample(c("adam", "sgd", "adamw"), n, TRUE),
                converged = sample(c(TRUE, FALSE), n, TRUE, prob = c(.8, .2)))
d$val_acc[sample(n, 12)] <- NA
x <- describe(d)
print(x)
probs <- c(.05, .10, .25, .50, .75, .90, .95)
num <- lapply(d[c("epochs", "lr", "val_acc")], function(v) {
  v <- v[!is.na(v)]
  list(mean = mean(v), gmd = GiniMd(v), q = unname(quantile(v, probs)))
})
cat <- lapply(d[c("optimizer", "converged")], function(v) {
  t <- table(v); list(levels = names(t), freq = as.vector(t), prop = as.vector(t) / sum(t))
})
counts <- lapply(x, function(e) as.list(e$counts))
out <- list(num = num, cat = cat, counts = counts,
            version = as.character(packageVersion("Hmisc")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""

QUANTILES = (".05", ".10", ".25", ".50", ".75", ".90", ".95")


def run() -> None:
    out = r_record(SCRIPT, "hmisc-", TZ="UTC")
    truth = Truth()
    truth.allow(Variables=5, Observations=300)
    for var, counts in out["counts"].items():
        for key in ("n", "missing", "distinct", "Info"):
            if key in counts:
                truth.allow(**{f"{var}/{key}": float(counts[key])})
        if var in out["num"]:
            s = out["num"][var]
            truth.add(**{f"{var}/Mean": s["mean"], f"{var}/Gmd": s["gmd"]})
            for label, q in zip(QUANTILES, s["q"]):
                truth.add(**{f"{var}/{label}": q})
        else:
            c = out["cat"][var]
            for level, freq, prop in zip(c["levels"], c["freq"], c["prop"]):
                truth.allow(**{f"{var}/Frequency/{level}": freq})
                truth.add(**{f"{var}/Proportion/{level}": prop})
    truth.write(f"Hmisc {out['version']}: describe()'s statistics recomputed in the same R "
                "process (mean, GiniMd, quantile type 7, level proportions); counts and Info "
                "optional", rel=5e-4)  # four significant digits; proportions: the rounding rule


if __name__ == "__main__":
    main(__file__, {"r-hmisc": run}, root=HELDOUT22)
