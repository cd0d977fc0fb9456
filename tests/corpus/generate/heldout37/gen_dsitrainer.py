"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

A hand-written trainer logging as The-Intelligent-Search-Company/generative-retrieval
``generative_retrieval/train/trainer.py`` (commit 49a525d5) does: a ``logging.getLogger
("DSITrainer")`` with a StreamHandler (stderr) and the formatter ``'%(asctime)s - %(name)s -
%(levelname)s - %(message)s'``; ``Starting training...``, ``Total epochs``, ``Steps per epoch``,
``Total steps``; a tqdm bar per epoch ``Training Epoch 1/2`` (``leave=False``) with the postfix
``{'loss': f"{loss:.4f}", 'lr': f"{lr:.2e}"}`` each step; every ``logging_steps`` global steps
``Step 4: loss=0.4321, lr=1.00e-03``; an ``Evaluating`` bar, ``Evaluation results:`` and
``  eval_total_loss: 0.1234`` lines; ``Epoch 1/2 completed`` and one ``  key: value`` line per
train and eval metric; ``Training completed!``. Here: a two-head MLP on sklearn's digits (the
"indexing" head the digit, the "retrieval" head its parity; each batch split half and half), a
linearly decaying learning rate.

Truth: the step losses, ``loss`` (each postfix state once; the ``Step n:`` line states the same
value with its global step: that point has the step), the printed ``lr`` optional (a schedule);
the epoch averages ``train_total_loss``, ``train_indexing_loss``, ``train_retrieval_loss``; the
evaluation ``eval_total_loss``, ``eval_indexing_loss``, ``eval_retrieval_loss`` (printed under
``Evaluation results:`` and again after ``Epoch n/2 completed``: the same state, listed once).
"""

import logging

from _toy import batches, digits
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from tqdm import tqdm

    logger = logging.getLogger("DSITrainer")
    logger.setLevel(logging.INFO)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter('%(asctime)s - %(name)s - %(levelname)s - %(message)s'))
    logger.addHandler(handler)

    Xtr, ytr, Xva, yva, _, _ = digits()
    Xtr, ytr = Xtr[:480], ytr[:480]
    torch.manual_seed(37)
    body = nn.Sequential(nn.Linear(64, 32), nn.ReLU())
    heads = nn.ModuleDict({"indexing": nn.Linear(32, 10), "retrieval": nn.Linear(32, 2)})
    params = list(body.parameters()) + list(heads.parameters())
    opt = torch.optim.AdamW(params, lr=1e-2)
    epochs, bs, logging_steps = 2, 80, 4
    steps_per_epoch = (len(Xtr) + bs - 1) // bs
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: 1 - s / (epochs * steps_per_epoch + 1))

    def losses(X, y):
        h = body(X)
        half = len(X) // 2
        li = F.cross_entropy(heads["indexing"](h[:half]), y[:half])
        lr_ = F.cross_entropy(heads["retrieval"](h[half:]), y[half:] % 2)
        return li, lr_

    truth = Truth()
    logger.info("Starting training...")
    logger.info(f"Total epochs: {epochs}")
    logger.info(f"Steps per epoch: {steps_per_epoch}")
    logger.info(f"Total steps: {steps_per_epoch * epochs}")
    global_step = 0
    for epoch in range(epochs):
        sums = {"total": 0.0, "indexing": 0.0, "retrieval": 0.0}
        n = 0
        bar = tqdm(list(batches(Xtr, ytr, bs, epoch)), desc=f"Training Epoch {epoch + 1}/{epochs}",
                   leave=False)
        for X, y in bar:
            li, lr_ = losses(X, y)
            loss = li + lr_
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            global_step += 1
            sums["total"] += loss.item()
            sums["indexing"] += li.item()
            sums["retrieval"] += lr_.item()
            n += 1
            current_lr = opt.param_groups[0]["lr"]
            bar.set_postfix({'loss': f"{loss.item():.4f}", 'lr': f"{current_lr:.2e}"})
            if global_step % logging_steps == 0:
                logger.info(f"Step {global_step}: loss={loss.item():.4f}, lr={current_lr:.2e}")
                truth.add(at=global_step, loss=loss.item())
            else:
                truth.add(loss=loss.item())
            truth.allow(lr=current_lr)
        bar.close()
        train_metrics = {f"train_{k}_loss": v / n for k, v in sums.items()}
        with torch.no_grad():
            ev = {"total": 0.0, "indexing": 0.0, "retrieval": 0.0}
            m = 0
            for X, y in tqdm(list(batches(Xva, yva, 100, 0)), desc="Evaluating", leave=False):
                li, lr_ = losses(X, y)
                ev["total"] += (li + lr_).item()
                ev["indexing"] += li.item()
                ev["retrieval"] += lr_.item()
                m += 1
        eval_metrics = {f"eval_{k}_loss": v / m for k, v in ev.items()}
        logger.info("Evaluation results:")
        for key, value in eval_metrics.items():
            logger.info(f"  {key}: {value:.4f}")
        all_metrics = {**train_metrics, **eval_metrics}
        logger.info(f"Epoch {epoch + 1}/{epochs} completed")
        for key, value in all_metrics.items():
            logger.info(f"  {key}: {value:.4f}")
        truth.add(**all_metrics)
    logger.info("Training completed!")
    truth.write("the script's step losses, epoch means and evaluation means",
                libraries=("torch", "tqdm"), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"dsitrainer": run}, root=HELDOUT37)
