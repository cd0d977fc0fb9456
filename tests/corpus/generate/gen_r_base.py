"""Base R's printing idioms, the ones every R package prints through, from real small fits run as
``Rscript`` (base R and its recommended packages only: ``stats``, ``utils``, no library call).

One script prints, in this order:

* ``print.htest`` blocks: a Welch and a pooled two-sample ``t.test``, a paired one,
  ``cor.test`` (Pearson's and Spearman's), ``chisq.test``, ``shapiro.test``, ``wilcox.test``,
  ``prop.test``, ``fisher.test``, ``kruskal.test``, ``binom.test`` (a title, ``data:``, ``t =
  -3.7671, df = 18.332, p-value = 0.001374``, the confidence interval on its own line, ``sample
  estimates:`` with a header row of names over values);
* ``power.t.test`` and ``power.prop.test``: ``key = value`` blocks under a title;
* ``summary(lm)`` and ``summary(glm)``: residual quantiles (``Min 1Q Median 3Q Max`` over one
  row), the coefficient table with significance stars and the ``Signif. codes:`` legend,
  ``Residual standard error: 2.593 on 29 degrees of freedom``, ``Multiple R-squared: ...,
  Adjusted R-squared: ...``, ``F-statistic: 69.21 on 2 and 29 DF, p-value: 9.109e-12``, the
  deviances and ``AIC:`` of the glm, ``Number of Fisher Scoring iterations: 6``;
* ``anova`` tables: of one lm, two nested lms compared (rows numbered 1, 2), the glm's
  analysis of deviance; ``summary(aov)``;
* a named numeric vector wrapped to the console's 80 columns (``coef`` of a lm on every column
  of ``mtcars``), ``print(lm)`` (its coefficients, a vector of terms), ``quantile()`` (``0%``
  .. ``100%``), ``summary()`` of a numeric vector (``Min. 1st Qu. Median ...``);
* ``predict(..., interval = "confidence")`` (a matrix with numbered rows), ``summary(nls)``,
  ``optimize`` (a list), ``summary()`` of a data frame (``Min.   :10.40   Min.   :4.000``);
* matrices with dimnames (``confint``, a correlation matrix), a contingency table
  (``table(gear = ..., cyl = ...)``: counts);
* data frames: ``AIC(fit1, fit2)`` (row names, a ``df`` column), a comparison of three models
  (row numbers and a text column naming each model), a per-epoch history (row numbers and an
  ``epoch`` column);
* bare ``[1] 156.6523`` and a long unnamed vector with ``[13]`` continuation indices;
* a list print (``$train``, ``$train$loss``, ``[1] 0.3``, ``$cv$rmse``, and ``$trace`` over a
  long vector: the loss of the gradient-descent fit after each of its first 20 epochs);
* ``str()`` of a nested list of results;
* ``cat(sprintf())`` lines: a settings line, a gradient-descent loop's ``epoch  10  loss
  0.41235  acc 0.8125``, a cross-validation's ``fold 2: rmse = 3.0412, r2 = 0.7841``, ``Test
  RMSE: 2.9120``;
* ``optim`` traces (``method = "BFGS"``, ``trace = 1``): ``initial  value 24.200000``, ``iter
  10 value 1.370040``, ``final  value 0.000000``, ``converged``; one on Rosenbrock's function,
  one fitting the logistic regression; then ``nlm``'s trace of the same fit (``print.level =
  2``: ``iteration = 3``, ``Step:``, ``Parameter:``, ``Function Value`` over ``[1] 5.564592``,
  ``Gradient:``).

Truth: written by the R script itself, from the R objects (never from the printed text), to a
side file of ``kind<TAB>name<TAB>value<TAB>step`` lines that this generator turns into
``truth.json``. What is a metric: estimates, test statistics, p-values, confidence bounds,
fit measures (residual standard error, R-squared, deviances, AIC), sums of squares and mean
squares, residual quantiles, the named vectors' and matrices' values, traced objective values,
the loop's losses and accuracies. What is not (in neither map, so a parsed one is a false
positive): degrees of freedom (``df = 18``, ``on 29 degrees of freedom``, ``Df`` and
``Res.Df`` columns, ``on 2 and 29 DF``, the ``df`` column of ``AIC()``), counts (the
contingency table's cells, ``Number of Fisher Scoring iterations``, ``int`` members of
``str()``), row numbers and vector indices, numbers with no name (a bare ``[1] 156.6523``, a
long unnamed vector), the significance codes' legend, and settings: the inputs of
``power.*.test`` (``n``, ``delta``, ``sd``, ``sig.level``, ``p1``, ``p2``) and the settings
line are ``params``; ``power`` is the computed result, a metric. Not metrics either: the
statistic of ``binom.test`` (``number of successes = 7``, a count), ``summary(df)``'s cells
(they describe the data loaded) and ``nls``'s ``Number of iterations to convergence``; its
``Achieved convergence tolerance`` is optional (measured, but named as a bound). A degrees of freedom that is
no whole number (Welch's ``df = 18.332``, estimated by Satterthwaite's formula) is optional.

Names, as printed: a test's statistic by its own name (``t``, ``X-squared``, ``W``),
``p-value``, ``95 percent confidence interval`` (both bounds, in order), each sample estimate
by its header (``mean of x``, ``cor``); a table whose rows are different things (a coefficient
table, an anova table, a matrix, a data frame with row names) as ``<row>/<column>``
(``wt/Estimate``, ``Residuals/Sum Sq``, ``(Intercept)/2.5 %``, ``fit1/AIC``); a table whose
rows are numbered 1, 2, ... and named by a text column gives ``<text>/<column>``
(``medium/r2``); one whose rows are only numbered gives each row as a step (the nested models' ``RSS`` at steps 1
and 2, ``predict``'s ``fit``, ``lwr``, ``upr`` at 1 to 3), and one with an ``epoch`` column
steps by it; a list member by its path
(``train/loss``, ``trace``), the elements of a vector longer than one at their printed index
(``$trace``'s ``[13]`` line starts step 13); ``str()`` members by path (``ic/aic``); the
``cat`` lines' pairs by their labels, stepped by ``epoch`` or ``fold``, ``Test RMSE`` as
``test/RMSE``; the traces' ``value`` at the ``iter`` printed, ``initial value`` and ``final
value`` unstepped (traced values from refits stopped at that iteration: BFGS is
deterministic); ``nlm``'s ``Function Value`` at its ``iteration`` (from refits with ``iterlim =
k``), its step, parameter and gradient vectors no metric. A p-value printed as a bound (``< 2e-16``) is only optional, at the bound.
Models and tests share names where their printed names agree (both models' ``Min`` ..
``Max``, every test's ``p-value``); they are no series, so they have no step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import Truth, main

R_SCRIPT = r"""
side <- file(commandArgs(trailingOnly = TRUE)[1], open = "w")
emit <- function(kind, name, value, step = NA) {
  for (i in seq_along(value)) {
    s <- if (length(step) == length(value)) step[i] else step[1]
    writeLines(sprintf("%s\t%s\t%.17g\t%s", kind, name, value[i],
                       if (is.na(s)) "" else format(s)), side)
  }
}
# a p-value: a metric when printed as a number, optional at the bound when printed as "< 2e-16"
emit_p <- function(name, p, bound) {
  if (is.na(p)) return(invisible())
  if (p < .Machine$double.eps) emit("optional", name, bound) else emit("metric", name, p)
}
emit_htest <- function(h) {
  print(h)
  if (!is.null(h$statistic) && !startsWith(names(h$statistic), "number of"))
    emit("metric", names(h$statistic), unname(h$statistic))
  emit_p("p-value", h$p.value, 2.2e-16)
  # a whole df is a count; Welch's (Satterthwaite's) df is estimated: neither right nor wrong
  if (!is.null(h$parameter) && h$parameter != round(h$parameter))
    emit("optional", names(h$parameter), unname(h$parameter))
  if (!is.null(h$conf.int))
    emit("metric", sprintf("%s percent confidence interval",
                           format(100 * attr(h$conf.int, "conf.level"))), as.numeric(h$conf.int))
  if (!is.null(h$estimate)) for (n in names(h$estimate)) emit("metric", n, h$estimate[[n]])
}
# a table whose rows are different things: <row>/<column>; degrees of freedom are no metric
emit_table <- function(m, skip = "Df$") {
  rows <- trimws(rownames(m))
  for (col in colnames(m)) {
    if (grepl(skip, col)) next
    for (i in seq_along(rows)) {
      v <- m[i, col]
      if (is.na(v)) next
      name <- paste0(rows[i], "/", col)
      if (startsWith(col, "Pr(")) emit_p(name, v, 2e-16) else emit("metric", name, v)
    }
  }
}
quantiles <- function(r) {
  q <- quantile(r)
  for (i in 1:5) emit("metric", c("Min", "1Q", "Median", "3Q", "Max")[i], q[[i]])
}

