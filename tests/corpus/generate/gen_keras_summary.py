"""Keras 3 (torch backend): what a Keras script prints around training: `model.summary()` (a
table drawn by Rich: ``Layer (type) | Output Shape | Param #``, rows such as
``dense (Dense) | (None, 32) | 224``, then ``Total params: 1,345 (5.25 KB)``,
``Trainable params: ...``, ``Non-trainable params: 0 (0.00 B)``), the optimizer's config printed
as a dict (``{'name': 'adam', 'learning_rate': 0.001, ...}`` after ``optimizer config:``),
`model.fit(verbose=2)` (``Epoch 1/4`` then ``5/5 - 0s - 9ms/step - accuracy: 0.5500 - loss:
0.6931 - val_accuracy: ...``) and `model.evaluate(verbose=2)` on a test set, whose one line
has the same names.

Truth: `history.history` at the epoch of the ``Epoch i/n`` header, and the dict
`model.evaluate(return_dict=True)` returned (no step). The summary's layer rows and parameter
counts are no metrics and are not in the truth (a parsed one is a false positive). Params: the
optimizer config as printed (``learning_rate``, ``beta_1``, ..., less its ``None`` values).
"""

from _capture import main, write_truth


def fit() -> None:
    import keras
    import numpy as np

    keras.utils.set_random_seed(0)
    rng = np.random.default_rng(0)
    x = rng.normal(size=(120, 6)).astype("float32")
    y = (x[:, 0] + 0.5 * x[:, 1] - 0.2 * x[:, 2] > 0).astype("float32")
    model = keras.Sequential([keras.Input((6,)), keras.layers.Dense(32, activation="relu"),
                              keras.layers.Dropout(0.1), keras.layers.BatchNormalization(),
                              keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(1, activation="sigmoid")], name="classifier")
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss="binary_crossentropy", metrics=["accuracy"])
    model.summary()
    optimizer_config = model.optimizer.get_config()
    print("optimizer config:", optimizer_config)
    history = model.fit(x[:80], y[:80], validation_data=(x[80:100], y[80:100]), epochs=4,
                        batch_size=16, shuffle=False, verbose=2)
    result = model.evaluate(x[100:], y[100:], verbose=2, return_dict=True)

    metrics: dict[str, list[float]] = {}
    steps: dict[str, list[float]] = {}
    for name, values in history.history.items():
        metrics[name] = [float(v) for v in values]
        steps[name] = [float(epoch) for epoch in range(1, len(values) + 1)]
    for name, value in result.items():
        metrics.setdefault(name, []).append(float(value))
        steps.setdefault(name, [None] * (len(metrics[name]) - 1)).append(None)
    params = {name: value for name, value in optimizer_config.items()
              if value is not None}
    write_truth(metrics, steps=steps, params=params, libraries=("keras", "torch"),
                abs_tol=5e-5,
                source="history.history (step = epoch of the Epoch i/n header) and "
                       "model.evaluate(return_dict=True) (no step); names are the log keys; "
                       "params: the printed optimizer config, less its None values")


if __name__ == "__main__":
    main(__file__, {"keras-summary": fit})
