"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as EAOErmak/deep-learning-final-project
``cs2-ai-sandbox/cs2_ai/ml/training/train_route.py``: ``logging.basicConfig(level=INFO,
format="%(levelname)s: %(message)s")`` on stderr, ``Using device: cpu``, the dataset settings
one a line (``history_len: 16`` ...), ``Loading train dataset...``, every 5th batch ``Epoch {e}
| Batch {i}/{n} | Loss: {:.4f}``, then per epoch ``=== Epoch {e}/{E} ({t:.1f}s) ===``, ``Train -
Loss: {:.4f}, Top-1: {:.4f}, Top-3: {:.4f}, Top-5: {:.4f}``, ``Val   - Loss: ...`` and
``Checkpoint saved to checkpoints/route_gru.pt`` when the top-1 accuracy did not drop. Here:
the original's GRU-over-history + embeddings model predicting the next block of random walks
on a 6x5 grid of map blocks (synthetic rounds), 3 epochs; nothing is written.

Truth: the batch ``Loss`` at the epoch its line states; ``train/Loss``, ``train/Top-1``,
``train/Top-3``, ``train/Top-5`` and the ``val/...`` ones at the epoch of the ``=== Epoch e/E``
line above them. The logged settings are params.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import logging
    import time

    import numpy as np
    import torch
    import torch.nn as nn

    logger = logging.getLogger("cs2_ai.ml.training.train_route")
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s")
    torch.manual_seed(42)
    rng = np.random.default_rng(42)
    logger.info("Using device: cpu")
    settings = {"history_len": 8, "min_subseq_len": 4, "max_subseq_len": 16,
                "transitions_per_subsequence": 1, "samples_per_epoch": 1280,
                "max_eval_samples": 320}
    for k, v in settings.items():
        logger.info(f"{k}: {v}")
    W, H = 6, 5
    num_blocks, pad_id, hist_len = W * H + 1, 0, settings["history_len"]

    def walk_sample():
        x, y = rng.integers(W), rng.integers(H)
        tx, ty = rng.integers(W), rng.integers(H)
        path = []
        for _ in range(hist_len + 1):
            path.append(1 + y * W + x)
            if rng.random() < 0.8:
                x += int(np.sign(tx - x)) if x != tx else 0
                y += int(np.sign(ty - y)) if x == tx and y != ty else 0
            else:
                x = int(np.clip(x + rng.integers(-1, 2), 0, W - 1))
        hist = path[:-2]
        return hist, path[-2], 1 + ty * W + tx, path[-1]

    def dataset(n):
        hs, cs, ts, ns = zip(*(walk_sample() for _ in range(n)))
        return (torch.tensor(hs), torch.tensor(cs), torch.tensor(ts), torch.tensor(ns))

    logger.info("Loading train dataset...")
    train = dataset(settings["samples_per_epoch"])
    logger.info("Loading val dataset...")
    val = dataset(settings["max_eval_samples"])

    class RouteGRUModel(nn.Module):
        def __init__(self, num_blocks, embedding_dim=16, hidden_dim=32):
            super().__init__()
            self.block_emb = nn.Embedding(num_blocks, embedding_dim, padding_idx=pad_id)
            self.gru = nn.GRU(embedding_dim, hidden_dim, batch_first=True)
            self.mlp = nn.Sequential(nn.Linear(hidden_dim + 2 * embedding_dim, hidden_dim),
                                     nn.ReLU(), nn.Linear(hidden_dim, num_blocks))

        def forward(self, hist, curr, targ):
            _, hidden = self.gru(self.block_emb(hist))
            return self.mlp(torch.cat([hidden.squeeze(0), self.block_emb(curr),
                                       self.block_emb(targ)], dim=-1))

    model = RouteGRUModel(num_blocks)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    best_val_acc, epochs, bs = 0.0, 3, 64
    truth = Truth()

    def topk(logits, nxt):
        _, top5 = logits.topk(5, dim=-1)
        return ((top5[:, 0] == nxt).sum().item(),
                (top5[:, :3] == nxt.unsqueeze(1)).any(dim=-1).sum().item(),
                (top5 == nxt.unsqueeze(1)).any(dim=-1).sum().item())

    for epoch in range(epochs):
        model.train()
        tl, c1, c3, c5, total = 0.0, 0, 0, 0, 0
        start = time.time()
        order = torch.randperm(len(train[0]), generator=torch.Generator().manual_seed(epoch))
        n_batches = (len(order) + bs - 1) // bs
        for batch_idx in range(n_batches):
            j = order[batch_idx * bs:(batch_idx + 1) * bs]
            hist, curr, targ, nxt = (t[j] for t in train)
            optimizer.zero_grad()
            logits = model(hist, curr, targ)
            loss = criterion(logits, nxt)
            loss.backward()
            optimizer.step()
            tl += loss.item() * len(j)
            a, b, c = topk(logits, nxt)
            c1, c3, c5, total = c1 + a, c3 + b, c5 + c, total + len(j)
            if batch_idx % 5 == 0:
                logger.info(f"Epoch {epoch+1} | Batch {batch_idx}/{n_batches} | Loss: {loss.item():.4f}")
                truth.add(at=epoch + 1, Loss=loss.item())
        tl /= total
        model.eval()
        with torch.no_grad():
            logits = model(*val[:3])
            vl = criterion(logits, val[3]).item()
            v1, v3, v5 = (x / len(val[3]) for x in topk(logits, val[3]))
        logger.info(f"=== Epoch {epoch+1}/{epochs} ({time.time() - start:.1f}s) ===")
        logger.info(f"Train - Loss: {tl:.4f}, Top-1: {c1/total:.4f}, Top-3: {c3/total:.4f}, Top-5: {c5/total:.4f}")
        logger.info(f"Val   - Loss: {vl:.4f}, Top-1: {v1:.4f}, Top-3: {v3:.4f}, Top-5: {v5:.4f}")
        truth.add(at=epoch + 1, **{"train/Loss": tl, "train/Top-1": c1 / total,
                                   "train/Top-3": c3 / total, "train/Top-5": c5 / total,
                                   "val/Loss": vl, "val/Top-1": v1, "val/Top-3": v3,
                                   "val/Top-5": v5})
        if v1 >= best_val_acc:
            best_val_acc = v1
            logger.info("Checkpoint saved to checkpoints/route_gru.pt")
    truth.write("the script's batch losses and epoch losses and top-k accuracies",
                libraries=("torch",), params=settings, rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"eaoroute": run}, root=HELDOUT46)
