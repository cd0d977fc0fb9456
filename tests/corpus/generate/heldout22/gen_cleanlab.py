"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Label-quality audit with cleanlab (PyPI ``cleanlab``): 600 seeded examples of four classes
(``cat``, ``dog``, ``fox``, ``owl``), 12% of their given labels flipped, with out-of-sample
predicted probabilities from noisy logits, passed to ``cleanlab.dataset.health_summary(labels,
pred_probs, class_names=...)``, which prints its report: a boxed banner, ``Overall Class Quality
and Noise across your dataset`` (a pandas frame: ``Class Name``, ``Class Index``, ``Label
Issues``, ``Inverse Label Issues``, ``Label Noise``, ``Inverse Label Noise``, ``Label Quality
Score``), ``Class Overlap`` (``Class Name A``, ``Class Name B``, ``Class Index A``, ``Class Index
B``, ``Num Overlapping Examples``, ``Joint Probability``), two starred lines (``about 14% (82 of
the 600) labels ... have potential issues``, ``The overall label health score for this dataset
is: 0.86.``) and a sign-off. pandas fits a frame to the terminal: on the 160-column terminal every
column shows, on a pipe pandas' default 80 columns hide the middle ones behind ``...`` (and
add ``[4 rows x 7 columns]``), so the pipe capture is a twin of another shape.

Truth: the dict ``health_summary`` returns: ``classes_by_label_quality`` as ``<Class
Name>/<column>`` (the row named by its class, not by its printed index) for ``Label Noise``,
``Inverse Label Noise`` and ``Label Quality Score``, the two issue counts optional;
``overlapping_classes`` as ``<Class Name A>/<Class Name B>/Joint Probability``, the overlap count
optional; ``overall_label_health_score`` as ``overall label health score``. Only the columns the
capture shows are in its truth: which ones pandas showed is read from the frame's own ``repr``
under the capture's options (the values are the frame's). The class indices, the ``14%``, the
``82 of the 600`` and the banner's counts are in no truth (no object holds the first three as
such; the last are the data's size).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main


def shown(frame) -> set:
    """The columns pandas shows when it prints `frame` here (a terminal's width or a pipe's)."""
    import re

    head = set(re.split(r"\s{2,}", repr(frame).splitlines()[0].strip()))
    return {c for c in frame.columns if c in head}


def run() -> None:
    import numpy as np
    from cleanlab.dataset import health_summary

    rng = np.random.default_rng(22)
    n, k = 600, 4
    y_true = rng.integers(0, k, n)
    labels = y_true.copy()
    flip = rng.random(n) < 0.12
    labels[flip] = (labels[flip] + rng.integers(1, k, flip.sum())) % k
    logits = rng.normal(0, 1, (n, k))
    logits[np.arange(n), y_true] += 2.2
    probs = np.exp(logits)
    probs /= probs.sum(1, keepdims=True)
    summary = health_summary(labels, probs, class_names=["cat", "dog", "fox", "owl"])
    truth = Truth()
    classes = summary["classes_by_label_quality"]
    cols = shown(classes)
    for _, row in classes.iterrows():
        for col in ("Label Noise", "Inverse Label Noise", "Label Quality Score"):
            if col in cols:
                truth.add(**{f"{row['Class Name']}/{col}": row[col]})
        for col in ("Label Issues", "Inverse Label Issues"):
            if col in cols:
                truth.allow(**{f"{row['Class Name']}/{col}": row[col]})
    overlap = summary["overlapping_classes"]
    cols = shown(overlap)
    for _, row in overlap.iterrows():
        pair = f"{row['Class Name A']}/{row['Class Name B']}"
        if "Joint Probability" in cols:
            truth.add(**{f"{pair}/Joint Probability": row["Joint Probability"]})
        if "Num Overlapping Examples" in cols:
            truth.allow(**{f"{pair}/Num Overlapping Examples": row["Num Overlapping Examples"]})
    truth.add(**{"overall label health score": summary["overall_label_health_score"]})
    truth.write("cleanlab: the dict health_summary returns (its two frames as <class>/<column> "
                "for the columns pandas showed, the overall score); counts optional",
                libraries=("cleanlab", "pandas", "numpy"),
                rel=1e-5, abs_tol=5e-3)  # pandas' six digits; the score's two


if __name__ == "__main__":
    main(__file__, {"cleanlab": run}, root=HELDOUT22)
