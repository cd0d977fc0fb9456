"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written loop printing as Inshal-0/SP ``lstm_train.py`` does: ``Training Started...``,
``f"Epoch [{epoch+1}/{num_epochs}], Loss: {running_loss/len(train_loader):.4f}"`` each epoch,
``Training Finished!``. Here: a small PyTorch LSTM classifying noisy sine/square sequences,
20 epochs as in the original.

Truth: the mean batch loss of each epoch, ``Loss``, step = the printed epoch.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    torch.manual_seed(6)
    n, T = 96, 12
    t = torch.linspace(0, 6.28, T)
    labels = torch.randint(0, 2, (n,))
    phase = torch.rand(n, 1) * 6.28
    base = torch.sin(t + phase)
    seqs = torch.where(labels[:, None] == 1, torch.sign(base), base) + 0.6 * torch.randn(n, T)
    seqs = seqs.unsqueeze(-1)

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.lstm = nn.LSTM(1, 8, batch_first=True)
            self.fc = nn.Linear(8, 2)

        def forward(self, x):
            out, _ = self.lstm(x)
            return self.fc(out[:, -1])

    model = Net()
    opt = torch.optim.Adam(model.parameters(), lr=0.02)
    crit = nn.CrossEntropyLoss()
    num_epochs, bs = 20, 16
    truth = Truth()
    print("Training Started...")
    for epoch in range(num_epochs):
        model.train()
        running_loss = 0.0
        perm = torch.randperm(n)
        nb = 0
        for i in range(0, n, bs):
            idx = perm[i:i + bs]
            opt.zero_grad()
            loss = crit(model(seqs[idx]), labels[idx])
            loss.backward()
            opt.step()
            running_loss += loss.item()
            nb += 1
        print(f"Epoch [{epoch+1}/{num_epochs}], Loss: {running_loss/nb:.4f}")
        truth.add(at=epoch + 1, Loss=running_loss / nb)
    print("Training Finished!")
    truth.write("the script's mean loss.item() of each epoch", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"inshal": run}, root=HELDOUT34)
