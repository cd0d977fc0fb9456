"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written spiking network printing as VShreya-git/STMInnovationFair2026
``EMG-SNN-Prosthetic/SNN_Training/train_snn.py``: full-batch training, each epoch
``print("Epoch:", e+1, "Loss:", loss.item())`` (print's separators, an unformatted float), then
``print("Training Complete")``. Here: leaky integrate-and-fire layers with a fast-sigmoid
surrogate gradient (no snntorch) on synthetic EMG-like spike trains of 4 gestures, the summed
output spikes fed to cross-entropy, Adam, 25 epochs.

Truth: ``Loss`` at the printed epoch.
"""

from _toy import digits  # noqa: F401  (keeps the shared path set-up)
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(12)
    rng = np.random.default_rng(12)
    T, n, channels, classes = 20, 160, 8, 4
    labels = torch.tensor(rng.integers(classes, size=n), dtype=torch.long)
    rates = rng.uniform(0.05, 0.2, size=(classes, channels))
    rates[np.arange(classes), np.arange(classes) * 2] = 0.7
    spikes = torch.tensor(rng.random((T, n, channels)) < rates[labels.numpy()][None],
                          dtype=torch.float32)

    class Spike(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            ctx.save_for_backward(x)
            return (x > 0).float()

        @staticmethod
        def backward(ctx, g):
            x, = ctx.saved_tensors
            return g / (1 + 10 * x.abs()) ** 2

    class SNN(nn.Module):
        def __init__(self, n_in):
            super().__init__()
            self.fc1, self.fc2 = nn.Linear(n_in, 32), nn.Linear(32, classes)

        def forward(self, x):
            m1 = torch.zeros(x.shape[1], 32)
            m2 = torch.zeros(x.shape[1], classes)
            out = []
            for t in range(x.shape[0]):
                m1 = 0.8 * m1 + self.fc1(x[t])
                s1 = Spike.apply(m1 - 1.0)
                m1 = m1 - s1
                m2 = 0.8 * m2 + self.fc2(s1)
                s2 = Spike.apply(m2 - 1.0)
                m2 = m2 - s2
                out.append(s2)
            return torch.stack(out)

    model = SNN(spikes.shape[2])
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    loss_fn = nn.CrossEntropyLoss()
    truth = Truth()
    for e in range(25):
        optimizer.zero_grad()
        spk_out = model(spikes)
        spk_sum = spk_out.sum(dim=0)
        loss = loss_fn(spk_sum, labels)
        loss.backward()
        optimizer.step()
        print("Epoch:", e+1, "Loss:", loss.item())
        truth.add(at=e + 1, Loss=loss.item())
    print("Training Complete")
    truth.write("the script's full-batch losses", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"shreyasnn": run}, root=HELDOUT43)
