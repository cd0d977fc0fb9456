"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as ditwoo/batteries ``examples/device/experiment.py``:
``Epoch {ep}:``, a tqdm bar on stdout described ``train`` (``set_postfix_str(f"loss
{_loss:.4f}")`` each batch), one described ``valid`` (the same postfix), then four right-aligned
lines ``            train loss - {:.5f}``, ``train dataset accuracy - {:.5f}``, ``            valid
loss - {:.5f}``, ``valid dataset accuracy - {:.5f}`` and a blank line. Here: an MLP on sklearn's
digits, AdamW, 6 epochs (the original's checkpointing and tensorboard are left out).

Truth: ``train/loss``, ``train/dataset accuracy``, ``val/loss``, ``val/dataset accuracy`` at the
epoch of the ``Epoch N:`` header above them. The bars' postfixes (each batch's loss, redrawn as
tqdm refreshes) are optional under ``train/loss`` and ``val/loss``.
"""

from _toy import chunks, batches, digits, mlp
from _capture import HELDOUT42, Truth, main


def run() -> None:
    import sys

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.optim as optim
    from tqdm import tqdm

    Xtr, ytr, Xva, yva, _, _ = digits(seed=4)
    model = mlp(seed=4)
    optimizer = optim.AdamW(model.parameters(), lr=1e-3)
    criterion = nn.CrossEntropyLoss()
    truth = Truth()

    def train_fn(loader):
        model.train()
        losses, t, p = [], [], []
        prbar = tqdm(enumerate(loader), total=len(loader), file=sys.stdout, desc="train")
        for _idx, (bx, by) in prbar:
            optimizer.zero_grad()
            outputs = model(bx)
            loss = criterion(outputs, by)
            _loss = loss.item()
            losses.append(_loss)
            loss.backward()
            t.append(by.numpy())
            p.append(outputs.argmax(1).detach().numpy())
            prbar.set_postfix_str(f"loss {_loss:.4f}")
            truth.allow(**{"train/loss": _loss})
            optimizer.step()
        acc = (np.concatenate(t) == np.concatenate(p)).astype(float).mean()
        return np.mean(losses), acc

    def valid_fn(loader):
        model.eval()
        losses, t, p = [], [], []
        with torch.no_grad():
            prbar = tqdm(loader, file=sys.stdout, desc="valid")
            for bx, by in prbar:
                outputs = model(bx)
                loss = criterion(outputs, by).item()
                losses.append(loss)
                prbar.set_postfix_str(f"loss {loss:.4f}")
                truth.allow(**{"val/loss": loss})
                t.append(by.numpy())
                p.append(outputs.argmax(1).numpy())
        acc = (np.concatenate(t) == np.concatenate(p)).astype(float).mean()
        return np.mean(losses), acc

    for ep in range(1, 6 + 1):
        print(f"Epoch {ep}:")
        train_loss, train_acc = train_fn(list(batches(Xtr, ytr, 64, ep)))
        valid_loss, valid_acc = valid_fn(list(chunks(Xva, yva, 64)))
        print(f"            train loss - {train_loss:.5f}")
        print(f"train dataset accuracy - {train_acc:.5f}")
        print(f"            valid loss - {valid_loss:.5f}")
        print(f"valid dataset accuracy - {valid_acc:.5f}")
        print()
        truth.add(at=ep, **{"train/loss": train_loss, "train/dataset accuracy": train_acc,
                            "val/loss": valid_loss, "val/dataset accuracy": valid_acc})
    truth.write("the script's epoch means and accuracies", libraries=("torch", "tqdm"),
                rel=1e-3, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"batteries": run}, root=HELDOUT42)
