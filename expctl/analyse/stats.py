"""Statistics for telling real differences between runs from noise. Pure maths, standard library only.

Everything here works on plain sequences of floats and returns named tuples; nothing does I/O.
This module is the one name the analyses import; the maths lives in four modules beside it:
`summary.py` (one sample), `distributions.py` (Student's t through the incomplete beta),
`significance.py` (t-tests, Mann-Whitney, Holm) and `correlation.py` (Pearson, Spearman, eta²).
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

from .distributions import betainc, log_beta, t_cdf, t_pdf, t_ppf, t_sf
from .significance import MannWhitney, TTest, hedges_g, holm, mannwhitneyu, ttest_ind
from .summary import (
    ALTERNATIVES, Summary, average_ranks, check_alternative, check_confidence, finite_values, median,
    summaries, summarize,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing`
if TYPE_CHECKING:
    from .correlation import Anova, Correlation, eta_squared, finite_pairs, pearsonr, spearmanr

_CORRELATION = frozenset(("Anova", "Correlation", "eta_squared", "finite_pairs", "pearsonr",
                          "spearmanr"))


def __getattr__(name: str):
    """The correlation names, loaded when first asked for: a t-test does not need them."""
    if name not in _CORRELATION:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import correlation

    value = globals()[name] = getattr(correlation, name)
    return value


__all__ = [
    "ALTERNATIVES", "Anova", "Correlation", "MannWhitney", "Summary", "TTest", "average_ranks",
    "betainc", "check_alternative", "check_confidence", "eta_squared", "finite_pairs",
    "finite_values", "hedges_g", "holm", "log_beta", "mannwhitneyu", "median", "pearsonr",
    "spearmanr", "summaries", "summarize", "t_cdf", "t_pdf", "t_ppf", "t_sf", "ttest_ind",
]
