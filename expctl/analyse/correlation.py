"""How two quantities go together across runs: Pearson's r, Spearman's rho (both with their
two-sided p from Student's t), and eta squared from a one-way analysis of variance for a
categorical param."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from collections import Counter
from itertools import accumulate, chain, repeat
from operator import floordiv, methodcaller, mul, sub

from ..errors import ExpctlError
from ..models import Record
from .distributions import INF, NAN, betainc
from .summary import average_ranks, finite_values, scale_exponent, scaled


class Correlation(Record):
    """A correlation coefficient `r` in [-1, 1] with its two-sided `p`, from `n` complete pairs
    (`dropped` pairs had a NaN or infinite value)."""

    r: float
    p: float
    n: int
    dropped: int


class Anova(Record):
    """One-way analysis of variance: eta squared = SS_between / SS_total (the share of the variance
    that the grouping explains), the F statistic and its p-value, from `n` values in `groups`."""

    eta_squared: float
    f: float
    p: float
    df_between: int
    df_within: int
    n: int
    groups: int
    dropped: int


def finite_pairs(x: Iterable[float], y: Iterable[float]) -> tuple[list[float], list[float], int]:
    """The pairs where both values are finite, and how many pairs were dropped."""
    xs, ys = list(map(float, x)), list(map(float, y))
    if len(xs) != len(ys):
        raise ValueError(f"{len(xs)} x values but {len(ys)} y values")
    if all(map(math.isfinite, xs)) and all(map(math.isfinite, ys)):  # at C speed: the usual case
        return xs, ys, 0
    return _finite_pairs(xs, ys)


def _finite_pairs(x: list[float], y: list[float]) -> tuple[list[float], list[float], int]:
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
    sample is constant (see _integer_correlation)."""
    return _integer_correlation(_exact_integers(xs), _exact_integers(ys))


def _integer_correlation(xi: Sequence[int], yi: Sequence[int],
                         x_sums: tuple[int, int] | None = None,
                         y_sums: tuple[int, int] | None = None) -> tuple[float, float]:
    """Pearson's r and 1 - r² of samples given as integers (any common power-of-two scale: r is
    a ratio of sums that the scale cancels out of, exactly). `x_sums`, `y_sums`: `_centred_sums`
    of a sample, when the caller has them (a metric correlated with many params).

    Every float is an integer times a power of two, so the centred sums n² S_xx = n Σx² - (Σx)²
    etc. are exact in integer arithmetic (whatever the magnitudes: no overflow, no cancellation).
    Only the last steps round: r² and 1 - r² = (S_xx S_yy - S_xy²) / (S_xx S_yy) are divisions of
    exact integers (correctly rounded), so perfectly related data give exactly +-1, and the p-value,
    which depends on 1 - r², keeps full precision even as r approaches +-1.
    """
    sum_x, sxx = x_sums or _centred_sums(xi)
    sum_y, syy = y_sums or _centred_sums(yi)
    if sxx == 0 or syy == 0:
        return NAN, NAN
    return _r_of(len(xi), (sum_x, sxx), (sum_y, syy), sum(map(mul, xi, yi)))


def _r_of(n: int, x_sums: tuple[int, int], y_sums: tuple[int, int], sum_xy: int) -> tuple[float, float]:
    """Pearson's r and 1 - r² from the exact sums (`_centred_sums` of x and y, and Σxy) of n
    pairs of integers; NaN when either is constant."""
    (sum_x, sxx), (sum_y, syy) = x_sums, y_sums
    if sxx == 0 or syy == 0:
        return NAN, NAN
    sxy = n * sum_xy - sum_x * sum_y
    product = sxx * syy
    r = math.sqrt(sxy * sxy / product) * (1 if sxy >= 0 else -1)  # (copysign would float() sxy)
    return r, (product - sxy * sxy) / product


def _centred_sums(xi: Sequence[int]) -> tuple[int, int]:
    """Σx and n Σx² - (Σx)² (n² times the centred sum of squares) of integers, exactly."""
    total = sum(xi)
    return total, len(xi) * sum(map(mul, xi, xi)) - total * total


_ratio = methodcaller("as_integer_ratio")


