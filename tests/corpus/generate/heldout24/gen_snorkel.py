"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Weak supervision with Snorkel (PyPI ``snorkel``, on PyTorch, CPU): 400 seeded rows with a hidden
binary label and three noisy features; four labeling functions (thresholds on the features, one
of them close to random) applied with ``PandasLFApplier`` (a tqdm bar on stderr); the summary of
``LFAnalysis(L, lfs).lf_summary(Y=y)`` printed (a frame: ``j Polarity Coverage Overlaps
Conflicts Correct Incorrect Emp. Acc.``); a ``LabelModel`` (``verbose=True``) fitted 100 epochs
with ``log_freq=20`` and its progress bar: Snorkel logs through Python's root logger at INFO,
whose default handler writes to stderr, lines ``INFO:root:[20 epochs]: TRAIN:[loss=0.008]``
between the bar's frames; then the label model's and a majority vote's ``score(...)`` dicts
printed (``{'accuracy': 0.775, 'f1': 0.79..., 'roc_auc': 0.86...}``).

Truth: the LF summary frame's ``Coverage``, ``Overlaps``, ``Conflicts`` and ``Emp. Acc.`` as
``<lf>/<column>`` (``lf_a/Coverage``), ``Correct`` and ``Incorrect`` (counts) and ``j`` (an
index) optional, ``Polarity`` (the labels each function emits) no number; the training loss as
the label model's logger receives it (``Logger.log`` wrapped to record its ``metrics_dict`` and
its epoch count) as ``train/loss`` at that epoch (the key is ``train/loss``; the line prints
``TRAIN:[loss=...]``); the two ``score`` dicts' values under their keys, the label model's first.
tqdm's counters and rates are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main


def run() -> None:
    import warnings

    import numpy as np
    import pandas as pd
    from snorkel.labeling import LFAnalysis, PandasLFApplier, labeling_function
    from snorkel.labeling.model import LabelModel, MajorityLabelVoter
    from snorkel.labeling.model import logger as snorkel_logger

    warnings.simplefilter("ignore")
    rng = np.random.default_rng(24)
    n = 400
    y = rng.integers(0, 2, n)
    df = pd.DataFrame({"a": y + rng.normal(scale=0.8, size=n),
                       "b": y * 2 + rng.normal(scale=1.5, size=n), "c": rng.random(n)})

    @labeling_function()
    def lf_a(x):
        return 1 if x.a > 1.0 else (0 if x.a < -0.2 else -1)

    @labeling_function()
    def lf_b(x):
        return 1 if x.b > 2.5 else -1

    @labeling_function()
    def lf_b0(x):
        return 0 if x.b < -0.5 else -1

    @labeling_function()
    def lf_c(x):
        return 1 if x.c > 0.7 else -1

    lfs = [lf_a, lf_b, lf_b0, lf_c]
    L = PandasLFApplier(lfs).apply(df)
    summary = LFAnalysis(L, lfs).lf_summary(Y=y)
    print(summary, flush=True)
    truth = Truth()
    for lf, row in summary.iterrows():
        truth.add(**{f"{lf}/{col}": row[col]
                     for col in ("Coverage", "Overlaps", "Conflicts", "Emp. Acc.")})
        truth.allow(**{f"{lf}/{col}": row[col] for col in ("j", "Correct", "Incorrect")})

    logged: list[tuple[int, dict]] = []
    original_log = snorkel_logger.Logger.log

    def log(self, metrics_dict):
        logged.append((self.unit_count, dict(metrics_dict)))
        return original_log(self, metrics_dict)

    snorkel_logger.Logger.log = log
    model = LabelModel(cardinality=2, verbose=True)
    model.fit(L, n_epochs=100, log_freq=20, seed=24, progress_bar=True)
    for epoch, metrics in logged:
        truth.add(at=epoch, **{"train/loss": metrics["train/loss"]})
    scores = model.score(L, Y=y, metrics=["accuracy", "f1", "roc_auc"],
                         tie_break_policy="random")
    print(scores, flush=True)
    truth.add(**scores)
    votes = MajorityLabelVoter().score(L, Y=y, metrics=["accuracy", "f1"],
                                       tie_break_policy="random")
    print(votes, flush=True)
    truth.add(**votes)
    truth.write("Snorkel: LFAnalysis.lf_summary's frame, the label model's logged train/loss "
                "(its Logger.log wrapped) and the returned score dicts",
                libraries=("snorkel", "torch", "pandas"), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"snorkel": run}, root=HELDOUT24)