# --- tests ---
x <- mtcars$mpg[mtcars$am == 0]
y <- mtcars$mpg[mtcars$am == 1]
emit_htest(t.test(x, y))
emit_htest(t.test(extra ~ group, data = sleep, var.equal = TRUE))
emit_htest(t.test(sleep$extra[1:10], sleep$extra[11:20], paired = TRUE))
emit_htest(cor.test(mtcars$mpg, mtcars$wt))
emit_htest(chisq.test(margin.table(HairEyeColor, c(1, 2))))
emit_htest(shapiro.test(mtcars$mpg))
emit_htest(wilcox.test(mpg ~ am, data = mtcars, exact = FALSE))
emit_htest(prop.test(c(15, 25), c(50, 50)))
emit_htest(fisher.test(matrix(c(3, 1, 1, 3), 2)))
emit_htest(kruskal.test(Sepal.Length ~ Species, data = iris))
emit_htest(cor.test(mtcars$mpg, mtcars$wt, method = "spearman", exact = FALSE))
emit_htest(binom.test(7, 20, 0.5))  # its statistic is the count of successes: no metric

# --- power calculations: inputs are settings, the computed power a result ---
pw <- power.t.test(n = 20, delta = 1, sd = 1, sig.level = 0.05)
print(pw)
emit("metric", "power", pw$power)
for (k in c("n", "delta", "sd", "sig.level")) emit("param", k, pw[[k]])
pp <- power.prop.test(n = 50, p1 = 0.5, p2 = 0.75)
print(pp)
emit("metric", "power", pp$power)
for (k in c("p1", "p2")) emit("param", k, pp[[k]])

