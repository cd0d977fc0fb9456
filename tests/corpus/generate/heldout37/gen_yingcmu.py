"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as yingCMU/deep_learning_u
``NN/code/NN_Early_Stop_with_validation_set.py``: each epoch ``'Epoch: {} \\tTraining Loss:
{:.6f} \\tValidation Loss: {:.6f}'`` (the sample-weighted mean losses), and when the validation
loss did not rise ``'Validation loss decreased ({:.6f} --> {:.6f}).  Saving model ...'`` (the
previous minimum, ``inf`` at first, and the new one). Here: an MLP on sklearn's digits, SGD,
12 epochs.

Truth: ``train/Loss`` and ``val/Loss`` (``Training Loss``, ``Validation Loss``) at the printed
epoch; the two numbers of the ``decreased`` line are optional (the previous best and the
validation loss again).
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn.functional as F

    Xtr, ytr, Xva, yva, _, _ = digits(seed=1)
    model = mlp(seed=1)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    truth = Truth()
    valid_loss_min = np.inf
    for epoch in range(12):
        train_loss = valid_loss = 0.0
        model.train()
        for X, y in batches(Xtr, ytr, 64, epoch):
            opt.zero_grad()
            loss = F.cross_entropy(model(X), y)
            loss.backward()
            opt.step()
            train_loss += loss.item() * X.size(0)
        model.eval()
        with torch.no_grad():
            for X, y in batches(Xva, yva, 64, 0):
                valid_loss += F.cross_entropy(model(X), y).item() * X.size(0)
        train_loss = train_loss / len(Xtr)
        valid_loss = valid_loss / len(Xva)
        print('Epoch: {} \tTraining Loss: {:.6f} \tValidation Loss: {:.6f}'.format(
            epoch + 1, train_loss, valid_loss))
        truth.add(at=epoch + 1, **{"train/Loss": train_loss, "val/Loss": valid_loss})
        if valid_loss <= valid_loss_min:
            print('Validation loss decreased ({:.6f} --> {:.6f}).  Saving model ...'.format(
                valid_loss_min, valid_loss))
            truth.allow(**{"Validation loss decreased": valid_loss_min})
            truth.allow(**{"Validation loss decreased": valid_loss})
            valid_loss_min = valid_loss
    truth.write("the script's epoch mean losses", libraries=("torch",), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"yingcmu": run}, root=HELDOUT37)
