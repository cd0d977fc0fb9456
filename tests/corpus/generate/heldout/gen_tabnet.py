"""HELD-OUT fixture (see tests/corpus/README.md): do not read while tuning the parser.

pytorch-tabnet: a `TabNetClassifier` (``verbose=1``) on `make_classification` data, with two
evaluation sets named ``train`` and ``valid`` and the metrics ``auc`` and ``accuracy``. TabNet
prints one ``|``-separated line per epoch (values rounded to 5 decimals, left-aligned, and the
elapsed time):

    epoch 3  | loss: 0.45076 | train_auc: 0.90072 | train_accuracy: 0.81    | ... |  0:00:12s

and at the end ``Early stopping occurred at epoch 9 with best_epoch = 6 and
best_valid_accuracy = 0.93`` (or ``Stop training because you reached max_epochs = 10 with
...``); ``Device used : cpu`` and ``Best weights from best epoch are automatically used!`` are
warnings on stderr. After training the script prints ``valid accuracy: 0.9300`` of the
returned model.

Truth: `clf.history` (``loss`` and ``<set>_<metric>`` as printed; the ``lr`` it also records is
not printed) at the printed epoch (0-based); ``best_valid_accuracy`` is `clf.best_cost` (no
step); ``best_epoch`` (`clf.best_epoch`) and ``epoch`` are steps, optional. ``max_epochs`` is
a param. The elapsed time is in neither map.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import Truth, main  # noqa: E402

PRINTED = ("loss", "train_auc", "train_accuracy", "valid_auc", "valid_accuracy")
MAX_EPOCHS = 10


def train() -> None:
    from pytorch_tabnet.tab_model import TabNetClassifier
    from sklearn.datasets import make_classification
    from sklearn.metrics import accuracy_score

    X, y = make_classification(500, 10, n_informative=4, flip_y=0.05, random_state=0)
    X_train, y_train, X_valid, y_valid = X[:300], y[:300], X[300:], y[300:]
    clf = TabNetClassifier(seed=0, verbose=1, n_d=8, n_a=8, n_steps=3)
    clf.fit(X_train, y_train, eval_set=[(X_train, y_train), (X_valid, y_valid)],
            eval_name=["train", "valid"], eval_metric=["auc", "accuracy"],
            max_epochs=MAX_EPOCHS, patience=3, batch_size=100, virtual_batch_size=50)
    accuracy = accuracy_score(y_valid, clf.predict(X_valid))
    print(f"valid accuracy: {accuracy:.4f}")
    truth = Truth()
    history = clf.history.history
    for epoch in range(len(history["loss"])):
        truth.add(epoch, **{name: history[name][epoch] for name in PRINTED})
        truth.allow(epoch=epoch)
    truth.add(best_valid_accuracy=clf.best_cost)
    truth.allow(best_epoch=clf.best_epoch)
    truth.add(**{"valid accuracy": accuracy})
    truth.write("clf.history (loss, <set>_<metric>) at the printed epoch; best_valid_accuracy = "
                "clf.best_cost; the script's valid accuracy; best_epoch and epoch optional",
                libraries=("pytorch-tabnet", "torch"), params={"max_epochs": MAX_EPOCHS},
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"tabnet": train}, heldout=True)
