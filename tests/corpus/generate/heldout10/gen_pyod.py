"""HELD-OUT fixture (tenth half, see generate/heldout10/README.md): do not read while tuning the
parser.

Outlier detection with PyOD, as its README's examples write it: ``generate_data`` (seeded, no
download), then for each detector ``clf.fit(X_train)``, the training scores
(``clf.decision_scores_``) and the test scores (``clf.decision_function(X_test)``), and
PyOD's ``evaluate_print`` under ``On Training Data:`` and ``On Test Data:`` headers
(``KNN ROC:0.9987, precision @ rank n:0.95``). Four classical detectors (KNN, Isolation
Forest, ECOD, COPOD) and a PyTorch ``AutoEncoder`` with ``verbose=2``, which prints a line per
epoch (``Epoch 3/12, loss=0.8123, time=0.02s``) after ``Model compiled.``-style messages.

Truth: the values PyOD computed: wrappers of the two functions ``evaluate_print`` calls
(``roc_auc_score``, ``precision_n_scores``, as bound in ``pyod.utils.data``) record what they
return; the line leads with the detector's name under a phase header, so
``<phase>/<detector>/ROC`` and ``<phase>/<detector>/precision @ rank n`` (``train``,
``test``). The AutoEncoder's epoch ``loss`` at the epoch the line states: a wrapper of the
model's ``training_forward`` keeps each batch's loss, and the epoch's value is their mean, as
PyOD computes it; ``time`` in neither map. The detectors' settings printed by the script are
params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT10, Truth, main

SETTINGS = {"n_train": 400, "n_test": 200, "n_features": 6, "contamination": 0.1, "offset": 3,
            "seed": 42,
            "n_neighbors": 5, "ae_epochs": 12, "ae_batch_size": 32}


def run() -> None:
    import numpy as np
    import torch

    import pyod.utils.data as pdata
    from pyod.models.auto_encoder import AutoEncoder
    from pyod.models.copod import COPOD
    from pyod.models.ecod import ECOD
    from pyod.models.iforest import IForest
    from pyod.models.knn import KNN

    s = SETTINGS
    truth = Truth()
    torch.manual_seed(s["seed"])
    torch.set_num_threads(1)
    phase = {"name": "train", "detector": ""}
    roc, prn = pdata.roc_auc_score, pdata.precision_n_scores

    def recording_roc(*args, **kwargs):
        value = roc(*args, **kwargs)
        truth.add(**{f"{phase['name']}/{phase['detector']}/ROC": value})
        return value

    def recording_prn(*args, **kwargs):
        value = prn(*args, **kwargs)
        truth.add(**{f"{phase['name']}/{phase['detector']}/precision @ rank n": value})
        return value

    pdata.roc_auc_score, pdata.precision_n_scores = recording_roc, recording_prn
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    X_train, X_test, y_train, y_test = pdata.generate_data(
        n_train=s["n_train"], n_test=s["n_test"], n_features=s["n_features"],
        contamination=s["contamination"], offset=s["offset"], random_state=s["seed"])
    detectors = [("KNN", KNN(n_neighbors=s["n_neighbors"], contamination=s["contamination"])),
                 ("IForest", IForest(contamination=s["contamination"], random_state=s["seed"])),
                 ("ECOD", ECOD(contamination=s["contamination"])),
                 ("COPOD", COPOD(contamination=s["contamination"])),
                 ("AutoEncoder", AutoEncoder(contamination=s["contamination"],
                                             epoch_num=s["ae_epochs"],
                                             batch_size=s["ae_batch_size"],
                                             hidden_neuron_list=[16, 8], verbose=2,
                                             random_state=s["seed"]))]
    for name, clf in detectors:
        print(f"\n=== {name}", flush=True)
        if name == "AutoEncoder":
            watch_epochs(truth, clf, np)
        clf.fit(X_train)
        sys.stdout.flush()
        for header, label, y, scores in (
                ("On Training Data:", "train", y_train, clf.decision_scores_),
                ("On Test Data:", "test", y_test, clf.decision_function(X_test))):
            print(f"\n{header}", flush=True)
            phase.update(name=label, detector=name)
            pdata.evaluate_print(name, y, scores)
            sys.stdout.flush()
    truth.write("pyod: wrappers of roc_auc_score and precision_n_scores as evaluate_print "
                "calls them (<phase>/<detector>/<metric>); the AutoEncoder's epoch loss as the "
                "mean of its training_forward batch losses, at the epoch; settings = params",
                libraries=("pyod", "torch", "numpy", "scikit-learn"), params=s,
                rel=1e-9, abs_tol=5.1e-5)  # four decimals


def watch_epochs(truth, clf, np) -> None:
    """Keep the AutoEncoder's batch losses; at each epoch's end, their mean at the epoch."""
    losses: list[float] = []
    epochs = iter(range(1, 10**6))
    forward, update = clf.training_forward, clf.epoch_update

    def recording_forward(batch):
        loss = forward(batch)
        losses.append(loss)
        return loss

    def recording_update():
        truth.add(next(epochs), loss=float(np.mean(losses)))
        losses.clear()
        return update()

    clf.training_forward, clf.epoch_update = recording_forward, recording_update


if __name__ == "__main__":
    main(__file__, {"pyod": run}, root=HELDOUT10)
