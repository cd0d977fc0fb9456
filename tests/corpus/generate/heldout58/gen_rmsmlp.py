"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A NumPy MLP with RMSprop printing as ChibuzorIgwe/CSC7700-Project1 ``train_mnist.py`` and its
``mlp.py``: ``Downloading MNIST dataset...``, one line per epoch ``Epoch {epoch+1}, Training Loss:
{train:.4f}, Validation Loss: {val:.4f}`` (``MultilayerPerceptron.train``), and ``Validation
Accuracy: {accuracy * 100:.2f}%``. Here: the script's layers (ReLU, ReLU, softmax; Glorot
uniform), cross-entropy and RMSprop update (beta 0.9, lr 1e-3), batch 64, on sklearn's digits
split 80/20 with ``random_state=42`` instead of OpenML's MNIST, 10 epochs.

Truth: ``train/Loss`` and ``val/Loss`` (``Training Loss``, ``Validation Loss``) at the printed
epoch; ``val/Accuracy`` in percent.
"""

from _toy import digits_np
from _capture import HELDOUT58, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.model_selection import train_test_split

    np.random.seed(19)
    print("Downloading MNIST dataset...")
    X, y = digits_np(seed=19)
    Y = np.eye(10)[y]
    X_train, X_val, y_train, y_val = train_test_split(X, Y, test_size=0.2, random_state=42)
    sizes = [(64, 128), (128, 64), (64, 10)]
    W = [np.random.uniform(-np.sqrt(6 / (a + b)), np.sqrt(6 / (a + b)), (a, b)) for a, b in sizes]
    B = [np.zeros((1, b)) for _, b in sizes]

    def forward(x):
        acts = [x]
        for k in range(3):
            z = acts[-1] @ W[k] + B[k]
            if k < 2:
                acts.append(np.maximum(0, z))
            else:
                e = np.exp(z - z.max(axis=-1, keepdims=True))
                acts.append(e / e.sum(axis=-1, keepdims=True))
        return acts

    ce = lambda t, p: -np.mean(np.sum(t * np.log(np.clip(p, 1e-9, 1.0)), axis=1))
    cW, cB = [np.zeros_like(w) for w in W], [np.zeros_like(b) for b in B]
    truth = Truth()
    for epoch in range(10):
        epoch_loss, nb = 0, 0
        for i in range(0, len(X_train), 64):
            bx, by = X_train[i:i + 64], y_train[i:i + 64]
            acts = forward(bx)
            epoch_loss += ce(by, acts[-1])
            nb += 1
            delta = acts[-1] - by
            for k in (2, 1, 0):
                s = acts[k + 1]
                d = delta * (s * (1 - s) if k == 2 else (s > 0).astype(float))
                dW, dB = acts[k].T @ d, d.sum(axis=0, keepdims=True)
                delta = d @ W[k].T
                cW[k] = 0.9 * cW[k] + 0.1 * dW ** 2
                cB[k] = 0.9 * cB[k] + 0.1 * dB ** 2
                W[k] -= 1e-3 * dW / (np.sqrt(cW[k]) + 1e-8)
                B[k] -= 1e-3 * dB / (np.sqrt(cB[k]) + 1e-8)
        tr, va = epoch_loss / nb, ce(y_val, forward(X_val)[-1])
        print(f"Epoch {epoch+1}, Training Loss: {tr:.4f}, Validation Loss: {va:.4f}")
        truth.add(at=epoch + 1, **{"train/Loss": tr, "val/Loss": va})
    accuracy = np.mean(np.argmax(forward(X_val)[-1], axis=1) == np.argmax(y_val, axis=1))
    print(f'Validation Accuracy: {accuracy * 100:.2f}%')
    truth.add(**{"val/Accuracy": accuracy * 100})
    truth.write("the script's epoch losses and validation accuracy", libraries=("numpy",),
                rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"rmsmlp": run}, root=HELDOUT58)
