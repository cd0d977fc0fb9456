"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

A training worker writing to stderr as PengNi/ccsmeth ``ccsmeth/train_multigpu.py`` (commit
00b51ba8) does: ``training_process-<pid> total_step: 12``; every ``step_interval`` steps (and at
the last) ``Epoch [1/5], Step [4/12]; TrainLoss: 0.6931; Time: 0.01s`` (the mean of the losses
since the last line); after validation the original tries ``'Epoch [{}/{}]; LR: {:.4e}; ...'``
with ``scheduler.get_last_lr()``, a list, which ``{:.4e}`` cannot format, so its ``except``
branch writes ``Epoch [1/5]; ValidLoss: 0.6123, Acc: 0.7000, Prec: 0.6800, Reca: 0.7100,
Best_acc: 0.7000; Time: 0.02s`` (kept: the same try/except); ``training_process-<pid> early
stop!`` when the validation loss stops improving after ``min_epoch_num``; at the end ``best model
is in epoch 3 (Acc: 0.7123...)`` (unformatted). Here: a bidirectional GRU over random k-mer-like
sequences with a planted motif deciding the label, Adam, StepLR, 5 epochs at most, min 2.

Truth: ``TrainLoss`` at the printed epoch (the ``Step`` counter restarts each epoch: not a step
of its own); per epoch ``ValidLoss``, ``Acc``, ``Prec``, ``Reca`` at the printed epoch (the
validation phase is in ``ValidLoss``'s own name only; the other three stay as printed);
``Best_acc`` optional (the best so far, repeated); the closing ``Acc`` of ``best model is in
epoch 3 (Acc: ...)`` is the best accuracy again, listed under ``best model/Acc``, no step.
"""

import os
import sys
import time

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn import metrics
    from torch.optim.lr_scheduler import StepLR

    torch.manual_seed(23)
    rng = np.random.default_rng(23)
    n, L = 480, 11
    seqs = rng.integers(0, 4, (n, L))
    labels = np.zeros(n, dtype=np.int64)
    pos = rng.random(n) < 0.5
    seqs[pos, 4:7] = [2, 0, 1]
    labels[pos] = 1
    flip = rng.random(n) < 0.08
    labels[flip] = 1 - labels[flip]
    X, y = torch.tensor(seqs), torch.tensor(labels)
    Xtr, ytr, Xva, yva = X[:384], y[:384], X[384:], y[384:]

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(4, 8)
            self.gru = nn.GRU(8, 12, batch_first=True, bidirectional=True)
            self.fc = nn.Linear(24, 2)

        def forward(self, x):
            h, _ = self.gru(self.emb(x))
            logits = self.fc(h.mean(1))
            return logits, torch.softmax(logits, 1)

    model = Model()
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    scheduler = StepLR(optimizer, step_size=2, gamma=0.5)
    max_epoch_num, min_epoch_num, step_interval, bs = 5, 2, 4, 32
    total_step = len(Xtr) // bs
    truth = Truth()
    sys.stderr.write("training_process-{} total_step: {}\n".format(os.getpid(), total_step))
    curr_best_accuracy, curr_best_accuracy_loc, curr_lowest_loss = 0, 0, 10000
    model.train()
    for epoch in range(max_epoch_num):
        no_best_model = True
        tlosses = []
        start = time.time()
        perm = torch.randperm(len(Xtr))
        for i in range(total_step):
            j = perm[i * bs:(i + 1) * bs]
            outputs, _ = model(Xtr[j])
            loss = criterion(outputs, ytr[j])
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 0.5)
            optimizer.step()
            tlosses.append(loss.detach().item())
            if (i + 1) % step_interval == 0 or (i + 1) == total_step:
                time_cost = time.time() - start
                sys.stderr.write("Epoch [{}/{}], Step [{}/{}]; "
                                 "TrainLoss: {:.4f}; Time: {:.2f}s\n".format(
                                     epoch + 1, max_epoch_num, i + 1, total_step,
                                     np.mean(tlosses), time_cost))
                sys.stderr.flush()
                truth.add(at=epoch + 1, TrainLoss=np.mean(tlosses))
                start = time.time()
                tlosses = []
        model.eval()
        with torch.no_grad():
            vlosses, vlabels_total, vpredicted_total = [], [], []
            for vi in range(0, len(Xva), bs):
                voutputs, vlogits = model(Xva[vi:vi + bs])
                vloss = criterion(voutputs, yva[vi:vi + bs])
                _, vpredicted = torch.max(vlogits.data, 1)
                vlosses.append(vloss.item())
                vlabels_total += yva[vi:vi + bs].tolist()
                vpredicted_total += vpredicted.tolist()
            v_accuracy = metrics.accuracy_score(vlabels_total, vpredicted_total)
            v_precision = metrics.precision_score(vlabels_total, vpredicted_total)
            v_recall = metrics.recall_score(vlabels_total, vpredicted_total)
            v_meanloss = np.mean(vlosses)
            if v_accuracy > curr_best_accuracy:
                curr_best_accuracy = v_accuracy
                curr_best_accuracy_loc = epoch + 1
            if v_meanloss < curr_lowest_loss:
                curr_lowest_loss = v_meanloss
                no_best_model = False
            time_cost = time.time() - start
            try:
                last_lr = scheduler.get_last_lr()
                sys.stderr.write('Epoch [{}/{}]; LR: {:.4e}; '
                                 'ValidLoss: {:.4f}, '
                                 'Acc: {:.4f}, Prec: {:.4f}, Reca: {:.4f}, '
                                 'Best_acc: {:.4f}; Time: {:.2f}s\n'
                                 .format(epoch + 1, max_epoch_num, last_lr,
                                         v_meanloss, v_accuracy, v_precision, v_recall,
                                         curr_best_accuracy, time_cost))
            except Exception:
                sys.stderr.write('Epoch [{}/{}]; '
                                 'ValidLoss: {:.4f}, '
                                 'Acc: {:.4f}, Prec: {:.4f}, Reca: {:.4f}, '
                                 'Best_acc: {:.4f}; Time: {:.2f}s\n'
                                 .format(epoch + 1, max_epoch_num,
                                         v_meanloss, v_accuracy, v_precision, v_recall,
                                         curr_best_accuracy, time_cost))
            sys.stderr.flush()
            truth.add(at=epoch + 1, ValidLoss=v_meanloss, Acc=v_accuracy, Prec=v_precision,
                      Reca=v_recall)
            truth.allow(Best_acc=curr_best_accuracy)
        model.train()
        if no_best_model and epoch >= min_epoch_num - 1:
            sys.stderr.write("training_process-{} early stop!\n".format(os.getpid()))
            break
        scheduler.step()
    sys.stderr.write("best model is in epoch {} (Acc: {})\n".format(curr_best_accuracy_loc,
                                                                    curr_best_accuracy))
    truth.add(**{"best model/Acc": curr_best_accuracy})
    truth.write("the script's training-loss means and validation metrics",
                libraries=("torch", "scikit-learn"), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"ccsmeth": run}, root=HELDOUT37)
