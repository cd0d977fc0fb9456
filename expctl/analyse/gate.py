"""`expctl check`: pass/fail gates on a run's metric, for CI. Pure computation: no I/O, no store.

Two kinds of gate, combinable in one call:
* bounds: the run's value must lie in [`minimum`, `maximum`];
* baseline: the run must be no worse than the baseline runs' mean by more than a tolerance,
  "worse" following the metric's direction (`expctl.analyse.direction.metric_direction`: lower for loss-like
  names, higher otherwise, or as the user says). With `significant`, a shortfall only fails when
  a one-sided t-test also finds it significant at `alpha`.
"""

from __future__ import annotations

import math
import re

from ..errors import ExpctlError, UsageError
from ..models import record

_TOLERANCE_RE = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)\s*(%?)\s*$")


class Tolerance(record("Tolerance", "amount relative text")):
    """How much worse than the baseline is allowed: `amount` in the metric's units, or, when
    `relative`, in percent of the baseline's mean (`text` as the user wrote it)."""

    __slots__ = ()

    def allowed(self, base: float) -> float:
        """The allowed shortfall for a baseline mean `base` (never negative)."""
        return abs(base) * self.amount / 100.0 if self.relative else self.amount


class Verdict(record("Verdict", "passed reason value baseline p")):
    """The gate's outcome: `passed`, a one-line `reason` (why it failed, or what passed), the
    run's `value`, the baseline mean (None without a baseline) and the t-test's p (or None)."""

    __slots__ = ()


def parse_tolerance(text: str) -> Tolerance:
    """`0.5%` (relative to the baseline) or `0.01` (absolute); UsageError otherwise."""
    match = _TOLERANCE_RE.match(text or "")
    if not match:
        raise UsageError(f"--no-worse-than takes a number or a percentage, not '{text}'",
                         hint="e.g. --no-worse-than 0.5% or --no-worse-than 0.01")
    return Tolerance(float(match.group(1)), match.group(2) == "%", text.strip())


def check_bounds(metric: str, value: float, minimum: float | None, maximum: float | None) -> Verdict:
    """Fails when `value` is NaN, below `minimum` or above `maximum` (bounds are inclusive)."""
    if math.isnan(value):
        return Verdict(False, f"{metric} is NaN", value, None, None)
    if minimum is not None and value < minimum:
        return Verdict(False, f"{metric} = {value:.6g} is below the minimum {minimum:g}",
                       value, None, None)
    if maximum is not None and value > maximum:
        return Verdict(False, f"{metric} = {value:.6g} is above the maximum {maximum:g}",
                       value, None, None)
    return Verdict(True, f"{metric} = {value:.6g} is within bounds", value, None, None)


def check_baseline(metric: str, values: list[float], baseline: list[float], direction: str,
                   tolerance: Tolerance | None, significant: bool = False,
                   alpha: float = 0.05) -> Verdict:
    """Compare the run(s) `values` with the `baseline` values of `metric`.

    `direction` is "max" (higher is better) or "min". The shortfall is how much worse the mean
    of `values` is than the baseline mean; the gate fails when it exceeds the tolerance (0 when
    None). With `significant`, it must also be significant: Welch's t-test when both sides have
    two runs or more; with a single run, the t-test of a new observation against the baseline
    sample (prediction interval: t = (x - mean) / (s * sqrt(1 + 1/n)), df = n - 1). Either
    needs at least two baseline runs (else ExpctlError).
    """
    mean = math.fsum(values) / len(values)
    base = math.fsum(baseline) / len(baseline)
    shortfall = (base - mean) if direction == "max" else (mean - base)
    allowed = tolerance.allowed(base) if tolerance else 0.0
    p = _worse_p(values, baseline, direction) if significant else None
    word = "higher" if direction == "max" else "lower"
    what = (f"{metric} = {mean:.6g} vs baseline {base:.6g} over {len(baseline)} "
            f"run{'s' if len(baseline) != 1 else ''} ({word} is better)")
    limit = f" allowed {tolerance.text}" if tolerance else ""
    if math.isnan(shortfall):
        return Verdict(False, f"{what}: no comparable value (NaN)", mean, base, p)
    if shortfall > allowed and (p is None or p < alpha):
        sig = f", p = {p:.3g} < {alpha:g}" if p is not None else ""
        return Verdict(False, f"{what}: worse by {_amount(shortfall, base)},{limit or ' no loss allowed'}{sig}",
                       mean, base, p)
    note = f" (not significant, p = {p:.3g})" if p is not None and shortfall > allowed else ""
    return Verdict(True, f"{what}: within{limit or ' the baseline'}{note}", mean, base, p)


def _amount(shortfall: float, base: float) -> str:
    pct = f" ({shortfall / abs(base) * 100:.3g}%)" if base else ""
    return f"{shortfall:.6g}{pct}"


def _worse_p(values: list[float], baseline: list[float], direction: str) -> float:
    """One-sided p-value for "the run is worse than the baseline"."""
    from . import stats

    if len(baseline) < 2:
        raise ExpctlError(f"--significant needs at least 2 baseline runs, the baseline has {len(baseline)}",
                          hint="widen --baseline (e.g. several seeds), or drop --significant")
    alternative = "less" if direction == "max" else "greater"
    if len(values) >= 2:
        return stats.ttest_ind(values, baseline, equal_var=False, alternative=alternative).p
    summary = stats.summarize(baseline)
    n, sd = summary.n, summary.std
    diff = values[0] - summary.mean
    if sd == 0:
        worse = diff < 0 if direction == "max" else diff > 0
        return 0.0 if worse else 1.0
    t = diff / (sd * math.sqrt(1 + 1 / n))
    return stats.t_cdf(t, n - 1) if alternative == "less" else stats.t_sf(t, n - 1)
