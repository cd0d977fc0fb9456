"""One sample described (mean, standard deviation, the interval of the mean, median), ranks, and
the checks and rescaling every test shares. NaN and infinite values are excluded and counted.

Samples are rescaled by a power of two before squaring, so values near 1e300 or 1e-300 give the
same statistics as values near 1. Variance: Chan, Golub & LeVeque (1983), The American
Statistician 37:242-247 (corrected two-pass).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import chain, compress, repeat
from operator import ne, sub

from ..errors import UsageError
from ..models import Record
from .distributions import NAN, t_ppf

ALTERNATIVES = ("two-sided", "less", "greater")


_new = tuple.__new__  # a record without its Python-level __new__ (many groups: one a group)


class Summary(Record):
    """A sample described: `n` finite values (`dropped` NaN/inf excluded), mean, standard deviation
    (n-1 denominator), the `confidence` interval of the mean (Student t), median, min and max.
    n = 0: everything NaN; n = 1: std and the interval NaN."""

    n: int
    dropped: int
    mean: float
    std: float
    ci_low: float
    ci_high: float
    median: float
    min: float
    max: float
    confidence: float


def finite_values(values: Iterable[float]) -> tuple[list[float], int]:
    """The finite values as floats, and how many were NaN or infinite (excluded)."""
    if isinstance(values, list) and set(map(type, values)) <= {float} and all(map(math.isfinite, values)):
        # the usual case, at C speed
        return list(map(float, values)), 0
    kept, dropped = [], 0
    for value in values:
        value = float(value)
        if math.isfinite(value):
            kept.append(value)
        else:
            dropped += 1
    return kept, dropped


def scale_exponent(*samples: Sequence[float]) -> int:
    """The power of two that brings the largest magnitude into [0.5, 1): dividing by it is exact and
    keeps squares and sums of squares far from overflow and underflow."""
    biggest = max(map(abs, chain.from_iterable(samples)), default=0.0)
    return math.frexp(biggest)[1] if biggest else 0


def scaled(values: Sequence[float], exponent: int) -> list[float]:
    return list(map(math.ldexp, values, repeat(-exponent)))


def mean_var(values: Sequence[float]) -> tuple[float, float]:
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
    if n == 1:  # what the steps below give one value (scaling by a power of two is exact both ways)
        value = kept[0]
        return _new(Summary, (1, dropped, value, NAN, NAN, NAN, value, value, value, confidence))
    exponent = scale_exponent(kept)
    mean, var = mean_var(scaled(kept, exponent))
    std = math.sqrt(var)
    low = high = NAN
    if n > 1:
        half = t_ppf((1 + confidence) / 2, n - 1) * std / math.sqrt(n)
        low, high = math.ldexp(mean - half, exponent), math.ldexp(mean + half, exponent)
    return _new(Summary, (n, dropped, math.ldexp(mean, exponent), math.ldexp(std, exponent), low,
                          high, median(kept), min(kept), max(kept), confidence))


def summaries(samples: Sequence[list[float]], confidence: float = 0.95) -> list[Summary]:
    """`summarize` of each sample, the same records, for many small samples at once (a seed
    group each): when every value is a finite float (one check at C speed for all of them),
    each sample skips summarize's per-call checks and steps, not its arithmetic."""
    check_confidence(confidence)
    every = list(chain.from_iterable(samples))
    if not (set(map(type, every)) <= {float} and all(map(math.isfinite, every)) and all(samples)):
        return [summarize(values, confidence) for values in samples]
    q, sqrt, ldexp = (1 + confidence) / 2, math.sqrt, math.ldexp
    found = []
    for values in samples:
        n = len(values)
        low, high = min(values), max(values)
        if n == 1:
            found.append(_new(Summary, (1, 0, low, NAN, NAN, NAN, low, low, low, confidence)))
            continue
        biggest = max(abs(low), abs(high))
        exponent = math.frexp(biggest)[1] if biggest else 0
        mean, var = mean_var(scaled(values, exponent))
        std = sqrt(var)
        half = t_ppf(q, n - 1) * std / sqrt(n)
        found.append(_new(Summary, (n, 0, ldexp(mean, exponent), ldexp(std, exponent),
                                    ldexp(mean - half, exponent), ldexp(mean + half, exponent),
                                    median(values), low, high, confidence)))
    return found


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


def summary_of(values, dropped, mean, var, exponent, confidence) -> Summary:
    """A `Summary` from the scaled mean and variance already computed for a test."""
    n = len(values)
    std = math.sqrt(var)
    half = t_ppf((1 + confidence) / 2, n - 1) * std / math.sqrt(n)
    return Summary(n, dropped, math.ldexp(mean, exponent), math.ldexp(std, exponent),
                   math.ldexp(mean - half, exponent), math.ldexp(mean + half, exponent),
                   median(values), min(values), max(values), confidence)


def average_ranks(values: Sequence[float]) -> tuple[list[float], list[int]]:
    """Ranks 1..n, ties sharing the average of the ranks they span; also the size of each group
    of tied values (for tie corrections)."""
    n = len(values)
    counts = _few_levels(values)
    if counts is not None:
        return _level_ranks(values, counts)
    order = sorted(range(n), key=values.__getitem__)
    ordered = list(map(values.__getitem__, order))
    # Where each group of tied values starts in `order`: found at C speed (map, compress).
    starts = [0, *compress(range(1, n), map(ne, ordered[1:], ordered[:-1]))] if n else []
    ties = list(map(sub, [*starts[1:], n], starts))
    ranks = [0.0] * n
    for start, size in zip(starts, ties):
        shared = (start + start + size - 1) / 2 + 1  # the mean of ranks start+1 .. start+size
        if size == 1:
            ranks[order[start]] = shared
        else:
            for i in order[start:start + size]:
                ranks[i] = shared
    return ranks, ties


def _few_levels(values: Sequence[float]) -> Counter | None:
    """How often each value occurs, when the values are finite floats with few distinct ones (a
    grid of settings); else None."""
    if len(values) < 64 or not isinstance(values, list) or set(map(type, values)) != {float} \
            or not all(map(math.isfinite, values)):
        return None
    counts = Counter(values)  # 0.0 and -0.0 are one value here, as they are tied in a sort
    return counts if len(counts) * 16 <= len(values) else None


def _level_ranks(values: Sequence[float], counts: Counter) -> tuple[list[float], list[int]]:
    """average_ranks over few distinct values: each level's shared rank once, then looked up."""
    shared, ties, start = {}, [], 0
    for level in sorted(counts):
        size = counts[level]
        shared[level] = (start + start + size - 1) / 2 + 1
        ties.append(size)
        start += size
    return list(map(shared.__getitem__, values)), ties
