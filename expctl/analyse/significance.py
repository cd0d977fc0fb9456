"""Whether two groups differ: Welch's and Student's t-tests with Hedges' g and the interval of the
difference, the Mann-Whitney U test, and Holm's adjustment for several comparisons.

Sources: Welch, B. L. (1947), Biometrika 34:28-35; Satterthwaite, F. E. (1946), Biometrics
Bulletin 2:110-114; Hedges, L. V. & Olkin, I. (1985), *Statistical Methods for Meta-Analysis*,
ch. 5; Mann, H. B. & Whitney, D. R. (1947), Annals of Mathematical Statistics 18:50-60; Holm, S.
(1979), Scandinavian Journal of Statistics 6:65-70.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from ..errors import ExpctlError, UsageError
from ..models import Record
from .distributions import INF, NAN, t_p_value, t_ppf
from .summary import (
    Summary, average_ranks, check_alternative, check_confidence, finite_values, mean_var,
    scale_exponent, scaled, summarize, summary_of,
)


class TTest(Record):
    """Two-sample t-test of mean(x) - mean(y): `diff` is that difference, `se` its standard error,
    (`ci_low`, `ci_high`) its confidence interval (one-sided ones are open: -inf or inf), `t`,
    degrees of freedom `df`, `p`, Hedges' g (same sign as `diff`); `x` and `y` are `Summary`s."""

    t: float
    df: float
    p: float
    diff: float
    se: float
    ci_low: float
    ci_high: float
    hedges_g: float
    x: Summary
    y: Summary
    alternative: str
    equal_var: bool
    confidence: float


class MannWhitney(Record):
    """Mann-Whitney U test: `u` is U for x (pairs with x > y, ties counting one half), `p`, the
    `method` used ("exact" or "asymptotic"), the rank-biserial correlation 2U/(n_x n_y) - 1 (positive
    when x tends to be larger), and the two `Summary`s."""

    u: float
    p: float
    method: str
    rank_biserial: float
    x: Summary
    y: Summary
    alternative: str


def _two_samples(x: Iterable[float], y: Iterable[float], minimum: int, test: str):
    """Both samples without NaN/inf, each with at least `minimum` values, else a clear error."""
    x_kept, x_dropped = finite_values(x)
    y_kept, y_dropped = finite_values(y)
    for label, kept, dropped in (("first", x_kept, x_dropped), ("second", y_kept, y_dropped)):
        if len(kept) < minimum:
            extra = f" ({dropped} NaN or infinite excluded)" if dropped else ""
            raise ExpctlError(
                f"the {label} group has {len(kept)} value{'s' if len(kept) != 1 else ''}{extra}; "
                f"{test} needs at least {minimum} in each group",
                hint="select more runs (several seeds per setting), or compare fewer groups",
            )
    return x_kept, x_dropped, y_kept, y_dropped


def ttest_ind(
    x: Iterable[float], y: Iterable[float], equal_var: bool = False,
    alternative: str = "two-sided", confidence: float = 0.95,
) -> TTest:
    """Welch's (default) or Student's (`equal_var`) t-test for mean(x) - mean(y).

    Contracts: each sample needs two finite values (else `ExpctlError`); NaN/inf are excluded and
    counted in the summaries. `alternative` "less" tests mean(x) < mean(y), "greater" the opposite.
    - Zero variance in one sample: fine (Welch's df is then n - 1 of the other sample).
    - Zero variance in both: t is +-inf and p is 0 if the means differ; t and p are NaN if the
      samples are the same constant. Welch–Satterthwaite's df is 0/0 there and is reported as
      n_x + n_y - 2; the interval collapses to the difference.
    - Identical samples: diff 0, t 0, p 1 (two-sided).
    Statistics are computed on samples rescaled by a common power of two, so any magnitude works.
    """
    check_alternative(alternative)
    check_confidence(confidence)
    xs, x_dropped, ys, y_dropped = _two_samples(x, y, 2, "a t-test")
    exponent = scale_exponent(xs, ys)
    (mx, vx), (my, vy) = mean_var(scaled(xs, exponent)), mean_var(scaled(ys, exponent))
    nx, ny = len(xs), len(ys)
    if equal_var:
        df, se = _student_df_se(vx, nx, vy, ny)
    else:
        df, se = _welch_df_se(vx, nx, vy, ny)
    diff = mx - my
    t = diff / se if se > 0 else (NAN if diff == 0 else math.copysign(INF, diff))
    p = t_p_value(t, df, alternative)
    low, high = _mean_difference_interval(diff, se, df, alternative, confidence)
    summaries = (summary_of(xs, x_dropped, mx, vx, exponent, confidence),
                 summary_of(ys, y_dropped, my, vy, exponent, confidence))
    return TTest(t, df, p, math.ldexp(diff, exponent), math.ldexp(se, exponent),
                 math.ldexp(low, exponent), math.ldexp(high, exponent),
                 hedges_g(diff, vx, nx, vy, ny), *summaries, alternative, equal_var, confidence)


