"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as hanyG175/rnn-emotion-recognition
``src/rnn_pipeline/training/train.py`` (commit 0077c790) with its ``utils/logger.py``: a tqdm bar
per epoch over the training batches, described ``"  Train"`` with ``leave=False`` and the batch
loss as ``set_postfix(loss=f"{loss.item():.4f}")``, then through a ``logging`` logger named
``__main__`` on stdout (``"%(asctime)s | %(name)s | %(levelname)s | %(message)s"``, dates
``%Y-%m-%d %H:%M:%S``) ``Epoch 1 | loss=... |val_loss=... | val_acc=... | lr=1.00e-02``.
ReduceLROnPlateau and the repository's EarlyStopping (patience 5, min_delta 0.001) as in its
``configs/rnn.yaml``. Here: a GRU text classifier on synthetic token sequences of three
"emotions", four epochs.

Truth: each postfix state of the bar is ``train/loss`` (the bar's description names the phase;
no step, the bar's count is no step); the epoch line gives ``loss``, ``val_loss`` and
``val_acc`` at the printed epoch. The learning rate is optional.
"""

from _toy import batches
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import logging
    import sys

    import numpy as np
    import torch
    import torch.nn as nn
    from torch.optim.lr_scheduler import ReduceLROnPlateau
    from tqdm import tqdm

    def get_logger(name, level=logging.INFO):
        logger = logging.getLogger(name)
        if logger.handlers:
            return logger
        logger.setLevel(level)
        fmt = logging.Formatter("%(asctime)s | %(name)s | %(levelname)s | %(message)s",
                                datefmt="%Y-%m-%d %H:%M:%S")
        console = logging.StreamHandler(sys.stdout)
        console.setFormatter(fmt)
        logger.addHandler(console)
        return logger

    logger = get_logger("__main__")

    class EarlyStopping:
        def __init__(self, patience=3, min_delta=0.0):
            self.patience, self.min_delta = patience, min_delta
            self.best_loss, self.counter, self.should_stop = float("inf"), 0, False

        def step(self, val_loss):
            if val_loss < self.best_loss - self.min_delta:
                self.best_loss, self.counter = val_loss, 0
                return True
            self.counter += 1
            if self.counter >= self.patience:
                self.should_stop = True
            return False

    class TextClassifier(nn.Module):
        def __init__(self, vocab_size, embed_dim, hidden_dim, num_classes, dropout_prob):
            super().__init__()
            self.embedding = nn.Embedding(vocab_size, embed_dim)
            self.rnn = nn.GRU(embed_dim, hidden_dim, batch_first=True)
            self.dropout = nn.Dropout(dropout_prob)
            self.fc = nn.Linear(hidden_dim, num_classes)

        def forward(self, x):
            _, h = self.rnn(self.embedding(x))
            return self.fc(self.dropout(h[-1]))

    # synthetic "emotion" sentences: each class prefers its own block of tokens
    rng = np.random.default_rng(52)
    n, seq, vocab, classes = 144, 12, 40, 3
    labels = rng.integers(0, classes, n)
    tokens = rng.integers(1, vocab, (n, seq))
    for i in range(n):
        k = rng.integers(2, 6)
        pos = rng.choice(seq, k, replace=False)
        tokens[i, pos] = 1 + labels[i] * 10 + rng.integers(0, 10, k)
    X, y = torch.tensor(tokens), torch.tensor(labels)
    Xtr, ytr, Xva, yva = X[:96], y[:96], X[96:], y[96:]

    torch.manual_seed(42)
    model = TextClassifier(vocab, 16, 24, classes, 0.5)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    early_stopper = EarlyStopping(patience=5, min_delta=0.001)
    scheduler = ReduceLROnPlateau(optimizer, mode="min", patience=2, factor=0.5, min_lr=1e-6)
    truth = Truth()

    for epoch in range(4):
        model.train()
        running_loss, n_batches = 0.0, 0
        loop = tqdm(list(batches(Xtr, ytr, 32, epoch)), desc="  Train", leave=False)
        for text, label in loop:
            optimizer.zero_grad()
            loss = criterion(model(text), label)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
            optimizer.step()
            running_loss += loss.item()
            n_batches += 1
            loop.set_postfix(loss=f"{loss.item():.4f}")
            truth.add(**{"train/loss": loss.item()})
        train_loss = running_loss / n_batches

        model.eval()
        val_loss, correct, seen, vb = 0.0, 0, 0, 0
        with torch.no_grad():
            for text, label in batches(Xva, yva, 32, 0, shuffle=False):
                out = model(text)
                val_loss += criterion(out, label).item()
                correct += int((out.argmax(1) == label).sum())
                seen += len(label)
                vb += 1
        val_loss, val_acc = val_loss / vb, correct / seen
        current_lr = optimizer.param_groups[0]["lr"]
        logger.info(f"Epoch {epoch+1} | loss={train_loss:.4f} |val_loss={val_loss:.4f} | "
                    f"val_acc={val_acc:.4f} | lr={current_lr:.2e}")
        truth.add(at=epoch + 1, loss=train_loss, val_loss=val_loss, val_acc=val_acc)
        truth.allow(lr=current_lr)
        scheduler.step(val_loss)
        early_stopper.step(val_loss)
        if early_stopper.should_stop:
            break
    truth.write("the script's batch losses, epoch mean losses and validation accuracy",
                libraries=("torch", "tqdm"), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"rnnemo": run}, root=HELDOUT52)
