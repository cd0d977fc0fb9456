"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Bootstrap resampling in R with boot (a recommended package): an ordinary nonparametric
bootstrap (``R = 500``) of a linear model of ``mtcars`` (``mpg ~ wt + hp``: its three
coefficients and its R²), ``print``ed (``ORDINARY NONPARAMETRIC BOOTSTRAP``, the call, and a
``Bootstrap Statistics :`` table ``original bias std. error`` with rows ``t1*`` .. ``t4*``),
then ``boot.ci`` of the ``wt`` coefficient and of the R² with the normal, basic, percentile
and BCa methods (``Based on 500 bootstrap replicates``, ``Intervals :``, rows ``95%   (
0.7312,  0.8996 )   ( 0.7408,  0.9066 )`` under ``Level  Normal  Basic`` and ``Level
Percentile  BCa``).

Truth: boot's own objects, written to JSON by the same R process: ``t0`` (``t<i>*/original``),
the bias and standard error as ``print.boot`` computes them from the replicates
(``colMeans(t) - t0``, ``sqrt(apply(t, 2, var))``: ``t<i>*/bias``, ``t<i>*/std. error``),
and the ``boot.ci`` intervals' bounds (``normal``, ``basic``, ``percent``, ``bca``: two values
each of ``Normal``, ``Basic``, ``Percentile``, ``BCa``, lower then upper). Judgement: the
interval columns hold two values each, named by the column, unstepped; the two ``boot.ci``
calls share names; the ``95%`` level and the replicate count are prose.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

SCRIPT = r"""
suppressMessages(library(boot))
suppressMessages(library(jsonlite))
stat <- function(d, i) {
  f <- lm(mpg ~ wt + hp, data = d[i, ])
  c(coef(f), summary(f)$r.squared)
}
set.seed(1)
b <- boot(mtcars, stat, R = 500)
print(b)
out <- list(t0 = unname(b$t0), bias = unname(colMeans(b$t) - b$t0),
            se = unname(sqrt(apply(b$t, 2, var))), ci = list(),
            version = as.character(packageVersion("boot")))
for (k in c(2, 4)) {
  ci <- boot.ci(b, index = k, type = c("norm", "basic", "perc", "bca"))
  print(ci)
  out$ci[[length(out$ci) + 1]] <- list(
    Normal = ci$normal[2:3], Basic = ci$basic[4:5], Percentile = ci$percent[4:5],
    BCa = ci$bca[4:5])
}
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("BOOT_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="boot-"))
    (work / "boot.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "boot.R")], check=True,
                   env={**os.environ, "BOOT_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for i, (t0, bias, se) in enumerate(zip(out["t0"], out["bias"], out["se"])):
        truth.add(**{f"t{i + 1}*/original": t0, f"t{i + 1}*/bias": bias,
                     f"t{i + 1}*/std. error": se})
    for ci in out["ci"]:
        for method in ("Normal", "Basic", "Percentile", "BCa"):
            for bound in ci[method]:
                truth.add(**{method: bound})
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"boot {out['version']} under {r_version}: t0, the bias and standard error "
                "as print.boot computes them from the replicates, boot.ci's bounds (two "
                "values per method); written to JSON by the same R process; unstepped",
                libraries=(), params=None, rel=5e-4, abs_tol=5e-5)  # 4 decimals in the CIs


if __name__ == "__main__":
    main(__file__, {"r-boot": run}, root=HELDOUT16)
