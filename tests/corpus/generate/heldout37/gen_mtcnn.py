"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing through yngtodd/mtcnn ``mtcnn/logger.py``'s
``print_progress``: ``'Epoch: {:d}, Step: [{:d}/{:d}], Loss: {:.4f}'`` with the samples seen so
far (``batch_idx * batch_size``) over the training-set size. Here: a small 1-D CNN on sklearn's
digits rows, Adam, 3 epochs, a line every 4th batch.

Truth: the batch loss of each printed line, ``Loss``, at the printed epoch (the ``Step`` counter
restarts each epoch and counts samples: no step of its own).
"""

from _toy import batches, digits
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    def print_progress(epoch, batch_idx, batch_size, train_size, loss):
        print('Epoch: {:d}, Step: [{:d}/{:d}], Loss: {:.4f}'
              .format(epoch, batch_idx * batch_size, train_size, loss))

    Xtr, ytr, _, _, _, _ = digits(seed=2)
    torch.manual_seed(2)
    model = nn.Sequential(nn.Unflatten(1, (1, 64)), nn.Conv1d(1, 6, 5, stride=2), nn.ReLU(),
                          nn.Flatten(), nn.Linear(6 * 30, 10))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    truth = Truth()
    bs = 32
    for epoch in range(1, 4):
        for batch_idx, (X, y) in enumerate(batches(Xtr, ytr, bs, epoch)):
            loss = F.cross_entropy(model(X), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            if batch_idx % 4 == 0:
                print_progress(epoch, batch_idx, bs, len(Xtr), loss.item())
                truth.add(at=epoch, Loss=loss.item())
    truth.write("the script's batch losses", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"mtcnn": run}, root=HELDOUT37)
