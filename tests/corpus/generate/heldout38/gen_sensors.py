"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A hand-written PyTorch domain-transfer loop printing as gcramerb/TransferLearning-Sensors
``Utils/myTrainer.py`` and ``Utils/trainingConfig.py``: after each epoch ``validate`` prints
``print('train_loss:  ',train_loss,'  | val_loss: ', val_loss, '|  acc Val -> |source: ',
accValSource, '|   target: ', accValTarget)`` (print's own separators, unformatted floats),
the early stopper prints ``INFO: Early stopping counter 1 of 3`` when the validation loss does
not improve by more than ``min_delta`` (printed before the epoch's own line, as there), and at
the patience ``INFO: Early stopping`` and ``Early Stopped at epoch N`` (not reached in this
run). The original's quirks are kept: the training loss is divided by the last
batch index (``train_loss / i``), the validation loss and both accuracies are those of the last
validation batch. Here: a classifier with a 16-unit latent layer and a class-distance penalty
(alpha 0.1) on sklearn's digits as the source domain and a contrast-reduced, shifted copy as
the target domain, Adam (learning rate 0.01, halved every 4 epochs), patience 3 with
``min_delta`` 0.02, 12 epochs.

Truth: ``train_loss``, ``val_loss``, ``acc Val/source`` and ``acc Val/target`` (the line's
``acc Val ->`` heads the two accuracies), no step (the line states none).
"""

from _toy import digits, loader
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.metrics import accuracy_score

    Xtr, ytr, Xva, yva, _, _ = digits(seed=23)
    Xtr, ytr = Xtr[:600], ytr[:600]
    Xtg, ytg = 0.5 * Xva + 0.3, yva
    torch.manual_seed(23)

    class Classifier(nn.Module):
        def __init__(self):
            super().__init__()
            self.enc = nn.Sequential(nn.Linear(64, 16), nn.ReLU())
            self.out = nn.Linear(16, 10)

        def forward(self, x):
            latent = self.enc(x)
            return latent, self.out(latent)

    def class_distance(latent, label):
        return sum(((latent[label == c] - latent[label == c].mean(0)) ** 2).sum(1).mean()
                   for c in label.unique()) / len(label.unique())

    class EarlyStopping():
        def __init__(self, patience=5, min_delta=0):
            self.patience, self.min_delta = patience, min_delta
            self.counter, self.best_loss, self.early_stop = 0, None, False

        def __call__(self, val_loss):
            if self.best_loss == None:  # noqa: E711 (as the original)
                self.best_loss = val_loss
            elif self.best_loss - val_loss > self.min_delta:
                self.best_loss = val_loss
                self.counter = 0
            elif self.best_loss - val_loss < self.min_delta:
                self.counter += 1
                print(f"INFO: Early stopping counter {self.counter} of {self.patience}")
                if self.counter >= self.patience:
                    print('INFO: Early stopping')
                    self.early_stop = True

    clf, loss_fn, alpha = Classifier(), nn.CrossEntropyLoss(), 0.1
    early_stopping = EarlyStopping(patience=3, min_delta=0.02)
    optimizer = torch.optim.Adam(clf.parameters(), lr=0.01)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, 4, gamma=0.5)
    truth = Truth()

    def step(batch):
        data, label = batch
        latent, pred = clf(data)
        return label, pred, loss_fn(pred, label) + alpha * class_distance(latent, label)

    def validate(train_loss):
        with torch.no_grad():
            for batch in loader(Xva, yva, 150, 0):
                labelSource, predSource, loss = step(batch)
                predSource = np.argmax(predSource.numpy(), axis=1)
            for batch in loader(Xtg, ytg, 150, 0):
                labelTarget, predTarget, _ = step(batch)
                predTarget = np.argmax(predTarget.numpy(), axis=1)
        val_loss = loss.item()
        accValSource = accuracy_score(labelSource.numpy(), predSource)
        accValTarget = accuracy_score(labelTarget.numpy(), predTarget)
        early_stopping(val_loss)
        print('train_loss:  ',train_loss,'  | val_loss: ', val_loss, '|  acc Val -> |source: ', accValSource, '|   target: ', accValTarget)
        truth.add(train_loss=train_loss, val_loss=val_loss,
                  **{"acc Val/source": accValSource, "acc Val/target": accValTarget})
        return early_stopping.early_stop

    for epoch in range(12):
        train_loss = 0.0
        for i, batch in enumerate(loader(Xtr, ytr, 50, epoch)):
            optimizer.zero_grad()
            _, _, loss = step(batch)
            loss.backward()
            optimizer.step()
            train_loss += loss.mean().item()
        scheduler.step()
        train_loss = train_loss / i
        if validate(train_loss):
            print(f'Early Stopped at epoch {epoch}')
            break
    truth.write("the script's epoch and validation-batch values", libraries=("torch",
                "scikit-learn"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"sensors": run}, root=HELDOUT38)
