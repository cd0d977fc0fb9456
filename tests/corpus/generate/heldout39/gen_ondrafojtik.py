"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as ondrafojtik/Image_Analysis ``cviceni/cv3/torch-train.py``:
``f'[{epoch + 1}, {i + 1:5d}] loss: {running_loss / 20:.3f}'`` every 20 mini-batches of 16,
``Finished Training`` at the end. Here: a small CNN on sklearn's digits images, SGD, 4 epochs.

Truth: ``loss`` (the mean of the last 20 batch losses) at the printed epoch (the mini-batch
counter restarts every epoch).
"""

from _toy import batches, digits
from _capture import HELDOUT39, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.optim as optim

    Xtr, ytr, _, _, _, _ = digits(seed=2, n_val=100, n_test=100)
    torch.manual_seed(2)
    net = nn.Sequential(nn.Unflatten(1, (1, 8, 8)), nn.Conv2d(1, 6, 3), nn.ReLU(), nn.Flatten(),
                        nn.Linear(6 * 36, 10))
    criterion = torch.nn.CrossEntropyLoss()
    optimizer = optim.SGD(net.parameters(), lr=0.01)
    truth = Truth()
    for epoch in range(4):
        running_loss = 0.0
        for i, (inputs, labels) in enumerate(batches(Xtr, ytr, 16, epoch)):
            optimizer.zero_grad()
            loss = criterion(net(inputs), labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            if i % 20 == 19:
                print(f'[{epoch + 1}, {i + 1:5d}] loss: {running_loss / 20:.3f}')
                truth.add(at=epoch + 1, loss=running_loss / 20)
                running_loss = 0.0
    print('Finished Training')
    truth.write("the script's running losses", libraries=("torch",), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"ondrafojtik": run}, root=HELDOUT39)
