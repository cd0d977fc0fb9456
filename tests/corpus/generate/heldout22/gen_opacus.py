"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Differentially private training with Opacus (PyPI ``opacus``, on PyTorch on the CPU), written
the way Opacus's MNIST example prints it: a seeded synthetic classification set (2,000 train and
500 test rows of 20 features, three classes), a small MLP made private by
``PrivacyEngine().make_private(module, optimizer, data_loader, noise_multiplier=1.1,
max_grad_norm=1.0)`` (Poisson sampling, batch size 64 expected), trained five epochs; after
each the example's line ``Train Epoch: 1 \t Loss: 0.851156 (ε = 1.20, δ = 1e-05)`` (the loss
the mean of the epoch's batch losses, ε from ``privacy_engine.get_epsilon(delta)``), after the
last the example's test line ``Test set: Average loss: 0.1110, Accuracy: 481/500 (96.20%)``.
stderr has Opacus's and PyTorch's warnings as they come (the secure-RNG warning, the
full-backward-hook warning).

Truth: the training run's own values: each epoch's mean loss as ``train/Loss`` and ε as
``train/ε`` at the epoch the line states (``Train Epoch``: the line opens with its phase; 2026-12-07,
was ``Loss`` and ``ε`` before PHASE_STEP, as the issue's section-qualified names ask); the test average loss as ``test/Average loss`` and the
accuracy as ``test/Accuracy`` (the line opens ``Test set:``, a phase, as older halves' ``Test:``
lines give ``test/<name>``; the percentage, as the line's parentheses print it; the ``481/500``
count optional as ``test/Accuracy``). ``δ`` is configuration (a params entry); so are the noise
multiplier and clipping norm the script gives (not printed).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main

DELTA = 1e-5
EPOCHS = 5


def run() -> None:
    import numpy as np
    import torch
    from opacus import PrivacyEngine
    from torch import nn
    from torch.utils.data import DataLoader, TensorDataset

    torch.manual_seed(22)
    rng = np.random.default_rng(22)
    centers = rng.normal(0, 1.0, (3, 20))
    y = rng.integers(0, 3, 2500)
    x = centers[y] + rng.normal(0, 1.6, (2500, 20))
    x, y = torch.tensor(x, dtype=torch.float32), torch.tensor(y)
    train = DataLoader(TensorDataset(x[:2000], y[:2000]), batch_size=64)
    test = DataLoader(TensorDataset(x[2000:], y[2000:]), batch_size=250)
    model = nn.Sequential(nn.Linear(20, 32), nn.ReLU(), nn.Linear(32, 3))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    engine = PrivacyEngine()
    model, optimizer, train = engine.make_private(
        module=model, optimizer=optimizer, data_loader=train, noise_multiplier=1.1,
        max_grad_norm=1.0)
    criterion = nn.CrossEntropyLoss()
    truth = Truth()
    for epoch in range(1, EPOCHS + 1):
        model.train()
        losses = []
        for data, target in train:
            if len(target) == 0:
                continue
            optimizer.zero_grad()
            loss = criterion(model(data), target)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        epsilon = engine.get_epsilon(DELTA)
        print(f"Train Epoch: {epoch} \t Loss: {np.mean(losses):.6f} "
              f"(ε = {epsilon:.2f}, δ = {DELTA})", flush=True)
        truth.add(at=epoch, **{"train/Loss": np.mean(losses), "train/ε": epsilon})
    model.eval()
    total, correct = 0.0, 0
    with torch.no_grad():
        for data, target in test:
            out = model(data)
            total += criterion(out, target).item() * len(target)
            correct += (out.argmax(1) == target).sum().item()
    n = len(test.dataset)
    print(f"Test set: Average loss: {total / n:.4f}, "
          f"Accuracy: {correct}/{n} ({100.0 * correct / n:.2f}%)")
    truth.add(**{"test/Average loss": total / n, "test/Accuracy": 100.0 * correct / n})
    truth.allow(**{"test/Accuracy": correct})
    truth.write("Opacus: the run's mean batch losses and PrivacyEngine.get_epsilon(delta) per "
                "epoch (step: the epoch printed), the test loss and accuracy (percent) as test/<name> "
                "(the line opens \"Test set:\")",
                libraries=("opacus", "torch"), params={"δ": DELTA, "noise_multiplier": 1.1,
                                                       "max_grad_norm": 1.0},
                rel=1e-6, abs_tol=5e-7)  # the loss's six decimals: half a printed unit


if __name__ == "__main__":
    main(__file__, {"opacus": run}, root=HELDOUT22)
