"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

A hand-written DCGAN loop printing as murumura/DCGAN-pytorch ``dcgan/train.py`` with its
``dcgan/main.py`` (commit 67f1930a) and ``dcgan/dcgan.py`` (commit 6bdb76f1): ``config_params``
prints each argparse value as ``name value``, ``init`` prints ``Logging to ...`` then
``PyTorch version: ...`` and ``Random Seed:  1``, the trainer prints the generator's and the
discriminator's module reprs, then every 100 batches
``Epoch {} [{}/{}] loss_D_real: {:.4f} loss_D_fake: {:.4f} loss_G: {:.4f}``. Here: a smaller
generator and discriminator on sklearn's digits upsampled to 16x16, batch size 8, four epochs
(101 batches, so two lines an epoch); no images, loss plots, weight files or log file are written.

Truth: ``loss_D_real``, ``loss_D_fake`` and ``loss_G`` at the printed epoch (the batch index
beside it restarts every epoch); the printed arguments are ``params``, the seed among them.
"""

from _toy import digit_images
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import argparse

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    import torch.optim as optim

    params = {"z_dim": 16, "ngf": 16, "ndf": 16, "nepochs": 4, "lr": 0.0002, "beta1": 0.5,
              "seed": 1}
    REAL_LABEL, FAKE_LABEL = 1, 0

    p = argparse.ArgumentParser()
    p.add_argument("--train", action="store_true")
    p.add_argument("--eval", action="store_true")
    p.add_argument("--image_channel", type=int, default=1)
    p.add_argument("--batch_size", type=int, default=8)
    p.add_argument("--data_path", type=str, default="../Data/mnist")
    p.add_argument("--dataset", type=str, default="mnist")
    p.add_argument("--output_path", type=str, default="output/mnist")
    p.add_argument("--output_log", type=str, default="output/mnist/log.txt")
    args = p.parse_args(["--train"])
    printed = {}
    for arg in vars(args):
        print(arg, getattr(args, arg))
        params.update({arg: getattr(args, arg)})
        printed[arg] = getattr(args, arg)

    print("Logging to {}\n".format(params["output_log"]))
    print("PyTorch version: {}".format(torch.__version__))
    seed = params["seed"]
    print("Random Seed: ", seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    printed["seed"] = seed

    def weights_init(m):
        classname = m.__class__.__name__
        if classname.find("Conv") != -1:
            m.weight.data.normal_(0.0, 0.02)
        elif classname.find("BatchNorm") != -1:
            m.weight.data.normal_(1.0, 0.02)
            m.bias.data.fill_(0)

    class Generator(nn.Module):
        def __init__(self, params):
            super().__init__()
            ngf = params["ngf"]
            self.main = nn.Sequential(
                nn.ConvTranspose2d(params["z_dim"], ngf * 4, 4, 1, 0, bias=False),
                nn.BatchNorm2d(ngf * 4), nn.ReLU(True),
                nn.ConvTranspose2d(ngf * 4, ngf * 2, 4, 2, 1, bias=False),
                nn.BatchNorm2d(ngf * 2), nn.ReLU(True),
                nn.ConvTranspose2d(ngf * 2, params["image_channel"], 4, 2, 1, bias=False),
                nn.Tanh())

        def forward(self, input):
            return self.main(input)

    class Discriminator(nn.Module):
        def __init__(self, params):
            super().__init__()
            ndf = params["ndf"]
            self.main = nn.Sequential(
                nn.Conv2d(params["image_channel"], ndf, 4, 2, 1, bias=False),
                nn.LeakyReLU(0.2, inplace=True),
                nn.Conv2d(ndf, ndf * 2, 4, 2, 1, bias=False),
                nn.BatchNorm2d(ndf * 2), nn.LeakyReLU(0.2, inplace=True),
                nn.Conv2d(ndf * 2, 1, 4, 1, 0, bias=False),
                nn.Sigmoid())

        def forward(self, input):
            return self.main(input).view(-1, 1).squeeze(1)

    X, _ = digit_images(seed=1)
    X = F.interpolate(X[:808], size=16, mode="bilinear", align_corners=False).clamp(-1, 1)

    netG = Generator(params)
    netG.apply(weights_init)
    print(netG)
    netD = Discriminator(params)
    netD.apply(weights_init)
    print(netD)
    criterion = nn.BCELoss()
    optimizerD = optim.Adam(netD.parameters(), lr=params["lr"], betas=(params["beta1"], 0.999))
    optimizerG = optim.Adam(netG.parameters(), lr=params["lr"], betas=(params["beta1"], 0.999))
    bs = params["batch_size"]
    n_batches = (len(X) + bs - 1) // bs
    truth = Truth()

    for epoch in range(params["nepochs"]):
        order = torch.randperm(len(X))
        for i in range(n_batches):
            x_real = X[order[i * bs:(i + 1) * bs]]
            real_label = torch.full((x_real.size(0),), REAL_LABEL, dtype=torch.float)
            fake_label = torch.full((x_real.size(0),), FAKE_LABEL, dtype=torch.float)
            netD.zero_grad()
            loss_D_real = criterion(netD(x_real), real_label)
            loss_D_real.backward()
            z_noise = torch.randn(x_real.size(0), params["z_dim"], 1, 1)
            x_fake = netG(z_noise)
            loss_D_fake = criterion(netD(x_fake.detach()), fake_label)
            loss_D_fake.backward()
            optimizerD.step()
            netG.zero_grad()
            loss_G = criterion(netD(x_fake), real_label)
            loss_G.backward()
            optimizerG.step()
            if i % 100 == 0:
                print("Epoch {} [{}/{}] loss_D_real: {:.4f} loss_D_fake: {:.4f} loss_G: {:.4f}"
                      .format(epoch, i, n_batches, loss_D_real.mean().item(),
                              loss_D_fake.mean().item(), loss_G.mean().item()))
                truth.add(at=epoch, loss_D_real=loss_D_real.item(),
                          loss_D_fake=loss_D_fake.item(), loss_G=loss_G.item())
    truth.write("the script's discriminator and generator BCE losses of the printed batches",
                libraries=("torch",), rel=1e-3, abs_tol=5e-5, params=printed)


if __name__ == "__main__":
    main(__file__, {"dcganmnist": run}, root=HELDOUT52)
