"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written NumPy MLP printing as GiacomoFrigerio/Kmnist-Dataset-Analysis-Image-classifier-
``train_mlp.py``: the array shapes (``(1437, 8, 8) (360, 8, 8)``, ``Training set after first
reshape:  (1437, 64) (1437,)``, ...), ``Number of principal components: 40``, ``Number of hidden
neurons: 22 13``, ``Training: starting``, every 5th epoch ``print("Epoch number", epoch, "
Training Accuracy:", train_acc, "Test accuracy:", test_acc)`` (NumPy floats in percent, print's
own separators) and ``Training: finished``. Here: sklearn's digits instead of KMNIST, L2
normalisation and PCA (95% of the variance, at least 40 components) as in the original, and a
two-hidden-layer ReLU MLP with softmax trained by plain mini-batch SGD in NumPy (our stand-in for
``pvml.MLP``), epochs 0 to 70.

Truth: ``Training Accuracy`` and ``Test accuracy`` (their leading phase words kept as printed) at
the printed epoch; the component and neuron counts are optional; the shapes are no metrics.
"""

from _toy import batches  # noqa: F401
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_digits

    rng = np.random.default_rng(21)
    d = load_digits()
    idx = rng.permutation(len(d.target))
    X_train, Ytrain = d.images[idx[:1437]], d.target[idx[:1437]]
    X_test, Ytest = d.images[idx[1437:]], d.target[idx[1437:]]
    Xtrain = X_train.reshape(X_train.shape[0], -1)
    Xtest = X_test.reshape(X_test.shape[0], -1)
    print(X_train.shape, X_test.shape)
    print("Training set after first reshape: ", Xtrain.shape, Ytrain.shape)
    print("Test set after second reshape: ", Xtest.shape, Ytest.shape)
    k = 40
    print("Number of principal components:", k)

    def l2_normalization(A):
        return A / np.maximum(np.sqrt((A ** 2).sum(1, keepdims=True)), 1e-15)

    def pca(Xtr, Xte, mincomponents=1, retvar=0.95):
        mu = Xtr.mean(0)
        evals, evecs = np.linalg.eigh(np.cov(Xtr.T))
        order = np.argsort(-evals)
        evals = evals[order]
        r = np.cumsum(evals) / evals.sum()
        kk = max(1 + (r >= retvar).nonzero()[0][0], mincomponents)
        w = evecs[:, order[:kk]]
        return (Xtr - mu) @ w, (Xte - mu) @ w

    Xtrain, Xtest = pca(l2_normalization(Xtrain), l2_normalization(Xtest), k, 0.95)
    nhidden2 = int(np.cbrt(Xtrain.shape[1] * 55))
    nhidden1 = int(np.sqrt(Xtrain.shape[1] * nhidden2))
    print("Number of hidden neurons:", nhidden1, nhidden2)
    sizes = [Xtrain.shape[1], nhidden1, nhidden2, 10]
    Ws = [rng.normal(0, np.sqrt(2 / a), (a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
    bs = [np.zeros(b) for b in sizes[1:]]

    def forward(A):
        acts = [A]
        for i, (W, b) in enumerate(zip(Ws, bs)):
            z = acts[-1] @ W + b
            if i < len(Ws) - 1:
                acts.append(np.maximum(z, 0))
            else:
                z = z - z.max(1, keepdims=True)
                e = np.exp(z)
                acts.append(e / e.sum(1, keepdims=True))
        return acts

    def accuracy(A, Y):
        return (forward(A)[-1].argmax(1) == Y).mean() * 100

    truth = Truth()
    truth.allow(**{"Number of principal components": k})
    truth.allow(**{"Number of hidden neurons": nhidden1})
    truth.allow(**{"Number of hidden neurons": nhidden2})
    print("Training: starting")
    batch_size, lr, m = 10, 0.05, len(Ytrain)
    for epoch in range(71):
        order = rng.permutation(m)
        for s in range(0, m, batch_size):
            j = order[s:s + batch_size]
            acts = forward(Xtrain[j])
            delta = acts[-1].copy()
            delta[np.arange(len(j)), Ytrain[j]] -= 1
            delta /= len(j)
            for li in range(len(Ws) - 1, -1, -1):
                gW, gb = acts[li].T @ delta, delta.sum(0)
                if li > 0:
                    delta = (delta @ Ws[li].T) * (acts[li] > 0)
                Ws[li] -= lr * gW
                bs[li] -= lr * gb
        if epoch % 5 == 0:
            train_acc = accuracy(Xtrain, Ytrain)
            test_acc = accuracy(Xtest, Ytest)
            print("Epoch number", epoch, "  Training Accuracy:", train_acc, "Test accuracy:", test_acc)
            truth.add(at=epoch, **{"Training Accuracy": train_acc, "Test accuracy": test_acc})
    print("Training: finished")
    truth.write("the MLP's training and test accuracies in percent", libraries=("numpy",),
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"kmnist": run}, root=HELDOUT48)
