"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as the run kept in hackasaur/Sentiment-analysis
``notes.md``: per epoch ``Epoch 1:``, a blank line, ``Train loss: 2.637131 | Train accuracy:
0.664350``, ``Val loss:   2.411405 | Val accuracy:   0.762601`` (six decimals, the validation
labels padded to line up) and a ``-------------`` rule. Here: an embedding-bag classifier of
synthetic two-class reviews, the loss summed over the batch and averaged over batches (hence
values above 1), SGD, 12 epochs.

Truth: ``train/loss``, ``train/accuracy``, ``val/loss``, ``val/accuracy`` at the epoch of the
``Epoch N:`` header above them.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT42, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    torch.manual_seed(17)
    g = torch.Generator().manual_seed(17)
    n, L, V = 1200, 20, 200
    y = torch.randint(0, 2, (n,), generator=g)
    ids = torch.randint(0, V, (n, L), generator=g)
    cue = torch.rand(n, L, generator=g) < 0.12
    ids = torch.where(cue, 180 + 10 * y[:, None] + ids % 10, ids)
    model = nn.Sequential(nn.EmbeddingBag(V, 8), nn.Linear(8, 2))
    opt = torch.optim.SGD(model.parameters(), lr=0.02)
    crit = nn.CrossEntropyLoss(reduction='sum')
    truth = Truth()

    def run_epoch(x, t, train):
        model.train(train)
        total, correct, nb = 0.0, 0, 0
        for i in range(0, len(x), 64):
            with torch.set_grad_enabled(train):
                out = model(x[i:i + 64])
                loss = crit(out, t[i:i + 64]) / 20
                if train:
                    opt.zero_grad()
                    loss.backward()
                    opt.step()
            total += loss.item()
            correct += int((out.argmax(1) == t[i:i + 64]).sum())
            nb += 1
        return total / nb, correct / len(x)

    for epoch in range(1, 13):
        perm = torch.randperm(1000, generator=g)
        tl, ta = run_epoch(ids[:1000][perm], y[:1000][perm], True)
        vl, vacc = run_epoch(ids[1000:], y[1000:], False)
        print(f"Epoch {epoch}:")
        print()
        print(f"Train loss: {tl:.6f} | Train accuracy: {ta:.6f}")
        print(f"Val loss:   {vl:.6f} | Val accuracy:   {vacc:.6f}")
        print("-------------")
        truth.add(at=epoch, **{"train/loss": tl, "train/accuracy": ta, "val/loss": vl,
                               "val/accuracy": vacc})
    truth.write("the script's epoch means and accuracies", libraries=("torch",),
                rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"sentiment": run}, root=HELDOUT42)
