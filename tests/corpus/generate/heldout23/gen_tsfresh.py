"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

Time-series feature extraction with tsfresh (PyPI ``tsfresh``): three seeded noisy sine series of
50 steps in long format (``id``, ``time``, ``value``), ``extract_features(df, column_id="id",
column_sort="time", default_fc_parameters=MinimalFCParameters(), n_jobs=0)`` (a tqdm bar
``Feature Extraction`` on stderr), and the returned frame printed transposed (``print(X.T)``: a
row per feature, ``value__sum_values``, ``value__median``, ..., a column per series), as one
looks at a few series' features.

Truth from the returned frame: ``<feature>/<series>`` (the row, then the column);
``value__length`` is a count: optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main


def run() -> None:
    import numpy as np
    import pandas as pd
    from tsfresh import extract_features
    from tsfresh.feature_extraction import MinimalFCParameters

    rng = np.random.default_rng(23)
    rows = []
    for sid in range(3):
        for t in range(50):
            rows.append((f"s{sid}", t, np.sin(t / (3 + sid)) + rng.normal(scale=0.2)))
    df = pd.DataFrame(rows, columns=["id", "time", "value"])
    features = extract_features(df, column_id="id", column_sort="time",
                                default_fc_parameters=MinimalFCParameters(), n_jobs=0)
    print(features.T, flush=True)
    truth = Truth()
    for series, row in features.iterrows():
        for feature, value in row.items():
            name = f"{feature}/{series}"
            if feature.endswith("__length"):
                truth.allow(**{name: value})
            else:
                truth.add(**{name: value})
    truth.write("tsfresh: the frame extract_features returned, as <feature>/<series>; the "
                "lengths optional",
                libraries=("tsfresh", "pandas"), rel=5e-6, abs_tol=5e-7)  # pandas' six digits


if __name__ == "__main__":
    main(__file__, {"tsfresh": run}, root=HELDOUT23)