# --- linear model ---
fit1 <- lm(mpg ~ wt, data = mtcars)
fit2 <- lm(mpg ~ wt + hp, data = mtcars)
s <- summary(fit2)
print(s)
quantiles(residuals(fit2))
emit_table(s$coefficients)
emit("metric", "Residual standard error", s$sigma)
emit("metric", "Multiple R-squared", s$r.squared)
emit("metric", "Adjusted R-squared", s$adj.r.squared)
emit("metric", "F-statistic", s$fstatistic[["value"]])
emit_p("p-value", pf(s$fstatistic[["value"]], s$fstatistic[["numdf"]], s$fstatistic[["dendf"]],
                     lower.tail = FALSE), 2.2e-16)
a <- anova(fit2)
print(a)
emit_table(a)
a <- anova(fit1, fit2)
print(a)
for (col in c("RSS", "Sum of Sq", "F", "Pr(>F)"))
  for (i in 1:2) if (!is.na(a[i, col])) emit("metric", col, a[i, col], i)
a <- summary(aov(Sepal.Length ~ Species, data = iris))
print(a)
emit_table(a[[1]])

# --- logistic model ---
g <- glm(vs ~ mpg, family = binomial, data = mtcars)
sg <- summary(g)
print(sg)
quantiles(residuals(g, type = "deviance"))
emit_table(sg$coefficients)
emit("metric", "Null deviance", sg$null.deviance)
emit("metric", "Residual deviance", sg$deviance)
emit("metric", "AIC", sg$aic)
a <- anova(g, test = "Chisq")
print(a)
emit_table(a)

