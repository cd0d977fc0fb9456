"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Synthetic-data evaluation with SDMetrics (PyPI ``sdmetrics``): a seeded "real" table (age, income,
city, years) against three "synthetic" tables made to fit it worse and worse (a resample with
noise, a shifted one, an independent one), each through ``QualityReport`` and
``DiagnosticReport`` with ``verbose=True``: ``Generating report ...``, tqdm bars drawn as
``|(1/2) Evaluating Column Shapes: |...|`` frames, then ``Column Shapes Score: 83.75%``,
``Column Pair Trends Score: ...%``, ``Overall Score (Average): ...%`` (and ``Data Validity
Score``, ``Data Structure Score`` for the diagnostic report).

Truth: each report's ``get_properties()`` scores and ``get_score()``, in percent as printed,
under the printed labels (``Column Shapes Score``, ``Overall Score (Average)``, ...), in print
order; the six reports share the names.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main


def run() -> None:
    import numpy as np
    import pandas as pd
    from sdmetrics.reports import single_table

    rng = np.random.default_rng(28)
    n = 240
    age = rng.normal(40, 10, n).round()
    real = pd.DataFrame({"age": age, "income": np.exp(9 + 0.03 * age + rng.normal(0, 0.4, n)),
                         "city": rng.choice(["north", "south", "east"], n, p=[0.5, 0.3, 0.2]),
                         "years": np.clip(age - 20 + rng.normal(0, 4, n), 0, None).round()})
    resample = real.sample(n, replace=True, random_state=1).reset_index(drop=True)
    resample["income"] *= np.exp(rng.normal(0, 0.1, n))
    shifted = real.copy()
    shifted["age"] = shifted["age"] + 6
    shifted["city"] = rng.choice(["north", "south", "east"], n, p=[0.2, 0.3, 0.5])
    independent = pd.DataFrame({c: rng.permutation(real[c].to_numpy()) for c in real.columns})
    independent["income"] = rng.lognormal(10.3, 0.6, n)
    metadata = {"columns": {"age": {"sdtype": "numerical"}, "income": {"sdtype": "numerical"},
                            "city": {"sdtype": "categorical"},
                            "years": {"sdtype": "numerical"}}}
    truth = Truth()
    for synthetic in (resample, shifted, independent):
        for report in (single_table.QualityReport(), single_table.DiagnosticReport()):
            report.generate(real, synthetic, metadata, verbose=True)
            props = report.get_properties()
            for prop, score in zip(props["Property"], props["Score"]):
                truth.add(**{f"{prop} Score": 100 * score})
            truth.add(**{"Overall Score (Average)": 100 * report.get_score()})
    truth.write("sdmetrics: get_properties() and get_score() of each single-table QualityReport "
                "and DiagnosticReport, in percent",
                libraries=("sdmetrics", "pandas", "numpy"), rel=1e-9, abs_tol=0.006)


if __name__ == "__main__":
    main(__file__, {"sdmetrics": run}, root=HELDOUT28)
