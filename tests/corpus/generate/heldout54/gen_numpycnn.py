"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

A NumPy convolutional network printing as Alescontrela/Numpy-CNN ``train_cnn.py`` and
``CNN/network.py``: ``"LR:"+str(lr)+", Batch Size:"+str(batch_size)``, per epoch a plain
``tqdm(batches)`` bar whose description is set to ``"Cost: %.2f" % (cost[-1])`` after every
batch (the batch's mean cross-entropy), then an empty ``print()``, ``Computing accuracy over test
set:``, a ``tqdm`` bar over the test images (``leave=True``) described ``"Acc:%0.2f%%"`` with the
running accuracy after each image, and ``"Overall Accuracy: %.2f"``. The original trains two
8-filter 5x5 convolutions and two dense layers with per-example Adam on MNIST; here one
4-filter 3x3 convolution, 2x2 max pooling and a dense softmax layer on sklearn's 8x8 digits,
batches of 64 over 640 training images, 2 epochs, 40 test images.

Truth: each drawn ``Cost`` (no step: the bar's description names no epoch) and ``Overall
Accuracy``; the running test accuracies in the second bar's description are optional (a running
count over test images, drawn many times).
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_digits
    from tqdm import tqdm

    Xa, ya = load_digits(return_X_y=True)
    Xa = (Xa - Xa.mean()) / Xa.std()
    rng = np.random.default_rng(25)
    idx = rng.permutation(len(Xa))
    Xa, ya = Xa[idx].reshape(-1, 8, 8), ya[idx]
    X, y, Xt, yt = Xa[:640], ya[:640], Xa[640:680], ya[640:680]
    f1 = rng.normal(0, 0.3, (4, 3, 3))
    b1 = np.zeros(4)
    w = rng.normal(0, 0.1, (10, 4 * 3 * 3))
    b = np.zeros(10)

    def forward(x):
        conv = np.stack([[[np.sum(x[i:i + 3, j:j + 3] * f1[k]) + b1[k] for j in range(6)]
                          for i in range(6)] for k in range(4)])
        relu = np.maximum(conv, 0)
        pooled = relu.reshape(4, 3, 2, 3, 2).max(axis=(2, 4))
        z = w @ pooled.reshape(-1) + b
        e = np.exp(z - z.max())
        return conv, relu, pooled, e / e.sum()

    def grads(x, label):
        conv, relu, pooled, p = forward(x)
        loss = -np.log(p[label] + 1e-12)
        dz = p.copy()
        dz[label] -= 1
        dw, db = np.outer(dz, pooled.reshape(-1)), dz
        dpool = (w.T @ dz).reshape(4, 3, 3)
        mask = relu.reshape(4, 3, 2, 3, 2) == pooled[:, :, None, :, None]
        drelu = (mask * dpool[:, :, None, :, None]).reshape(4, 6, 6) * (conv > 0)
        df1 = np.stack([[[np.sum(drelu[k] * x[a:a + 6, c:c + 6]) for c in range(3)]
                         for a in range(3)] for k in range(4)])
        return df1, drelu.sum(axis=(1, 2)), dw, db, loss

    lr, beta1, beta2, batch_size, num_epochs = 0.01, 0.95, 0.99, 64, 2
    print("LR:" + str(lr) + ", Batch Size:" + str(batch_size))
    params = [f1, b1, w, b]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    cost = []
    truth = Truth()
    for epoch in range(num_epochs):
        order = rng.permutation(len(X))
        batches = [order[k:k + batch_size] for k in range(0, len(X), batch_size)]
        t = tqdm(batches)
        for bidx in t:
            acc = [np.zeros_like(p) for p in params]
            cost_ = 0.0
            for i in bidx:
                *g, loss = grads(X[i], y[i])
                for a, gg in zip(acc, g):
                    a += gg
                cost_ += loss
            for k, p in enumerate(params):
                gk = acc[k] / len(bidx)
                m[k] = beta1 * m[k] + (1 - beta1) * gk
                v[k] = beta2 * v[k] + (1 - beta2) * gk ** 2
                p -= lr * m[k] / np.sqrt(v[k] + 1e-7)
            cost.append(cost_ / len(bidx))
            t.set_description("Cost: %.2f" % (cost[-1]))
            truth.add(Cost=cost[-1])
    print()
    print("Computing accuracy over test set:")
    corr = 0
    t = tqdm(range(len(Xt)), leave=True)
    for i in t:
        pred = int(np.argmax(forward(Xt[i])[3]))
        if pred == yt[i]:
            corr += 1
        t.set_description("Acc:%0.2f%%" % (float(corr / (i + 1)) * 100))
        truth.allow(Acc=float(corr / (i + 1)) * 100)
    print("Overall Accuracy: %.2f" % (float(corr / len(Xt) * 100)))
    truth.add(**{"Overall Accuracy": float(corr / len(Xt) * 100)})
    truth.write("the script's batch costs and test accuracy", libraries=("numpy", "tqdm"),
                rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"numpycnn": run}, root=HELDOUT54)
