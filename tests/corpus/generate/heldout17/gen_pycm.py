"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

A multi-class evaluation report with PyCM (PyPI ``pycm``): a ``ConfusionMatrix`` of 200
seeded labels (``bird``, ``cat``, ``dog``) against noisy predictions, ``print_matrix()`` (a
``Predict`` by ``Actual`` count table), then ``stat()`` restricted to seven overall and six
per-class statistics, as PyCM prints its report: ``Overall Statistics :`` with one line per
statistic, label left and value far right (``Kappa      0.65812``, ``95% CI   (0.71713,0.83287)``),
then ``Class Statistics :`` with a ``Classes  bird  cat  dog`` header and one row per
statistic, its label followed by a description in parentheses (``F1(F1 score - harmonic mean
of precision and sensitivity)   0.75676   0.8   0.75806``).

Truth: the ``ConfusionMatrix`` object's own dictionaries, read by the same process:
``overall_stat`` for the overall lines under their printed names (``95% CI`` gives two values,
the interval's bounds), ``class_stat`` for the class rows as ``<statistic>/<class>``
(``F1/bird``, ``ACC/dog``), unstepped. Optional: the matrix's counts (``table``) as
``<actual>/<predicted>``. Judgement: a class row's label is the statistic's name (``ACC``,
``F1``) followed by its description in parentheses, which is prose, not part of the name.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

OVERALL = ["ACC Macro", "Kappa", "Overall ACC", "F1 Macro", "95% CI", "Overall MCC",
           "Cross Entropy"]
CLASS = ["ACC", "TPR", "PPV", "F1", "AUC", "MCC"]


def run() -> None:
    import numpy as np
    import pycm
    from pycm import ConfusionMatrix

    rng = np.random.default_rng(0)
    labels = ["cat", "dog", "bird"]
    actual = rng.choice(labels, 200, p=[.5, .3, .2])
    predicted = np.where(rng.random(200) < 0.75, actual, rng.choice(labels, 200))
    cm = ConfusionMatrix(actual_vector=[str(a) for a in actual],
                         predict_vector=[str(p) for p in predicted])
    cm.print_matrix()
    cm.stat(overall_param=OVERALL, class_param=CLASS)
    truth = Truth()
    for name in OVERALL:
        value = cm.overall_stat[name]
        for v in (value if isinstance(value, tuple) else (value,)):
            truth.add(**{name: v})
    for name in CLASS:
        truth.add(**{f"{name}/{c}": v for c, v in sorted(cm.class_stat[name].items())})
    for a, row in cm.table.items():
        truth.allow(**{f"{a}/{p}": n for p, n in row.items()})
    truth.write(f"pycm {pycm.__version__}: the ConfusionMatrix's overall_stat (95% CI: both "
                "bounds) and class_stat as <statistic>/<class>; the counts optional",
                libraries=("pycm", "numpy"), params=None,
                rel=1e-9, abs_tol=5e-6)  # five decimals


if __name__ == "__main__":
    main(__file__, {"pycm": run}, root=HELDOUT17)
