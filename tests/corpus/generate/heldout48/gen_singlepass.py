"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as hexronuspi/Custom_NN_Training_Loop
``model/SinglePass.py`` (its kept run in ``example/MNIST/readme.md``): for every epoch ``Epoch:
1/3``, a tqdm bar described ``Training`` whose postfix is set every batch to
``{'training_loss': '{:.3f}'.format(loss.item()/data.size(0))}`` (the mean batch loss divided by
the batch size again, as in the original), then ``Train Loss: 0.1956`` and ``Test Accuracy:
98.22%``. Here: a small CNN on 200 of sklearn's digits, Adam with cosine annealing, batches of 40
(five an epoch), three epochs, the test accuracy on 300 others; the seed is one whose
consecutive postfix values within a bar all differ at the printed three decimals.

Truth: the postfix ``training_loss`` of every batch as ``train/training_loss`` (the bar's
``Training`` description names the phase), each drawn state once, at no step; ``Train Loss`` and
``Test Accuracy`` at the epoch of the ``Epoch: N/3`` line above them.
"""

from _toy import digits, loader
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from torch.optim.lr_scheduler import CosineAnnealingLR
    from tqdm import tqdm

    Xtr, ytr, _, _, Xte, yte = digits(seed=7, n_val=0)
    Xtr, ytr = Xtr[:200].reshape(-1, 1, 8, 8), ytr[:200]
    Xte = Xte.view(-1, 1, 8, 8)
    torch.manual_seed(7)
    model = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Flatten(), nn.Linear(16 * 16, 10))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.003, weight_decay=0.0001)
    scheduler = CosineAnnealingLR(optimizer, T_max=10)
    epochs = 3
    truth = Truth()
    for epoch in range(epochs):
        print(f'Epoch: {epoch+1}/{epochs}')
        model.train()
        epoch_loss = 0
        train_loader = loader(Xtr, ytr, 40, seed=epoch)
        progress_bar = tqdm(train_loader, desc='Training', total=len(train_loader))
        for data, target in progress_bar:
            optimizer.zero_grad()
            loss = F.nll_loss(F.log_softmax(model(data), dim=1), target)
            loss.backward()
            optimizer.step()
            scheduler.step()
            epoch_loss += loss.item()
            shown = '{:.3f}'.format(loss.item() / data.size(0))
            progress_bar.set_postfix({'training_loss': shown})
            truth.add(**{"train/training_loss": loss.item() / data.size(0)})
        train_loss = epoch_loss / len(train_loader)
        print(f'Train Loss: {train_loss:.4f}')
        model.eval()
        with torch.no_grad():
            correct = (model(Xte).argmax(1) == yte).sum().item()
        accuracy = 100 * correct / len(yte)
        print(f'Test Accuracy: {accuracy:.2f}%')
        truth.add(at=epoch + 1, **{"Train Loss": train_loss, "Test Accuracy": accuracy})
    truth.write("the loop's batch and epoch losses and the test accuracy",
                libraries=("torch", "tqdm"), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"singlepass": run}, root=HELDOUT48)
