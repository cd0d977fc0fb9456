"""Keras 3 (torch backend): `model.fit` with validation data, at ``verbose=1`` (the default: a
progress bar redrawn with ``\\b`` and ``\\r`` on a terminal, one line per redraw on a pipe) and
at ``verbose=2`` (one line per epoch).

Prints ``Epoch i/n`` and then ``k/n ━━━━ 0s 5ms/step - accuracy: v - loss: v`` frames; the
epoch's last frame adds ``val_accuracy`` and ``val_loss``. Values are printed with 4 decimals
(``.4e`` below 1e-3).

Truth: `history.history` (the values of each epoch's last frame) plus, at ``verbose=1``, the
``logs`` dict every ``on_train_batch_end`` receives: the running values each frame shows. A
batch takes 60 ms here (a callback sleeps), longer than the bar's 50 ms redraw interval, so
every batch is drawn, as it is for any model slower than 20 batches/s. Names are Keras's log
keys, printed as they are; the step is the epoch of the ``Epoch i/n`` header above the frame.
"""

from _capture import main, write_truth

EPOCHS, SAMPLES, BATCH = 3, 80, 16
BATCH_SECONDS = 0.06


def fit(verbose: int) -> None:
    import time

    import keras
    import numpy as np

    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    x = rng.normal(size=(SAMPLES, 6)).astype("float32")
    y = (x[:, 0] + 0.5 * x[:, 1] > 0).astype("float32")
    x_val = rng.normal(size=(32, 6)).astype("float32")
    y_val = (x_val[:, 0] + 0.5 * x_val[:, 1] > 0).astype("float32")
    model = keras.Sequential([keras.Input((6,)), keras.layers.Dense(8, activation="relu"),
                              keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])

    batches: list[tuple[int, dict]] = []
    state = {"epoch": 0}

    class RecordBatches(keras.callbacks.Callback):
        """Keep every batch's logs (what the bar shows) and make a batch last BATCH_SECONDS."""

        def on_epoch_begin(self, epoch, logs=None):
            state["epoch"] = epoch + 1

        def on_train_batch_end(self, batch, logs=None):
            batches.append((state["epoch"], dict(logs)))
            time.sleep(BATCH_SECONDS)

    history = model.fit(x, y, validation_data=(x_val, y_val), epochs=EPOCHS, batch_size=BATCH,
                        shuffle=False, verbose=verbose, callbacks=[RecordBatches()])

    metrics: dict[str, list[float]] = {}
    steps: dict[str, list[float]] = {}

    def add(name, value, epoch):
        metrics.setdefault(name, []).append(float(value))
        steps.setdefault(name, []).append(float(epoch))

    for epoch in range(1, EPOCHS + 1):
        if verbose == 1:
            for batch_epoch, logs in batches:
                if batch_epoch == epoch:
                    for name, value in logs.items():
                        add(name, value, epoch)
        for name, values in history.history.items():
            add(name, values[epoch - 1], epoch)
    write_truth(metrics, steps=steps, libraries=("keras", "torch"), abs_tol=5e-5,
                source="history.history, plus the logs of every on_train_batch_end at "
                       "verbose=1; names are the log keys; step = epoch of the Epoch i/n header")


if __name__ == "__main__":
    main(__file__, {"keras": lambda: fit(1), "keras-verbose2": lambda: fit(2)})
