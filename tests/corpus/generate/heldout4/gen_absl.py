"""HELD-OUT fixture (fourth half, see generate/heldout4/README.md): do not read while tuning the
parser.

A trainer in the style of the JAX/Flax and TensorFlow research examples: ``absl.app.run`` with
``absl.flags``, an ``ml_collections.ConfigDict`` config, and ``absl.logging`` (its
Google-style prefix ``I1205 01:02:03.123456 140012345 gen_absl.py:71] message``: level letter,
month and day, time, thread id, file and line), around a real logistic regression
(`_models.logistic_regression`):

* ``Hyperparameters:`` then the ConfigDict's YAML-like dump (``batch_size: 32``, a nested
  ``optimizer:`` block with ``learning_rate: 1.5``, ``decay: 0.95``);
* ``Flags: --workdir=/tmp/absl_demo --seed=3`` (the flag values);
* ``Dataset sizes: train=256 eval=64`` (counts);
* per epoch the Flax MNIST example's line ``epoch:  3, train_loss: 0.3508, train_accuracy:
  84.77, test_loss: 0.3789, test_accuracy: 81.25`` and a warning ``W...] Learning rate decayed
  to 1.3537``;
* at the end ``Saving checkpoint at step 24`` and ``Final metrics: {'eval_loss': 0.52...,
  'eval_accuracy': 0.75}`` (a dict of floats).

Truth: the values logistic_regression yielded, as handed to absl.logging: ``train_loss``,
``train_accuracy``, ``test_loss``, ``test_accuracy`` (the accuracies ×100, as printed) at the
line's ``epoch``; the warning's learning rate optional; the final dict's ``eval_loss`` and
``eval_accuracy`` (no step); the ConfigDict flattened (``optimizer.learning_rate``) and the two
flags are params; counts, the checkpoint step, thread ids and line numbers are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT4, Truth, main
from _models import logistic_regression


def get_config():
    import ml_collections

    config = ml_collections.ConfigDict()
    config.batch_size = 32
    config.num_epochs = 6
    config.steps_per_epoch = 4
    config.optimizer = ml_collections.ConfigDict()
    config.optimizer.name = "sgd"
    config.optimizer.learning_rate = 1.5
    config.optimizer.decay = 0.95
    return config


def run(argv) -> None:
    from absl import flags, logging

    del argv
    FLAGS = flags.FLAGS
    truth = Truth()
    config = get_config()
    logging.info("Hyperparameters:\n%s", config)
    logging.info("Flags: --workdir=%s --seed=%d", FLAGS.workdir, FLAGS.seed)
    logging.info("Dataset sizes: train=256 eval=64")
    row = None
    for row in logistic_regression(lr=config.optimizer.learning_rate, epochs=config.num_epochs,
                                   seed=FLAGS.seed, lr_decay=config.optimizer.decay):
        e = row["epoch"]
        logging.info("epoch:% 3d, train_loss: %.4f, train_accuracy: %.2f, test_loss: %.4f, "
                     "test_accuracy: %.2f", e, row["train_loss"], row["train_acc"] * 100,
                     row["val_loss"], row["val_acc"] * 100)
        truth.add(e, train_loss=row["train_loss"], train_accuracy=row["train_acc"] * 100,
                  test_loss=row["val_loss"], test_accuracy=row["val_acc"] * 100)
        truth.allow(epoch=e)
        if e > 1:
            logging.warning("Learning rate decayed to %.4f", row["lr"])
            truth.allow(**{"Learning rate decayed to": row["lr"]})
    logging.info("Saving checkpoint at step %d", config.num_epochs * config.steps_per_epoch)
    final = {"eval_loss": float(row["val_loss"]), "eval_accuracy": float(row["val_acc"])}
    logging.info("Final metrics: %s", final)
    truth.add(**final)
    params = {"batch_size": 32, "num_epochs": 6, "steps_per_epoch": 4, "optimizer.name": "sgd",
              "optimizer.learning_rate": 1.5, "optimizer.decay": 0.95,
              "workdir": FLAGS.workdir, "seed": FLAGS.seed}
    assert params["optimizer.learning_rate"] == config.optimizer.learning_rate
    truth.write("the values logistic_regression yielded, as handed to absl.logging (accuracies "
                "x100 as printed) at the line's epoch; the final dict with no step; params = "
                "the ml_collections ConfigDict flattened with '.' plus the two flags",
                libraries=("absl-py", "ml_collections", "numpy"), params=params, rel=1e-9,
                abs_tol=5e-3)


def train() -> None:
    from absl import app, flags

    flags.DEFINE_string("workdir", "/tmp/absl_demo", "where checkpoints go")
    flags.DEFINE_integer("seed", 3, "random seed")
    app.run(run, argv=["gen_absl.py"])


if __name__ == "__main__":
    main(__file__, {"absl": train}, root=HELDOUT4)
