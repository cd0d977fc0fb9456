"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as 0000Oliver/filmreview_classifier ``train.py``: after each
epoch the last batch's postfix dict ``{'epoch': 0, 'train_loss': '0.693147', 'train_acc':
'50.000000'}`` (the values formatted as strings, running means), after validation
``{'validate_loss': '0.6931', 'validate_acc': '...'}`` (running means over the validation
batches), then the test's dict after every batch ``{'test_acc': '...', 'confuse_acc': '...'}``,
``prec:0.812500  recall:0.866667  F1:0.838710`` and the confusion matrix as a tensor. Here: an
embedding-LSTM sentiment model on synthetic token "reviews" (words drawn from positive,
negative and neutral pools), Adam, 6 epochs, batches of 32 (the original: Chinese film reviews
with word2vec weights and a tensorboard writer, left out).

Truth: ``train_loss`` and ``train_acc`` at the dict's own ``'epoch'``; ``validate_loss``,
``validate_acc``, ``test_acc``, ``confuse_acc`` (no step: their dicts have no epoch key);
``prec``, ``recall``, ``F1`` (no step).
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import numpy as np
    import torch
    from torch import nn, optim
    from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence

    rng = np.random.default_rng(21)
    pos, neg, neutral = range(1, 11), range(11, 21), range(21, 60)

    def review(label):
        n = int(rng.integers(6, 20))
        pool = np.concatenate([list(pos if label else neg)] + [list(neutral)] * 2)
        words = rng.choice(list(neutral), n)
        k = int(rng.integers(1, 4))
        words[rng.choice(n, k, replace=False)] = rng.choice(list(pos if label else neg), k)
        if rng.uniform() < 0.25:
            words[int(rng.integers(n))] = rng.choice(pool)
        return torch.tensor(words, dtype=torch.int64), label

    def make(n):
        return [review(int(rng.uniform() < 0.5)) for _ in range(n)]

    train_data, validation_data, test_data = make(640), make(160), make(128)

    def loader(data, batch_size, seed):
        order = np.random.default_rng(seed).permutation(len(data))
        for i in range(0, len(data), batch_size):
            batch = [data[j] for j in order[i:i + batch_size]]
            batch.sort(key=lambda x: len(x[0]), reverse=True)
            lengths = [len(x[0]) for x in batch]
            yield (pad_sequence([x[0] for x in batch], batch_first=True, padding_value=0),
                   torch.tensor([x[1] for x in batch]), lengths)

    class SentimentModel(nn.Module):
        def __init__(self):
            super().__init__()
            self.embedding = nn.Embedding(60, 16, padding_idx=0)
            self.lstm = nn.LSTM(16, 24, batch_first=True)
            self.fc = nn.Linear(24, 2)

        def forward(self, x, lengths):
            packed = pack_padded_sequence(self.embedding(x), lengths, batch_first=True)
            _, (h, _) = self.lstm(packed)
            return self.fc(h[-1]), h

    class AvgrageMeter:
        def __init__(self):
            self.avg = self.sum = self.cnt = 0

        def update(self, val, n=1):
            self.sum += val * n
            self.cnt += n
            self.avg = self.sum / self.cnt

    class ConfuseMeter:
        def __init__(self):
            self.confuse_mat = torch.zeros(2, 2)
            self.acc = self.pre = self.rec = self.F1 = 0

        def update(self, output, label):
            pred = output.argmax(dim=1)
            for lt, lp in zip(label, pred):
                self.confuse_mat[lt, lp] += 1
            tp, fp = self.confuse_mat[1, 1], self.confuse_mat[0, 1]
            fn = self.confuse_mat[1, 0]
            self.acc = (self.confuse_mat.trace() / self.confuse_mat.sum()).item()
            self.pre = (tp / max(tp + fp, 1)).item()
            self.rec = (tp / max(tp + fn, 1)).item()
            self.F1 = 2 * self.pre * self.rec / max(self.pre + self.rec, 1e-12)

    def accuracy(output, labels):
        return (output.argmax(1) == labels).float().mean() * 100

    torch.manual_seed(21)
    model = SentimentModel()
    optimizer = optim.Adam(model.parameters(), lr=0.01)
    criterion = nn.CrossEntropyLoss()
    truth = Truth()
    for epoch in range(6):
        model.train()
        top1 = AvgrageMeter()
        train_loss = 0.0
        for i, (inputs, labels, batch_seq_len) in enumerate(loader(train_data, 32, epoch)):
            optimizer.zero_grad()
            outputs, hidden = model(inputs, batch_seq_len)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            top1.update(accuracy(outputs, labels).item(), inputs.size(0))
            train_loss += loss.item()
            postfix = {"epoch": epoch, 'train_loss': '%.6f' % (train_loss / (i + 1)),
                       'train_acc': "%.6f" % top1.avg}
        print(postfix)
        truth.add(at=epoch, train_loss=train_loss / (i + 1), train_acc=top1.avg)

        model.eval()
        with torch.no_grad():
            val_top1 = AvgrageMeter()
            val_loss = 0.0
            for i, (inputs, labels, batch_seq_len) in enumerate(loader(validation_data, 32, 0)):
                outputs, _ = model(inputs, batch_seq_len)
                loss = criterion(outputs, labels)
                val_top1.update(accuracy(outputs, labels).item(), inputs.size(0))
                val_loss += loss.item()
                postfix = {"validate_loss": "%.6f" % (val_loss / (i + 1)),
                           "validate_acc": '%.6f' % val_top1.avg}
            print(postfix)
            truth.add(validate_loss=val_loss / (i + 1), validate_acc=val_top1.avg)

    model.eval()
    confuse_meter = ConfuseMeter()
    with torch.no_grad():
        val_top1 = AvgrageMeter()
        for i, (inputs, labels, batch_seq_len) in enumerate(loader(test_data, 32, 1)):
            outputs, _ = model(inputs, batch_seq_len)
            val_top1.update(accuracy(outputs, labels).item(), inputs.size(0))
            confuse_meter.update(outputs, labels)
            postfix = {'test_acc': '%.6f' % val_top1.avg,
                       'confuse_acc': '%.6f' % confuse_meter.acc}
            print(postfix)
            truth.add(test_acc=val_top1.avg, confuse_acc=confuse_meter.acc)
    print('prec:%.6f  recall:%.6f  F1:%.6f' % (confuse_meter.pre, confuse_meter.rec,
                                               confuse_meter.F1))
    print(confuse_meter.confuse_mat)
    truth.add(prec=confuse_meter.pre, recall=confuse_meter.rec, F1=confuse_meter.F1)
    truth.write("the script's running means and confusion-matrix scores",
                libraries=("torch",), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"oliverdict": run}, root=HELDOUT41)
