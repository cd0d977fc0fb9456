"""expctl.analyse.stats against scipy.stats, the reference, on hypothesis-generated samples, plus edge cases.

Agreement is to 1e-9 relative. Where a statistic passes through zero (a t near 0, an interval
bound near 0, a correlation near 0) relative error means nothing, so an absolute allowance is
added that is derived from the inputs: the rounding error any algorithm, scipy's included, makes
in a mean of values of that magnitude (`CONDITION` ulps, propagated through the statistic).
scipy is a test-only dependency: expctl never imports it.
"""

from __future__ import annotations

import math
import statistics
from fractions import Fraction
import subprocess
import sys
import warnings

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

scipy_stats = pytest.importorskip("scipy.stats")
scipy_special = pytest.importorskip("scipy.special")

from expctl.analyse import stats  # noqa: E402
from expctl.errors import ExpctlError, UsageError  # noqa: E402

REL = 1e-9
UNDERFLOW = 1e-300
CONDITION = 1e-12  # about 1e4 ulps: generous for the rounding of a sum, far below REL's reach
SCIPY_PPF_NEAR_MEDIAN = 1e-10  # absolute: see test_t_ppf_is_exact_where_scipy_is_not
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Samples as runs produce them: accuracies, losses, timings; ints; a few repeated values (ties).
# Nothing below 1e-100 but 0: scipy squares the values, and squares under 1e-308 vanish (expctl
# rescales first; huge and tiny magnitudes have their own tests below).
values = st.one_of(
    st.floats(-1e6, 1e6).filter(lambda v: v == 0 or abs(v) > 1e-100),
    st.floats(0, 1).filter(lambda v: v == 0 or v > 1e-100),
    st.integers(-5, 5).map(float),
    st.decimals(80, 120, places=2).map(float),
)
samples = st.lists(values, min_size=2, max_size=40)
alternatives = st.sampled_from(stats.ALTERNATIVES)
confidences = st.one_of(st.sampled_from([0.9, 0.95, 0.99]), st.floats(0.5, 0.999))


def close(ours: float, ref: float, allowance: float = 0.0, rel: float = REL) -> bool:
    ref = float(ref)
    if math.isnan(ref) or math.isnan(ours):
        return math.isnan(ref) and math.isnan(ours)
    if math.isinf(ref) or math.isinf(ours):
        return ours == ref
    return abs(ours - ref) <= rel * abs(ref) + allowance