# --- named vectors, matrices, data frames ---
full <- coef(lm(mpg ~ ., data = mtcars))
print(full)
for (n in names(full)) emit("metric", n, full[[n]])
print(fit1)  # print.lm: the call and the coefficients, a named vector of terms
for (n in names(coef(fit1))) emit("metric", n, coef(fit1)[[n]])
q <- quantile(mtcars$mpg)
print(q)
for (n in names(q)) emit("metric", n, q[[n]])
sm <- summary(residuals(fit2))
print(sm)
for (n in names(sm)) emit("metric", n, sm[[n]])
ci <- confint(fit2)
print(ci)
emit_table(ci)
cm <- cor(mtcars[, c("mpg", "wt", "hp", "qsec")])
print(cm)
emit_table(cm)
print(table(gear = mtcars$gear, cyl = mtcars$cyl))  # counts: nothing to emit
ic <- AIC(fit1, fit2)
print(ic)
emit_table(ic, skip = "^df$")
pr <- predict(fit1, data.frame(wt = c(2.5, 3, 3.5)), interval = "confidence")
print(pr)  # rows numbered 1, 2, 3: steps
for (col in colnames(pr)) emit("metric", col, pr[, col], seq_len(nrow(pr)))
print(summary(mtcars[, c("mpg", "cyl", "disp")]))  # describes the data: nothing to emit
nl <- nls(mpg ~ a * exp(b * wt), data = mtcars, start = list(a = 40, b = -0.3))
snl <- summary(nl)
print(snl)
emit_table(snl$coefficients)
emit("metric", "Residual standard error", snl$sigma)
emit("optional", "Achieved convergence tolerance", snl$convInfo$finTol)  # achieved, yet a tolerance
op <- optimize(function(x) (x - 2.2)^2 + 1.3, c(0, 5))
print(op)
emit("metric", "minimum", op$minimum)
emit("metric", "objective", op$objective)
fits <- list(small = fit1, medium = fit2, full = lm(mpg ~ ., data = mtcars))
cmp <- data.frame(model = names(fits), sigma = sapply(fits, sigma),
                  r2 = sapply(fits, function(f) summary(f)$r.squared), row.names = NULL)
print(cmp)  # rows numbered, a text column naming each: <model>/<column>
for (i in seq_len(nrow(cmp)))
  for (col in c("sigma", "r2")) emit("metric", paste0(cmp$model[i], "/", col), cmp[i, col])
print(AIC(fit2))  # a number without a name: nothing to emit
print(unname(residuals(fit2)[1:20]))  # nor here

# --- a logistic regression trained by gradient descent, printed with cat(sprintf()) ---
X <- cbind(1, scale(mtcars$wt), scale(mtcars$hp))
yy <- mtcars$am
lr <- 0.05
epochs <- 60
cat(sprintf("settings: lr = %g, epochs = %d, batch = full\n", lr, epochs))
emit("param", "lr", lr)
emit("param", "epochs", epochs)
b <- c(0, 0, 0)
hist <- data.frame(epoch = integer(0), loss = numeric(0), acc = numeric(0))
for (e in 1:epochs) {
  p <- as.vector(plogis(X %*% b))
  b <- b - lr * as.vector(t(X) %*% (p - yy))
  p <- as.vector(plogis(X %*% b))
  loss <- -mean(yy * log(p) + (1 - yy) * log(1 - p))
  acc <- mean((p > 0.5) == yy)
  if (e %% 10 == 0) {
    cat(sprintf("epoch %3d  loss %.5f  acc %.4f\n", e, loss, acc))
    emit("metric", "loss", loss, e)
    emit("metric", "acc", acc, e)
    hist[nrow(hist) + 1, ] <- list(e, loss, acc)
  }
}
print(hist)
emit("metric", "loss", hist$loss, hist$epoch)
emit("metric", "acc", hist$acc, hist$epoch)
trace <- sapply(1:20, function(k) {
  bb <- c(0, 0, 0)
  for (e in seq_len(k)) bb <- bb - lr * as.vector(t(X) %*% (as.vector(plogis(X %*% bb)) - yy))
  p <- as.vector(plogis(X %*% bb))
  -mean(yy * log(p) + (1 - yy) * log(1 - p))
})

