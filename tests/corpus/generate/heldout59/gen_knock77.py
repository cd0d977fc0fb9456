"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A single-layer news-category classifier trained with SGD at growing batch sizes, printing as
tmu-nlp/100knock2021 ``tsunoda/chapter08/77.py`` (NLP 100 Knocks, problem 77): for each batch
size ``f'バッチサイズ: {batch_size}'``, then ``train_model`` (one epoch each, the same model going
on) prints ``f'epoch: {epoch + 1}, loss_train: {loss_train:.4f}, accuracy_train:
{acc_train:.4f}, loss_valid: {loss_valid:.4f}, accuracy_valid: {acc_valid:.4f}, {(e_time -
s_time):.4f}sec'``. The checkpoint files are not written. Here: synthetic 300-dimensional
"averaged word vectors" of 1000 training and 200 validation headlines in 4 classes, the file's
``SLPNet(300, 4)`` (one bias-free linear layer), lr 0.1, batch sizes 1, 2, 4, ... 1024.

Truth: ``loss_train``, ``accuracy_train``, ``loss_valid`` and ``accuracy_valid`` at the printed
epoch (always 1), the values of the file's ``calculate_loss_and_accuracy`` (mean batch loss,
fraction correct); the batch size echo is optional (``バッチサイズ``); the seconds are neither.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    from torch.utils.data import DataLoader, Dataset

    rng = np.random.default_rng(77)
    centers = rng.normal(0, 1, (4, 300))
    def make(n):
        y = rng.integers(0, 4, n)
        X = centers[y] * 0.15 + rng.normal(0, 1, (n, 300))
        return torch.tensor(X, dtype=torch.float32), torch.tensor(y)
    X_train, y_train = make(1000)
    X_valid, y_valid = make(200)
    torch.manual_seed(77)
    truth = Truth()

    class CreateDataset(Dataset):
        def __init__(self, X, y):
            self.X, self.y = X, y

        def __len__(self):
            return len(self.y)

        def __getitem__(self, idx):
            return [self.X[idx], self.y[idx]]

    class SLPNet(nn.Module):
        def __init__(self, input_size, output_size):
            super().__init__()
            self.fc = nn.Linear(input_size, output_size, bias=False)
            nn.init.normal_(self.fc.weight, 0.0, 1.0)

        def forward(self, x):
            return self.fc(x)

    def calculate_loss_and_accuracy(model, criterion, loader):
        model.eval()
        loss, total, correct = 0.0, 0, 0
        with torch.no_grad():
            for inputs, labels in loader:
                outputs = model(inputs)
                loss += criterion(outputs, labels).item()
                pred = torch.argmax(outputs, dim=-1)
                total += len(inputs)
                correct += (pred == labels).sum().item()
        return loss / len(loader), correct / total

    def train_model(dataset_train, dataset_valid, batch_size, model, criterion, optimizer,
                    num_epochs):
        dataloader_train = DataLoader(dataset_train, batch_size=batch_size, shuffle=True)
        dataloader_valid = DataLoader(dataset_valid, batch_size=len(dataset_valid), shuffle=False)
        log_train, log_valid = [], []
        for epoch in range(num_epochs):
            s_time = time.time()
            model.train()
            for inputs, labels in dataloader_train:
                optimizer.zero_grad()
                outputs = model(inputs)
                loss = criterion(outputs, labels)
                loss.backward()
                optimizer.step()
            loss_train, acc_train = calculate_loss_and_accuracy(model, criterion, dataloader_train)
            loss_valid, acc_valid = calculate_loss_and_accuracy(model, criterion, dataloader_valid)
            log_train.append([loss_train, acc_train])
            log_valid.append([loss_valid, acc_valid])
            e_time = time.time()
            print(f'epoch: {epoch + 1}, loss_train: {loss_train:.4f}, accuracy_train: {acc_train:.4f}, '
                  f'loss_valid: {loss_valid:.4f}, accuracy_valid: {acc_valid:.4f}, {(e_time - s_time):.4f}sec')
            truth.add(at=epoch + 1, loss_train=loss_train, accuracy_train=acc_train,
                      loss_valid=loss_valid, accuracy_valid=acc_valid)
        return {'train': log_train, 'valid': log_valid}

    dataset_train = CreateDataset(X_train, y_train)
    dataset_valid = CreateDataset(X_valid, y_valid)
    model = SLPNet(300, 4)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=1e-1)
    for batch_size in [2 ** i for i in range(11)]:
        print(f'バッチサイズ: {batch_size}')
        truth.allow(**{"バッチサイズ": batch_size})
        train_model(dataset_train, dataset_valid, batch_size, model, criterion, optimizer, 1)
    truth.write("calculate_loss_and_accuracy() on the training and validation loaders",
                libraries=("torch",), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"knock77": run}, root=HELDOUT59)
