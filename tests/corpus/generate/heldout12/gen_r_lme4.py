"""HELD-OUT fixture (twelfth half, see generate/heldout12/README.md): do not read while tuning
the parser.

Mixed-effects models in R with lme4 (Debian's ``r-base-core`` 4.2.2 and ``r-cran-lme4``
1.1-31), run as ``Rscript`` with the script's stdout and stderr, as its vignette does with the
data it ships: ``print(summary(lmer(Reaction ~ Days + (Days | Subject), sleepstudy)))`` (REML
criterion, scaled residuals, random-effects and fixed-effects tables, correlation of fixed
effects), ``print(anova(m0, m1))`` (a likelihood-ratio test of two models, refitted by ML) and
``print(summary(glmer(...)))`` of a binomial model on ``cbpp`` (``AIC BIC logLik deviance
df.resid`` and a fixed-effects table with p-values).

Truth: the fitted objects, turned into (name, value, kind) rows by the same R process and
written to CSV: ``REMLcrit()`` (``REML criterion at convergence``); ``VarCorr()``
(``<group>/<name>/Variance`` and ``<group>/<name>/Std.Dev.``, the printed group and name
columns, outer first, as a nested index is named, or ``Residual``); ``coef(summary())``
(``<term>/Estimate``, ``<term>/Std. Error``, ``<term>/t value`` or ``z value``,
``<term>/Pr(>|z|)``); the GLMM summary's ``AICtab`` (``AIC``,
``BIC``, ``logLik``, ``deviance``); the anova data frame (``<model>/AIC``, ``BIC``,
``logLik``, ``deviance``, ``Chisq``, ``Pr(>Chisq)``). Optional: the scaled residuals'
quantiles (``Min``, ``1Q``, ``Median``, ``3Q``, ``Max``), the random-effect correlation
(``<group>/<name>/Corr``), the correlation of fixed effects (``<row>/<column>`` under R's
``abbreviate`` of the column names, as printed), ``df.resid``, ``npar``, ``Df`` and ``Number
of obs``. Judgement: a table's rows are different things, so ``<row>/<column>``; names repeat
across models (the GLMM's ``(Intercept)/Estimate``), unstepped. The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT12, Truth, main

SETTINGS = {"lmm": "Reaction ~ Days + (Days | Subject)", "null": "Reaction ~ 1 + (Days | Subject)",
            "glmm": "cbind(incidence, size - incidence) ~ period + (1 | herd)",
            "family": "binomial"}

R_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
suppressMessages(library(lme4))
rows <- data.frame(name = character(), value = numeric(), kind = character())
add <- function(name, value, kind = "metric") {
  rows[nrow(rows) + 1, ] <<- list(name, as.numeric(value), kind)
}
residual_quantiles <- function(m) {
  q <- quantile(residuals(m, type = "pearson", scaled = TRUE))
  for (i in seq_along(q)) add(c("Min", "1Q", "Median", "3Q", "Max")[i], q[[i]], "optional")
}
random_effects <- function(m) {
  vc <- as.data.frame(VarCorr(m))
  for (i in seq_len(nrow(vc))) {
    if (is.na(vc$var2[i])) {
      label <- if (vc$grp[i] == "Residual") "Residual" else paste0(vc$grp[i], "/", vc$var1[i])
      add(paste0(label, "/Variance"), vc$vcov[i])
      add(paste0(label, "/Std.Dev."), vc$sdcor[i])
    } else {
      add(paste0(vc$grp[i], "/", vc$var2[i], "/Corr"), vc$sdcor[i], "optional")
    }
  }
}
fixed_effects <- function(m) {
  cf <- coef(summary(m))
  for (term in rownames(cf)) for (col in colnames(cf)) {
    add(paste0(term, "/", col), cf[term, col])
  }
  cr <- cov2cor(as.matrix(vcov(m)))
  short <- abbreviate(colnames(cr), minlength = 6)
  for (i in seq_len(nrow(cr))[-1]) for (j in seq_len(i - 1)) {
    add(paste0(rownames(cr)[i], "/", short[j]), cr[i, j], "optional")
  }
  add("Number of obs", nobs(m), "optional")
}
cat("### linear mixed model\n")
m1 <- lmer(as.formula(args[2]), sleepstudy)
print(summary(m1))
add("REML criterion at convergence", REMLcrit(m1))
residual_quantiles(m1)
random_effects(m1)
fixed_effects(m1)
cat("\n### likelihood-ratio test against the model without a fixed slope\n")
m0 <- lmer(as.formula(args[3]), sleepstudy)
a <- anova(m0, m1)
print(a)
for (model in rownames(a)) {
  for (col in c("AIC", "BIC", "logLik", "deviance", "Chisq", "Pr(>Chisq)")) {
    if (!is.na(a[model, col])) add(paste0(model, "/", col), a[model, col])
  }
  add(paste0(model, "/npar"), a[model, "npar"], "optional")
  if (!is.na(a[model, "Df"])) add(paste0(model, "/Df"), a[model, "Df"], "optional")
}
cat("\n### generalised linear mixed model\n")
g <- glmer(as.formula(args[4]), data = cbpp, family = args[5])
print(summary(g))
tab <- summary(g)$AICtab  # what the summary prints (its deviance is -2 logLik)
for (col in c("AIC", "BIC", "logLik", "deviance")) add(col, tab[[col]])
add("df.resid", tab[["df.resid"]], "optional")
residual_quantiles(g)
random_effects(g)
fixed_effects(g)
write.csv(rows, file.path(out, "truth.csv"), row.names = FALSE)
"""


def run() -> None:
    import csv
    import os
    import subprocess
    import tempfile

    s = SETTINGS
    truth = Truth()
    work = Path(tempfile.mkdtemp(prefix="r-lme4-"))
    (work / "lme4.R").write_text(R_SCRIPT)
    print("settings: " + "; ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    env = {**os.environ, "TZ": "UTC"}
    subprocess.run(["Rscript", str(work / "lme4.R"), str(work), s["lmm"], s["null"], s["glmm"],
                    s["family"]], check=True, env=env)
    with (work / "truth.csv").open() as f:
        for row in csv.DictReader(f):
            if row["kind"] == "metric":
                truth.add(**{row["name"]: float(row["value"])})
            else:
                truth.allow(**{row["name"]: float(row["value"])})
    version = subprocess.run(["Rscript", "-e", 'cat(R.version.string, "; lme4",'
                              ' format(packageVersion("lme4")))'],
                             capture_output=True, text=True, env=env).stdout.strip()
    truth.write("R lme4 fits turned into (name, value) rows by the same R process: REMLcrit, "
                "VarCorr (<group>/<name>/Variance, /Std.Dev.; Residual/...), "
                "coef(summary()) (<term>/<column>), "
                "AIC/BIC/logLik/deviance, anova (<model>/<column>); residual quantiles, "
                f"correlations, counts optional; settings = params; {version}",
                libraries=(), params=s, rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"r-lme4": run}, root=HELDOUT12)
