"""Statistics for telling real differences between runs from noise. Pure maths, standard library only.

Everything here works on plain sequences of floats and returns named tuples; nothing does I/O.
numpy and scipy are deliberately absent (each costs a large part of a second to import); scipy is
the reference the tests compare against, to 1e-9 relative.

The Student t distribution is computed exactly, through the regularised incomplete beta function
(evaluated by its continued fraction): no normal approximation is used for it anywhere. The only
normal distribution in this module is the one the Mann-Whitney U test's large-sample method is
defined by.

Shared contracts:
- NaN and infinite values are excluded from every sample and counted (`dropped`).
- Samples are rescaled by a power of two before squaring, so values near 1e300 or 1e-300 give the
  same statistics as values near 1 (scipy overflows or underflows there).
- Degenerate inputs give NaN, not exceptions, where the statistic is merely undefined (a constant
  sample's correlation); inputs too small for any answer (a t-test with one value in a group) raise
  `ExpctlError` with a message that says what is needed.

Sources are cited where each formula is used:
- Press, Teukolsky, Vetterling, Flannery, *Numerical Recipes*, 3rd ed. (2007), §5.2 (modified
  Lentz), §6.4 (incomplete beta function, Student's distribution).
- NIST Digital Library of Mathematical Functions (DLMF) §8.17 (incomplete beta).
- Welch, B. L. (1947), Biometrika 34:28-35; Satterthwaite, F. E. (1946), Biometrics Bulletin 2:110-114.
- Hedges, L. V. & Olkin, I. (1985), *Statistical Methods for Meta-Analysis*, ch. 5.
- Holm, S. (1979), Scandinavian Journal of Statistics 6:65-70.
- Mann, H. B. & Whitney, D. R. (1947), Annals of Mathematical Statistics 18:50-60.
- Chan, Golub & LeVeque (1983), The American Statistician 37:242-247 (corrected two-pass variance).
"""

from __future__ import annotations

import math
from collections import namedtuple
from typing import Iterable, Sequence

from ..errors import ExpctlError, UsageError

ALTERNATIVES = ("two-sided", "less", "greater")
NAN = float("nan")
INF = float("inf")

_TINY = 1e-300  # Lentz's stand-in for a zero denominator (NR §5.2)
_FRACTION_EPS = 3e-16  # a continued-fraction step this close to 1 changes nothing in a double
_MAX_TERMS = 100_000  # the fraction needs O(sqrt(max(a, b))) terms; far more than any sample needs


# -- result types ------------------------------------------------------------------------------

class Summary(namedtuple("Summary", "n dropped mean std ci_low ci_high median min max confidence")):
    """A sample described: `n` finite values (`dropped` NaN/inf excluded), mean, standard deviation
    (n-1 denominator), the `confidence` interval of the mean (Student t), median, min and max.
    n = 0: everything NaN; n = 1: std and the interval NaN."""

    __slots__ = ()


class TTest(namedtuple("TTest", "t df p diff se ci_low ci_high hedges_g x y alternative "
                                "equal_var confidence")):
    """Two-sample t-test of mean(x) - mean(y): `diff` is that difference, `se` its standard error,
    (`ci_low`, `ci_high`) its confidence interval (one-sided ones are open: -inf or inf), `t`,
    degrees of freedom `df`, `p`, Hedges' g (same sign as `diff`); `x` and `y` are `Summary`s."""

    __slots__ = ()


class MannWhitney(namedtuple("MannWhitney", "u p method rank_biserial x y alternative")):
    """Mann-Whitney U test: `u` is U for x (pairs with x > y, ties counting one half), `p`, the
    `method` used ("exact" or "asymptotic"), the rank-biserial correlation 2U/(n_x n_y) - 1 (positive
    when x tends to be larger), and the two `Summary`s."""

    __slots__ = ()


class Correlation(namedtuple("Correlation", "r p n dropped")):
    """A correlation coefficient `r` in [-1, 1] with its two-sided `p`, from `n` complete pairs
    (`dropped` pairs had a NaN or infinite value)."""

    __slots__ = ()


class Anova(namedtuple("Anova", "eta_squared f p df_between df_within n groups dropped")):
    """One-way analysis of variance: eta squared = SS_between / SS_total (the share of the variance
    that the grouping explains), the F statistic and its p-value, from `n` values in `groups`."""

    __slots__ = ()


