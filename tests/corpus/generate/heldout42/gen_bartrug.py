"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as BartvanderWoude/RUG_MachineLearning_Group04
``code/train.py``: a bare ``tqdm(train_loader, position=0, leave=True)`` bar over the batches of
each epoch (stderr), then ``'{} Epoch {}, Training loss {}'.format(datetime.datetime.now(),
epoch, loss_train / len(train_loader))`` (a timestamp, the epoch from 1, the unformatted mean
loss). Here: a small CNN on sklearn's digits, SGD, 12 epochs.

Truth: ``Training loss`` at the printed epoch, at full precision. The timestamps and the bar's
counts are no metrics.
"""

from _toy import batches, digits
from _capture import HELDOUT42, Truth, main


def run() -> None:
    import datetime

    import torch
    import torch.nn as nn
    from tqdm import tqdm

    Xtr, ytr, _, _, _, _ = digits(seed=3)
    torch.manual_seed(3)
    model = nn.Sequential(nn.Unflatten(1, (1, 8, 8)), nn.Conv2d(1, 6, 3), nn.ReLU(),
                          nn.Flatten(), nn.Linear(6 * 36, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    loss_fn = nn.CrossEntropyLoss()
    truth = Truth()
    for epoch in range(1, 13):
        loss_train = 0.0
        train_loader = list(batches(Xtr, ytr, 64, epoch))
        for imgs, labels in tqdm(train_loader, position=0, leave=True):
            outputs = model(imgs)
            loss = loss_fn(outputs, labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            loss_train += loss.item()
        print('{} Epoch {}, Training loss {}'.format(
            datetime.datetime.now(), epoch, loss_train / len(train_loader)))
        truth.add(at=epoch, **{"Training loss": loss_train / len(train_loader)})
    truth.write("the script's epoch mean losses", libraries=("torch", "tqdm"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"bartrug": run}, root=HELDOUT42)