def _welch_df_se(vx: float, nx: int, vy: float, ny: int) -> tuple[float, float]:
    """Welch (1947): se = sqrt(s1²/n1 + s2²/n2); Welch–Satterthwaite (1946) degrees of freedom
    df = (s1²/n1 + s2²/n2)² / ((s1²/n1)²/(n1-1) + (s2²/n2)²/(n2-1))."""
    ax, ay = vx / nx, vy / ny
    denominator = ax * ax / (nx - 1) + ay * ay / (ny - 1)
    df = (ax + ay) ** 2 / denominator if denominator > 0 else float(nx + ny - 2)
    return df, math.sqrt(ax + ay)


def _student_df_se(vx: float, nx: int, vy: float, ny: int) -> tuple[float, float]:
    """Student's pooled variance: s² = ((n1-1)s1² + (n2-1)s2²) / (n1+n2-2),
    se = s sqrt(1/n1 + 1/n2), df = n1 + n2 - 2."""
    df = nx + ny - 2
    pooled = ((nx - 1) * vx + (ny - 1) * vy) / df
    return float(df), math.sqrt(pooled * (1 / nx + 1 / ny))


def _mean_difference_interval(diff: float, se: float, df: float, alternative: str,
                              confidence: float) -> tuple[float, float]:
    """diff -+ t_{(1+c)/2, df} se (two-sided); one-sided intervals are open on one end."""
    if alternative == "two-sided":
        half = t_ppf((1 + confidence) / 2, df) * se if se > 0 else 0.0
        return diff - half, diff + half
    reach = t_ppf(confidence, df) * se if se > 0 else 0.0
    if alternative == "less":
        return -INF, diff + reach
    return diff - reach, INF


def hedges_g(diff: float, vx: float, nx: int, vy: float, ny: int) -> float:
    """Hedges' g: Cohen's d = diff / pooled s, times the exact small-sample correction
    J(m) = Γ(m/2) / (sqrt(m/2) Γ((m-1)/2)), m = n1 + n2 - 2 (Hedges & Olkin 1985, eq. 5.4.2).
    +-inf when both samples are constant with different means; NaN when they are the same."""
    m = nx + ny - 2
    pooled = math.sqrt(((nx - 1) * vx + (ny - 1) * vy) / m)
    if pooled == 0:
        return NAN if diff == 0 else math.copysign(INF, diff)
    correction = math.exp(math.lgamma(m / 2) - math.lgamma((m - 1) / 2)) / math.sqrt(m / 2)
    return diff / pooled * correction


# -- Mann-Whitney U ----------------------------------------------------------------------------

