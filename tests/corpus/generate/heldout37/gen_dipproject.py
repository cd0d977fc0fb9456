"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

A binary classifier trained as in zzzhr97/Digital-Image-Processing-Project ``train.py`` (commit
0251c8b1): ``-------------------BEGIN-------------------``, ``Loading data... Done.``, ``number of
training data: 400 \\tnumber of validation data: 169``, ``Device: cpu``, the label counts, ``Begin
training.``, the first batch's shapes; every 2nd batch ``\\tEpoch 1 || Batch   2 || Loss:
0.6931``; after each epoch one print of several pieces: ``[ Epoch   1 ] train score: 0.1234 ||
valid score: 0.2345 || train loss: 0.5678 || valid loss: 0.6789 || time: 0.12s || eval time:
0.01s`` then, on the next line, ``train TP/TN/FP/FN: ...`` counts; at the end ``Best valid score:
{'Loss': ..., 'Kappa': ..., 'F1': ..., 'Specificity': ..., 'Average': ...}`` (the printed dict of
the epoch with the lowest validation loss) and ``Total time: 1.23s``. The score is the mean of
Cohen's kappa, F1 and specificity, as in the original's ``utils.eval``. Here: a small MLP with
BCEWithLogits (positive-class weighting) on sklearn's breast-cancer data, Adam, 4 epochs.

Truth: the printed batch ``Loss`` at the printed epoch (the batch counter restarts); per epoch
``train/score``, ``val/score``, ``train/loss``, ``val/loss`` (``train score``, ``valid score``,
``train loss``, ``valid loss``) at the printed epoch; the closing dict as ``Best valid
score/Loss``, ``/Kappa``, ``/F1``, ``/Specificity``, ``/Average`` (a summary of the best epoch:
its loss and average repeat that epoch's values, but it is its own printed state). Counts, shapes
and times are not metrics.
"""

import time

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_breast_cancer

    X, y = load_breast_cancer(return_X_y=True)
    X = (X - X.mean(0)) / X.std(0)
    rng = np.random.default_rng(12)
    idx = rng.permutation(len(X))
    X, y = torch.tensor(X[idx], dtype=torch.float32), torch.tensor(y[idx], dtype=torch.float32)
    print("-------------------BEGIN-------------------")
    print("Loading data...", end=' ')
    Xtr, ytr, Xva, yva = X[:400], y[:400], X[400:], y[400:]
    print("Done.")
    print(f'number of training data: {len(Xtr)} \tnumber of validation data: {len(Xva)}')
    print('Device: cpu')
    torch.manual_seed(12)
    net = nn.Sequential(nn.Linear(30, 16), nn.ReLU(), nn.Linear(16, 1))
    n_positive = int(ytr.sum())
    n_negative = len(ytr) - n_positive
    print(f'\tnumber of positive labels: {n_positive}\tnumber of negative labels: {n_negative}')
    loss_fn = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(n_negative / n_positive))
    optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)

    def evaluate(Xs, ys):
        with torch.no_grad():
            out = net(Xs)
            loss = loss_fn(out, ys.view(-1, 1)).item()
            pred = (torch.sigmoid(out).view(-1) > 0.5).float()
        TP = int(((pred == 1) & (ys == 1)).sum()); TN = int(((pred == 0) & (ys == 0)).sum())
        FP = int(((pred == 1) & (ys == 0)).sum()); FN = int(((pred == 0) & (ys == 1)).sum())
        n = len(ys)
        po = (TP + TN) / n
        pe = ((TP + FP) * (TP + FN) + (FN + TN) * (FP + TN)) / n ** 2
        kappa = (po - pe) / (1 - pe) if pe != 1 else 0.0
        f1 = 2 * TP / (2 * TP + FP + FN) if TP else 0.0
        spec = TN / (TN + FP) if TN + FP else 0.0
        scores = {'Loss': loss, 'Kappa': kappa, 'F1': f1, 'Specificity': spec,
                  'Average': (kappa + f1 + spec) / 3}
        return scores, {'TP': TP, 'TN': TN, 'FP': FP, 'FN': FN}

    truth = Truth()
    best_valid_result = {'Loss': 1e10, 'Kappa': 0.0, 'F1': 0.0, 'Specificity': 0.0, 'Average': 0.0}
    start_time = time.time()
    batch_size, n_batches = 80, 5
    print("Begin training.")
    net.train()
    for epoch in range(4):
        perm = np.random.default_rng(epoch).permutation(len(Xtr))
        for batch_idx in range(n_batches):
            j = perm[batch_idx * batch_size:(batch_idx + 1) * batch_size]
            images, labels = Xtr[j], ytr[j]
            if epoch == 0 and batch_idx == 0:
                print(f'\tBatch images shape: {images.shape}')
                print(f'\tBatch labels shape: {labels.shape}')
            output = net(images)
            if epoch == 0 and batch_idx == 0:
                print(f'\tBatch output shape: {output.shape}')
            loss = loss_fn(output, labels.view(-1, 1).float())
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if (batch_idx + 1) % 2 == 0:
                print(f'\tEpoch {epoch + 1} || Batch {batch_idx + 1:3} || Loss: {loss.item():.4f}')
                truth.add(at=epoch + 1, Loss=loss.item())
        eval_start_time = time.time()
        train_scores, train_TFPN = evaluate(Xtr, ytr)
        valid_scores, valid_TFPN = evaluate(Xva, yva)
        print(f'[ Epoch {epoch + 1:3} ]',
              f'train score: {train_scores["Average"]:.4f}',
              f'|| valid score: {valid_scores["Average"]:.4f}',
              f'|| train loss: {train_scores["Loss"]:.4f}',
              f'|| valid loss: {valid_scores["Loss"]:.4f}',
              f'|| time: {time.time() - start_time:8.2f}s',
              f'|| eval time: {time.time() - eval_start_time:4.2f}s\n',
              f'             train TP/TN/FP/FN: {train_TFPN["TP"]:3}/{train_TFPN["TN"]:3}/{train_TFPN["FP"]:3}/{train_TFPN["FN"]:3}',
              f'|| valid TP/TN/FP/FN: {valid_TFPN["TP"]:2}/{valid_TFPN["TN"]:2}/{valid_TFPN["FP"]:2}/{valid_TFPN["FN"]:2}',
              )
        truth.add(at=epoch + 1, **{"train/score": train_scores["Average"],
                                   "val/score": valid_scores["Average"],
                                   "train/loss": train_scores["Loss"],
                                   "val/loss": valid_scores["Loss"]})
        if valid_scores["Loss"] < best_valid_result["Loss"]:
            best_valid_result = valid_scores
    print(f'Best valid score: {best_valid_result}')
    print(f'Total time: {time.time() - start_time:.2f}s')
    truth.add(**{f"Best valid score/{k}": v for k, v in best_valid_result.items()})
    truth.write("the script's batch losses, epoch evaluation and its best-epoch summary",
                libraries=("torch", "scikit-learn"), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"dipproject": run}, root=HELDOUT37)
