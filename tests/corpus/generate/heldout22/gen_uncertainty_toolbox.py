"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Evaluating predictive uncertainty with Uncertainty Toolbox (PyPI ``uncertainty-toolbox``): 400
seeded regression targets and two probabilistic predictors (means and standard deviations): one
roughly calibrated, one overconfident (standard deviations a third as wide); each scored with
``uct.metrics.get_all_metrics(pred_mean, pred_std, y)``, which prints its progress (``(1/n)
Calculating accuracy metrics`` ..., two tqdm bars per call on stderr over the adversarial group
sizes, with no postfix) and then its report: sections centred in ``=`` rules (``Accuracy
Metrics``, ``Average Calibration Metrics``, ``Adversarial Group Calibration Metrics``,
``Sharpness Metrics``, ``Scoring Rule Metrics``) of ``  <name>   <value>`` lines with three
decimals (``MAE           0.322``, ``Root-mean-squared Calibration Error   0.032``), and in the
adversarial section two sub-headings, each over three lines ``Group Size: 0.11 -- Calibration
Error: 0.097``. The script prints ``== calibrated ==`` / ``== overconfident ==`` before each.

Truth: the dict ``get_all_metrics`` returns, each metric under the name the report prints
(Uncertainty Toolbox's own ``METRIC_NAMES``); for the adversarial group calibration, the three
entries the report prints (the toolbox's own choice of indices, ``np.linspace(1, n - 1, 3)``) of
``adv_group_cali_mean`` as ``<sub-heading>/Calibration Error`` (the sub-heading carried into the
name, the two repeat the label), their ``group_sizes`` optional as ``<sub-heading>/Group Size``.
The progress counters (``(1/n)``, ``[1/2]``, the bars' counts and rates) are in no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main


def run() -> None:
    import numpy as np
    import uncertainty_toolbox as uct
    from uncertainty_toolbox.metrics import METRIC_NAMES

    np.random.seed(22)  # the adversarial groups are drawn with numpy's global generator
    rng = np.random.default_rng(22)
    n = 400
    y = rng.normal(0, 1, n)
    mean = y + rng.normal(0, 0.4, n)
    std = np.abs(rng.normal(0.42, 0.1, n))
    truth = Truth()
    for title, pred_std in (("calibrated", std), ("overconfident", std / 3)):
        print(f"== {title} ==", flush=True)
        metrics = uct.metrics.get_all_metrics(mean, pred_std, y)
        sys.stdout.flush()
        for section, values in metrics.items():
            if section == "adv_group_calibration":
                for kind, d in values.items():
                    heading = METRIC_NAMES[kind]
                    count = d["group_sizes"].shape[0]
                    for idx in (int(x) for x in np.linspace(1, count - 1, 3)):
                        error = d["adv_group_cali_mean"][idx]
                        truth.add(**{f"{heading}/Calibration Error": error})
                        truth.allow(**{f"{heading}/Group Size": d["group_sizes"][idx]})
                continue
            for key, value in values.items():
                truth.add(**{METRIC_NAMES[key]: value})
    truth.write("Uncertainty Toolbox: the dicts get_all_metrics returns, under its METRIC_NAMES; "
                "the adversarial calibration's three printed entries under their sub-heading",
                libraries=("uncertainty-toolbox", "numpy"), rel=1e-6)  # 3 decimals: rounding rule


if __name__ == "__main__":
    main(__file__, {"uncertainty-toolbox": run}, root=HELDOUT22)