# -- samples -----------------------------------------------------------------------------------

def finite_values(values: Iterable[float]) -> tuple[list[float], int]:
    """The finite values as floats, and how many were NaN or infinite (excluded)."""
    kept, dropped = [], 0
    for value in values:
        value = float(value)
        if math.isfinite(value):
            kept.append(value)
        else:
            dropped += 1
    return kept, dropped


def _scale_exponent(*samples: Sequence[float]) -> int:
    """The power of two that brings the largest magnitude into [0.5, 1): dividing by it is exact and
    keeps squares and sums of squares far from overflow and underflow."""
    biggest = max((abs(v) for sample in samples for v in sample), default=0.0)
    return math.frexp(biggest)[1] if biggest else 0


def _scaled(values: Sequence[float], exponent: int) -> list[float]:
    return [math.ldexp(v, -exponent) for v in values]


def _mean_var(values: Sequence[float]) -> tuple[float, float]:
    """Mean and unbiased variance (NaN for one value) of finite, already scaled values.

    The corrected two-pass algorithm (Chan, Golub & LeVeque 1983): the second term removes the
    rounding error left in the mean, which matters for nearly constant samples.
    """
    n = len(values)
    if min(values) == max(values):
        return values[0], (0.0 if n > 1 else NAN)  # exactly: a rounded mean would leave a variance
    mean = math.fsum(values) / n
    if n < 2:
        return mean, NAN
    deviations = [v - mean for v in values]
    squares = math.fsum(d * d for d in deviations)
    residual = math.fsum(deviations)
    return mean, max(0.0, (squares - residual * residual / n) / (n - 1))


def median(values: Sequence[float]) -> float:
    """Median of the values (NaN when there are none)."""
    ordered = sorted(values)
    n = len(ordered)
    if not n:
        return NAN
    middle = n // 2
    return ordered[middle] if n % 2 else ordered[middle - 1] / 2 + ordered[middle] / 2


def summarize(values: Iterable[float], confidence: float = 0.95) -> Summary:
    """Describe a sample; NaN and infinite values are excluded and counted. The interval of the
    mean is mean -+ t_{(1+c)/2, n-1} s / sqrt(n) (Student's t, not the normal approximation)."""
    check_confidence(confidence)
    kept, dropped = finite_values(values)
    n = len(kept)
    if not n:
        return Summary(0, dropped, NAN, NAN, NAN, NAN, NAN, NAN, NAN, confidence)
    exponent = _scale_exponent(kept)
    mean, var = _mean_var(_scaled(kept, exponent))
    std = math.sqrt(var)
    low = high = NAN
    if n > 1:
        half = t_ppf((1 + confidence) / 2, n - 1) * std / math.sqrt(n)
        low, high = math.ldexp(mean - half, exponent), math.ldexp(mean + half, exponent)
    return Summary(n, dropped, math.ldexp(mean, exponent), math.ldexp(std, exponent), low, high,
                   median(kept), min(kept), max(kept), confidence)


def check_confidence(level: float) -> float:
    if not 0 < level < 1:
        raise UsageError(f"confidence level {level} is not between 0 and 1",
                         hint="give a fraction such as 0.95 for a 95% interval")
    return level


def check_alternative(alternative: str) -> str:
    if alternative not in ALTERNATIVES:
        raise UsageError(f"unknown alternative '{alternative}'",
                         hint=f"use one of: {', '.join(ALTERNATIVES)}")
    return alternative


# -- special functions -------------------------------------------------------------------------

def log_beta(a: float, b: float) -> float:
    """log B(a, b) = log Γ(a) + log Γ(b) - log Γ(a + b), for a, b > 0.

    Summing three lgamma values loses digits when an argument is large (log Γ(5000) is about 4e4,
    so its last bit is already 1e-11). Past 10, Stirling's series is used instead, with the large
    terms cancelled algebraically before they are rounded (as R's lbeta does, after DiDonato &
    Morris 1992): its error stays near 1e-14 of its magnitude (tests check the recurrence
    B(a + 1, b) = B(a, b) a / (a + b) across both methods, for a and b up to 1e6).
    """
    small, large = min(a, b), max(a, b)
    if large < _STIRLING_FROM:
        return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)
    total = small + large
    # (large - 1/2) log(large / total), with log1p keeping the digits when small << large.
    shrink = (large - 0.5) * math.log1p(-small / total)
    corrections = _stirling_correction(large) - _stirling_correction(total)
    if small < _STIRLING_FROM:
        # log Γ(small) + [log Γ(large) - log Γ(total)], the bracket by Stirling's formula.
        return math.lgamma(small) + shrink - small * math.log(total) + small + corrections
    return (0.5 * math.log(2 * math.pi) - 0.5 * math.log(small) + shrink
            + small * math.log(small / total) + corrections + _stirling_correction(small))


