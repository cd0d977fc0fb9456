"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as AdvancedUno/Deep-Learning ``training_basic.py``: every
training batch ``print('train loss: ', loss.item())`` and after each epoch's validation loop
``print('val_loss: ', val_loss.item())`` (print's own separator: two spaces, full float). Here:
an MLP on sklearn's digits, SGD, 3 epochs of 10 batches.

Truth: ``train/loss`` (the line's leading ``train``) for each batch line and ``val_loss`` for
each epoch line, no step (the lines state none).
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import torch
    import torch.nn.functional as F

    Xtr, ytr, Xva, yva, _, _ = digits(seed=3)
    Xtr, ytr = Xtr[:1000], ytr[:1000]
    model = mlp(seed=3)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    truth = Truth()
    for epoch in range(3):
        for x, y in batches(Xtr, ytr, 100, epoch):
            logits = model(x)
            loss = F.cross_entropy(logits, y)
            print('train loss: ', loss.item())
            truth.add(**{"train/loss": loss.item()})
            loss.backward()
            opt.step()
            opt.zero_grad()
        with torch.no_grad():
            val_loss = []
            for x, y in batches(Xva, yva, 100, 0):
                val_loss.append(F.cross_entropy(model(x), y).item())
            val_loss = torch.mean(torch.tensor(val_loss))
            print('val_loss: ', val_loss.item())
            truth.add(val_loss=val_loss.item())
    truth.write("the script's batch and validation losses", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"advuno": run}, root=HELDOUT38)
