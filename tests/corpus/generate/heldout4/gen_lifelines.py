"""HELD-OUT fixture (fourth half, see generate/heldout4/README.md): do not read while tuning the
parser.

lifelines' survival regressions on its bundled Rossi recidivism data, as its quickstart prints
them with ``print_summary()``:

* ``CoxPHFitter``: ``<lifelines.CoxPHFitter: fitted with 432 total observations, 318
  right-censored observations>``, a right-aligned ``key = value`` block (``duration col =
  'week'``, ``baseline estimation = breslow``, ``number of observations = 432``, ``partial
  log-likelihood = -658.75``, ``time fit was run = 2026-12-05 ...``), ``---``, the coefficient
  table (``coef exp(coef) se(coef) coef lower 95% ...``, one row per covariate, split by
  lifelines into two blocks of columns whatever the terminal's width), ``---``, then
  ``Concordance = 0.64``, ``Partial AIC = 1331.50``, ``log-likelihood ratio test = 33.27 on 7
  df``, ``-log2(p) of ll-ratio test = 15.37``;
* ``WeibullAFTFitter``: the same layout with ``log-likelihood = ...``, a two-level
  ``param covariate`` index (``lambda_ fin ...``, ``rho_ Intercept``), ``AIC = ...``;
* ``k_fold_cross_validation``'s concordance scores printed as a list after ``C-index per
  fold:`` (``[np.float64(0.6169), ...]``), and their mean ``Mean C-index: 0.6051``.

Truth from the fitters' attributes: ``partial log-likelihood`` (``log_likelihood_``),
``Concordance`` (``concordance_index_``), ``Partial AIC`` (``AIC_partial_``),
``log-likelihood ratio test`` and ``-log2(p) of ll-ratio test`` (``log_likelihood_ratio_test()``:
``test_statistic``, ``-log2(p_value)``), the AFT's ``log-likelihood``, ``Concordance``, ``AIC``
and its ratio test; ``Mean C-index`` from the returned scores. The coefficient tables' cells
(``summary`` DataFrame) are optional, each under its row and column as printed
(``fin/coef``; the AFT's two-level rows ``lambda_/age/coef``; fixed after the half was scored:
they were under the column headers alone, against the other halves' ``<row>/<column>``), as are the counts
(observations, events, ``df``) and the per-fold list's values (under ``C-index per
fold``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT4, Truth, main


def allow_summary(truth: Truth, fitter) -> None:
    for index, row in fitter.summary.iterrows():
        label = "/".join(map(str, index)) if isinstance(index, tuple) else str(index)
        truth.allow(**{f"{label}/{col}": row[col] for col in fitter.summary.columns})


def add_ratio_test(truth: Truth, fitter) -> None:
    import numpy as np

    test = fitter.log_likelihood_ratio_test()
    truth.add(**{"log-likelihood ratio test": test.test_statistic,
                 "-log2(p) of ll-ratio test": -np.log2(test.p_value)})
    truth.allow(df=test.degrees_freedom)


def train() -> None:
    import numpy as np
    from lifelines import CoxPHFitter, WeibullAFTFitter
    from lifelines.datasets import load_rossi
    from lifelines.utils import k_fold_cross_validation

    truth = Truth()
    rossi = load_rossi()
    cph = CoxPHFitter().fit(rossi, duration_col="week", event_col="arrest")
    cph.print_summary()
    truth.add(**{"partial log-likelihood": cph.log_likelihood_,
                 "Concordance": cph.concordance_index_, "Partial AIC": cph.AIC_partial_})
    truth.allow(**{"number of observations": len(rossi),
                   "number of events observed": rossi["arrest"].sum()})
    add_ratio_test(truth, cph)
    allow_summary(truth, cph)
    print()

    aft = WeibullAFTFitter().fit(rossi, duration_col="week", event_col="arrest")
    aft.print_summary()
    truth.add(**{"log-likelihood": aft.log_likelihood_, "Concordance": aft.concordance_index_,
                 "AIC": aft.AIC_})
    truth.allow(**{"number of observations": len(rossi),
                   "number of events observed": rossi["arrest"].sum()})
    add_ratio_test(truth, aft)
    allow_summary(truth, aft)
    print()

    scores = k_fold_cross_validation(CoxPHFitter(), rossi, duration_col="week",
                                     event_col="arrest", k=3, scoring_method="concordance_index",
                                     seed=0)
    print(f"C-index per fold: {[round(s, 4) for s in scores]}")
    print(f"Mean C-index: {np.mean(scores):.4f}")
    for score in scores:
        truth.allow(**{"C-index per fold": round(score, 4)})
    truth.add(**{"Mean C-index": np.mean(scores)})
    truth.write("the fitters' log_likelihood_, concordance_index_, AIC_partial_/AIC_ and "
                "log_likelihood_ratio_test() under the printed labels; k-fold scores' mean; "
                "the summary DataFrames' cells (<covariate>/<column>, <param>/<covariate>/<column>) "
                "and counts optional",
                libraries=("lifelines", "pandas", "numpy"), rel=1e-9, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"lifelines": train}, root=HELDOUT4)