def _exact_integers(values: Sequence[float]) -> list[int]:
    """Integers equal to the values times one common power of two (finite floats only).

    Whole numbers (a batch size, ranks) and halves (ranks that tie) are taken as they are, or
    doubled: small integers, whose sums run on machine words. Else: v = f 2^e with 0.5 <= |f| < 1
    and 53 bits of f: v 2^(53 - e) is an integer, so scaling by 2^(53 - smallest e) makes every
    value one. When that keeps the largest below 2^1000, one ldexp and int per value do it at
    C speed (both exact); else each value's ratio is taken."""
    small = _whole_or_halves(values)
    if small is not None:
        return small
    smallest = min(filter(None, map(abs, values)), default=0.0)
    if smallest:
        shift = 53 - math.frexp(smallest)[1]
        if math.frexp(max(map(abs, values)))[1] + shift < 1000:
            return list(map(int, map(math.ldexp, values, repeat(max(shift, 0)))))
    # float.as_integer_ratio over the list and the products below run at C speed (map).
    numerators, denominators = zip(*map(_ratio, values)) if values else ((), ())
    denominator = max(denominators, default=1)  # all powers of two: the largest is a multiple of all
    return list(map(mul, numerators, map(floordiv, repeat(denominator), denominators)))


def _whole_or_halves(values: Sequence[float]) -> list[int] | None:
    """The values as integers, or twice them, when that is exact (else None): at C speed."""
    if all(map(float.is_integer, values)):
        return list(map(int, values))
    # Doubling is exact (but where it overflows to inf, which is no integer); the check stops
    # at the first value that is no half, before any list is made.
    if all(map(float.is_integer, map(mul, values, repeat(2.0)))):
        return list(map(int, map(mul, values, repeat(2.0))))
    return None


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


class Sample:
    """A sample of finite floats correlated with many others (importance's metric column against
    each param): its exact integers and its ranks', and their sums, are worked out once, on first use."""

    def __init__(self, values: list[float]) -> None:
        self.values = values
        self._integers: tuple[list[int], tuple[int, int]] | None = None
        self._rank_integers: tuple[list[int], tuple[int, int]] | None = None
        self._rescaled: tuple[list[float], float] | None = None

    def integers(self) -> tuple[list[int], tuple[int, int]]:
        """`_exact_integers` of the values, with their `_centred_sums`."""
        if self._integers is None:
            integers = _exact_integers(self.values)
            self._integers = integers, _centred_sums(integers)
        return self._integers

    def rescaled(self) -> tuple[list[float], float]:
        """The values divided by the power of two scale_exponent gives, and their math.fsum
        over their number: what eta_squared_at reads (worked out once)."""
        if self._rescaled is None:
            values = scaled(self.values, scale_exponent(self.values))
            self._rescaled = values, math.fsum(values) / len(values)
        return self._rescaled

    def rank_integers(self) -> tuple[list[int], tuple[int, int]]:
        """As `integers`, of the values' average ranks."""
        if self._rank_integers is None:
            integers = _exact_integers(average_ranks(self.values)[0])
            self._rank_integers = integers, _centred_sums(integers)
        return self._rank_integers


def correlations(x: Sample, y: Sample) -> tuple[Correlation, Correlation]:
    """`pearsonr` and `spearmanr` of two samples of finite floats of one length (2 or more):
    the same results, from what the samples hold already."""
    n = len(x.values)
    _check_pairs(n, "a correlation")
    (xi, x_sums), (yi, y_sums) = x.integers(), y.integers()
    r, one_minus_r2 = _integer_correlation(xi, yi, x_sums, y_sums)
    (xi, x_sums), (yi, y_sums) = x.rank_integers(), y.rank_integers()
    rho, one_minus_rho2 = _integer_correlation(xi, yi, x_sums, y_sums)
    return (Correlation(r, _correlation_p(r, one_minus_r2, n), n, 0),
            Correlation(rho, _correlation_p(rho, one_minus_rho2, n), n, 0))


def level_correlations(xs: list[float], y: Sample) -> tuple[Correlation, Correlation, list[list[float]]] | None:
    """`correlations(Sample(xs), y)` for finite floats `xs` with few distinct values (a grid of
    settings: one or fewer per 16 runs, 64 runs or more), and y's values grouped by level, in
    order of level, each in the runs' order (what eta squared reads); None for other values.

    Worked out a level at a time, not a run at a time: the integers of the levels are those of
    the runs (one scale for a set of values, see _exact_integers), a level's runs share its
    average rank, so Σx, Σx² and Σxy are sums over the levels of n_l x_l, n_l x_l² and x_l times
    the level's Σy: the same integers, so the same bits."""
    n = len(xs)
    levels = sorted(set(xs))  # (0.0 and -0.0 are one level, as they are tied in a sort)
    if n < 64 or len(levels) * 16 > n:
        return None
    number = {level: index for index, level in enumerate(levels)}
    codes = list(map(number.__getitem__, xs))
    order = sorted(range(n), key=codes.__getitem__)  # stable: a level's runs stay in their order
    counts = Counter(codes)
    sizes = list(map(counts.__getitem__, range(len(levels))))
    ends = list(accumulate(sizes))
    bounds = list(zip([0, *ends[:-1]], ends))
    found = []
    for x_integers, (y_integers, y_sums) in _level_integers(levels, sizes, y):
        by_level = list(map(y_integers.__getitem__, order))
        totals = [sum(by_level[start:end]) for start, end in bounds]
        found.append(_level_correlation(n, sizes, x_integers, y_sums, totals))
    values = list(map(y.values.__getitem__, order))
    return found[0], found[1], [values[start:end] for start, end in bounds]