_STIRLING_FROM = 10.0
# B_2k / (2k (2k - 1)) for k = 1..7: the terms of Stirling's series for log Γ (A&S 6.1.40).
_STIRLING_TERMS = (1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156)


def _stirling_correction(x: float) -> float:
    """log Γ(x) - ((x - 1/2) log x - x + log(2π)/2) for x >= 10, to double precision (the first
    term left out is below 1e-17 there)."""
    inverse_square = 1 / (x * x)
    total = 0.0
    for coefficient in reversed(_STIRLING_TERMS):
        total = total * inverse_square + coefficient
    return total / x


def _log_pair(x: float, y: float) -> tuple[float, float]:
    """(log x, log y) for x + y = 1, each taken from whichever of the pair is exact when small,
    so that log of a number near 1 keeps its precision (log1p of the small complement)."""
    log_x = math.log(x) if x < 0.5 else math.log1p(-y)
    log_y = math.log(y) if y < 0.5 else math.log1p(-x)
    return log_x, log_y


def betainc(a: float, b: float, x: float, y: float | None = None) -> float:
    """The regularised incomplete beta function I_x(a, b) for a, b > 0 and 0 <= x <= 1.

    `y` is 1 - x; pass it when it is known more exactly than `1 - x` would compute it (a tail
    probability near 0 then keeps its relative precision). Numerical Recipes §6.4: the continued
    fraction (DLMF 8.17.22) converges fast for x < (a + 1) / (a + b + 2); beyond that point the
    symmetry I_x(a, b) = 1 - I_{1-x}(b, a) is used instead. The fraction's rounding error grows
    slowly with a + b: relative errors measured against 60-digit arithmetic are about 1e-15 for
    a + b below 100 and reach about 2e-12 at a + b = 2e4 (the worst case, x at the switch point).
    """
    if a <= 0 or b <= 0:
        raise ValueError(f"betainc needs a, b > 0 (got {a}, {b})")
    if y is None:
        y = 1.0 - x
    if math.isnan(x) or math.isnan(y):
        return NAN
    if x <= 0:
        return 0.0
    if y <= 0:
        return 1.0
    log_x, log_y = _log_pair(x, y)
    # x^a y^b / B(a, b), the factor in front of the fraction (NR eq. 6.4.5).
    front = math.exp(a * log_x + b * log_y - log_beta(a, b))
    if x < (a + 1) / (a + b + 2):
        return front * _beta_fraction(a, b, x) / a
    return 1.0 - front * _beta_fraction(b, a, y) / b


def _beta_fraction(a: float, b: float, x: float) -> float:
    """1 / (1 + d1 / (1 + d2 / (1 + ...))) with the coefficients of DLMF 8.17.22:
    d_{2m} = m (b - m) x / ((a + 2m - 1)(a + 2m)),
    d_{2m+1} = -(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)),
    evaluated forwards by the modified Lentz method (NR §5.2)."""
    value, c, d = 1.0, 1.0, 0.0
    for k in range(1, _MAX_TERMS):
        m = k // 2
        if k % 2:
            coefficient = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
        else:
            coefficient = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
        d = 1.0 + coefficient * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + coefficient / c
        c = c if abs(c) > _TINY else _TINY
        step = c * d
        value *= step
        if abs(step - 1.0) < _FRACTION_EPS:
            return 1.0 / value
    raise ExpctlError(f"the incomplete beta function did not converge (a={a}, b={b}, x={x})")


# -- Student's t distribution ------------------------------------------------------------------

def _t_split(t: float, df: float) -> tuple[float, float]:
    """(x, y) = (df / (df + t^2), t^2 / (df + t^2)), computed without overflow for any t."""
    s = abs(t) / math.sqrt(df)
    if s > 1.0:
        r = 1.0 / s  # t^2 would overflow past 1e154; this ratio never does
        return r * r / (1.0 + r * r), 1.0 / (1.0 + r * r)
    return 1.0 / (1.0 + s * s), s * s / (1.0 + s * s)


