"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as yuvaramsingh94/bert_nlp_classifier ``src/train.py`` and
``src/engine.py``: ``print ("this id cwd: ",os.getcwd())`` first, then per epoch a tqdm bar
``tqdm(enumerate(data_loader), total=len(data_loader))`` over training and another over
validation (no description, no postfix), then ``print(f"Accuracy = {accuracy}")`` (sklearn's
``accuracy_score``, unformatted). Here: a bag-of-embeddings sentiment classifier on synthetic
token "reviews" (positive and negative words among neutral ones), BCE-with-logits, 10 epochs.

Truth: ``Accuracy`` of each epoch, no step (the line states none).
"""

import os
import sys

from _toy import batches  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT39, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn import metrics
    from tqdm import tqdm

    g = torch.Generator().manual_seed(11)
    n, L, V = 480, 20, 60

    def make(n):
        ids = torch.randint(10, V, (n, L), generator=g)
        y = torch.randint(0, 2, (n,), generator=g)
        k = torch.randint(1, 3, (n,), generator=g)
        for r in range(n):
            words = torch.randint(0, 5, (int(k[r]),), generator=g) + (5 * int(y[r]))
            pos = torch.randint(0, L, (int(k[r]),), generator=g)
            ids[r, pos] = words
        flip = torch.rand(n, generator=g) < 0.1
        return ids, torch.where(flip, 1 - y, y).float()

    Xtr, ytr = make(n)
    Xva, yva = make(120)
    print("this id cwd: ", os.getcwd())
    sys.stdout.flush()
    torch.manual_seed(11)

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.EmbeddingBag(V, 16)
            self.out = nn.Linear(16, 1)

        def forward(self, ids):
            return self.out(self.emb(ids)).squeeze(1)

    model = Model()
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
    loss_fn = nn.BCEWithLogitsLoss()
    train_loader = [(Xtr[i:i + 32], ytr[i:i + 32]) for i in range(0, n, 32)]
    valid_loader = [(Xva[i:i + 32], yva[i:i + 32]) for i in range(0, 120, 32)]
    truth = Truth()
    best_accuracy = 0
    for epoch in range(10):
        model.train()
        for bi, (ids, targets) in tqdm(enumerate(train_loader), total=len(train_loader)):
            optimizer.zero_grad()
            loss = loss_fn(model(ids), targets)
            loss.backward()
            optimizer.step()
        model.eval()
        fin_targets, fin_outputs = [], []
        with torch.no_grad():
            for bi, (ids, targets) in tqdm(enumerate(valid_loader), total=len(valid_loader)):
                fin_targets.extend(targets.numpy().tolist())
                fin_outputs.extend(torch.sigmoid(model(ids)).numpy().tolist())
        outputs = np.array(fin_outputs) >= 0.5
        accuracy = metrics.accuracy_score(fin_targets, outputs)
        print(f"Accuracy = {accuracy}")
        sys.stdout.flush()
        truth.add(Accuracy=accuracy)
        if accuracy > best_accuracy:
            best_accuracy = accuracy
    truth.write("the script's validation accuracies", libraries=("torch", "scikit-learn", "tqdm"),
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"bertnlp": run}, root=HELDOUT39)
