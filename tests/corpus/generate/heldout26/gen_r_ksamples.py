"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

k-sample rank and distance tests in R with kSamples (Debian ``r-cran-ksamples``), seeded: two
data sets (three normal samples of 20, 25 and 18; two exponential samples of 15 and 22). The
script prints ``ad.test.combined`` of both (``Combination of Anderson-Darling K-Sample Tests``:
per data set ``for data set 1 we get`` and a table ``AD T.AD asympt. P-value`` by ``version 1:``
and ``version 2:``, then ``Combined Anderson-Darling Criterion``, ``Mean = 3    Standard
deviation = 1.26527`` and a table ``AD.comb T.comb asympt. P-value``), then the
Jonckheere-Terpstra test of the first set (``test statistic mu sig asympt. P-value`` as a named
vector), the Kruskal-Wallis (``qn.test(test = "KW")``) test of both sets, the van der Waerden
test of the first and the normal-scores test of the second (``test statistic asympt.
P-value``). Each block states the number of samples, their sizes and ties.

Truth, written to JSON by the same R process from the test objects: the per-set statistics as
``data set <i>/version <v>/AD`` and ``.../T.AD`` (``ad.list``), the combined ones as
``version <v>/AD.comb`` and ``version <v>/T.comb`` (``ad.c``), the four rank tests' statistics
under the printed ``test statistic`` (one series, in print order: ``JT[1]``, then ``qn[1]`` of
each); optional: every p-value (``asympt. P-value``, the per-set ones under their section), the
null moments (``mu``, ``sig``, ``Mean``, ``Standard deviation`` of the combined criterion, ``Mean
of Anderson-Darling Criterion``, ``Standard deviation of Anderson-Darling Criterion``), the
sample counts, sizes and ties.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(kSamples))
suppressMessages(library(jsonlite))
set.seed(26)
x <- list(rnorm(20), rnorm(25, 0.5), rnorm(18, 0.2, 1.5))
y <- list(rexp(15), rexp(22, 0.7))
comb <- ad.test.combined(x, y); print(comb)
jt <- jt.test(x); print(jt)
kw1 <- qn.test(x, test = "KW"); print(kw1)
kw2 <- qn.test(y, test = "KW"); print(kw2)
vdw <- qn.test(x, test = "vdW"); print(vdw)
ns <- qn.test(y, test = "NS"); print(ns)
tab <- function(m) lapply(seq_len(nrow(m)), function(i) unname(m[i, ]))
rec <- list(sets = lapply(comb$ad.list, tab), comb = tab(comb$ad.c),
            mu = comb$mu, sig = comb$sig, mu_c = comb$mu.c, sig_c = comb$sig.c,
            jt = unname(jt$JT), qn = lapply(list(kw1, kw2, vdw, ns), function(t) unname(t$qn)),
            version = as.character(packageVersion("kSamples")))
writeLines(toJSON(rec, digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "ksamples-")
    truth = Truth()
    for i, rows in enumerate(out["sets"], 1):
        truth.allow(**{"Mean of Anderson-Darling Criterion": out["mu"][i - 1],
                       "Standard deviation of Anderson-Darling Criterion": out["sig"][i - 1]})
        for v, (ad, tad, p) in enumerate(rows, 1):
            truth.add(**{f"data set {i}/version {v}/AD": ad, f"data set {i}/version {v}/T.AD": tad})
            truth.allow(**{f"data set {i}/version {v}/asympt. P-value": p})
    truth.allow(Mean=out["mu_c"][0], **{"Standard deviation": out["sig_c"][0]})
    for v, (ad, tad, p) in enumerate(out["comb"], 1):
        truth.add(**{f"version {v}/AD.comb": ad, f"version {v}/T.comb": tad})
        truth.allow(**{f"version {v}/asympt. P-value": p})
    stat, mu, sig, p = out["jt"]
    truth.add(**{"test statistic": stat})
    truth.allow(mu=mu, sig=sig, **{"asympt. P-value": p})
    for stat, p in out["qn"]:
        truth.add(**{"test statistic": stat})
        truth.allow(**{"asympt. P-value": p})
    for sizes in ((20, 25, 18), (15, 22)):
        truth.allow(**{"Number of samples": len(sizes), "Number of ties": 0})
    truth.write(f"kSamples {out['version'][0]}: ad.test.combined's ad.list, ad.c, mu, sig; "
                "jt.test's JT; qn.test's qn; written to JSON by the same R process",
                rel=5e-4, abs_tol=5e-4)  # three or four decimals


if __name__ == "__main__":
    main(__file__, {"r-ksamples": run}, root=HELDOUT26)
