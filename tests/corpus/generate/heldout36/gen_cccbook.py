"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A hand-made autograd-style MLP classifier printing as the run kept in cccbook/py2gpt
``03c-MacroGrad2/classify.md`` (output of its ``classify.py``): the model's repr ``MLP of [Layer
of [ReLUNeuron(2), ...], ...]``, ``number of parameters 337``, one forward pass's output
``Tensor(data=[0.88625145], grad=[0.]) [0.5]``, then each step ``step 0 loss [0.88625145],
accuracy [50.]%`` (loss and accuracy are one-element NumPy arrays, printed with NumPy's own
repr). Here: a 2-16-16-1 ReLU network on two interleaved moons, SVM max-margin loss
with L2, SGD with a decaying rate as in micrograd's demo, 20 steps, NumPy instead of the
repository's own tensor class (the repr line is printed in the original's form).

Truth: ``loss`` and ``accuracy`` (the printed percentage) at the printed step; ``number of
parameters`` is optional (a count).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import numpy as np
    from _toy import moons

    X, y = moons(100, 0.1, seed=36)
    y = y * 2 - 1
    rng = np.random.default_rng(36)
    sizes = [2, 16, 16, 1]
    Ws = [rng.uniform(-1, 1, (a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
    bs = [np.zeros(b) for b in sizes[1:]]
    nparams = sum(W.size + b.size for W, b in zip(Ws, bs))
    layers = []
    for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
        kind = "ReLUNeuron" if i < len(sizes) - 2 else "LinearNeuron"
        layers.append("Layer of [" + ", ".join(f"{kind}({a})" for _ in range(b)) + "]")
    print("MLP of [" + ", ".join(layers) + "]")
    print("number of parameters", nparams)

    def forward(x):
        hs = [x]
        for i, (W, b) in enumerate(zip(Ws, bs)):
            z = hs[-1] @ W + b
            hs.append(np.maximum(z, 0) if i < len(Ws) - 1 else z)
        return hs

    out = forward(X[:1])[-1][0]
    print(f"Tensor(data={np.array([out[0]])}, grad={np.array([0.])}) {np.array([0.5])}")
    truth = Truth()
    truth.allow(**{"number of parameters": nparams})
    for k in range(20):
        hs = forward(X)
        scores = hs[-1][:, 0]
        margins = np.maximum(0, 1 - y * scores)
        data_loss = margins.mean()
        reg_loss = 1e-4 * sum((W ** 2).sum() for W in Ws)
        total = data_loss + reg_loss
        acc = ((y > 0) == (scores > 0)).mean()
        loss_arr = np.array([total])
        acc_arr = np.array([acc * 100])
        print(f"step {k} loss {loss_arr}, accuracy {acc_arr}%")
        truth.add(at=k, loss=total, accuracy=acc * 100)
        g = (-(y * (margins > 0)) / len(y))[:, None]
        lr = 1.0 - 0.9 * k / 100
        for i in range(len(Ws) - 1, -1, -1):
            gW = hs[i].T @ g + 2e-4 * Ws[i]
            gb = g.sum(0)
            g = g @ Ws[i].T
            if i > 0:
                g = g * (hs[i] > 0)
            Ws[i] -= lr * gW
            bs[i] -= lr * gb
    truth.write("the script's total loss (mean hinge plus L2) and accuracy of each step",
                libraries=("numpy",), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"cccbook": run}, root=HELDOUT36)
