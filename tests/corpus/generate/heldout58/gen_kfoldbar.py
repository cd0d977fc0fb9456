"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

K-fold training printing as Lalalalex/Kfold_pytorch ``kfold.py`` (its ``KFold`` class): for each
fold ``print('\\nFold {}'.format(i + 1))``, for each epoch ``print('\\nEpoch {}'.format(epoch +
1))``, then a ``tqdm(dataloader, unit='Batch', desc='Train')`` bar whose postfix is set each
batch with ``set_postfix(loss=loss, average_loss=total_loss/(index + 1),
average_accuracy=total_accuracy/(index + 1))`` (tqdm's ``.3g`` for floats), and the same with
``desc='Valid'`` without the update step; contiguous folds (the fold's slice is the validation
set). Here: a small MLP on 64 of sklearn's digits, k = 2, 2 epochs per fold, batch 32, AdamW at 5e-2
(the script's default 5e-4 raised for so short a run).

Truth: one state per batch of each bar: ``train/loss``, ``train/average_loss``,
``train/average_accuracy`` and ``val/...`` (the bars' descriptions ``Train``/``Valid`` name the
phase), at the epoch of the ``Epoch`` header above (it restarts in each fold).
"""

from _toy import digits
from _capture import HELDOUT58, Truth, main


def run() -> None:
    import copy

    import torch
    import torch.nn as nn
    from sklearn.metrics import accuracy_score
    from torch.utils.data import DataLoader, Subset, TensorDataset
    from tqdm import tqdm

    Xtr, ytr, _, _, _, _ = digits(seed=6, n_val=0, n_test=0)
    dataset = TensorDataset(Xtr[:64], ytr[:64])
    torch.manual_seed(6)
    base = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
    k, epochs, bs = 2, 2, 32
    fold_len = len(dataset) // k
    loss_fn = nn.CrossEntropyLoss()
    truth = Truth()
    for i in range(k):
        print('\nFold {}'.format(i + 1))
        train_idx = list(range(0, i * fold_len)) + list(range((i + 1) * fold_len, len(dataset)))
        valid_idx = list(range(i * fold_len, (i + 1) * fold_len))
        loaders = {"Train": DataLoader(Subset(dataset, train_idx), batch_size=bs),
                   "Valid": DataLoader(Subset(dataset, valid_idx), batch_size=bs)}
        model = copy.deepcopy(base)
        opt = torch.optim.AdamW(model.parameters(), lr=5e-2)
        for epoch in range(epochs):
            print('\nEpoch {}'.format(epoch + 1))
            for phase, prefix in (("Train", "train"), ("Valid", "val")):
                model.train(phase == "Train")
                total_loss = total_acc = 0.0
                with torch.set_grad_enabled(phase == "Train"), \
                        tqdm(loaders[phase], unit='Batch', desc=phase) as bar:
                    for index, (image, label) in enumerate(bar):
                        predict = model(image)
                        loss = loss_fn(predict, label)
                        if phase == "Train":
                            opt.zero_grad()
                            loss.backward()
                            opt.step()
                        loss = loss.detach().item()
                        total_loss += loss
                        acc = accuracy_score(predict.detach().argmax(dim=1), label)
                        total_acc += acc
                        bar.set_postfix(loss=loss, average_loss=total_loss / (index + 1),
                                        average_accuracy=total_acc / (index + 1))
                        truth.add(at=epoch + 1, **{
                            f"{prefix}/loss": loss,
                            f"{prefix}/average_loss": total_loss / (index + 1),
                            f"{prefix}/average_accuracy": total_acc / (index + 1)})
    truth.write("the script's batch losses and running means", libraries=("torch", "tqdm"),
                rel=5e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"kfoldbar": run}, root=HELDOUT58)