def scipy_quiet(function, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return function(*args, **kwargs)


def not_constant(sample) -> bool:
    return min(sample) != max(sample)


# -- the t distribution ------------------------------------------------------------------------

degrees = st.one_of(st.floats(0.5, 1e5), st.integers(1, 300).map(float))


@SETTINGS
@given(t=st.one_of(st.floats(-60, 60), st.floats(-1e12, 1e12)), df=degrees)
def test_t_cdf_and_sf_match_scipy(t, df):
    # Past 1e-300, doubles lose digits (subnormals) and scipy flushes to 0: an absolute floor.
    cdf, sf = scipy_stats.t.cdf(t, df), scipy_stats.t.sf(t, df)
    if abs(t) < 1e-6:  # scipy rounds 0.5 + t * pdf(0) to 0.5 there (1.2e-9 off at t = 1.9e-9):
        cdf = 0.5 + t * scipy_stats.t.pdf(0, df)  # the series' first terms, exact to t**3
        sf = 0.5 - t * scipy_stats.t.pdf(0, df)
    assert close(stats.t_cdf(t, df), cdf, UNDERFLOW)
    assert close(stats.t_sf(t, df), sf, UNDERFLOW)
    assert close(stats.t_pdf(t, df), scipy_stats.t.pdf(t, df), UNDERFLOW)


@SETTINGS
@given(p=st.one_of(st.floats(1e-12, 1 - 1e-12), st.sampled_from([0.975, 0.995, 0.95, 0.025])),
       df=degrees)
@example(p=0.025, df=98648.64788921454)
def test_t_ppf_matches_scipy_and_inverts_the_cdf(p, df):
    q = stats.t_ppf(p, df)
    assert close(q, scipy_stats.t.ppf(p, df), allowance=1e-15)
    # The continued fraction's rounding grows with df, about 2e-16 per degree at worst (40,000
    # random draws, df 300 to 1e5): 1.0e-11 at p = 0.025, df = 98,649, the case Hypothesis found.
    assert close(stats.t_cdf(q, df), p, rel=1e-13 if df < 1000 else 4e-16 * df)


def test_t_ppf_is_exact_where_scipy_is_not():
    # df = 4 has a closed form, F(t) = 1/2 + x/2 (3/2 - x^2/2) with x = t / sqrt(4 + t^2):
    # solved in 50-digit decimals for the p Hypothesis found, where scipy is 4e-7 off (relative).
    exact = 3.0115215303781452718e-05
    assert close(stats.t_ppf(0.5000112932057368, 4), exact, rel=1e-15)
    assert abs(scipy_stats.t.ppf(0.5000112932057368, 4) - exact) < SCIPY_PPF_NEAR_MEDIAN


def test_t_quantiles_of_the_textbook_table():
    # df = 1 is the Cauchy distribution and df = 2 has a closed form: exact references.
    for p in (0.6, 0.9, 0.975, 0.999, 1e-9):
        cauchy = -1 / math.tan(math.pi * p) if p < 0.5 else 1 / math.tan(math.pi * (1 - p))
        assert close(stats.t_ppf(p, 1), cauchy, rel=1e-13)
        assert close(stats.t_ppf(p, 2), (2 * p - 1) / math.sqrt(2 * p * (1 - p)), rel=1e-13)
    assert round(stats.t_ppf(0.975, 10), 3) == 2.228  # the printed table every course uses
    assert stats.t_ppf(0.5, 7) == 0.0
    assert stats.t_ppf(0.0, 3) == -math.inf and stats.t_ppf(1.0, 3) == math.inf


@SETTINGS
@given(a=st.floats(0.01, 2000), b=st.floats(0.01, 2000),
       x=st.floats(0, 1).filter(lambda v: v == 0 or v > 1e-300))  # no 1-bit subnormals
def test_regularised_incomplete_beta_matches_scipy(a, b, x):
    ref = scipy_special.betainc(a, b, x)
    # Below about 1e-250 scipy itself loses digits, more the deeper (see the exact tests below:
    # 2.7e-9 off at 1e-289, 1.9e-6 at 2.2e-273, 1.3e-4 at 3.5e-294, where ours is within 1e-13
    # of the exact sum): there it is only a sanity check; the exact sums are the reference.
    assert close(stats.betainc(a, b, x), ref, UNDERFLOW, rel=REL if ref > 1e-250 else 1e-2)


@SETTINGS
@given(a=st.integers(1, 400), b=st.integers(1, 400), k=st.integers(0, 2 ** 20))
def test_regularised_incomplete_beta_is_exact_for_whole_a_and_b(a, b, k):
    # For whole a and b, I_x(a, b) = P(Binomial(a + b - 1, x) >= a): a finite sum, computed here in
    # exact rational arithmetic, at x = k / 2^20 (exact in binary).
    n, m = a + b - 1, 2 ** 20
    numerator = sum(math.comb(n, j) * k ** j * (m - k) ** (n - j) for j in range(a, n + 1))
    exact = numerator / m ** n  # a division of exact integers: correctly rounded
    assert close(stats.betainc(a, b, k / m), exact, UNDERFLOW, rel=1e-12)


def test_incomplete_beta_deep_in_the_tail_where_scipy_loses_digits():
    exact = 1.3434188772927599e-289  # the binomial sum for a = 305, b = 16, x = 3/32
    assert stats.betainc(305.0, 16.0, 0.09375) == pytest.approx(exact, rel=1e-12)
    assert abs(scipy_special.betainc(305.0, 16.0, 0.09375) / exact - 1) > 1e-9
    # A case hypothesis found against scipy: whole a and b, x = 5/32; the exact binomial sum.
    exact = 2.227710279074641e-273
    assert stats.betainc(391.0, 30.0, 0.15625) == pytest.approx(exact, rel=1e-12)
    assert abs(scipy_special.betainc(391.0, 30.0, 0.15625) / exact - 1) > 1e-6
    # Another (a CI run's): x = 11/64, scipy 1.3e-4 off.
    exact = 3.468403091576042e-294
    assert stats.betainc(416.0, 15.0, 0.171875) == pytest.approx(exact, rel=1e-12)
    assert abs(scipy_special.betainc(416.0, 15.0, 0.171875) / exact - 1) > 1e-5


@SETTINGS
@given(a=st.floats(0.01, 1e7), b=st.floats(0.01, 1e7))
@example(a=0.125, b=454593.25)
def test_log_beta_matches_scipy(a, b):
    # Absolute: scipy's betaln sums lgammas and is itself only that accurate near 0: a few units
    # in the last place of the largest of them (1e-16 of it was under one unit: a flake).
    ref = scipy_special.betaln(a, b)
    ulps = 4 * sys.float_info.epsilon * (abs(math.lgamma(a)) + abs(math.lgamma(a + b)))
    assert close(stats.log_beta(a, b), ref, allowance=ulps)


def test_log_beta_where_scipy_loses_digits():
    # A case hypothesis found: scipy's betaln is 1.06e-9 off (one unit of log Γ(454593) ~ 5.5e6);
    # the exact value by Stirling's series in 50-digit decimals, log Γ(1/8) from math.lgamma.
    assert stats.log_beta(0.125, 454593.25) == pytest.approx(0.39102368509466267, rel=1e-15)
    assert abs(scipy_special.betaln(0.125, 454593.25) - 0.39102368509466267) > 1e-9


@SETTINGS
@given(a=st.floats(0.1, 1e6), b=st.floats(0.1, 1e6))
def test_log_beta_keeps_the_recurrence_across_both_methods(a, b):
    # B(a + 1, b) = B(a, b) a / (a + b): exact, and it crosses from lgamma sums to Stirling at 10.
    step = stats.log_beta(a + 1, b) - stats.log_beta(a, b)
    scale = max(1.0, abs(stats.log_beta(a, b)), abs(stats.log_beta(a + 1, b)))
    assert abs(step - math.log(a / (a + b))) <= 1e-13 * scale


# -- the two-sample t-test ---------------------------------------------------------------------

@SETTINGS
@given(x=samples, y=samples, equal_var=st.booleans(), alternative=alternatives,
       confidence=confidences)
@example(x=[0.0, 1.0, 1.0], y=[0.0, 1.0, 1.0], equal_var=False, alternative="greater",
         confidence=0.5000112932057368)  # a quantile just off the median (see SCIPY_PPF_...)
@example(x=[0.0, 1.0883572919493785e-94], y=[0.0, 1.0883572919493785e-94], equal_var=False,
         alternative="two-sided", confidence=0.9)  # Welch's terms squared underflow (see below)
def test_ttest_matches_scipy(x, y, equal_var, alternative, confidence):
    assume(not_constant(x) or not_constant(y))
    ours = stats.ttest_ind(x, y, equal_var=equal_var, alternative=alternative,
                           confidence=confidence)
    ref = scipy_quiet(scipy_stats.ttest_ind, x, y, equal_var=equal_var, alternative=alternative)
    interval = ref.confidence_interval(confidence)
    magnitude = max(abs(v) for v in x + y)
    t_allowance = CONDITION * magnitude / ours.se
    assert close(ours.t, ref.statistic, t_allowance)
    if not equal_var and _welch_terms_underflow(x, y):
        assert close(ours.df, _exact_welch_df(x, y))  # scipy's df, p and interval underflowed
        return
    assert close(ours.p, ref.pvalue, t_allowance)  # |dp/dt| < 1
    assert close(ours.df, ref.df)
    # scipy's t.ppf is good to about 1e-11 absolute just off the median: at p = 0.5000113,
    # df = 4 it is 1.3e-11 from the exact quantile (ours is exact to 16 digits there).
    ci_allowance = CONDITION * (magnitude + ours.se) + SCIPY_PPF_NEAR_MEDIAN * ours.se
    assert close(ours.ci_low, interval.low, ci_allowance)
    assert close(ours.ci_high, interval.high, ci_allowance)
    assert close(ours.diff, float(sum(x)) / len(x) - float(sum(y)) / len(y), CONDITION * magnitude)
    assert (ours.x.n, ours.y.n) == (len(x), len(y))


def _welch_terms_underflow(x, y) -> bool:
    """Whether a Welch term (s²/n)² of a sample underflows to 0 in floats while s² does not
    (values near 1e-94): scipy's df is then no number to compare with (it gave 1 where the
    exact Welch df of two equal two-point samples is 2, which ours gives)."""
    terms = [statistics.variance(s) / len(s) for s in (x, y)]
    return any(term > 0 and term * term == 0 for term in terms)


def _exact_welch_df(x, y) -> float:
    """The Welch-Satterthwaite df of `x` and `y` in exact rational arithmetic."""
    terms = [Fraction(statistics.variance([Fraction(v) for v in s])) / len(s) for s in (x, y)]
    return float(sum(terms) ** 2 / sum(term ** 2 / (len(s) - 1) for term, s in zip(terms, (x, y))))


@SETTINGS
@given(x=samples, y=samples)
def test_hedges_g_matches_its_definition(x, y):
    assume(not_constant(x) or not_constant(y))
    result = stats.ttest_ind(x, y)
    m = len(x) + len(y) - 2
    pooled = math.hypot(math.sqrt(len(x) - 1) * result.x.std,
                        math.sqrt(len(y) - 1) * result.y.std) / math.sqrt(m)
    correction = scipy_special.gamma(m / 2) / (math.sqrt(m / 2) * scipy_special.gamma((m - 1) / 2)) \
        if m < 300 else 1 - 3 / (4 * m - 1)
    rel = REL if m < 300 else 1e-6  # the approximation's own error beyond that
    assert close(result.hedges_g, result.diff / pooled * correction, 1e-9, rel=rel)


def test_hedges_g_known_value():
    # d = 2 with n = 4 + 4: J(6) = Γ(3) / (sqrt(3) Γ(2.5)) = 0.8596...
    result = stats.ttest_ind([3, 4, 5, 6], [1, 2, 3, 4])
    assert result.diff == 2.0
    pooled = math.sqrt(5 / 3)
    assert result.hedges_g == pytest.approx(2 / pooled * 2 / (math.sqrt(3) * 0.75 * math.sqrt(math.pi)), rel=1e-14)


def test_a_group_of_one_run_is_a_clear_error():
    with pytest.raises(ExpctlError) as caught:
        stats.ttest_ind([0.91], [0.90, 0.92, 0.93])
    assert caught.value.message == "the first group has 1 value; a t-test needs at least 2 in each group"
    assert "seeds" in caught.value.hint
    with pytest.raises(ExpctlError, match=r"second group has 1 value \(2 NaN or infinite excluded\)"):
        stats.ttest_ind([1, 2, 3], [5, math.nan, math.inf])
    with pytest.raises(ExpctlError, match="has 0 values"):
        stats.ttest_ind([], [1, 2])


def test_zero_variance_in_one_group():
    x, y = [0.5, 0.5, 0.5, 0.5], [0.61, 0.62, 0.66, 0.60, 0.64]
    ours = stats.ttest_ind(x, y)
    ref = scipy_quiet(scipy_stats.ttest_ind, x, y, equal_var=False)
    assert ours.df == pytest.approx(len(y) - 1, rel=1e-14)  # all the uncertainty is y's
    assert close(ours.t, ref.statistic) and close(ours.p, ref.pvalue)
    assert ours.x.std == 0.0 and ours.x.ci_low == ours.x.ci_high == 0.5


def test_zero_variance_in_both_groups():
    different = stats.ttest_ind([1.0, 1.0, 1.0], [2.0, 2.0])
    assert different.t == -math.inf and different.p == 0.0
    assert different.ci_low == different.ci_high == different.diff == -1.0
    assert different.hedges_g == -math.inf
    assert stats.ttest_ind([1.0, 1.0], [2.0, 2.0], alternative="greater").p == 1.0
    assert different.df == 3.0  # Welch–Satterthwaite is 0/0 here: reported as n1 + n2 - 2
    same = stats.ttest_ind([0.1, 0.1, 0.1], [0.1, 0.1])
    assert math.isnan(same.t) and math.isnan(same.p) and math.isnan(same.hedges_g)
    assert same.diff == 0.0


def test_identical_groups():
    sample = [0.81, 0.84, 0.79, 0.86]
    for equal_var in (False, True):
        result = stats.ttest_ind(sample, list(reversed(sample)), equal_var=equal_var)
        assert result.t == 0.0 and result.p == 1.0 and result.diff == 0.0
        assert result.ci_low == -result.ci_high
        assert result.hedges_g == 0.0


@pytest.mark.parametrize("scale", [2.0 ** 900, 2.0 ** -1000, 1e250, 1e-250, 1e-310])
def test_huge_and_tiny_magnitudes_give_the_same_statistics(scale):
    x, y = [3.1, 2.9, 3.4, 3.0], [3.6, 3.9, 3.5, 4.1, 3.8]
    plain = stats.ttest_ind(x, y)
    scaled = stats.ttest_ind([v * scale for v in x], [v * scale for v in y])
    subnormal = scale < 1e-300  # the inputs themselves lose digits there
    rel = 1e-5 if subnormal else 1e-14
    assert scaled.t == pytest.approx(plain.t, rel=rel)
    assert scaled.p == pytest.approx(plain.p, rel=rel)
    assert scaled.df == pytest.approx(plain.df, rel=rel)
    assert scaled.hedges_g == pytest.approx(plain.hedges_g, rel=rel)
    assert scaled.diff / scale == pytest.approx(plain.diff, rel=rel)
    assert scaled.ci_high / scale == pytest.approx(plain.ci_high, rel=rel)
    assert scaled.x.std / scale == pytest.approx(plain.x.std, rel=rel)
    corr = stats.pearsonr([v * scale for v in x], [1, 5, 2, 3])
    assert corr.r == pytest.approx(stats.pearsonr(x, [1, 5, 2, 3]).r, rel=rel)


def test_huge_values_where_scipy_overflows():
    x, y = [1e300, 1.2e300, 0.9e300], [1.5e300, 1.7e300, 1.6e300]
    result = stats.ttest_ind(x, y)
    reference = scipy_stats.ttest_ind([v / 1e300 for v in x], [v / 1e300 for v in y], equal_var=False)
    assert close(result.t, reference.statistic) and close(result.p, reference.pvalue)
    assert math.isfinite(result.x.std)


def test_nan_values_are_excluded_and_counted():
    x = [0.9, math.nan, 0.92, 0.95, math.nan]
    y = [0.8, 0.81, math.inf, 0.79]
    result = stats.ttest_ind(x, y)
    clean = stats.ttest_ind([0.9, 0.92, 0.95], [0.8, 0.81, 0.79])
    assert (result.x.n, result.x.dropped, result.y.n, result.y.dropped) == (3, 2, 3, 1)
    assert (result.t, result.p, result.df) == (clean.t, clean.p, clean.df)
    corr = stats.pearsonr([1, 2, math.nan, 4, 5], [2, 1, 3, math.nan, 7])
    assert (corr.n, corr.dropped) == (3, 2)
    assert corr == stats.pearsonr([1, 2, 5], [2, 1, 7])._replace(dropped=2)
    assert stats.summarize([1.0, math.nan, 3.0]).dropped == 1


def test_bad_arguments_are_usage_errors():
    with pytest.raises(UsageError, match="unknown alternative 'bigger'"):
        stats.ttest_ind([1, 2], [3, 4], alternative="bigger")
    with pytest.raises(UsageError, match="confidence level 95 is not between 0 and 1"):
        stats.ttest_ind([1, 2], [3, 4], confidence=95)


# -- correlation -------------------------------------------------------------------------------

pairs = st.integers(3, 40).flatmap(lambda n: st.tuples(
    st.lists(values, min_size=n, max_size=n), st.lists(values, min_size=n, max_size=n)))


@SETTINGS
@given(data=pairs)
def test_pearson_matches_scipy(data):
    x, y = data
    assume(not_constant(x) and not_constant(y))
    ours = stats.pearsonr(x, y)
    ref = scipy_quiet(scipy_stats.pearsonr, x, y)
    assert close(ours.r, ref.statistic, 1e-12)
    # p is infinitely sensitive to r at r = +-1; there the reference's own rounding of r decides.
    if abs(ref.statistic) < 1 - 1e-6:
        assert close(ours.p, ref.pvalue, 1e-12)
    assert ours.n == len(x)


@SETTINGS
@given(data=pairs)
def test_spearman_matches_scipy(data):
    x, y = data
    assume(not_constant(x) and not_constant(y))
    ours = stats.spearmanr(x, y)
    ref = scipy_quiet(scipy_stats.spearmanr, x, y)
    assert close(ours.r, ref.statistic, 1e-12)
    if abs(ref.statistic) < 1 - 1e-6:
        assert close(ours.p, ref.pvalue, 1e-12)


def test_perfect_correlations_are_exact():
    # Exact integer sums: a perfectly monotone relation is exactly +-1 (scipy's rank correlation
    # gives -0.9999999999999999 and p = 1.4e-24 for this one).
    x = [1.1082741415232975, -0.722201358829859, -0.9146757738114957, 0.12834547935935176, 0.3]
    y = [-v * 3 for v in x]
    assert stats.spearmanr(x, y) == (-1.0, 0.0, 5, 0)
    assert stats.pearsonr([0, 1, 1], [1, 1.5, 1.5]) == (1.0, 0.0, 3, 0)


def test_correlation_edge_cases():
    assert stats.pearsonr([1, 2], [5, 3]) == (-1.0, 1.0, 2, 0)
    constant = stats.pearsonr([1, 1, 1], [1, 2, 3])
    assert math.isnan(constant.r) and math.isnan(constant.p)
    with pytest.raises(ExpctlError, match="at least 2 complete pairs"):
        stats.spearmanr([1, math.nan], [2, 3])


# -- Mann-Whitney ------------------------------------------------------------------------------

small_samples = st.lists(st.one_of(st.floats(-100, 100), st.integers(0, 6).map(float)),
                         min_size=1, max_size=14)


@SETTINGS
@given(x=small_samples, y=small_samples, alternative=alternatives)
def test_mann_whitney_matches_scipy(x, y, alternative):
    ours = stats.mannwhitneyu(x, y, alternative=alternative)
    ref = scipy_quiet(scipy_stats.mannwhitneyu, x, y, alternative=alternative)
    assert ours.u == float(ref.statistic)
    assert close(ours.p, ref.pvalue, 1e-15)
    tied = len(set(x + y)) < len(x + y)
    expected = "asymptotic" if tied or (len(x) > 8 and len(y) > 8) else "exact"
    assert ours.method == expected


def test_mann_whitney_exact_distribution_small_case():
    # n = 3 + 3, complete separation: 1 ordering of 20 gives U = 9.
    result = stats.mannwhitneyu([4, 5, 6], [1, 2, 3], alternative="greater")
    assert (result.u, result.p, result.method, result.rank_biserial) == (9.0, 0.05, "exact", 1.0)
    assert stats.mannwhitneyu([4, 5, 6], [1, 2, 3]).p == 0.1
    assert stats.mannwhitneyu([2, 2, 2], [2, 2]).p == 1.0  # every value tied


def test_mann_whitney_large_sample_exact_counts_stay_exact():
    x = [float(i) for i in range(8)]
    y = [float(i) + 0.5 for i in range(200)]
    ours = stats.mannwhitneyu(x, y, method="exact")
    assert close(ours.p, scipy_stats.mannwhitneyu(x, y, method="exact").pvalue)


# -- eta squared, Holm -------------------------------------------------------------------------

@SETTINGS
@given(groups=st.lists(st.lists(values, min_size=2, max_size=12), min_size=2, max_size=5))
@example(groups=[[0.0, 1.192092896e-07], [17.0, 17.0]])
def test_eta_squared_f_test_matches_scipy_f_oneway(groups):
    flat = [v for g in groups for v in g]
    assume(not_constant(flat) and any(not_constant(g) for g in groups))
    ours = stats.eta_squared(groups)
    # F is scale-free: give scipy the values scaled (exactly, by a power of two) near 1, where
    # its sums of squares cannot underflow.
    exponent = math.frexp(max(abs(v) for v in flat))[1]
    groups = [[math.ldexp(v, -exponent) for v in g] for g in groups]
    flat = [v for g in groups for v in g]
    ref = scipy_quiet(scipy_stats.f_oneway, *groups)
    magnitude = max(abs(v) for v in flat)
    if math.isnan(ref.pvalue):  # equal means: scipy's F is a negative rounding residue of 0
        assert abs(ours.f) < 1e-20 and close(ours.p, 1.0)
        return
    # When the groups barely vary inside (eta² near 1), scipy's within-group sum of squares is
    # what is left after subtracting two large sums: its relative error grows like SS_total /
    # SS_within (kappa), and so does the allowance. Worked case: [[8459, 8463], [0, 0, 0]] has
    # F = 85906225.2 * 3 / 8 = 32214834.45 exactly; expctl gives ...450000007, scipy ...51.
    if math.isinf(ref.statistic) and math.isfinite(ours.f):
        # scipy's within-group sum of squares cancelled to 0; two passes keep it: F is checked
        # against its definition instead ([[0, 1.19e-07], [17, 17]]: F = 8.1e16, scipy inf).
        within = math.fsum((v - sum(g) / len(g)) ** 2 for g in groups for v in g)
        mean = sum(flat) / len(flat)
        between = math.fsum(len(g) * (sum(g) / len(g) - mean) ** 2 for g in groups)
        f = between / (len(groups) - 1) / (within / (len(flat) - len(groups)))
        assert close(ours.f, f, rel=1e-6) and ours.p < 1e-9
        return
    kappa = 1 / (1 - ours.eta_squared) if ours.eta_squared < 1 else math.inf
    slack = CONDITION * kappa * len(flat)
    assert close(ours.f, ref.statistic, CONDITION * magnitude ** 2 * len(flat), rel=REL + slack)
    assert close(ours.p, ref.pvalue, 1e-9, rel=REL + slack)
    grand = sum(flat) / len(flat)
    total = sum((v - grand) ** 2 for v in flat)
    between = sum(len(g) * (sum(g) / len(g) - grand) ** 2 for g in groups)
    assert close(ours.eta_squared, between / total, 1e-9)


def test_eta_squared_when_groups_barely_vary_inside():
    result = stats.eta_squared([[8459.0, 8463.0], [0.0, 0.0, 0.0]])
    assert result.f == pytest.approx(32214834.45, rel=1e-15)
    assert result.eta_squared == pytest.approx(1 - 8 / 85906233.2, rel=1e-15)


def test_eta_squared_edge_cases():
    assert math.isnan(stats.eta_squared([[1.0, 2.0]]).eta_squared)  # one group
    assert math.isnan(stats.eta_squared([[1.0, 1.0], [1.0]]).eta_squared)  # constant metric
    singletons = stats.eta_squared([[1.0], [2.0], [4.0]])
    assert singletons.eta_squared == 1.0 and math.isnan(singletons.p)


def test_holm_adjustment():
    # Holm (1979)'s worked shape: sorted p (0.01, 0.02, 0.04) times (3, 2, 1), made monotone.
    assert holm_rounded([0.04, 0.01, 0.02]) == [0.04, 0.03, 0.04]
    assert holm_rounded([0.5, 0.001]) == [0.5, 0.002]
    assert holm_rounded([0.3, 0.2]) == [0.4, 0.4]
    assert holm_rounded([0.9, 0.8]) == [1.0, 1.0]
    adjusted = stats.holm([0.2, math.nan, 0.01])
    assert adjusted[0] == 0.2 and math.isnan(adjusted[1]) and adjusted[2] == 0.02


def holm_rounded(p):
    return [round(v, 12) for v in stats.holm(p)]


@SETTINGS
@given(p=st.lists(st.floats(0, 1), min_size=1, max_size=20))
def test_holm_never_lowers_a_p_value_and_keeps_the_order(p):
    adjusted = stats.holm(p)
    assert all(a >= b and a <= 1 for a, b in zip(adjusted, p))
    order = sorted(range(len(p)), key=p.__getitem__)
    assert all(adjusted[i] <= adjusted[j] for i, j in zip(order, order[1:]))


# -- summaries and start-up --------------------------------------------------------------------

def test_summary_interval_uses_student_t():
    summary = stats.summarize([0.62, 0.65, 0.61, 0.66])
    ref = scipy_stats.t.interval(0.95, 3, loc=summary.mean, scale=summary.std / 2)
    assert close(summary.ci_low, ref[0]) and close(summary.ci_high, ref[1])
    one = stats.summarize([0.7])
    assert one.n == 1 and one.mean == 0.7 and math.isnan(one.std) and math.isnan(one.ci_low)
    assert stats.summarize([]).n == 0


def test_stats_imports_only_the_standard_library():
    code = ("import sys; import expctl.analyse.stats; "
            "print(','.join(m for m in ('numpy', 'scipy', 'typer', 'rich') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@given(st.lists(st.tuples(st.integers(-300, 300), st.sampled_from([1.0, 2.0, 0.5, 1e6])), min_size=3,
                max_size=40),
       st.lists(values, min_size=40, max_size=40))
