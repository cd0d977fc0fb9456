"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as MariaKudryashova/linear_nn ``train_loop.py``: an empty
line at every epoch, then for each loader every 100th iteration ``train Epoch: 1/3 \\t
Iteration:0/360 \\t Accuracy: 0.25`` and after the loader ``Loader: train \\t Accuracy: 0.75``
(the last batch's accuracy, a NumPy float printed unformatted). Here: a fully connected net on
sklearn's digits, SGD, batches of 4, loaders ``train`` and ``valid``, three epochs.

Truth: the accuracies of the ``train`` lines and the ``Loader: train`` lines as
``train/Accuracy``, those of ``valid`` as ``val/Accuracy`` (the loader's name is the phase; the
word ``Loader:`` is no phase and stays out), at no step (the iteration lines state both an epoch
and an iteration that restarts).
"""

from _toy import digits, loader, mlp
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import torch

    Xtr, ytr, Xva, yva, _, _ = digits(seed=3, n_val=360, n_test=0)
    _device = torch.device("cpu")
    _model = mlp(seed=3)
    _criterion = torch.nn.CrossEntropyLoss()
    _optimizer = torch.optim.SGD(_model.parameters(), lr=0.01)
    _loaders = {"train": loader(Xtr, ytr, 4, seed=1), "valid": loader(Xva, yva, 4, shuffle=False)}
    _max_epochs = 3
    truth = Truth()
    for epoch in range(_max_epochs):
        epoch_correct = 0
        print("")
        for k, dataloader in _loaders.items():
            i = 0
            total = len(dataloader)
            for x_batch, y_batch in dataloader:
                if k == "train":
                    _model.train()
                    outp = _model(x_batch)
                    loss = _criterion(outp, y_batch)
                    _optimizer.zero_grad()
                    loss.backward()
                    _optimizer.step()
                    preds = torch.argmax(_model(x_batch), dim=1)
                else:
                    _model.eval()
                    with torch.no_grad():
                        preds = torch.argmax(_model(x_batch), dim=1)
                epoch_correct = (preds == y_batch).cpu().numpy().sum() / len(preds)
                if i % 100 == 0:
                    print(f"{k} Epoch: {epoch+1}/{_max_epochs} \t Iteration:{i}/{total} \t Accuracy: {epoch_correct}")
                    truth.add(**{("train" if k == "train" else "val") + "/Accuracy": epoch_correct})
                i += 1
            print(f"Loader: {k} \t Accuracy: {epoch_correct}")
            truth.add(**{("train" if k == "train" else "val") + "/Accuracy": epoch_correct})
    truth.write("the loop's last-batch accuracies", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"linearnn": run}, root=HELDOUT48)
