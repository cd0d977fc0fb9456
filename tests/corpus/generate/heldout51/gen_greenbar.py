"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

A small classifier printing as sampathvenur/dp ``shortest/p5.py`` (commit 21eddd54), which
imitates Keras' epoch lines by hand: ``EPOCH 1/5`` headers, then ``1500/1500 - 3s`` and a
green-coloured ``______`` (ANSI ``\\033[92m`` ... ``\\033[0m``) followed by ``- acc : 0.8123 -
loss 0.6543 - val_loss : 0.5432``, and at the end ``Test Accuracy : 91.23%``. Its quirks are
kept: the loop runs epochs 1 to 4 under ``/5`` headers, and ``loss`` has no colon. Here: a
64-32-10 MLP on sklearn's digits trained with Adam, the batch count and the epoch's whole
seconds in place of the original's fixed ``1500/1500 - 3s``; the original's numbers are
random draws (its ``val_loss`` is a tenth of its ``loss``), ours are measured: training
accuracy and mean loss of the epoch's batches, validation loss after the epoch, and test
accuracy in percent at the end (the original prints the last epoch's fraction there).

Truth: ``acc``, ``loss`` and ``val_loss`` at the epoch of the ``EPOCH i/5`` header above
them; ``test/Accuracy`` (``Test Accuracy``) with no step.
"""

from _toy import batches, digits, evaluate, mlp
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn.functional as F

    Xtr, ytr, Xva, yva, Xte, yte = digits(seed=5)
    model = mlp(hidden=32, seed=5)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    truth = Truth()
    n_batches = (len(Xtr) + 31) // 32
    for i in range(1, 5):
        print(f"EPOCH {i}/5")
        t0 = time.time()
        losses, correct = [], 0
        for xb, yb in batches(Xtr, ytr, 32, seed=i):
            out = model(xb)
            loss = F.cross_entropy(out, yb)
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.item() * len(yb))
            correct += int((out.argmax(1) == yb).sum())
        acc = correct / len(ytr)
        loss = sum(losses) / len(ytr)
        val_loss, _, _ = evaluate(model, Xva, yva)
        secs = time.time() - t0
        print(f"{n_batches}/{n_batches} - {secs:.0f}s \033[92m ______ \033[0m - acc : {acc:.4f} "
              f"- loss {loss:.4f} - val_loss : {val_loss:.4f}")
        truth.add(at=i, acc=acc, loss=loss, val_loss=val_loss)
    _, test_acc, _ = evaluate(model, Xte, yte)
    print(f"Test Accuracy : {100 * test_acc:.2f}%")
    truth.add(**{"test/Accuracy": 100 * test_acc})
    truth.write("the epochs' training accuracy and loss, validation loss, test accuracy",
                libraries=("torch", "scikit-learn"), rel=1e-5, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"greenbar": run}, root=HELDOUT51)
