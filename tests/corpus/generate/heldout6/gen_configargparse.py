"""HELD-OUT fixture (sixth half, see generate/heldout6/README.md): do not read while tuning the
parser.

A training script configured with ConfigArgParse (a config file, command-line overrides and
defaults, the way many research scripts and the ``nerf``/``pix2pix`` lineage do it), which
prints where each setting came from with ``parser.format_values()``:

* ``Command Line Args:   --config /tmp/.../train.conf --alpha 0.0005``, ``Config File
  (/tmp/.../train.conf):`` with indented ``epochs:  8``, ``eta0:  0.05`` ..., ``Defaults:``
  with ``--seed:  0``: the config, in three sections;
* per epoch a line split into phase sections, ``epoch 3 | train: loss 0.2841 acc 0.9248 |
  valid: loss 0.3307 acc 0.9081``;
* ``test: loss 0.3102 acc 0.9194`` and ``saved model to /tmp/.../model.joblib``.

The model is scikit-learn's ``SGDClassifier(loss='log_loss')`` trained epoch by epoch with
``partial_fit`` (mini-batches) on the bundled digits set, standardised.

Truth: ``log_loss`` of ``predict_proba`` and ``accuracy_score`` on each split, as the script
handed them to its print: ``train/loss``, ``train/acc``, ``val/loss``, ``val/acc`` at the
line's epoch (``epoch 3``; the step, optional), ``test/loss``, ``test/acc``. Every setting
``format_values`` printed is a param (the parsed namespace: ``batch_size``, ``alpha``...).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT6, Truth, main

CONFIG = """\
# training configuration
epochs = 8
batch-size = 64
eta0 = 0.05
learning-rate = invscaling
"""


def train() -> None:
    import tempfile
    import warnings

    import configargparse
    import numpy as np
    from sklearn.datasets import load_digits
    from sklearn.linear_model import SGDClassifier
    from sklearn.metrics import accuracy_score, log_loss
    from sklearn.model_selection import train_test_split
    from sklearn.preprocessing import StandardScaler

    warnings.simplefilter("ignore")
    truth = Truth()
    with tempfile.TemporaryDirectory() as tmp:
        config_file = Path(tmp) / "train.conf"
        config_file.write_text(CONFIG)
        parser = configargparse.ArgParser(description="SGD on digits")
        parser.add_argument("--config", is_config_file=True, help="config file")
        parser.add_argument("--epochs", type=int, default=5)
        parser.add_argument("--batch-size", type=int, default=32)
        parser.add_argument("--eta0", type=float, default=0.01)
        parser.add_argument("--learning-rate", default="optimal")
        parser.add_argument("--alpha", type=float, default=0.0001)
        parser.add_argument("--seed", type=int, default=0)
        args = parser.parse_args(["--config", str(config_file), "--alpha", "0.0005"])
        print(parser.format_values())

        x, y = load_digits(return_X_y=True)
        x_train, x_rest, y_train, y_rest = train_test_split(x, y, test_size=0.4,
                                                            random_state=args.seed)
        x_val, x_test, y_val, y_test = train_test_split(x_rest, y_rest, test_size=0.5,
                                                        random_state=args.seed)
        scaler = StandardScaler().fit(x_train)
        x_train, x_val, x_test = (scaler.transform(a) for a in (x_train, x_val, x_test))
        clf = SGDClassifier(loss="log_loss", alpha=args.alpha, eta0=args.eta0,
                            learning_rate=args.learning_rate, random_state=args.seed)
        rng = np.random.default_rng(args.seed)
        classes = np.arange(10)

        def scores(xs, ys):
            return log_loss(ys, clf.predict_proba(xs), labels=classes), \
                accuracy_score(ys, clf.predict(xs))

        for epoch in range(1, args.epochs + 1):
            order = rng.permutation(len(x_train))
            for i in range(0, len(order), args.batch_size):
                idx = order[i:i + args.batch_size]
                clf.partial_fit(x_train[idx], y_train[idx], classes=classes)
            (tl, ta), (vl, va) = scores(x_train, y_train), scores(x_val, y_val)
            print(f"epoch {epoch} | train: loss {tl:.4f} acc {ta:.4f} | "
                  f"valid: loss {vl:.4f} acc {va:.4f}")
            truth.add(epoch, **{"train/loss": tl, "train/acc": ta, "val/loss": vl,
                                "val/acc": va})
            truth.allow(epoch=epoch)
        test_loss, test_acc = scores(x_test, y_test)
        print(f"test: loss {test_loss:.4f} acc {test_acc:.4f}")
        truth.add(**{"test/loss": test_loss, "test/acc": test_acc})
        print(f"saved model to {Path(tmp) / 'model.joblib'}")
    truth.write("log_loss/accuracy_score per split as the script printed them, phase sections "
                "as <phase>/<name> at the line's epoch; the parsed namespace = params",
                libraries=("ConfigArgParse", "scikit-learn", "numpy"), params=vars(args),
                rel=1e-9, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"configargparse": train}, root=HELDOUT6)
