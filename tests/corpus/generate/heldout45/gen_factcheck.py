"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written classifier loop printing as sgol13/tudelft-nlp-fact-checking
``src/classification_training.py`` with ``src/training_manager.py``: ``Starting new
training``, then per epoch ``EPOCH 1``, a tqdm bar described ``train`` and one described
``eval`` (stderr), ``Saved checkpoint to models/claims-mlp/checkpoints/01_acc_812``, and the
block ``    train accuracy: 0.812`` / ``     eval accuracy: 0.790`` + blank line / ``    avg
train loss: 0.512`` / ``     avg eval loss: 0.534`` + blank line. Here: a bag-of-words MLP on
synthetic three-class "claims" (random token bags with class-dependent words), 6 epochs;
accuracy is the mean of the per-batch accuracies, as the original averages them.

Truth: ``train/accuracy`` and ``eval/accuracy`` (the lines' leading phase words), ``avg train
loss`` and ``avg eval loss`` (the phase in the middle stays as printed), at the epoch of the
``EPOCH`` header above them.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    g = torch.Generator().manual_seed(13)
    V, n = 200, 600
    y = torch.randint(0, 3, (n,), generator=g)
    X = torch.zeros(n, V)
    for k in range(n):
        words = torch.randint(0, V, (12,), generator=g)
        X[k, words] += 1
        X[k, 10 * int(y[k]) + torch.randint(0, 10, (3,), generator=g)] += 1
    Xtr, ytr, Xva, yva = X[:480], y[:480], X[480:], y[480:]
    torch.manual_seed(13)
    model = nn.Sequential(nn.Linear(V, 32), nn.ReLU(), nn.Linear(32, 3))
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3)
    loss_fn = nn.CrossEntropyLoss()
    print("Starting new training")
    truth = Truth()
    bs = 32
    for epoch in range(1, 7):
        print(f"EPOCH {epoch}")
        model.train()
        tacc = tloss = 0.0
        order = torch.randperm(len(Xtr), generator=g)
        tb = [order[i:i + bs] for i in range(0, len(Xtr), bs)]
        for b in tqdm(tb, desc='train'):
            logits = model(Xtr[b])
            loss = loss_fn(logits, ytr[b])
            opt.zero_grad()
            loss.backward()
            opt.step()
            tacc += (logits.argmax(1) == ytr[b]).float().mean().item()
            tloss += loss.item()
        model.eval()
        vacc = vloss = 0.0
        vb = [torch.arange(i, min(i + bs, len(Xva))) for i in range(0, len(Xva), bs)]
        for b in tqdm(vb, desc='eval'):
            with torch.no_grad():
                logits = model(Xva[b])
            vloss += loss_fn(logits, yva[b]).item()
            vacc += (logits.argmax(1) == yva[b]).float().mean().item()
        avg_train_accuracy, avg_train_loss = tacc / len(tb), tloss / len(tb)
        avg_val_accuracy, avg_val_loss = vacc / len(vb), vloss / len(vb)
        print(f"Saved checkpoint to models/claims-mlp/checkpoints/{epoch:02}_acc_"
              f"{f'{avg_val_accuracy:.3f}'.split('.')[1]}")
        print(f"    train accuracy: {avg_train_accuracy:.3f}")
        print(f"     eval accuracy: {avg_val_accuracy:.3f}\n")
        print(f"    avg train loss: {avg_train_loss:.3f}")
        print(f"     avg eval loss: {avg_val_loss:.3f}\n")
        truth.add(at=epoch, **{"train/accuracy": avg_train_accuracy,
                               "eval/accuracy": avg_val_accuracy,
                               "avg train loss": avg_train_loss, "avg eval loss": avg_val_loss})
    truth.write("the script's mean per-batch accuracies and losses", libraries=("torch", "tqdm"),
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"factcheck": run}, root=HELDOUT45)