def mannwhitneyu(x: Iterable[float], y: Iterable[float], alternative: str = "two-sided",
                 use_continuity: bool = True, method: str = "auto") -> MannWhitney:
    """Mann-Whitney U test (Mann & Whitney 1947) of whether x tends to be larger than y.

    `method` "auto" (as scipy.stats.mannwhitneyu chooses): the exact null distribution when a
    sample has at most 8 values and there are no ties, else "asymptotic": the normal approximation
    with the tie correction of the variance and, with `use_continuity`, a continuity correction of
    1/2. "less" tests x tending smaller than y, "greater" larger. Needs one value per sample.
    When every value is the same, p is 1.
    """
    check_alternative(alternative)
    if method not in ("auto", "exact", "asymptotic"):
        raise UsageError(f"unknown method '{method}'", hint="use auto, exact or asymptotic")
    xs, x_dropped, ys, y_dropped = _two_samples(x, y, 1, "the Mann-Whitney test")
    nx, ny = len(xs), len(ys)
    ranks, ties = average_ranks(xs + ys)
    u_x = math.fsum(ranks[:nx]) - nx * (nx + 1) / 2  # pairs with x > y (ties: one half)
    u_y = nx * ny - u_x
    # The p-value is always an upper tail: of U_x (greater), of U_y (less), of the larger (two-sided).
    u, factor = {"greater": (u_x, 1), "less": (u_y, 1)}.get(alternative, (max(u_x, u_y), 2))
    tied = any(size > 1 for size in ties)
    if method == "auto":
        method = "asymptotic" if (nx > 8 and ny > 8) or tied else "exact"
    if method == "exact":
        p = _mwu_exact_upper(int(round(u)), nx, ny)
    else:
        p = _mwu_normal_upper(u, nx, ny, ties, use_continuity)
    summaries = summarize(xs), summarize(ys)
    summaries = (summaries[0]._replace(dropped=x_dropped), summaries[1]._replace(dropped=y_dropped))
    return MannWhitney(u_x, min(1.0, factor * p), method, 2 * u_x / (nx * ny) - 1, *summaries,
                       alternative)


def _mwu_exact_upper(u: int, nx: int, ny: int) -> float:
    """P(U >= u) under the null hypothesis, exactly.

    The number of orderings of nx + ny distinct values giving each U is the coefficient of q^U in
    the Gaussian binomial [nx + ny choose nx]_q = prod_{i=1..nx} (1 - q^(ny+i)) / (1 - q^i)
    (Mann & Whitney 1947; Andrews, *The Theory of Partitions*, §3.3). Integer arithmetic, so the
    counts are exact whatever their size; the only rounding is the final division.
    """
    top = nx * ny
    counts = [1] + [0] * top
    for i in range(1, nx + 1):
        grow = ny + i
        for k in range(top, grow - 1, -1):  # multiply by (1 - q^(ny+i))
            counts[k] -= counts[k - grow]
        for k in range(i, top + 1):  # divide by (1 - q^i): a running sum with stride i
            counts[k] += counts[k - i]
    return sum(counts[max(u, 0):]) / math.comb(nx + ny, nx)


def _mwu_normal_upper(u: float, nx: int, ny: int, ties: list[int], continuity: bool) -> float:
    """P(U >= u) by the normal approximation: mean nx ny / 2 and, with ties t_k, variance
    nx ny / 12 ((n + 1) - sum(t_k^3 - t_k) / (n (n - 1))) (the tie-corrected variance of
    Lehmann, *Nonparametrics*, 1975, eq. 1.34)."""
    n = nx + ny
    tie_term = sum(t ** 3 - t for t in ties)
    sigma = math.sqrt(nx * ny / 12 * ((n + 1) - tie_term / (n * (n - 1))))
    numerator = u - nx * ny / 2 - (0.5 if continuity else 0.0)
    if sigma == 0:  # every value tied: no evidence either way
        return 1.0
    return 0.5 * math.erfc(numerator / sigma / math.sqrt(2))


# -- multiple comparisons ----------------------------------------------------------------------

def holm(p_values: Sequence[float]) -> list[float]:
    """Holm's (1979) step-down adjustment, in the order given: sorted ascending, the i-th smallest
    (from 0) of m becomes max over j <= i of min(1, (m - j) p_(j)). It controls the family-wise
    error rate like Bonferroni, and is never less powerful. NaN p-values stay NaN and do not count
    in m."""
    ranked = sorted((p, i) for i, p in enumerate(p_values) if not math.isnan(p))
    m = len(ranked)
    adjusted = [NAN] * len(p_values)
    running = 0.0
    for j, (p, i) in enumerate(ranked):
        running = max(running, min(1.0, (m - j) * p))
        adjusted[i] = running
    return adjusted
