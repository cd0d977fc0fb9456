"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as abhishekkrthakur/bert-sentiment ``src/engine.py`` and
``src/train.py``: each epoch a bare ``tqdm(enumerate(data_loader), total=len(data_loader))``
over the training batches and one over the validation batches (stderr), then
``print(f"Accuracy Score = {accuracy}")`` with sklearn's ``accuracy_score`` of the thresholded
sigmoid outputs (unformatted). Here: a bag-of-embeddings classifier (``BCEWithLogitsLoss``) on
synthetic two-class token sequences, AdamW with a linear schedule, 12 epochs.

Truth: ``Accuracy Score``, no step (the line states none; its position is its order).
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT42, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn import metrics
    from tqdm import tqdm

    torch.manual_seed(7)
    g = torch.Generator().manual_seed(7)
    n, L, V = 900, 12, 50
    y = torch.randint(0, 2, (n,), generator=g)
    ids = torch.randint(0, V, (n, L), generator=g)
    flip = torch.rand(n, L, generator=g) < 0.25
    ids = torch.where(flip, (ids % 10) + 40 * y[:, None] - 0 * ids, ids)
    tr, va = slice(0, 720), slice(720, n)

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.EmbeddingBag(V, 16)
            self.drop = nn.Dropout(0.3)
            self.out = nn.Linear(16, 1)

        def forward(self, x):
            return self.out(self.drop(self.emb(x)))

    model = Model()
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-2)
    epochs, bs = 12, 32
    steps = epochs * (720 // bs + 1)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: max(0.0, 1 - s / steps))
    truth = Truth()
    for epoch in range(epochs):
        model.train()
        order = torch.randperm(720, generator=g)
        loader = [order[i:i + bs] for i in range(0, 720, bs)]
        for bi, j in tqdm(enumerate(loader), total=len(loader)):
            optimizer.zero_grad()
            outputs = model(ids[tr][j])
            loss = nn.BCEWithLogitsLoss()(outputs, y[tr][j].float().view(-1, 1))
            loss.backward()
            optimizer.step()
            scheduler.step()
        model.eval()
        fin_targets, fin_outputs = [], []
        vloader = [(ids[va][i:i + 64], y[va][i:i + 64]) for i in range(0, n - 720, 64)]
        with torch.no_grad():
            for bi, (x, t) in tqdm(enumerate(vloader), total=len(vloader)):
                fin_targets.extend(t.numpy().tolist())
                fin_outputs.extend(torch.sigmoid(model(x)).numpy().tolist())
        outputs = np.array(fin_outputs) >= 0.5
        accuracy = metrics.accuracy_score(fin_targets, outputs)
        print(f"Accuracy Score = {accuracy}")
        truth.add(**{"Accuracy Score": accuracy})
    truth.write("sklearn's accuracy_score per epoch", libraries=("torch", "tqdm", "scikit-learn"),
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"bertsenti": run}, root=HELDOUT42)
