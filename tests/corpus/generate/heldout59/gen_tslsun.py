"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A 7-class image classifier trained with Adam and a validation pass each epoch, printing as
TSLsun/ML2019FALL ``hw3/train.py`` (NTU ML 2019 fall, homework 3): ``Device: cpu``, per class
``f"{c}: {cnt:4d} ({cnt*100.0/len(train_label):4.2f}%) \\ <continuation spaces> {c}: {val_cnt:4d}
(...)"`` (the counts taken over both columns of the ``[id, label]`` arrays, as in the file),
``train_dataset: N``, ``valid_dataset: N``, a blank line, then each epoch ``\\nEpoch:
{epoch+1}/{EPOCH}``, ``'Train set: Average loss: {:.4f}, Accuracy: {}/{} ({:.2f}%)'`` and
``'Valid set: Average loss: {:.4f}, Accuracy: {}/{} ({:.2f}%)\\n'`` (the correct count a 0-d
tensor, which current torch formats as its number), and the ``\\tmax val_acc model saved to ...`` /
``\\tmin val_loss model saved to ...`` notes (nothing is saved here). Here: sklearn's digits
0..6 as the 7 expressions, a small CNN instead of the file's pretrained ResNeXt-50, lr 1e-3,
batches of 256, 6 epochs (the file's 300 with early stopping).

Truth: ``train/Average loss`` and ``train/Accuracy`` (the percentage), ``val/Average loss``
and ``val/Accuracy`` (``Valid set``), at the epoch of the ``Epoch: N/6`` header above them;
the correct counts are optional under the same names; ``train_dataset`` and
``valid_dataset`` (sizes) are optional.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    keep = y < 7
    X, y = (X[keep] / 16.0).astype(np.float32), y[keep]
    DEVICE = torch.device('cpu')
    print("Device:", DEVICE)
    truth = Truth()

    def train_valid_split(X, y=None, valid_size=0.2, random_state=42):
        n_train = int((1 - valid_size) * len(X))
        n_test = len(X) - n_train
        rng = np.random.RandomState(random_state)
        permutation = rng.permutation(len(X))
        return X[permutation[n_test:n_test + n_train]], X[permutation[:n_test]]

    labels = np.c_[np.arange(len(y)), y]
    train_label, valid_label = train_valid_split(labels, valid_size=250 / len(labels), random_state=77)
    for c in range(7):
        cnt = (train_label == c).sum()
        val_cnt = (valid_label == c).sum()
        print(f"{c}: {cnt:4d} ({cnt*100.0/len(train_label):4.2f}%) \
                {c}: {val_cnt:4d} ({val_cnt*100.0/len(valid_label):4.2f}%)")

    class DS(torch.utils.data.Dataset):
        def __init__(self, label):
            self.label = label

        def __getitem__(self, index):
            return torch.tensor(X[self.label[index][0]]).view(1, 8, 8), int(self.label[index, 1])

        def __len__(self):
            return self.label.shape[0]

    train_loader = torch.utils.data.DataLoader(DS(train_label), batch_size=256)
    valid_loader = torch.utils.data.DataLoader(DS(valid_label), batch_size=256)
    print("train_dataset:", len(train_loader.dataset))
    print("valid_dataset:", len(valid_loader.dataset), flush=True)
    truth.allow(train_dataset=len(train_loader.dataset), valid_dataset=len(valid_loader.dataset))

    torch.manual_seed(3)
    model = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.Flatten(),
                          nn.Linear(32 * 16, 7))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    model_min_val_loss = './model/min_val_loss.pkl'
    model_max_val_acc = './model/max_val_acc.pkl'
    min_val_cost, max_val_acc, max_train_acc, cnt = 1e10, 0, 0, 0
    EPOCH = 6
    print()
    for epoch in range(EPOCH):
        print(f"\nEpoch: {epoch+1}/{EPOCH}")
        model.train()
        train_loss = 0
        correct = 0
        for data, label in train_loader:
            optimizer.zero_grad()
            output = model(data)
            loss = F.cross_entropy(output, label)
            train_loss += loss.item() * data.size(0)
            loss.backward()
            optimizer.step()
            _, preds = torch.max(output, 1)
            correct += torch.sum(preds == label)
        train_loss /= len(train_loader.dataset)
        epoch_acc = (correct.double() / len(train_loader.dataset)).item()
        print('Train set: Average loss: {:.4f}, Accuracy: {}/{} ({:.2f}%)'.format(
            train_loss, correct, len(train_loader.dataset), 100. * epoch_acc), flush=True)
        truth.add(at=epoch + 1, **{"train/Average loss": train_loss, "train/Accuracy": 100. * epoch_acc})
        truth.allow(**{"train/Accuracy": int(correct)})

        model.eval()
        val_loss = 0
        val_correct = 0
        with torch.no_grad():
            for data, target in valid_loader:
                output = model(data)
                val_loss += F.cross_entropy(output, target, reduction='sum').item()
                _, preds = torch.max(output, 1)
                val_correct += torch.sum(preds == target)
        val_loss /= len(valid_loader.dataset)
        epoch_val_acc = (val_correct.double() / len(valid_loader.dataset)).item()
        print('Valid set: Average loss: {:.4f}, Accuracy: {}/{} ({:.2f}%)\n'.format(
            val_loss, val_correct, len(valid_loader.dataset), 100. * epoch_val_acc), flush=True)
        truth.add(at=epoch + 1, **{"val/Average loss": val_loss, "val/Accuracy": 100. * epoch_val_acc})
        truth.allow(**{"val/Accuracy": int(val_correct)})

        if epoch_val_acc > max_val_acc:
            max_val_acc = epoch_val_acc
            cnt = 0
            print('\tmax val_acc model saved to %s' % model_max_val_acc, flush=True)
            if val_loss < min_val_cost:
                min_val_cost = val_loss
                print('\tmin val_loss model saved to %s' % model_min_val_loss, flush=True)
        elif val_loss < min_val_cost:
            min_val_cost = val_loss
            cnt = 0
            print('\tmin val_loss model saved to %s' % model_min_val_loss, flush=True)
        else:
            if epoch_acc > max_train_acc:
                max_train_acc = epoch_acc
                cnt = 0
            else:
                cnt += 1
    truth.write("the epoch's summed losses over the set sizes and the fraction correct, in percent",
                libraries=("torch",), rel=1e-4, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"tslsun": run}, root=HELDOUT59)
