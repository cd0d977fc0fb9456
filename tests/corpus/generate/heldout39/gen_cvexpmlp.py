"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as RoschildRui/DeepLearning_CV_EXP
``exp1/results/exp1_3/code_output.md`` (a kept run comparing MLP designs): ``Use device:``, the
first model's repr, a tqdm bar ``training progress`` over the epochs, after each epoch ``epoch
[1/20], loss: 0.5530, test accuracy: 83.44%`` and, before each further model, a blank line and
``Training MLP model #1 with hidden layer design: [128]``. Here: three MLPs on sklearn's
digits, 4 epochs each (the same repository's other format is ``gen_cvexp.py``).

Truth: ``loss`` and ``test/accuracy`` at the printed epoch, for every model (the epochs restart
with each model).
"""

import sys

from _toy import batches, digits
from _capture import HELDOUT39, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    Xtr, ytr, _, _, Xte, yte = digits(seed=15)

    class MLP(nn.Module):
        def __init__(self, hidden):
            super().__init__()
            layers, d = [], 64
            for h in hidden:
                layers += [nn.Linear(d, h), nn.ReLU(), nn.Dropout(p=0.2)]
                d = h
            self.model = nn.Sequential(*layers, nn.Linear(d, 10))

        def forward(self, x):
            return self.model(x)

    print("Use device: cpu")
    truth = Truth()
    designs = [[32], [32, 16], [64, 32, 16]]
    epochs = 4
    for m, hidden in enumerate(designs):
        torch.manual_seed(15 + m)
        model = MLP(hidden)
        if m == 0:
            print(model)
        else:
            print(f"\nTraining MLP model #{m} with hidden layer design: {hidden}")
        sys.stdout.flush()
        opt = torch.optim.Adam(model.parameters(), lr=1e-3)
        for epoch in tqdm(range(epochs), desc="training progress"):
            model.train()
            total, n = 0.0, 0
            for X, y in batches(Xtr, ytr, 32, epoch):
                opt.zero_grad()
                loss = nn.functional.cross_entropy(model(X), y)
                loss.backward()
                opt.step()
                total += loss.item() * len(y)
                n += len(y)
            model.eval()
            with torch.no_grad():
                acc = 100 * (model(Xte).argmax(1) == yte).float().mean().item()
            print(f"epoch [{epoch + 1}/{epochs}], loss: {total / n:.4f}, test accuracy: {acc:.2f}%")
            sys.stdout.flush()
            truth.add(at=epoch + 1, **{"loss": total / n, "test/accuracy": acc})
    truth.write("the script's epoch losses and test accuracies", libraries=("torch", "tqdm"),
                rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"cvexpmlp": run}, root=HELDOUT39)