def _t_tail(t: float, df: float) -> float:
    """P(T > t) for t >= 0: I_x(df/2, 1/2) / 2 with x = df / (df + t^2) (NR eq. 6.14.10)."""
    if math.isinf(t):
        return 0.0
    x, y = _t_split(t, df)
    return 0.5 * betainc(df / 2, 0.5, x, y)


def _t_center(t: float, df: float) -> float:
    """P(0 < T < t) for t >= 0: I_y(1/2, df/2) / 2, exact near t = 0 where the tail is near 1/2."""
    if math.isinf(t):
        return 0.5
    x, y = _t_split(t, df)
    return 0.5 * betainc(0.5, df / 2, y, x)


def _check_df(df: float) -> None:
    if not df > 0:
        raise ValueError(f"degrees of freedom must be positive (got {df})")


def t_sf(t: float, df: float) -> float:
    """P(T > t) for Student's t with `df` > 0 degrees of freedom (any real df)."""
    _check_df(df)
    if math.isnan(t):
        return NAN
    return _t_tail(t, df) if t >= 0 else 1.0 - _t_tail(-t, df)


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with `df` > 0 degrees of freedom."""
    _check_df(df)
    if math.isnan(t):
        return NAN
    return _t_tail(-t, df) if t <= 0 else 1.0 - _t_tail(t, df)


def t_pdf(t: float, df: float) -> float:
    """Density of Student's t: (1 + t^2/df)^(-(df+1)/2) / (sqrt(df) B(df/2, 1/2))."""
    _check_df(df)
    s = abs(t) / math.sqrt(df)
    # log(1 + s^2), written so that s^2 cannot overflow.
    log_kernel = 2 * math.log(s) + math.log1p(1 / (s * s)) if s > 1 else math.log1p(s * s)
    return math.exp(-(df + 1) / 2 * log_kernel - 0.5 * math.log(df) - log_beta(df / 2, 0.5))


def t_ppf(p: float, df: float) -> float:
    """The quantile: the t with P(T <= t) = p, for 0 < p < 1 (-inf at 0, inf at 1).

    Found as the root of the exact CDF by Newton's method kept inside a shrinking bracket (a
    bisection step whenever Newton would leave it), to a relative precision near 1e-15. In the
    tails (p below 1/4 or above 3/4) it solves log P(T > |t|) = log q, where Newton is almost linear;
    in the middle it solves P(0 < T < t) = |p - 1/2|, which is exact there.
    """
    _check_df(df)
    if math.isnan(p) or not 0 <= p <= 1:
        raise ValueError(f"a probability must be between 0 and 1 (got {p})")
    if p in (0.0, 1.0):
        return -INF if p == 0 else INF
    if p == 0.5:
        return 0.0
    tail = min(p, 1.0 - p)  # exact: 1 - p is exact for p >= 1/2 (Sterbenz)
    if tail <= 0.25:
        log_tail = math.log(tail)
        t = _solve_increasing(lambda v: log_tail - _log_t_tail(v, df),
                              lambda v: t_pdf(v, df) / _t_tail(v, df))
    else:
        centre = abs(p - 0.5)  # exact for 1/4 <= p <= 3/4
        t = _solve_increasing(lambda v: _t_center(v, df) - centre, lambda v: t_pdf(v, df))
    return t if p > 0.5 else -t


def _log_t_tail(t: float, df: float) -> float:
    """log P(T > t); -inf once the tail underflows (beyond about 1e-308, for df well below 1)."""
    tail = _t_tail(t, df)
    return math.log(tail) if tail > 0 else -INF


def _solve_increasing(f, slope) -> float:
    """The root t > 0 of an increasing function f with f(0) < 0 (f(inf) > 0)."""
    low, high = 0.0, 1.0
    while f(high) < 0:  # double until the root is bracketed
        low, high = high, high * 2
        if math.isinf(high):
            return INF
    t = (low + high) / 2
    for _ in range(400):
        value = f(t)
        if value == 0:
            return t
        if value < 0:
            low = t
        else:
            high = t
        gradient = slope(t) if math.isfinite(value) else 0.0
        step = value / gradient if gradient > 0 else INF
        candidate = t - step
        if not low < candidate < high:
            candidate = (low + high) / 2
        if abs(candidate - t) <= 1e-15 * abs(candidate) or high - low <= 4e-16 * high:
            return candidate
        t = candidate
    return t


