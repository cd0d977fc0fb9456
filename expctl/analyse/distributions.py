"""Student's t distribution, computed exactly through the regularised incomplete beta function
(evaluated by its continued fraction): no normal approximation is used for it anywhere.

Sources: Press, Teukolsky, Vetterling, Flannery, *Numerical Recipes*, 3rd ed. (2007), §5.2
(modified Lentz), §6.4 (incomplete beta function, Student's distribution); NIST Digital Library
of Mathematical Functions (DLMF) §8.17 (incomplete beta); Abramowitz & Stegun 6.1.40 (Stirling).
"""

from __future__ import annotations

import functools
import math

from ..errors import ExpctlError

NAN = float("nan")
INF = float("inf")

_TINY = 1e-300  # Lentz's stand-in for a zero denominator (NR §5.2)
_FRACTION_EPS = 3e-16  # a continued-fraction step this close to 1 changes nothing in a double
_MAX_TERMS = 100_000  # the fraction needs O(sqrt(max(a, b))) terms; far more than any sample needs

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


@functools.lru_cache(maxsize=4096)  # groups of seeds ask for the same few (p, df) thousands of times
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


def t_p_value(t: float, df: float, alternative: str) -> float:
    """The p-value of a t statistic: two-sided 2 P(T > |t|), less P(T <= t), greater P(T > t)."""
    if math.isnan(t):
        return NAN
    if alternative == "less":
        return t_cdf(t, df)
    if alternative == "greater":
        return t_sf(t, df)
    return min(1.0, 2.0 * _t_tail(abs(t), df))
