"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A convolutional autoencoder trained as FunnyPocketBook/auto_encoder ``autoencoder.py`` (commit
06e9227b) does: one image at a time, and after every image ``print("loss: {0: .4f}, epoch: {1},
iterations: {2}".format(running_loss / iterations, epoch, iterations))`` (the mean loss since
the start, with the format's sign space; the epoch counter and the global iteration count).
Here: a small conv autoencoder on four 8x8 images of the digits-like toy set, Adam 1e-3 as in
the original, 10 epochs (the original: one CIFAR image, 200 epochs); no image window at the end.

Truth: the running mean ``loss`` of each line at its ``iterations`` (the global step; the epoch
restarts nothing and is a second counter).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    import torch.optim as optim
    from _toy import digits

    torch.manual_seed(36)
    X, _ = digits(n=4, seed=12)
    training_data = np.float32(X.reshape(-1, 8, 8, 1))

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.convolutional_0 = nn.Conv2d(1, 4, 3, 1, padding=1)
            self.linear_0 = nn.Linear(64, 10)
            self.linear_1 = nn.Linear(10, 64)
            self.deconvolutional_0 = nn.ConvTranspose2d(4, 1, 3, 1, padding=1)

        def forward(self, x):
            x = F.leaky_relu(self.convolutional_0(x))
            x = F.max_pool2d(x, 2)
            x = F.leaky_relu(self.linear_0(torch.flatten(x)))
            x = F.leaky_relu(self.linear_1(x))
            x = torch.reshape(x, (1, 4, 4, 4))
            x = F.interpolate(x, scale_factor=2)
            return torch.sigmoid(self.deconvolutional_0(x))

    model = Model()
    optimizer = optim.Adam(model.parameters(), lr=0.001)
    criterion = nn.MSELoss()
    iterations = 0
    running_loss = 0
    epoch = 0
    max_epoch = 10
    truth = Truth()
    while epoch < max_epoch:
        for idx, elem in enumerate(training_data):
            iterations += 1
            tensor = torch.from_numpy(elem)
            target = tensor.permute(2, 0, 1).unsqueeze(0)
            optimizer.zero_grad()
            output = model(target)
            loss = criterion(output, target)
            running_loss += loss.item()
            print("loss: {0: .4f}, epoch: {1}, iterations: {2}"
                  .format(running_loss / iterations, epoch, iterations))
            truth.add(at=iterations, loss=running_loss / iterations)
            loss.backward()
            optimizer.step()
        epoch += 1
    truth.write("the script's running mean loss after each image", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"funnypocketbook": run}, root=HELDOUT36)
