"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing through xu-feiran/CV ``classification/deepBar.py``:
``barBegin(epoch)`` prints ``'%s: %d' % ('epoch', num)``, ``barRun(current, total, loss)``
redraws ``'\\r{0}{1}{2}'.format('▉ '*squ_num, 'loss: ', show_num)`` with ``end=''`` after
every batch (``show_num`` the batch loss as a float, unformatted), ``barEnd()`` ends the line.
Here: an MLP on sklearn's digits, Adam, 3 epochs of 10 batches.

Truth: every redrawn ``loss`` (each batch is its own state), at the epoch of the ``epoch: n``
line above it.
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT39, Truth, main


def barBegin(num, title='epoch'):
    print('%s: %d' % (title, num))


def barRun(current, total, show_num, title='loss'):
    squ_num = int(20 * (current / total))
    print('\r{0}{1}{2}'.format('▉ ' * squ_num, title + ': ', show_num), end='')


def barEnd():
    print('')


def run() -> None:
    import torch
    import torch.nn.functional as F

    Xtr, ytr, _, _, _, _ = digits(seed=5)
    Xtr, ytr = Xtr[:1200], ytr[:1200]
    model = mlp(seed=5)
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    truth = Truth()
    for epoch in range(1, 4):
        barBegin(epoch)
        for i, (X, y) in enumerate(batches(Xtr, ytr, 120, epoch)):
            loss = F.cross_entropy(model(X), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            barRun(i + 1, 10, loss.item())
            truth.add(at=epoch, loss=loss.item())
        barEnd()
    truth.write("the script's batch losses", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"xufeiran": run}, root=HELDOUT39)
