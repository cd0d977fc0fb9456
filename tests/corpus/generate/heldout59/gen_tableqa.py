"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A PyTorch classifier trained for 5 epochs with a validation pass, printing as
pristinawang/table_qa ``GRPO/temp3.py``: ``f'Epoch {e+1} \\t\\t Training Loss: {train_loss /
len(trainloader)} \\t\\t Validation Loss: {valid_loss / len(validloader)}'`` (unformatted floats,
tabs around the separators) and, when the loss went down, ``f'Validation Loss
Decreased({min_valid_loss:.6f}--->{valid_loss:.6f}) \\t Saving The Model'``. As in the file,
``valid_loss`` is overwritten by each batch (``valid_loss = loss.item() * data.size(0)``), so the
epoch line divides the last batch's summed loss by the number of batches and the ``Decreased``
line compares those summed losses, starting from ``inf``. Here: an MLP on sklearn's digits,
SGD with momentum, batches of 64 (validation batches of 100).

Truth: ``train/Loss`` and ``val/Loss`` (``Training Loss``, ``Validation Loss``) at the printed
epoch, the values the line prints; the two numbers of the ``Decreased`` line are optional
(``Validation Loss Decreased``: the previous minimum, then the new one).
"""

from _toy import Loader, digits, mlp
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    Xtr, ytr, Xva, yva, _, _ = digits(seed=21)
    trainloader = Loader(Xtr, ytr, 64, seed=21)
    validloader = Loader(Xva, yva, 100, shuffle=False)
    model = mlp(seed=21)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.02, momentum=0.9)
    truth = Truth()

    epochs = 5
    min_valid_loss = np.inf

    for e in range(epochs):
        train_loss = 0.0
        model.train()
        for data, labels in trainloader:
            optimizer.zero_grad()
            target = model(data)
            loss = criterion(target, labels)
            loss.backward()
            optimizer.step()
            train_loss += loss.item()

        valid_loss = 0.0
        model.eval()
        for data, labels in validloader:
            target = model(data)
            loss = criterion(target, labels)
            valid_loss = loss.item() * data.size(0)

        print(f'Epoch {e+1} \t\t Training Loss: {train_loss / len(trainloader)} \t\t '
              f'Validation Loss: {valid_loss / len(validloader)}')
        truth.add(at=e + 1, **{"train/Loss": train_loss / len(trainloader),
                               "val/Loss": valid_loss / len(validloader)})
        if min_valid_loss > valid_loss:
            print(f'Validation Loss Decreased({min_valid_loss:.6f}--->{valid_loss:.6f}) \t Saving The Model')
            truth.allow(**{"Validation Loss Decreased": min_valid_loss})
            truth.allow(**{"Validation Loss Decreased": valid_loss})
            min_valid_loss = valid_loss
    truth.write("the script's train_loss and valid_loss sums over their batch counts",
                libraries=("torch",), rel=1e-9, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"tableqa": run}, root=HELDOUT59)
