"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written loop printing as the basic PyTorch loop in VedangAsgaonkar/Machine-Learning-Notes
``PyTorch_Basic_Loop.md`` does: ``nn.Linear(1,1)``, MSE, SGD (lr 0.01, momentum 0.07), full
batch, each epoch ``f'Epoch {it+1}/{n_epochs}, Train Loss: {loss.item():.4f}, Test Loss:
{loss_test.item():.4f}'``. Here: noisy 1-D linear data, 20 epochs (the original: 100; the note's
code mixes up ``i``/``it`` and ``test_loss``/``loss_test``, ours runs).

Truth: ``train/Loss`` and ``test/Loss``, step = the printed epoch.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    torch.manual_seed(25)
    inputs = torch.randn(80, 1)
    targets = 2.5 * inputs - 0.7 + 0.4 * torch.randn(80, 1)
    test_inputs = torch.randn(40, 1)
    test_targets = 2.5 * test_inputs - 0.7 + 0.4 * torch.randn(40, 1)
    model = nn.Linear(1, 1)
    criterion = nn.MSELoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.07)
    n_epochs = 20
    truth = Truth()
    for it in range(n_epochs):
        optimizer.zero_grad()
        outputs = model(inputs)
        loss = criterion(outputs, targets)
        loss.backward()
        optimizer.step()
        with torch.no_grad():
            loss_test = criterion(model(test_inputs), test_targets)
        print(f'Epoch {it+1}/{n_epochs}, Train Loss: {loss.item():.4f}, Test Loss: {loss_test.item():.4f}')
        truth.add(at=it + 1, **{"train/Loss": loss.item(), "test/Loss": loss_test.item()})
    truth.write("the script's loss.item() and test loss of each epoch", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"vedang": run}, root=HELDOUT34)
