"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A sentiment-classifier loop printing as annaazzam/neural-assign2 ``hw2/train.py`` (a TensorFlow
1 script): every 50th iteration a three-line block ``print("Iteration: ", i)``, ``print("loss",
loss_value)``, ``print("acc", accuracy_value)`` (NumPy float32 scalars printed bare, as
``sess.run`` returns them), and at every 1000th iteration after the first ``Saved model to
./checkpoints/trained_model.ckpt-1000``. Here the graph is a PyTorch GRU over synthetic
"reviews" of 12 word ids (positive and negative words among neutral ones), embeddings of 16,
batch 24 (half positive, half negative, as the script's ``getTrainBatch``), Adam 1e-3, 1,001
iterations; values are cast to float32 before printing.

Truth: ``loss`` and ``acc`` at the iteration of the ``Iteration:`` line above them.
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT58, Truth, main


def run() -> None:
    import os

    import numpy as np
    import torch
    import torch.nn as nn

    rng = np.random.default_rng(11)
    torch.manual_seed(11)

    def review(positive):
        ids = rng.integers(10, 60, 12)
        k = rng.integers(1, 4)
        ids[rng.choice(12, k, replace=False)] = rng.integers(0, 5, k) + (0 if positive else 5)
        return ids

    def get_train_batch(batch_size=24):
        arr = np.stack([review(i % 2 == 0) for i in range(batch_size)])
        labels = np.array([[1, 0] if i % 2 == 0 else [0, 1] for i in range(batch_size)])
        return torch.tensor(arr), torch.tensor(labels.argmax(1))

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb, self.rnn, self.out = nn.Embedding(60, 16), nn.GRU(16, 24, batch_first=True), nn.Linear(24, 2)

        def forward(self, x):
            return self.out(self.rnn(self.emb(x))[1][0])

    net = Net()
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    truth = Truth()
    for i in range(1001):
        x, y = get_train_batch()
        loss = loss_fn(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        if i % 50 == 0:
            with torch.no_grad():
                x, y = get_train_batch()
                out = net(x)
                loss_value = np.float32(loss_fn(out, y).item())
                accuracy_value = np.float32((out.argmax(1) == y).float().mean().item())
            print("Iteration: ", i)
            print("loss", loss_value)
            print("acc", accuracy_value)
            truth.add(at=i, loss=float(loss_value), acc=float(accuracy_value))
        if i % 1000 == 0 and i != 0:
            save_path = "./checkpoints" + "/trained_model.ckpt" + "-%d" % i
            print("Saved model to %s" % save_path)
    truth.write("the script's loss and accuracy, as float32", libraries=("torch", "numpy"),
                rel=1e-6, abs_tol=1e-8)


if __name__ == "__main__":
    main(__file__, {"tfsentiment": run}, root=HELDOUT58)