def _t_p_value(t: float, df: float, alternative: str) -> float:
    """The p-value of a t statistic: two-sided 2 P(T > |t|), less P(T <= t), greater P(T > t)."""
    if math.isnan(t):
        return NAN
    if alternative == "less":
        return t_cdf(t, df)
    if alternative == "greater":
        return t_sf(t, df)
    return min(1.0, 2.0 * _t_tail(abs(t), df))


# -- two-sample tests --------------------------------------------------------------------------

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
    exponent = _scale_exponent(xs, ys)
    (mx, vx), (my, vy) = _mean_var(_scaled(xs, exponent)), _mean_var(_scaled(ys, exponent))
    nx, ny = len(xs), len(ys)
    if equal_var:
        df, se = _student_df_se(vx, nx, vy, ny)
    else:
        df, se = _welch_df_se(vx, nx, vy, ny)
    diff = mx - my
    t = diff / se if se > 0 else (NAN if diff == 0 else math.copysign(INF, diff))
    p = _t_p_value(t, df, alternative)
    low, high = _mean_difference_interval(diff, se, df, alternative, confidence)
    summaries = (_summary_of(xs, x_dropped, mx, vx, exponent, confidence),
                 _summary_of(ys, y_dropped, my, vy, exponent, confidence))
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


def _summary_of(values, dropped, mean, var, exponent, confidence) -> Summary:
    """A `Summary` from the scaled mean and variance already computed for a test."""
    n = len(values)
    std = math.sqrt(var)
    half = t_ppf((1 + confidence) / 2, n - 1) * std / math.sqrt(n)
    return Summary(n, dropped, math.ldexp(mean, exponent), math.ldexp(std, exponent),
                   math.ldexp(mean - half, exponent), math.ldexp(mean + half, exponent),
                   median(values), min(values), max(values), confidence)


# -- ranks -------------------------------------------------------------------------------------

def average_ranks(values: Sequence[float]) -> tuple[list[float], list[int]]:
    """Ranks 1..n, ties sharing the average of the ranks they span; also the size of each group
    of tied values (for tie corrections)."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    ties = []
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        shared = (start + end) / 2 + 1  # the mean of ranks start+1 .. end+1
        for i in range(start, end + 1):
            ranks[order[i]] = shared
        ties.append(end - start + 1)
        start = end + 1
    return ranks, ties


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


# -- correlation -------------------------------------------------------------------------------

def finite_pairs(x: Iterable[float], y: Iterable[float]) -> tuple[list[float], list[float], int]:
    """The pairs where both values are finite, and how many pairs were dropped."""
    xs, ys, dropped = [], [], 0
    for a, b in zip(x, y, strict=True):
        a, b = float(a), float(b)
        if math.isfinite(a) and math.isfinite(b):
            xs.append(a)
            ys.append(b)
        else:
            dropped += 1
    return xs, ys, dropped


def _correlation(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Pearson's r = S_xy / sqrt(S_xx S_yy) and 1 - r², computed exactly; r NaN when either
    sample is constant.

    Every float is an integer times a power of two, so the centred sums n² S_xx = n Σx² - (Σx)²
    etc. are exact in integer arithmetic (whatever the magnitudes: no overflow, no cancellation).
    Only the last steps round: r² and 1 - r² = (S_xx S_yy - S_xy²) / (S_xx S_yy) are divisions of
    exact integers (correctly rounded), so perfectly related data give exactly +-1, and the p-value,
    which depends on 1 - r², keeps full precision even as r approaches +-1.
    """
    xi, yi = _exact_integers(xs), _exact_integers(ys)
    n = len(xi)
    sum_x, sum_y = sum(xi), sum(yi)
    sxx = n * sum(v * v for v in xi) - sum_x * sum_x
    syy = n * sum(v * v for v in yi) - sum_y * sum_y
    if sxx == 0 or syy == 0:
        return NAN, NAN
    sxy = n * sum(a * b for a, b in zip(xi, yi)) - sum_x * sum_y
    product = sxx * syy
    r = math.sqrt(sxy * sxy / product) * (1 if sxy >= 0 else -1)  # (copysign would float() sxy)
    return r, (product - sxy * sxy) / product


