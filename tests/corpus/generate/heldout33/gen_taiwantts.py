"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written PyTorch sequence-to-sequence loop printing as ga642381/TaiwaneseTTS
``translation/main.py``, ``translation/train.py`` and ``translation/config.py`` do:
``print('config : \\n', vars(config))`` (the configuration dict on the next line, after print's
own space), every 5 steps ``print("\\r", "train [{}] loss: {:.3f}, Perplexity: {:.3f}      "
.format(...), end=" ")`` (so the train lines overwrite each other on one terminal line), and
after each ``summary_steps`` ``print("\\r", "val [{}] loss: {:.3f}, Perplexity: {:.3f}, blue
score: {:.3f}       ".format(...))``. Here: a GRU tagger "translating" token sequences through a
fixed substitution with noise, the configuration's fields with small values, 60 steps in
summaries of 20; the BLEU is our own smoothed 4-gram sentence BLEU (the original's ``util.py``
is not reproduced), and no checkpoint or output file is written.

Truth: ``train/loss``, ``train/Perplexity`` at the global step in brackets; ``val/loss``,
``val/Perplexity``, ``val/blue score`` at the step; the config dict as params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


class configurations(object):
    def __init__(self):
        self.batch_size = 32
        self.emb_dim = 16
        self.hid_dim = 32
        self.n_layers = 1
        self.dropout = 0.1
        self.learning_rate = 0.01
        self.max_output_len = 12
        self.num_steps = 60
        self.store_steps = 20
        self.summary_steps = 20
        self.load_model = False
        self.store_model_path = "./ckpt"
        self.load_model_path = "./ckpt/model_10000.ckpt"
        self.data_path = "./data"
        self.attention = False


def run() -> None:
    import math
    from collections import Counter
    import numpy as np
    import torch
    import torch.nn as nn

    config = configurations()
    print('config : \n', vars(config))
    torch.manual_seed(33)
    rng = np.random.default_rng(33)
    V = 24
    mapping = rng.permutation(np.arange(3, V))

    def make(n):
        src = rng.integers(3, V, (n, config.max_output_len))
        tgt = mapping[src - 3]
        tgt = np.where(rng.random(tgt.shape) < 0.05, rng.integers(3, V, tgt.shape), tgt)
        tgt = np.concatenate([np.ones((n, 1), dtype=np.int64), tgt], 1)  # <BOS> = 1
        return torch.tensor(src), torch.tensor(tgt)

    train_src, train_tgt = make(640)
    val_src, val_tgt = make(30)

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(V, config.emb_dim)
            self.rnn = nn.GRU(config.emb_dim, config.hid_dim, config.n_layers, batch_first=True)
            self.out = nn.Linear(config.hid_dim, V)

        def forward(self, sources):
            h, _ = self.rnn(self.emb(sources))
            logits = self.out(h)
            bos = torch.zeros(sources.size(0), 1, V)
            return torch.cat([bos, logits], 1)

    def computebleu(pred, target):
        score = 0.0
        for n in range(1, 5):
            p = Counter(tuple(pred[i:i + n]) for i in range(len(pred) - n + 1))
            t = Counter(tuple(target[i:i + n]) for i in range(len(target) - n + 1))
            hit = sum(min(c, t[g]) for g, c in p.items())
            score += math.log((hit + 1) / (max(sum(p.values()), 0) + 1)) / 4
        return math.exp(score)

    model = Model()
    optimizer = torch.optim.Adam(model.parameters(), lr=config.learning_rate)
    loss_function = nn.CrossEntropyLoss(ignore_index=0)
    truth = Truth()

    def infinite_iter():
        while True:
            perm = torch.randperm(len(train_src))
            for i in range(0, len(perm), config.batch_size):
                yield train_src[perm[i:i + config.batch_size]], train_tgt[perm[i:i + config.batch_size]]

    def train(train_iter, total_steps):
        model.train()
        loss_sum = 0.0
        for step in range(config.summary_steps):
            sources, targets = next(train_iter)
            outputs = model(sources)
            outputs = outputs[:, 1:].reshape(-1, outputs.size(2))
            targets = targets[:, 1:].reshape(-1)
            loss = loss_function(outputs, targets)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1)
            optimizer.step()
            loss_sum += loss.item()
            if (step + 1) % 5 == 0:
                loss_sum = loss_sum / 5
                print("\r", "train [{}] loss: {:.3f}, Perplexity: {:.3f}      ".format(
                    total_steps + step + 1, loss_sum, np.exp(loss_sum)), end=" ")
                truth.add(at=total_steps + step + 1, **{"train/loss": loss_sum,
                                                        "train/Perplexity": float(np.exp(loss_sum))})
                loss_sum = 0.0

    def test():
        model.eval()
        loss_sum, bleu_score, n = 0.0, 0.0, 0
        with torch.no_grad():
            for k in range(len(val_src)):
                sources, targets = val_src[k:k + 1], val_tgt[k:k + 1]
                outputs = model(sources)
                loss_sum += loss_function(outputs[:, 1:].reshape(-1, V), targets[:, 1:].reshape(-1)).item()
                pred = outputs[0, 1:].argmax(-1).tolist()
                bleu_score += computebleu(pred, targets[0, 1:].tolist())
                n += 1
        return loss_sum / len(val_src), bleu_score / n

    train_iter = infinite_iter()
    total_steps = 0
    while (total_steps < config.num_steps):
        train(train_iter, total_steps)
        val_loss, bleu_score = test()
        total_steps += config.summary_steps
        print("\r", "val [{}] loss: {:.3f}, Perplexity: {:.3f}, blue score: {:.3f}       ".format(
            total_steps, val_loss, np.exp(val_loss), bleu_score))
        truth.add(at=total_steps, **{"val/loss": val_loss, "val/Perplexity": float(np.exp(val_loss)),
                                     "val/blue score": bleu_score})
    truth.write("the script's mean losses, their exponentials and our BLEU of each summary",
                libraries=("torch", "numpy"), rel=1e-3, abs_tol=5e-4, params=vars(config))


if __name__ == "__main__":
    main(__file__, {"taiwantts": run}, root=HELDOUT33)
