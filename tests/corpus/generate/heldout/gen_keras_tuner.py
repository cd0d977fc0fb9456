"""HELD-OUT fixture (see tests/corpus/README.md): do not read while tuning the parser.

KerasTuner: `RandomSearch` over a small Keras MLP (``units``, ``learning_rate``) on synthetic
data, three trials of three epochs (``verbose=2``). KerasTuner prints:

* `search_space_summary()`: ``units (Int)`` and the hyperparameter's config dict
  ``{'default': None, 'conditions': [], 'min_value': 8, 'max_value': 32, 'step': 8, ...}``;
* per trial ``Search: Running Trial #1``, a table of hyperparameters
  (``Value             |Best Value So Far |Hyperparameter`` / ``8   |8   |units``), Keras's
  ``Epoch 1/3`` and ``6/6 - 0s - 33ms/step - accuracy: 0.5000 - loss: 0.8682 - val_accuracy:
  ...`` lines, then ``Trial 1 Complete [00h 00m 01s]``, ``val_accuracy: 0.671875`` (the trial's
  score: its best epoch), ``Best val_accuracy So Far: 0.671875``, ``Total elapsed time: ...``;
* `results_summary()`: per trial ``Trial 0 summary``, ``Hyperparameters:``, ``units: 8``,
  ``learning_rate: 0.01``, ``Score: 0.671875``.

Truth: the epoch logs Keras hands its callbacks (a callback records them), under their keys at
the printed ``Epoch N/3``; each trial's `score` as ``val_accuracy`` (no step) and the running
best as ``Best val_accuracy So Far`` (as printed); the summary's ``Score`` (`trial.score`).
Params: the hyperparameters (their values per trial and their search-space config, as
``units.min_value`` ...). Times and trial numbers are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import Truth, main  # noqa: E402


def train() -> None:
    import shutil
    import tempfile

    import keras
    import keras_tuner as kt
    import numpy as np

    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    X = rng.normal(size=(256, 8)).astype("float32")
    y = (X[:, 0] + X[:, 1] - 0.5 * X[:, 2] > 0).astype("float32")
    truth = Truth()

    def build(hp):
        model = keras.Sequential([
            keras.Input((8,)),
            keras.layers.Dense(hp.Int("units", 8, 32, step=8), activation="relu"),
            keras.layers.Dense(1, activation="sigmoid")])
        model.compile(optimizer=keras.optimizers.Adam(hp.Choice("learning_rate", [1e-2, 1e-3])),
                      loss="binary_crossentropy", metrics=["accuracy"])
        return model

    class Record(keras.callbacks.Callback):
        def on_epoch_end(self, epoch, logs=None):
            truth.add(epoch + 1, **logs)

    # a fixed directory, so that "Results in <dir>" reads the same on every capture
    tmp = Path(tempfile.gettempdir()) / "corpus-keras-tuner"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        tuner = kt.RandomSearch(build, objective="val_accuracy", max_trials=3, seed=0,
                                directory=tmp, project_name="mlp")
        tuner.search_space_summary()
        tuner.search(X, y, epochs=3, validation_split=0.25, verbose=2, callbacks=[Record()])
        trials = sorted(tuner.oracle.trials.values(), key=lambda t: int(t.trial_id))
        best = None
        for trial in trials:  # in the order they ran
            best = trial.score if best is None else max(best, trial.score)
            truth.add(val_accuracy=trial.score)
            truth.add(**{"Best val_accuracy So Far": best})
        tuner.results_summary()
        for trial in sorted(trials, key=lambda t: -t.score):
            truth.add(Score=trial.score)
        params = {}
        for hp in tuner.oracle.hyperparameters.space:
            for key, value in hp.get_config().items():
                if key != "name":
                    params[f"{hp.name}.{key}"] = value
            params[hp.name] = str([t.hyperparameters.values[hp.name] for t in trials])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    truth.write("Keras's epoch logs (a callback) at the printed Epoch N/3; trial.score as "
                "val_accuracy and its running best as printed; results_summary's Score; params "
                "= the hyperparameters (per-trial values, search-space config)",
                libraries=("keras-tuner", "keras", "torch"), params=params, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"keras-tuner": train}, heldout=True)
