"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A NumPy MLP printing as BJW101102/FoundationalAI ``train_mnist.py`` and its
``mlp/multi_perceptron.py``: ``loading data...``, the debug listing of ``initialize_layers``
(``Creating Network with 4 Layers``, then per layer ``Layer 0:``, ``  - Fan-in: 64``, ``  -
Fan-out: 128``, ``  - Neurons: 128``), one line per epoch ``Epoch {epoch+1}/{epochs} | Training
Loss: {training_loss} | Validation Loss: {validation_loss}`` (NumPy floats printed unformatted)
and ``Plot saved to ./images/mnist_loss.png``. Here: the script's layout (a linear input layer of
128, two ReLU hidden layers of 128 and 64, softmax out), cross-entropy, plain SGD at 1e-3 on
unshuffled batches of 16 with the loss taken after each update, as the script does, on sklearn's
digits (80/20 split, ``random_state=42``), 12 epochs.

Truth: ``train/Loss`` and ``val/Loss`` at the printed epoch; the layer listing's numbers are
optional (``Fan-in``, ``Fan-out``, ``Neurons``, and the layer count).
"""

from _toy import digits_np
from _capture import HELDOUT58, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.model_selection import train_test_split

    np.random.seed(20)
    print('loading data...')
    X, y = digits_np(seed=20)
    Y = np.eye(10)[y]
    x_train, x_val, y_train, y_val = train_test_split(X, Y, test_size=0.2, random_state=42)
    sizes = [(64, 128), (128, 128), (128, 64), (64, 10)]
    truth = Truth()
    print(f'Creating Network with {len(sizes)} Layers')
    truth.allow(**{"Creating Network with": len(sizes)})
    for i, (fi, fo) in enumerate(sizes):
        print(f'Layer {i}:')
        print(f'  - Fan-in: {fi}')
        print(f'  - Fan-out: {fo}')
        print(f'  - Neurons: {fo}')
        truth.allow(**{"Fan-in": fi, "Fan-out": fo, "Neurons": fo})
    W = [np.random.randn(a, b) * np.sqrt(2 / (a + b)) for a, b in sizes]
    B = [np.zeros((1, b)) for _, b in sizes]
    acts_fn = ["linear", "relu", "relu", "softmax"]

    def forward(x):
        acts = [x]
        for k, f in enumerate(acts_fn):
            z = acts[-1] @ W[k] + B[k]
            if f == "relu":
                z = np.maximum(0, z)
            elif f == "softmax":
                e = np.exp(z - z.max(axis=-1, keepdims=True))
                z = e / e.sum(axis=-1, keepdims=True)
            acts.append(z)
        return acts

    ce = lambda t, p: -np.sum(t * np.log(np.clip(p, 1e-12, 1.0)), axis=1)
    epochs, lr = 12, 1e-3
    for epoch in range(epochs):
        training_loss = 0
        nb = 0
        for s in range(0, len(x_train), 16):
            bx, by = x_train[s:s + 16], y_train[s:s + 16]
            acts = forward(bx)
            delta = acts[-1] - by
            for k in (3, 2, 1, 0):
                if acts_fn[k] == "relu":
                    delta = delta * (acts[k + 1] > 0)
                dW, dB = acts[k].T @ delta, delta.sum(axis=0, keepdims=True)
                delta = delta @ W[k].T
                W[k] -= lr * dW
                B[k] -= lr * dB
            training_loss += np.mean(ce(by, forward(bx)[-1]))
            nb += 1
        validation_loss = np.mean(ce(y_val, forward(x_val)[-1]))
        training_loss /= nb
        print(f"Epoch {epoch+1}/{epochs} | Training Loss: {training_loss} | Validation Loss: {validation_loss}")
        truth.add(at=epoch + 1, **{"train/Loss": training_loss, "val/Loss": validation_loss})
    print("Plot saved to ./images/mnist_loss.png")
    truth.write("the script's epoch losses", libraries=("numpy",), rel=1e-9, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"fanmlp": run}, root=HELDOUT58)
