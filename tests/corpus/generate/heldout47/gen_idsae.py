"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written classifier loop printing as nnam099/ZeroDay-Detection-AutoEncoder-IDS
``src/ids/trainer.py`` (``train`` and ``log_top_confusions``): a header between ``=`` rules
``Training v14 | epochs=12 lr=0.003 hidden=32``, then per epoch a ``Top validation confusions @
epoch N`` table (``True``, ``Pred``, ``Count``, ``Row%`` columns, the two largest off-diagonal
cells) and ``f'{star}[{ep:3d}/{args.epochs}] loss={...:.4f} acc={...:.4f}  vAUC={...:.4f}
P={patience}  ({secs:.1f}s)'`` with ``*`` on a new best validation AUC, ``  Early stop at ep N``
after ``patience`` epochs without one, and ``\\nBest Val AUC = ...``. Here: a synthetic
five-class traffic table (sklearn's ``make_classification``; class names Normal, DoS, Exploits,
Fuzzers, Recon) for UNSW-NB15, an MLP classifier with a reconstruction head (cross-entropy plus
0.1 x reconstruction loss for the original's combined loss), AdamW with the original's warm-up
cosine schedule (shifted by one epoch, so that the first epoch does not run at rate 0), 12 epochs, patience 5.

Truth: ``loss``, ``acc`` (training) and ``vAUC`` (validation AUC of attack versus normal) at the
``[i/N]`` step. Optional: the final ``Best Val AUC`` (a repeat). The confusion tables (counts and
row percentages of misclassified cells), ``P=`` (a patience count) and the seconds are no
metrics; the header's ``epochs``, ``lr`` and ``hidden`` are params.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from sklearn.datasets import make_classification
    from sklearn.metrics import confusion_matrix, roc_auc_score

    names = ["Normal", "DoS", "Exploits", "Fuzzers", "Recon"]
    X, y = make_classification(n_samples=1500, n_features=20, n_informative=8, n_classes=5,
                               n_clusters_per_class=1, class_sep=1.0, flip_y=0.05, random_state=13)
    X = ((X - X.mean(0)) / X.std(0)).astype("float32")
    Xtr, ytr = torch.tensor(X[:1100]), torch.tensor(y[:1100])
    Xva, yva = torch.tensor(X[1100:]), torch.tensor(y[1100:])
    epochs, lr, hidden, patience_max = 12, 0.003, 32, 5
    torch.manual_seed(13)
    body = nn.Sequential(nn.Linear(20, hidden), nn.ReLU())
    head, recon = nn.Linear(hidden, 5), nn.Linear(hidden, 20)
    params = [*body.parameters(), *head.parameters(), *recon.parameters()]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=1e-4)

    def warmup_cos(ep):
        if ep < 5:
            return (ep + 1) / 5
        return 0.5 * (1 + np.cos(np.pi * (ep - 5) / max(epochs - 5, 1)))

    sched = torch.optim.lr_scheduler.LambdaLR(opt, warmup_cos)
    truth = Truth()
    best_auc, patience = 0.0, 0
    print(f'\n{"="*65}')
    print(f'Training v14 | epochs={epochs} lr={lr} hidden={hidden}')
    print(f'{"="*65}')
    g = torch.Generator().manual_seed(13)
    for ep in range(1, epochs + 1):
        t0 = time.time()
        tot = ncorr = ntot = 0
        for j in torch.randperm(len(Xtr), generator=g).split(64):
            xb, yb = Xtr[j], ytr[j]
            h = body(xb)
            logits = head(h)
            loss = F.cross_entropy(logits, yb) + 0.1 * F.mse_loss(recon(h), xb)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            tot += loss.item() * len(yb)
            ncorr += int((logits.argmax(1) == yb).sum())
            ntot += len(yb)
        trm = {"loss": tot / ntot, "acc": ncorr / ntot}
        with torch.no_grad():
            probs = torch.softmax(head(body(Xva)), -1).numpy()
        labels = yva.numpy()
        auc = roc_auc_score((labels != 0).astype(int), 1 - probs[:, 0])
        preds = probs.argmax(1)
        cm = confusion_matrix(labels, preds, labels=list(range(5)))
        rows = []
        for ti in range(5):
            total = int(cm[ti].sum())
            for pi in range(5):
                if pi != ti and cm[ti, pi] > 0:
                    rows.append({"true": names[ti], "pred": names[pi], "count": int(cm[ti, pi]),
                                 "row_pct": 100.0 * cm[ti, pi] / total})
        rows = sorted(rows, key=lambda r: (r["count"], r["row_pct"]), reverse=True)[:2]
        print(f'\n  Top validation confusions @ epoch {ep}')
        print(f'  {"True":<18} {"Pred":<18} {"Count":>7} {"Row%":>8}')
        print(f'  {"-"*55}')
        if not rows:
            print(f'  {"<none>":<18} {"<none>":<18} {0:>7} {0.0:>7.1f}%')
        for item in rows:
            print(f'  {item["true"]:<18} {item["pred"]:<18} {item["count"]:>7} {item["row_pct"]:>7.1f}%')
        sched.step()
        is_best = auc > best_auc
        if is_best:
            best_auc, patience = auc, 0
        else:
            patience += 1
        star = '*' if is_best else ' '
        print(f'{star}[{ep:3d}/{epochs}] loss={trm["loss"]:.4f} acc={trm["acc"]:.4f}'
              f'  vAUC={auc:.4f}  P={patience}  ({time.time()-t0:.1f}s)')
        truth.add(at=ep, loss=trm["loss"], acc=trm["acc"], vAUC=auc)
        if patience >= patience_max:
            print(f'  Early stop at ep {ep}')
            break
    print(f'\nBest Val AUC = {best_auc:.4f}')
    truth.allow(**{"Best Val AUC": best_auc})
    truth.write("the script's epoch losses, accuracies and validation AUCs", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5, params={"epochs": epochs, "lr": lr, "hidden": hidden})


if __name__ == "__main__":
    main(__file__, {"idsae": run}, root=HELDOUT47)