def _exact_integers(values: list[float]) -> list[int]:
    """Integers equal to the values times one common power of two (finite values only)."""
    ratios = [v.as_integer_ratio() for v in values]
    denominator = max(d for _, d in ratios)  # all powers of two: the largest is a multiple of all
    return [numerator * (denominator // d) for numerator, d in ratios]


def _correlation_p(r: float, one_minus_r2: float, n: int) -> float:
    """Two-sided p of a correlation from n pairs: t = r sqrt((n-2) / (1-r²)) on n - 2 degrees of
    freedom, i.e. p = 2 P(T > |t|) = I_{1-r²}((n-2)/2, 1/2) (NR eq. 6.14.10 with x = 1 - r²)."""
    if math.isnan(r):
        return NAN
    if n < 3:
        return 1.0  # two points always lie on a line: no evidence at all
    return betainc((n - 2) / 2, 0.5, one_minus_r2, r * r)


def _check_pairs(n: int, what: str) -> None:
    if n < 2:
        raise ExpctlError(f"{what} needs at least 2 complete pairs (got {n})",
                          hint="select more runs that have both values")


def pearsonr(x: Iterable[float], y: Iterable[float]) -> Correlation:
    """Pearson's correlation and its two-sided p-value (t test on n - 2 degrees of freedom).

    Contracts: pairs with a NaN/inf are dropped and counted; fewer than 2 pairs: `ExpctlError`;
    a constant x or y: r and p NaN; 2 pairs: r = +-1 and p = 1."""
    xs, ys, dropped = finite_pairs(x, y)
    _check_pairs(len(xs), "a correlation")
    r, one_minus_r2 = _correlation(xs, ys)
    return Correlation(r, _correlation_p(r, one_minus_r2, len(xs)), len(xs), dropped)


def spearmanr(x: Iterable[float], y: Iterable[float]) -> Correlation:
    """Spearman's rank correlation: Pearson's r of the average ranks (ties share ranks), with the
    same t-based p-value scipy.stats.spearmanr uses. Contracts as `pearsonr`."""
    xs, ys, dropped = finite_pairs(x, y)
    _check_pairs(len(xs), "a rank correlation")
    rho, one_minus_rho2 = _correlation(average_ranks(xs)[0], average_ranks(ys)[0])
    return Correlation(rho, _correlation_p(rho, one_minus_rho2, len(xs)), len(xs), dropped)


# -- categorical effects -----------------------------------------------------------------------

def eta_squared(groups: Sequence[Iterable[float]]) -> Anova:
    """Eta squared (Pearson 1905's correlation ratio, squared) of a one-way layout, with the F test.

    eta² = SS_between / (SS_between + SS_within); F = (SS_between / (k-1)) / (SS_within / (N-k));
    p = P(F' > F) = I_{1-eta²}((N-k)/2, (k-1)/2), which is the F distribution's tail written with
    the incomplete beta (Abramowitz & Stegun 26.6.2). NaN/inf values are dropped and counted; empty
    groups are ignored. Fewer than 2 groups or a constant metric: eta² NaN; one value per group:
    eta² = 1 but F and p are NaN (no within-group variation to compare with).
    """
    cleaned, dropped = [], 0
    for group in groups:
        kept, lost = finite_values(group)
        dropped += lost
        if kept:
            cleaned.append(kept)
    k, n = len(cleaned), sum(len(g) for g in cleaned)
    if k < 2:
        return Anova(NAN, NAN, NAN, k - 1, n - k, n, k, dropped)
    exponent = _scale_exponent(*cleaned)
    scaled = [_scaled(g, exponent) for g in cleaned]
    grand = math.fsum(v for g in scaled for v in g) / n
    means = [math.fsum(g) / len(g) for g in scaled]
    between = math.fsum(len(g) * (m - grand) ** 2 for g, m in zip(scaled, means))
    within = math.fsum((v - m) ** 2 for g, m in zip(scaled, means) for v in g)
    total = between + within
    if total == 0:
        return Anova(NAN, NAN, NAN, k - 1, n - k, n, k, dropped)
    eta2 = between / total
    if n == k or within == 0:
        f = INF if within == 0 and n > k else NAN
        return Anova(eta2, f, 0.0 if n > k else NAN, k - 1, n - k, n, k, dropped)
    f = (between / (k - 1)) / (within / (n - k))
    p = betainc((n - k) / 2, (k - 1) / 2, within / total, between / total)
    return Anova(eta2, f, p, k - 1, n - k, n, k, dropped)


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
