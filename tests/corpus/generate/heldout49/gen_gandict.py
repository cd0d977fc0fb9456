"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A GAN loop printing as Shaveek23/cifar10-computer_vision ``project3/train.py``: each epoch a tqdm
bar over ``enumerate(train_loader)`` with a fixed ``total=5000`` (the bar never fills), then
``_epoch_end``: ``print(result)`` of the dict ``{'G_losses': [...], 'D_losses': [...]}`` (every batch's
loss, Python floats in full) and ``print("Epoch :", epoch + 1)``. Here: an MLP DCGAN-style pair on
sklearn's digits in [-1, 1], BCE, Adam, 3 epochs of 4 batches.

Truth: every value of the printed lists under the list's name, ``G_losses`` and ``D_losses``, without
a step (the epoch is printed on the line after the dict).
"""

from _toy import batches, digits
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    Xtr, ytr, _, _, _, _ = digits(seed=17, scale=False)
    Xtr, ytr = Xtr[:512] * 2 - 1, ytr[:512]
    torch.manual_seed(17)
    nz = 8
    modelG = nn.Sequential(nn.Linear(nz, 32), nn.ReLU(), nn.Linear(32, 64), nn.Tanh())
    modelD = nn.Sequential(nn.Linear(64, 32), nn.LeakyReLU(0.2), nn.Linear(32, 1), nn.Sigmoid())
    optimizerG = torch.optim.Adam(modelG.parameters(), lr=2e-4, betas=(0.5, 0.999))
    optimizerD = torch.optim.Adam(modelD.parameters(), lr=2e-4, betas=(0.5, 0.999))
    criterion = nn.BCELoss()
    truth = Truth()
    for epoch in range(3):
        G_losses, D_losses = [], []
        for i, data in tqdm(enumerate(batches(Xtr, ytr, 128, epoch), 0), total=5000):
            modelD.zero_grad()
            real = data[0]
            b = real.size(0)
            label = torch.full((b,), 1.0)
            errD_real = criterion(modelD(real).view(-1), label)
            errD_real.backward()
            fake = modelG(torch.randn(b, nz))
            label.fill_(0.0)
            errD_fake = criterion(modelD(fake.detach()).view(-1), label)
            errD_fake.backward()
            errD = errD_real + errD_fake
            optimizerD.step()
            modelG.zero_grad()
            label.fill_(1.0)
            errG = criterion(modelD(fake).view(-1), label)
            errG.backward()
            optimizerG.step()
            G_losses.append(errG.item())
            D_losses.append(errD.item())
        result = {'G_losses': G_losses, 'D_losses': D_losses}
        print(result)
        print("Epoch :", epoch + 1)
        for g, d in zip(G_losses, D_losses):
            truth.add(G_losses=g, D_losses=d)
    truth.write("the script's per-batch losses", libraries=("torch", "tqdm"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"gandict": run}, root=HELDOUT49)
