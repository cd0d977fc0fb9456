"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as the kept Keras-1 training log of
KyotoSunshine/CNN-for-handwritten-kanji ``logs/model_for_augmented_dataset_training_log.py``:
three successive ``fit`` runs, each opening with ``Train on N samples, validate on M
samples``, then per epoch ``Epoch i/N`` and ``{secs}s - loss: {:.4f} - acc: {:.4f} - val_loss:
{:.4f} - val_acc: {:.4f}`` (verbose=2), with EarlyStopping's ``Epoch 0000k: early stopping``
(0-based epoch index) printed between the last epoch's header and its metrics line, as in
the log. Here: one MLP on sklearn's digits trained in three runs with a lower learning rate
each time, at most 5 epochs a run, early stopping on ``val_loss`` with patience 1 and ``min_delta`` 0.01.

Truth: ``loss``, ``acc``, ``val_loss``, ``val_acc`` at the epoch of the ``Epoch i/N`` line above
(the count restarts with each run; the runs share the names). The leading seconds are no
metric.
"""

from _toy import digits, mlp
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn.functional as F

    Xtr, ytr, Xva, yva, _, _ = digits(seed=43)
    model = mlp(hidden=48, seed=43)
    truth = Truth()
    for run_no, lr in enumerate((0.02, 0.006, 0.002)):
        opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
        nb_epoch, patience, best, wait = 5, 1, float("inf"), 0
        print(f"Train on {len(Xtr)} samples, validate on {len(Xva)} samples")
        for epoch in range(nb_epoch):
            start = time.time()
            print(f"Epoch {epoch + 1}/{nb_epoch}")
            tot_loss = tot_acc = 0.0
            g = torch.Generator().manual_seed(100 * run_no + epoch)
            order = torch.randperm(len(Xtr), generator=g)
            for i in range(0, len(Xtr), 32):
                x, y = Xtr[order[i:i + 32]], ytr[order[i:i + 32]]
                out = model(x)
                loss = F.cross_entropy(out, y)
                opt.zero_grad()
                loss.backward()
                opt.step()
                tot_loss += loss.item() * len(y)
                tot_acc += (out.argmax(1) == y).float().sum().item()
            with torch.no_grad():
                out = model(Xva)
                val_loss = F.cross_entropy(out, yva).item()
                val_acc = (out.argmax(1) == yva).float().mean().item()
            loss_, acc_ = tot_loss / len(Xtr), tot_acc / len(Xtr)
            stop = False
            if val_loss < best - 0.01:
                best, wait = val_loss, 0
            else:
                wait += 1
                stop = wait > patience
            if stop:
                print("Epoch %05d: early stopping" % epoch)
            print(f"{int(time.time() - start)}s - loss: {loss_:.4f} - acc: {acc_:.4f} - "
                  f"val_loss: {val_loss:.4f} - val_acc: {val_acc:.4f}")
            truth.add(at=epoch + 1, loss=loss_, acc=acc_, val_loss=val_loss, val_acc=val_acc)
            if stop:
                break
    truth.write("the loop's epoch means and validation scores", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"kyotokanji": run}, root=HELDOUT46)
