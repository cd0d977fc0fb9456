"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

A hand-written seq2seq loop logging as Sumit-Prasad01/Tiny-Seq2Seq
``src/seq2seq/training/trainer.py`` (``Seq2SeqTrainer.train``) through ``utils/logger.py``
(``[%(asctime)s] [%(levelname)s] [%(name)s:%(lineno)d] - %(message)s`` on stdout, logger
``seq2seq``): ``Starting training: ...``, per epoch the checkpoint messages, ``Epoch 01/10 |
Train Loss: 1.2345 (PPL: 3.44) | Dev Loss: ... (PPL: ...) | Time: 0.4s | VRAM Peak: 0.0 MB``,
``Early stopping triggered at epoch 7 (No improvement for 2 epochs).`` and the closing plot
message. Here: a GRU encoder-decoder that reverses random digit strings (80 training strings,
so that it overfits and stops early), Adam with warm-up and cosine decay, batch 10, the loss
summed over non-pad tokens and divided by their number, patience 2; the checkpoint files,
MLflow and the plots are left out (their log lines are kept).

Truth: ``Train Loss``, ``Train PPL``, ``Dev Loss``, ``Dev PPL`` (the perplexity in parentheses
belongs to the loss before it) at the epoch printed first on the line. Times and the VRAM figure
are no metrics.
"""

import logging
import sys

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT53, Truth, main


def setup_logger(name="seq2seq"):
    logger = logging.getLogger(name)
    if logger.handlers:
        return logger
    logger.setLevel(logging.INFO)
    logger.propagate = False
    formatter = logging.Formatter(
        fmt="[%(asctime)s] [%(levelname)s] [%(name)s:%(lineno)d] - %(message)s",
        datefmt="%Y-%m-%d %H:%M:%S")
    console_handler = logging.StreamHandler(sys.stdout)
    console_handler.setLevel(logging.INFO)
    console_handler.setFormatter(formatter)
    logger.addHandler(console_handler)
    return logger


def run() -> None:
    import math
    import time

    import torch
    import torch.nn as nn

    logger = setup_logger()
    torch.manual_seed(4)
    PAD, BOS, EOS, V = 0, 1, 2, 13

    def make(n, seed):
        g = torch.Generator().manual_seed(seed)
        src = torch.randint(3, V, (n, 6), generator=g)
        tgt = torch.flip(src, [1])
        tgt_in = torch.cat([torch.full((n, 1), BOS), tgt], 1)
        tgt_out = torch.cat([tgt, torch.full((n, 1), EOS)], 1)
        return src, tgt_in, tgt_out

    train = make(80, 1)
    dev = make(120, 2)

    class Seq2Seq(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(V, 16)
            self.enc = nn.GRU(16, 64, batch_first=True)
            self.dec = nn.GRU(16, 64, batch_first=True)
            self.fc_out = nn.Linear(64, V)

        def forward(self, src, tgt_in):
            _, h = self.enc(self.emb(src))
            out, _ = self.dec(self.emb(tgt_in), h)
            return self.fc_out(out)

    model = Seq2Seq()
    epochs, patience, bs = 12, 2, 10
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-2, weight_decay=1e-4)
    criterion = nn.CrossEntropyLoss(ignore_index=0, reduction="sum")
    batches_per_epoch = len(train[0]) // bs
    total_steps = batches_per_epoch * epochs
    warmup = 10
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: (s + 1) / warmup if s < warmup else
        0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * (s - warmup) / (total_steps - warmup))))
    logger.info(
        f"Starting training: {epochs} epochs, {batches_per_epoch} batches/epoch, "
        f"~{total_steps} total steps.")
    truth = Truth()
    best_dev_ppl, patience_counter = float("inf"), 0

    def run_epoch(data, training, seed):
        model.train(training)
        src, tin, tout = data
        order = torch.randperm(len(src), generator=torch.Generator().manual_seed(seed))
        total, tokens = 0.0, 0
        for i in range(0, len(src), bs):
            j = order[i:i + bs]
            with torch.set_grad_enabled(training):
                logits = model(src[j], tin[j])
                loss = criterion(logits.reshape(-1, V), tout[j].reshape(-1))
                n = int((tout[j] != PAD).sum())
                if training:
                    optimizer.zero_grad()
                    (loss / n).backward()
                    nn.utils.clip_grad_norm_(model.parameters(), 5.0)
                    optimizer.step()
                    scheduler.step()
            total += loss.item()
            tokens += n
        avg = total / max(tokens, 1)
        return avg, math.exp(avg)

    for epoch in range(1, epochs + 1):
        epoch_start = time.perf_counter()
        train_loss, train_ppl = run_epoch(train, True, epoch)
        dev_loss, dev_ppl = run_epoch(dev, False, 0)
        epoch_duration = time.perf_counter() - epoch_start
        is_best = dev_ppl < best_dev_ppl
        if is_best:
            best_dev_ppl = dev_ppl
            patience_counter = 0
            logger.info("Saved checkpoint to checkpoints/checkpoint_best.pt (Best: True)")
        else:
            patience_counter += 1
        logger.info("Saved checkpoint to checkpoints/checkpoint_latest.pt (Best: False)")
        logger.info(
            f"Epoch {epoch:02d}/{epochs:02d} | "
            f"Train Loss: {train_loss:.4f} (PPL: {train_ppl:.2f}) | "
            f"Dev Loss: {dev_loss:.4f} (PPL: {dev_ppl:.2f}) | "
            f"Time: {epoch_duration:.1f}s | VRAM Peak: {0.0} MB")
        truth.add(at=epoch, **{"Train Loss": train_loss, "Train PPL": train_ppl,
                               "Dev Loss": dev_loss, "Dev PPL": dev_ppl})
        if patience_counter >= patience:
            logger.info(f"Early stopping triggered at epoch {epoch} "
                        f"(No improvement for {patience} epochs).")
            break
    logger.info("Generating publication-quality training diagnostic plots...")
    truth.write("the trainer's epoch losses and perplexities", libraries=("torch",),
                rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"tinyseq": run}, root=HELDOUT53)
