"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

A training app logging as Pkaps25/nsclcrecurrence ``ct_lung_class/train.py`` with
``ct_lung_class/util/logconf.py``: a root StreamHandler (stderr) with the format ``%(asctime)s
%(levelname)-8s pid:%(process)d %(name)s:%(lineno)03d:%(funcName)s %(message)s``; ``Starting
NoduleTrainingApp, Namespace(...)``; per epoch ``Epoch 1 of 3, 12/4 batches of size 8``; then
``log_metrics`` for ``train`` and ``val``, three lines each: ``E1 train     0.69314718 loss,
 50.0% correct, 0.5000 precision, 0.5000 recall, 0.5000 f1 score``, ``E1 train_neg 0.6... loss,
 61.2% correct (30 of 49)``, ``E1 train_pos ...`` (the ``{:8}`` mode column, the percentages
``{:-5.1f}``). The original's ``enumerateWithEstimate`` progress lines (in a file not stored)
are left out. Here: a small 3-D-free stand-in, an MLP classifying sklearn's breast-cancer
samples (the "nodules"), SGD with momentum, 3 epochs, batch size 8; the printed Namespace is
ours (its field names from the original's arguments).

Truth: per epoch and phase ``train/loss``, ``train/correct``, ``train/precision``,
``train/recall``, ``train/f1 score`` and the same under ``val/`` (the line's mode column names
the phase); the ``_neg`` and ``_pos`` lines as ``train_neg/loss``, ``train_neg/correct``,
``train_pos/loss`` ... (their mode column as printed); all at the printed epoch (``E1``). The
Namespace is ``params``; counts and sizes are not metrics.
"""

import argparse
import logging

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_breast_cancer

    root_logger = logging.getLogger()
    root_logger.setLevel(logging.CRITICAL)
    for handler in list(root_logger.handlers):
        root_logger.removeHandler(handler)
    formatter = logging.Formatter(
        "%(asctime)s %(levelname)-8s pid:%(process)d %(name)s:%(lineno)03d:%(funcName)s %(message)s")
    streamHandler = logging.StreamHandler()
    streamHandler.setFormatter(formatter)
    streamHandler.setLevel(logging.DEBUG)
    root_logger.addHandler(streamHandler)
    logger = logging.getLogger("__main__")
    logger.setLevel(logging.INFO)

    cli_args = argparse.Namespace(batch_size=8, num_workers=0, epochs=3, balanced=False,
                                  augmented=False, k_folds=1, finetune=None)
    X, y = load_breast_cancer(return_X_y=True)
    X = (X - X.mean(0)) / X.std(0)
    rng = np.random.default_rng(22)
    idx = rng.permutation(len(X))[:128]
    X, y = torch.tensor(X[idx], dtype=torch.float32), torch.tensor(y[idx])
    train_idx = [i for i in range(len(X)) if (i + 1) % 4 != 0]
    val_idx = list(range(0, len(X), 4))
    torch.manual_seed(22)
    model = nn.Sequential(nn.Linear(30, 8), nn.ReLU(), nn.Linear(8, 2))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.001, momentum=0.99, weight_decay=1e-4)
    truth = Truth()

    def log_metrics(epoch_ndx, mode_str, loss, prob, label, threshold=0.5):
        neg_label = label <= threshold
        neg_pred = prob <= threshold
        pos_label, pos_pred = ~neg_label, ~neg_pred
        neg_count, pos_count = int(neg_label.sum()), int(pos_label.sum())
        neg_correct = int((neg_label & neg_pred).sum())
        tp = pos_correct = int((pos_label & pos_pred).sum())
        fp, fn = neg_count - neg_correct, pos_count - pos_correct
        m = {"loss/all": loss.mean().item(), "loss/neg": loss[neg_label].mean().item(),
             "loss/pos": loss[pos_label].mean().item(),
             "correct/all": (pos_correct + neg_correct) / len(label) * 100,
             "correct/neg": neg_correct / neg_count * 100,
             "correct/pos": pos_correct / pos_count * 100}
        precision = m["pr/precision"] = tp / np.float32(tp + fp) if tp + fp else np.float32(0)
        recall = m["pr/recall"] = tp / np.float32(tp + fn)
        m["pr/f1_score"] = (2 * (precision * recall) / (precision + recall)
                            if precision + recall else np.float32(0))
        logger.info(("E{} {:8} {loss/all:.8f} loss, " + "{correct/all:-5.1f}% correct, "
                     + "{pr/precision:.4f} precision, " + "{pr/recall:.4f} recall, "
                     + "{pr/f1_score:.4f} f1 score").format(epoch_ndx, mode_str, **m))
        logger.info(("E{} {:8} {loss/neg:.8f} loss, "
                     + "{correct/neg:-5.1f}% correct ({neg_correct:} of {neg_count:})").format(
            epoch_ndx, mode_str + "_neg", neg_correct=neg_correct, neg_count=neg_count, **m))
        logger.info(("E{} {:8} {loss/pos:.8f} loss, "
                     + "{correct/pos:-5.1f}% correct ({pos_correct:} of {pos_count:})").format(
            epoch_ndx, mode_str + "_pos", pos_correct=pos_correct, pos_count=pos_count, **m))
        truth.add(at=epoch_ndx, **{f"{mode_str}/loss": m["loss/all"],
                                   f"{mode_str}/correct": m["correct/all"],
                                   f"{mode_str}/precision": float(m["pr/precision"]),
                                   f"{mode_str}/recall": float(m["pr/recall"]),
                                   f"{mode_str}/f1 score": float(m["pr/f1_score"]),
                                   f"{mode_str}_neg/loss": m["loss/neg"],
                                   f"{mode_str}_neg/correct": m["correct/neg"],
                                   f"{mode_str}_pos/loss": m["loss/pos"],
                                   f"{mode_str}_pos/correct": m["correct/pos"]})

    def run_epoch(ids, train):
        losses, probs = torch.zeros(len(ids)), torch.zeros(len(ids))
        model.train(train)
        for b in range(0, len(ids) - len(ids) % 8, 8):
            j = torch.tensor(ids[b:b + 8])
            with torch.set_grad_enabled(train):
                logits = model(X[j])
                loss = nn.functional.cross_entropy(logits, y[j], reduction="none")
                if train:
                    optimizer.zero_grad()
                    loss.mean().backward()
                    optimizer.step()
            losses[b:b + 8] = loss.detach()
            probs[b:b + 8] = torch.softmax(logits.detach(), 1)[:, 1]
        n = len(ids) - len(ids) % 8
        return losses[:n], probs[:n], y[torch.tensor(ids[:n])].float()

    logger.info(f"Starting NoduleTrainingApp, {cli_args}")
    for epoch_ndx in range(1, cli_args.epochs + 1):
        logger.info(f"Epoch {epoch_ndx} of {cli_args.epochs}, {len(train_idx) // 8}/"
                    f"{len(val_idx) // 8} batches of size {cli_args.batch_size}")
        log_metrics(epoch_ndx, "train", *run_epoch(list(rng.permutation(train_idx)), True))
        log_metrics(epoch_ndx, "val", *run_epoch(val_idx, False))
    truth.write("the script's per-epoch metrics dict of each phase", libraries=("torch", "scikit-learn"),
                params=vars(cli_args), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"nodule": run}, root=HELDOUT37)
