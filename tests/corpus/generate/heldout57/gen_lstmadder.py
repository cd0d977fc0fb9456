"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A PyTorch LSTM learning binary addition bit by bit, printing as
uriariel/deep-learning-homework-3 ``lstm_adder.py``: every 100th batch
``print('Epoch: {}/{}'.format(epoch + 1, NUM_EPOCHS), 'Batch: {}'.format(batch),
'Loss: {:.20f}'.format(loss.item()))`` (print's spaces between the three parts, twenty decimals),
and at the end ``print(evaluate(...))``, the bitwise test accuracy as a bare number. Here: the
script's own model (2 layers, hidden size 2 -> 4 here), MSE and Adam, 300 batches of 10 pairs
of 3..9-bit numbers, 12 epochs.

Truth: ``Loss`` at the printed epoch (``Epoch: e/12``; the ``Batch`` index restarts each epoch).
The closing bare accuracy has no name and is left out.
"""

from _toy import *  # noqa: F401,F403  (sets the import path)
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import itertools
    import random

    import numpy as np
    import torch
    from torch.nn import LSTM, Linear, Module, MSELoss, Sigmoid

    torch.manual_seed(42)
    np.random.seed(42)
    random.seed(42)
    NUM_EPOCHS, BATCH_COUNT = 12, 300

    def to_int(b):
        return int(''.join(str(x) for x in b[::-1]), base=2)

    def to_bits(n, size):
        return [int(c) for c in f'{n:0{size}b}'][::-1]

    def make(count, batch_size):
        out = []
        for seq_size in np.random.randint(3, 10, count):
            arrays = [x[::-1] for x in itertools.product([0], *itertools.repeat([0, 1], seq_size - 1))]
            pairs = [random.choices(arrays, k=2) for _ in range(batch_size)]
            y = [[to_bits(to_int(a) + to_int(b), len(a))] for a, b in pairs]
            norm = lambda d: torch.from_numpy(np.array(d)).transpose(0, 2).transpose(1, 2).float()
            out.append((norm(pairs), norm(y)))
        return out

    class RNNAdder(Module):
        def __init__(self):
            super().__init__()
            self.lstm = LSTM(2, 4, 2)
            self.fc = Linear(4, 1)
            self.sigmoid = Sigmoid()

        def forward(self, data):
            out, _ = self.lstm(data)
            return self.sigmoid(self.fc(out))

    train_batches, test_batches = make(BATCH_COUNT, 10), make(100, 3)
    model = RNNAdder()
    criterion = MSELoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    truth = Truth()
    for epoch in range(NUM_EPOCHS):
        for batch, (X_batch, y_batch) in enumerate(train_batches):
            loss = criterion(model(X_batch), y_batch)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if batch % 100 == 0:
                print('Epoch: {}/{}'.format(epoch + 1, NUM_EPOCHS),
                      'Batch: {}'.format(batch),
                      'Loss: {:.20f}'.format(loss.item()))
                truth.add(at=epoch + 1, Loss=loss.item())
    with torch.no_grad():
        accs = [float((torch.round(model(x)) == y).float().mean()) for x, y in test_batches]
    print(np.average(accs))
    truth.write("the script's batch MSE every 100th batch", libraries=("torch",),
                rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"lstmadder": run}, root=HELDOUT57)