def grouped_correlations(levels: Sequence[float], groups: Sequence[Sequence[int]],
                         y: Sample) -> tuple[Correlation, Correlation]:
    """`correlations(Sample(xs), y)` where xs is given by its levels: the distinct finite floats
    `levels`, ascending, level l the value of the runs at the positions `groups[l]` of y's
    values (each position in one group; 2 or more in all). As level_correlations works them
    out, a level at a time (the same integers, so the same bits), for any number of levels:
    importance reads a param's runs grouped by value (Store.param_levels), never run by run."""
    n = sum(map(len, groups))
    _check_pairs(n, "a correlation")
    sizes = list(map(len, groups))
    found = []
    for x_integers, (y_integers, y_sums) in _level_integers(levels, sizes, y):
        totals = [sum(map(y_integers.__getitem__, group)) for group in groups]
        found.append(_level_correlation(n, sizes, x_integers, y_sums, totals))
    return found[0], found[1]


def _level_integers(levels: Sequence[float], sizes: list[int], y: Sample):
    """The exact integers of the levels and of their average ranks (a level's runs share the
    ranks it spans: (first + last) / 2), each paired with y's integers of the same kind."""
    ends = list(accumulate(sizes))
    ranks = [(start + start + size - 1) / 2 + 1 for start, size in zip([0, *ends[:-1]], sizes)]
    return ((_exact_integers(levels), y.integers()), (_exact_integers(ranks), y.rank_integers()))


def _level_correlation(n: int, sizes: list[int], x_integers: list[int], y_sums: tuple[int, int],
                       totals: list[int]) -> Correlation:
    """Pearson's r of n pairs from the levels' integers, their sizes and the totals of y's
    integers at each: Σx = Σ n_l x_l, Σx² = Σ n_l x_l², Σxy = Σ x_l T_l (exact)."""
    sum_x = sum(map(mul, sizes, x_integers))
    x_sums = (sum_x, n * sum(map(mul, sizes, map(mul, x_integers, x_integers))) - sum_x * sum_x)
    r, one_minus_r2 = _r_of(n, x_sums, y_sums, sum(map(mul, x_integers, totals)))
    return Correlation(r, _correlation_p(r, one_minus_r2, n), n, 0)


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
    k, n = len(cleaned), sum(map(len, cleaned))
    if k < 2:
        return Anova(NAN, NAN, NAN, k - 1, n - k, n, k, dropped)
    exponent = scale_exponent(*cleaned)
    rescaled = [scaled(g, exponent) for g in cleaned]
    return _anova(rescaled, math.fsum(chain.from_iterable(rescaled)) / n, dropped)


def eta_squared_at(rescaled: list[float], grand: float, groups: Sequence[Sequence[int]]) -> Anova:
    """`eta_squared` of the values of `rescaled` at the positions `groups` (each position of it
    in one group, every group holding one or more), the same result: `rescaled` being finite
    values divided by the power of two scale_exponent gives for them all, and `grand` their
    math.fsum over their number. A metric's column shared by many params (importance) is
    checked, scaled and summed once, not once a param."""
    k, n = len(groups), len(rescaled)
    if k < 2:
        return Anova(NAN, NAN, NAN, k - 1, n - k, n, k, 0)
    return _anova([list(map(rescaled.__getitem__, group)) for group in groups], grand, 0)


def _anova(rescaled: list[list[float]], grand: float, dropped: int) -> Anova:
    """eta_squared of two or more groups of finite, scaled values whose mean is `grand`."""
    k, n = len(rescaled), sum(map(len, rescaled))
    means = [math.fsum(g) / len(g) for g in rescaled]
    between = math.fsum(len(g) * (m - grand) ** 2 for g, m in zip(rescaled, means))
    # (v - m) ** 2 for every value, at C speed: map(pow, ..., 2) is the same float operation
    within = math.fsum(chain.from_iterable(
        map(pow, map(sub, g, repeat(m)), repeat(2)) for g, m in zip(rescaled, means)))
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
