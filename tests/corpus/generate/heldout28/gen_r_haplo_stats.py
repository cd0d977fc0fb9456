"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Haplotype frequencies by EM in R with haplo.stats (Debian ``r-cran-haplo.stats``): ``haplo.em``
on the package's ``hla.demo`` genotypes, first with three loci (DQB, DRB, B), then with two (DRB,
B), seeded; each fit printed (``print(em, nlines = 8)``: boxed ``Haplotypes`` table ``DQB DRB B
hap.freq``, ``Details`` with ``lnlike = ...`` and ``lr stat for no LD = ... , df = ... , p-val =
...``) and summarised (``summary(em, nlines = 4)``: a boxed table ``subj.id hap1 hap2 posterior``
and a table of haplotype-pair counts).

Truth, written to JSON by the same R process from the fit objects: ``<row>/hap.freq`` (the row
number R prints, the first 8 rows of ``hap.prob`` in the printed order), ``lnlike`` (a metric,
one value a fit), ``lr stat for no LD`` (a test statistic; optional, with ``df`` and ``p-val``),
``<row>/posterior`` for the first 4 rows of the subject table (``post`` in the order of
``subj.id``). The haplotype codes and allele labels are not metrics; the pair-count table has no
truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(haplo.stats))
suppressMessages(library(jsonlite))
data(hla.demo)
sets <- list(list(cols = c(17, 18, 21:24), labels = c("DQB", "DRB", "B")),
             list(cols = 21:24, labels = c("DRB", "B")))
rec <- lapply(sets, function(s) {
  geno <- as.matrix(hla.demo[, s$cols])
  set.seed(28)
  em <- haplo.em(geno, locus.label = s$labels, miss.val = c(0, NA))
  print(em, nlines = 8)
  summary(em, nlines = 4)
  list(hap = em$hap.prob[1:8], lnlike = em$lnlike, lr = em$lr, df = em$df.lr,
       pval = 1 - pchisq(em$lr, em$df.lr),
       post = em$post[1:4])
})
writeLines(toJSON(list(fits = rec, version = as.character(packageVersion("haplo.stats"))),
                  digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "haplo-")
    truth = Truth()
    for fit in out["fits"]:
        for row, value in enumerate(fit["hap"], 1):
            truth.add(**{f"{row}/hap.freq": value})
        truth.add(lnlike=fit["lnlike"][0])
        truth.allow(**{"lr stat for no LD": fit["lr"][0], "df": fit["df"][0],
                     "p-val": fit["pval"][0]})
        for row, value in enumerate(fit["post"], 1):
            truth.add(**{f"{row}/posterior": value})
    truth.write(f"haplo.stats {out['version'][0]}: hap.prob, lnlike, lr, df.lr and post of each "
                "haplo.em fit, written to JSON by the same R process",
                rel=1e-6, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"r-haplo-stats": run}, root=HELDOUT28)