# --- cross-validation of the linear model, five folds ---
set.seed(1)
folds <- sample(rep(1:5, length.out = nrow(mtcars)))
cv_rmse <- cv_r2 <- numeric(5)
for (k in 1:5) {
  f <- lm(mpg ~ wt + hp, data = mtcars[folds != k, ])
  pred <- predict(f, mtcars[folds == k, ])
  obs <- mtcars$mpg[folds == k]
  rmse <- sqrt(mean((obs - pred)^2))
  r2 <- 1 - sum((obs - pred)^2) / sum((obs - mean(obs))^2)
  cat(sprintf("fold %d: rmse = %.4f, r2 = %.4f\n", k, rmse, r2))
  emit("metric", "rmse", rmse, k)
  emit("metric", "r2", r2, k)
  cv_rmse[k] <- rmse
  cv_r2[k] <- r2
}
res <- list(train = list(loss = loss, acc = acc),
            cv = list(rmse = mean(cv_rmse), r2 = mean(cv_r2)), trace = trace)
print(res)
emit("metric", "train/loss", loss)
emit("metric", "train/acc", acc)
emit("metric", "cv/rmse", res$cv$rmse)
emit("metric", "cv/r2", res$cv$r2)
emit("metric", "trace", trace, seq_along(trace))
test_rmse <- sqrt(mean(residuals(fit2)^2))
cat(sprintf("Test RMSE: %.4f\n", test_rmse))
emit("metric", "test/RMSE", test_rmse)
str(list(rmse = test_rmse, r2 = s$r.squared, n = nrow(mtcars), model = "lm",
         ic = list(aic = AIC(fit2), bic = BIC(fit2))))
emit("metric", "rmse", test_rmse)
emit("metric", "r2", s$r.squared)
emit("metric", "ic/aic", AIC(fit2))
emit("metric", "ic/bic", BIC(fit2))

# --- optim traces (BFGS: deterministic, so a refit stopped at iteration k has the value the
# full run printed at "iter k"; a refit that converged before k shows the line was not printed)
traced <- function(start, fn, gr, control) {
  full <- optim(start, fn, gr, method = "BFGS", control = c(control, list(trace = 1)))
  emit("metric", "initial value", fn(start))
  report <- if (is.null(control$REPORT)) 10 else control$REPORT
  for (k in seq(report, 1000, report)) {
    r <- optim(start, fn, gr, method = "BFGS", control = c(control, list(maxit = k)))
    if (r$convergence != 1) break
    emit("metric", "value", r$value, k)
  }
  emit("metric", "final value", full$value)
}
rosen <- function(x) 100 * (x[2] - x[1]^2)^2 + (1 - x[1])^2
traced(c(-1.2, 1), rosen, NULL, list())
nll <- function(b) { p <- plogis(X %*% b); -sum(yy * log(p) + (1 - yy) * log(1 - p)) }
nll_gr <- function(b) as.vector(t(X) %*% (as.vector(plogis(X %*% b)) - yy))
traced(c(0, 0, 0), nll, nll_gr, list(REPORT = 2, reltol = 1e-6))
# nlm's trace (print.level = 2): "iteration = k", then Step:, Parameter:, "Function Value" over
# "[1] 5.564592", Gradient:; nlm is deterministic too: a refit with iterlim = k has iteration k's value
nl <- nlm(nll, c(0, 0, 0), print.level = 2)
emit("metric", "Function Value", nll(c(0, 0, 0)), 0)
for (k in seq_len(nl$iterations))
  emit("metric", "Function Value", nlm(nll, c(0, 0, 0), iterlim = k)$minimum, k)
close(side)
"""


def run() -> None:
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="r-base-"))
    (work / "fit.R").write_text(R_SCRIPT)
    side = work / "truth.tsv"
    subprocess.run(["Rscript", str(work / "fit.R"), str(side)], check=True)
    truth, params = Truth(), {}
    for line in side.read_text().splitlines():
        kind, name, value, step = line.split("\t")
        if kind == "metric":
            truth.add(float(step) if step else None, **{name: float(value)})
        elif kind == "optional":
            truth.allow(**{name: float(value)})
        else:
            params.setdefault(name, float(value))
    version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"],
                             capture_output=True, text=True).stdout.strip()
    truth.write("the R objects (htest, power.htest, summary.lm/glm, anova, lm coefficients, "
                "confint, cor, AIC, a gradient-descent fit, cross-validation, optim refits), "
                "written by the R script itself to a side file; names as printed "
                f"(<row>/<column> for tables, <path> for lists and str); {version}",
                params=params, rel=5e-3, abs_tol=5e-7)  # str() and coefficient p-values: 3 digits


if __name__ == "__main__":
    main(__file__, {"r-base": run})
