"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

A hand-written text-classification loop printing as kimiest/ChineseTextClassification_Pytorch
``run.py`` with its ``train.py`` and ``valid.py`` (commit 360841d3): per epoch a tqdm bar over
``enumerate(train_dl)`` with ``set_postfix(epoch=epoch, train_loss=avg_loss,
train_accuracy=accuracy)`` (the running loss sum divided by the examples seen, as the original
does), a second bar over the validation batches with ``set_postfix(epoch=epoch,
valid_accuracy=..., valid_loss=...)``, then when the validation loss did not rise
``best valid loss has improved (old---->new)`` and ``A new best model state has saved``; at the
end ``Training Finish !!!!!!!!``, ``best valid loss == ..., best valid accuracy == ...`` and
``training cost time == ...s``. Here: an RCNN-like model (embedding, bidirectional GRU, max
pooling) on synthetic token sequences of four classes, three training batches and one
validation batch of 32, three epochs; no checkpoint is written.

Truth: every postfix state, at the epoch the postfix prints: ``train_loss``,
``train_accuracy``, ``valid_accuracy``, ``valid_loss``. The improvement line and the final
``best`` line repeat validation values: optional, as is the time.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import copy
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    from torch.optim import AdamW
    from tqdm import tqdm

    truth = Truth()

    class MyModel(nn.Module):
        def __init__(self, vocab, dim, hidden, classes):
            super().__init__()
            self.embedding = nn.Embedding(vocab, dim)
            self.rnn = nn.GRU(dim, hidden, batch_first=True, bidirectional=True)
            self.fc = nn.Linear(2 * hidden + dim, classes)

        def forward(self, x):
            e = self.embedding(x)
            h, _ = self.rnn(e)
            h = torch.relu(torch.cat([h, e], dim=-1))
            return self.fc(h.max(dim=1).values)

    def train_one_epoch(model, optimizer, scheduler, criterion, train_dl, epoch):
        model.train()
        num_examples, total_loss, total_correct = 0, 0.0, 0
        bar = tqdm(enumerate(train_dl), total=len(train_dl))
        for i, batch in bar:
            out = model(batch["inputs"])
            loss = criterion(out, batch["labels"])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            num_examples += len(batch["labels"])
            total_correct += (out.argmax(dim=-1) == batch["labels"]).sum().item()
            total_loss += loss.item()
            accuracy = total_correct / num_examples
            avg_loss = total_loss / num_examples
            bar.set_postfix(epoch=epoch, train_loss=avg_loss, train_accuracy=accuracy)
            truth.add(at=epoch, train_loss=avg_loss, train_accuracy=accuracy)
            if i % 300 == 0 and scheduler is not None:
                scheduler.step()
        return avg_loss, accuracy

    @torch.no_grad()
    def valid_one_epoch(model, criterion, valid_dl, epoch):
        model.eval()
        num_examples, total_correct, total_loss = 0, 0, 0.0
        bar = tqdm(enumerate(valid_dl), total=len(valid_dl))
        for i, batch in bar:
            out = model(batch["inputs"])
            loss = criterion(out, batch["labels"])
            num_examples += len(batch["labels"])
            total_correct += (out.argmax(dim=-1) == batch["labels"]).sum().item()
            accuracy = total_correct / num_examples
            total_loss += loss.item()
            avg_loss = total_loss / num_examples
            bar.set_postfix(epoch=epoch, valid_accuracy=accuracy, valid_loss=avg_loss)
            truth.add(at=epoch, valid_accuracy=accuracy, valid_loss=avg_loss)
        return avg_loss, accuracy

    # synthetic "news titles": each class has its own favoured tokens
    rng = np.random.default_rng(2023)
    n, seq, vocab, classes = 128, 16, 60, 4
    labels = rng.integers(0, classes, n)
    tokens = rng.integers(1, vocab, (n, seq))
    for i in range(n):
        k = rng.integers(3, 7)
        tokens[i, rng.choice(seq, k, replace=False)] = 1 + labels[i] * 12 + rng.integers(0, 12, k)
    X, y = torch.tensor(tokens), torch.tensor(labels)

    def loader(lo, hi, shuffle, seed):
        class DL:
            def __init__(self):
                self.calls = 0

            def __len__(self):
                return (hi - lo + 31) // 32

            def __iter__(self):
                self.calls += 1
                idx = torch.arange(lo, hi)
                if shuffle:
                    idx = idx[torch.randperm(len(idx), generator=torch.Generator().manual_seed(
                        seed + self.calls))]
                for j in range(0, len(idx), 32):
                    yield {"inputs": X[idx[j:j + 32]], "labels": y[idx[j:j + 32]]}
        return DL()

    torch.manual_seed(2023)
    model = MyModel(vocab, 24, 24, classes)
    optimizer = AdamW(model.parameters(), lr=2e-2, weight_decay=1e-4)
    criterion = nn.CrossEntropyLoss()
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.9)
    train_dl, valid_dl = loader(0, 96, True, 7), loader(96, 128, False, 0)

    best_model_state = copy.deepcopy(model.state_dict())
    best_valid_loss = np.inf
    best_valid_accuracy = 0.0
    start_time = time.time()
    for epoch in range(1, 3 + 1):
        train_loss, train_accuracy = train_one_epoch(model, optimizer, scheduler, criterion,
                                                     train_dl, epoch)
        valid_loss, valid_accuracy = valid_one_epoch(model, criterion, valid_dl, epoch)
        if valid_loss <= best_valid_loss:
            print(f"best valid loss has improved ({best_valid_loss}---->{valid_loss})")
            truth.allow(**{"best valid loss": valid_loss, "valid_loss": valid_loss})
            if np.isfinite(best_valid_loss):
                truth.allow(**{"best valid loss": best_valid_loss})
            best_valid_loss = valid_loss
            best_valid_accuracy = valid_accuracy
            best_model_state = copy.deepcopy(model.state_dict())
            print("A new best model state has saved")
    end_time = time.time()
    print("Training Finish !!!!!!!!")
    print(f"best valid loss == {best_valid_loss}, best valid accuracy == {best_valid_accuracy}")
    truth.allow(**{"best valid loss": best_valid_loss, "best valid accuracy": best_valid_accuracy,
                   "valid_loss": best_valid_loss, "valid_accuracy": best_valid_accuracy})
    time_cost = end_time - start_time
    print(f"training cost time == {time_cost}s")
    del best_model_state
    truth.write("the running training and validation loss sums divided by the examples seen, and "
                "the running accuracies, as the bars' postfixes show them",
                libraries=("torch", "tqdm"), rel=1e-3, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"zhtextcls": run}, root=HELDOUT52)
