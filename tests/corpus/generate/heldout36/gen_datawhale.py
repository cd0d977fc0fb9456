"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A click-through-rate model trained as datawhalechina/torch-rechub ``torch_ctr/trainers/
trainer.py`` (commit 15df3558) does: each epoch a tqdm bar ``tqdm.tqdm(data_loader,
desc="train", smoothing=0, mininterval=1.0)`` whose postfix every ``log_interval`` (10)
batches is ``set_postfix(loss=total_loss / log_interval)`` (then the sum restarts), a
``validation`` bar over the validation batches, then ``print('epoch:', epoch_i, 'validation:
auc:', auc)``; the early stopper (patience 2 here) prints ``validation: best auc: ...`` when it
stops. Here: a wide-and-deep style model (embeddings of 3 categorical fields plus a linear part)
on synthetic clicks, Adam 1e-2, 20 batches of 128 an epoch, up to 12 epochs; AUC by ranks in
NumPy instead of scikit-learn's ``roc_auc_score``.

Truth: the postfix ``loss`` of each draw (the running mean of the last 10 batches; tqdm shows 3
significant digits), ``val/auc`` at the printed epoch (``validation: auc:``) and the final
``val/best auc``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import tqdm

    torch.manual_seed(36)
    rng = np.random.default_rng(36)
    n_fields, vocab = 3, 20

    def make(n):
        cats = rng.integers(vocab, size=(n, n_fields))
        effect = np.sin(np.arange(vocab))[cats].sum(1) + 0.8 * (cats[:, 0] == cats[:, 1])
        y = (rng.random(n) < 1 / (1 + np.exp(-(effect - 0.3)))).astype(np.float32)
        return torch.tensor(cats), torch.tensor(y)

    Xtr, ytr = make(2560)
    Xva, yva = make(640)

    class Model(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = torch.nn.Embedding(vocab * n_fields, 4)
            self.lin = torch.nn.Embedding(vocab * n_fields, 1)
            self.mlp = torch.nn.Sequential(torch.nn.Linear(4 * n_fields, 16), torch.nn.ReLU(),
                                           torch.nn.Linear(16, 1))

        def forward(self, x):
            idx = x + torch.arange(n_fields) * vocab
            deep = self.mlp(self.emb(idx).flatten(1))
            return torch.sigmoid((deep + self.lin(idx).sum(1)).squeeze(1))

    def roc_auc(t, p):
        t, p = np.asarray(t), np.asarray(p)
        ranks = p.argsort().argsort() + 1
        pos = t == 1
        return float((ranks[pos].sum() - pos.sum() * (pos.sum() + 1) / 2)
                     / (pos.sum() * (~pos).sum()))

    model = Model()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2, weight_decay=1e-5)
    criterion = torch.nn.BCELoss()
    truth = Truth()
    best_auc, trial, patience = 0.0, 0, 2
    batches = [(Xtr[i:i + 128], ytr[i:i + 128]) for i in range(0, len(ytr), 128)]
    val_batches = [(Xva[i:i + 64], yva[i:i + 64]) for i in range(0, len(yva), 64)]
    for epoch_i in range(12):
        model.train()
        total_loss = 0
        tk0 = tqdm.tqdm(batches, desc="train", smoothing=0, mininterval=1.0)
        for i, (x, y) in enumerate(tk0):
            y_pred = model(x)
            loss = criterion(y_pred, y)
            model.zero_grad()
            loss.backward()
            optimizer.step()
            total_loss += loss.item()
            if (i + 1) % 10 == 0:
                tk0.set_postfix(loss=total_loss / 10)
                truth.add(loss=total_loss / 10)
                total_loss = 0
        model.eval()
        targets, predicts = [], []
        with torch.no_grad():
            tk0 = tqdm.tqdm(val_batches, desc="validation", smoothing=0, mininterval=1.0)
            for i, (x, y) in enumerate(tk0):
                targets.extend(y.tolist())
                predicts.extend(model(x).tolist())
        auc = roc_auc(targets, predicts)
        print('epoch:', epoch_i, 'validation: auc:', auc)
        truth.add(at=epoch_i, **{"val/auc": auc})
        if auc > best_auc:
            best_auc, trial = auc, 0
        elif trial + 1 < patience:
            trial += 1
        else:
            print(f'validation: best auc: {best_auc}')
            truth.add(**{"val/best auc": best_auc})
            break
    truth.write("the script's postfix loss (mean of 10 batches) and validation AUC",
                libraries=("torch", "tqdm", "numpy"), rel=5e-3)


if __name__ == "__main__":
    main(__file__, {"datawhale": run}, root=HELDOUT36)
