"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A knowledge-distillation pair of loops printing as NeelayS/Knowledge-Distillation ``train.py``
(``train_large`` then ``train_distil``): each epoch ``print(f'Epoch {e+1} loss = {epoch_loss}')``
where ``epoch_loss`` is the sum of the batch losses kept as a 0-dimensional tensor with its graph,
which an f-string formats as its bare value (all the float's digits). Here: a 64-64-10 teacher, then a 64-8-10 student
distilled at temperature 20 with weight 0.7 (soft-label MSE), both on sklearn's digits, Adam,
6 epochs each of batches of 64; the student run restarts the epoch count.

Truth: ``loss`` (the tensor's value) at the printed epoch, for both
runs under the one name.
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import torch
    import torch.nn.functional as F

    Xtr, ytr, _, _, _, _ = digits(seed=31)
    truth = Truth()
    large = mlp(hidden=64, seed=31)
    opt = torch.optim.Adam(large.parameters(), lr=1e-3)
    large.train()
    for e in range(6):
        epoch_loss = 0
        for data, label in batches(Xtr, ytr, 64, e):
            opt.zero_grad()
            loss = F.cross_entropy(large(data), label)
            loss.backward()
            opt.step()
            epoch_loss += loss
        print(f'Epoch {e+1} loss = {epoch_loss}')
        truth.add(at=e + 1, loss=epoch_loss.item())
    small = mlp(hidden=8, seed=32)
    opt = torch.optim.Adam(small.parameters(), lr=1e-3)
    loss_fn = torch.nn.MSELoss()
    temp, w = 20, 0.7
    large.eval()
    small.train()
    for e in range(6):
        epoch_loss = 0
        for data, label in batches(Xtr, ytr, 64, 100 + e):
            opt.zero_grad()
            soft_label = F.softmax(large(data) / temp, dim=1).detach()
            out = small(data)
            soft_out = F.softmax(out / temp, dim=1)
            loss = (1 - w) * F.cross_entropy(out, label) + w * loss_fn(soft_label, soft_out)
            loss.backward()
            opt.step()
            epoch_loss += loss
        print(f'Epoch {e+1} loss = {epoch_loss}')
        truth.add(at=e + 1, loss=epoch_loss.item())
    truth.write("the script's summed epoch-loss tensors", libraries=("torch",), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"kdtensor": run}, root=HELDOUT49)
