"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as jadore801120/attention-is-all-you-need-pytorch
``train.py`` (the early version with ``get_performance``): ``print('[ Epoch', epoch_i, ']')``,
tqdm bars ``tqdm(..., mininterval=2, desc='  - (Training)   ', leave=False)`` and ``desc='  -
(Validation) '`` (stderr, cleared), then ``'  - (Training)   loss: {loss: 8.5f}, accuracy:
{accu:3.3} %'`` and the same for ``(Validation)``, and ``    - [Info] The checkpoint file has
been updated.`` when the validation accuracy is the best so far. The loss is the sum of the
batch losses divided by the number of batches (a summed cross-entropy per batch, as the
original's ``size_average=False``). Here: a one-layer transformer encoder tagging each digit of
a sequence with its running sum mod 10, 7 epochs. The training line is commented out in that
file (and its ``train_epoch`` not called); ours trains and prints it, in the file's format.

Truth: ``train/loss``, ``train/accuracy``, ``val/loss``, ``val/accuracy`` (the leading
``(Training)`` and ``(Validation)`` name the phase) at the epoch of the ``[ Epoch N ]`` header,
epochs from 0. ``{accu:3.3}`` prints three significant digits: tolerance 5e-3.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT42, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    torch.manual_seed(6)
    g = torch.Generator().manual_seed(6)
    L = 8

    def make(n):
        x = torch.randint(0, 10, (n, L), generator=g)
        return x, x.cumsum(1) % 10

    Xtr, Ytr = make(640)
    Xva, Yva = make(192)

    class Tagger(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(10, 32)
            self.pos = nn.Parameter(torch.randn(L, 32) * 0.1)
            self.enc = nn.TransformerEncoder(
                nn.TransformerEncoderLayer(32, 4, 64, dropout=0.0, batch_first=True), 1)
            self.out = nn.Linear(32, 10)

        def forward(self, x):
            mask = torch.triu(torch.full((L, L), float('-inf')), 1)
            return self.out(self.enc(self.emb(x) + self.pos, mask=mask))

    model = Tagger()
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3, betas=(0.9, 0.98), eps=1e-09)
    crit = nn.CrossEntropyLoss(reduction='sum')

    def epoch_run(X, Y, desc, train):
        model.train(train)
        total_loss, n_words, n_correct = 0.0, 0, 0
        data = [(X[i:i + 64], Y[i:i + 64]) for i in range(0, len(X), 64)]
        for src, gold in tqdm(data, mininterval=2, desc=desc, leave=False):
            with torch.set_grad_enabled(train):
                pred = model(src).reshape(-1, 10)
                loss = crit(pred, gold.reshape(-1))
                if train:
                    optimizer.zero_grad()
                    loss.backward()
                    optimizer.step()
            n_correct += int((pred.argmax(1) == gold.reshape(-1)).sum())
            n_words += gold.numel()
            total_loss += loss.item() / len(data)
        return total_loss, n_correct / n_words

    truth = Truth()
    valid_accus = []
    for epoch_i in range(7):
        print('[ Epoch', epoch_i, ']')
        train_loss, train_accu = epoch_run(Xtr, Ytr, '  - (Training)   ', True)
        print('  - (Training)   loss: {loss: 8.5f}, accuracy: {accu:3.3} %'.format(
            loss=train_loss, accu=100 * train_accu))
        valid_loss, valid_accu = epoch_run(Xva, Yva, '  - (Validation) ', False)
        print('  - (Validation) loss: {loss: 8.5f}, accuracy: {accu:3.3} %'.format(
            loss=valid_loss, accu=100 * valid_accu))
        truth.add(at=epoch_i, **{"train/loss": train_loss, "train/accuracy": 100 * train_accu,
                                 "val/loss": valid_loss, "val/accuracy": 100 * valid_accu})
        valid_accus += [valid_accu]
        if valid_accu >= max(valid_accus):
            print('    - [Info] The checkpoint file has been updated.')
    truth.write("the script's epoch losses and token accuracies", libraries=("torch", "tqdm"),
                rel=5e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"jadoretf": run}, root=HELDOUT42)
