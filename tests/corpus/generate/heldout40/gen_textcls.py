"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written PyTorch loop printing as the BERT training output kept in
Andrew05200/text_classification-2 ``models/README.md`` (the Chinese-Text-Classification
trainer): ``training...``, ``epoch : 1 / 3`` per epoch, and every 10 batches ``Iter:      0,
Train Loss:   2.4,  Train Acc: 12.50%,  Val Loss:   2.4,  Val Acc:  9.08%,  Time: 0:00:15 *``
(``{:>6}``, losses ``{:>5.2}`` to two significant digits, accuracies ``{:>6.2%}``, the elapsed
time, and ``*`` when the validation loss improved). Here: an embedding-bag classifier of
synthetic token sequences into four classes, Adam, 3 epochs of 40 batches.

Truth: ``train/Loss``, ``train/Acc``, ``val/Loss``, ``val/Acc`` (accuracies in percent, as
printed) at the global iteration the ``Iter:`` field states.
"""

from _toy import HEADER  # noqa: F401
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import time
    from datetime import timedelta

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    truth = Truth()
    torch.manual_seed(12)
    rng = np.random.default_rng(12)
    vocab, n_cls, L = 200, 4, 20

    def make(n):
        y = rng.integers(0, n_cls, n)
        X = rng.integers(0, vocab, (n, L))
        for i in range(n):
            k = rng.integers(2, 6)
            X[i, :k] = rng.integers(y[i] * 10, y[i] * 10 + 10, k)
        return torch.tensor(X), torch.tensor(y)

    Xtr, ytr = make(1280)
    Xva, yva = make(320)
    model = nn.Sequential(nn.EmbeddingBag(vocab, 32), nn.Linear(32, n_cls))
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)
    start = time.time()
    print("training...")
    total_batch, best = 0, float("inf")
    for epoch in range(3):
        print("")
        print("epoch : {} / {}".format(epoch + 1, 3))
        order = torch.randperm(len(Xtr))
        for i in range(0, len(Xtr), 32):
            idx = order[i:i + 32]
            model.train()
            outputs = model(Xtr[idx])
            loss = F.cross_entropy(outputs, ytr[idx])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if total_batch % 10 == 0:
                train_acc = (outputs.argmax(1) == ytr[idx]).float().mean().item()
                model.eval()
                with torch.no_grad():
                    out = model(Xva)
                    dev_loss = F.cross_entropy(out, yva).item()
                    dev_acc = (out.argmax(1) == yva).float().mean().item()
                improve = "*" if dev_loss < best else ""
                best = min(best, dev_loss)
                time_dif = timedelta(seconds=int(round(time.time() - start)))
                msg = 'Iter: {0:>6},  Train Loss: {1:>5.2},  Train Acc: {2:>6.2%},  Val Loss: {3:>5.2},  Val Acc: {4:>6.2%},  Time: {5} {6}'
                print(msg.format(total_batch, loss.item(), train_acc, dev_loss, dev_acc, time_dif, improve))
                truth.add(at=total_batch, **{"train/Loss": loss.item(), "train/Acc": 100 * train_acc,
                                             "val/Loss": dev_loss, "val/Acc": 100 * dev_acc})
            total_batch += 1
    truth.write("the batch loss and accuracy and the validation loss and accuracy; losses are "
                "printed to two significant digits", libraries=("torch",), rel=3e-2, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"textcls": run}, root=HELDOUT40)