@SETTINGS
def test_small_integers_of_whole_numbers_and_halves_give_the_same_bits(grid, metric):
    """Whole numbers and halves (ranks, a batch size) become integers as they are, or doubled:
    r is a ratio the scale cancels out of, so it is bit for bit what integers scaled by 2^60 give."""
    from expctl.analyse.correlation import _exact_integers, _integer_correlation

    xs = [k / 2 * unit if unit != 0.5 else k / 2 for k, unit in grid]
    ys = [float(v) for v in metric[:len(xs)]]
    small = _exact_integers(xs)
    assert max(map(abs, small)) < 2 ** 60
    wide = [int(math.ldexp(v, 60)) for v in xs]
    ys_integers = _exact_integers(ys)
    assert _integer_correlation(small, ys_integers) == _integer_correlation(wide, ys_integers)


@given(st.floats(allow_nan=False, allow_infinity=False) | st.sampled_from([0.0, -0.0, 5e-324, -1.7976931348623157e308]),
       st.integers(0, 3))
@SETTINGS
def test_a_summary_of_one_value_is_that_value(value, nans):
    """One finite value (NaNs beside it dropped): mean, median, min and max are the value itself,
    bit for bit (its sign of zero, subnormals, the largest float); no spread, no interval."""
    summary = stats.summarize([value] + [math.nan] * nans)
    assert (summary.n, summary.dropped) == (1, nans)
    for field in (summary.mean, summary.median, summary.min, summary.max):
        assert field == value and math.copysign(1, field) == math.copysign(1, value)
    assert all(map(math.isnan, (summary.std, summary.ci_low, summary.ci_high)))
