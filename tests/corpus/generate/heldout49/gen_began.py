"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A BEGAN loop printing as sunshineatnoon/Paper-Implementations ``BEGAN/began.py``: first
``print(opt)`` (the argparse ``Namespace``) and ``Random Seed:  N``, then per logged batch
``'[%d/%d][%d/%d] Loss_D: %.4f Loss_G: %.4f Measure: %.4f '`` (epoch/epochs, batch/batches, with a
trailing space). Here: an MLP auto-encoder discriminator and an MLP generator on sklearn's digits
in [0, 1], the BEGAN equilibrium term k updated with lambda_k 0.001 and gamma 0.5, Adam, 2 epochs
of 10 batches of 120, every other batch logged.

Truth: ``Loss_D``, ``Loss_G``, ``Measure`` without a step (the line states two counters). The
``Namespace`` is ``params``; the seed is optional.
"""

from _toy import batches, digits
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import argparse

    import numpy as np
    import torch
    import torch.nn as nn

    opt = argparse.Namespace(batchSize=120, nz=16, niter=2, lr=0.0002 * 5, beta1=0.5, cuda=False,
                             outf='began/', manualSeed=4321, lambda_k=0.001, gamma=0.5)
    print(opt)
    print("Random Seed: ", opt.manualSeed)
    torch.manual_seed(opt.manualSeed)
    Xtr, ytr, _, _, _, _ = digits(seed=37, scale=False)
    netD = nn.Sequential(nn.Linear(64, 16), nn.ELU(), nn.Linear(16, 64), nn.Sigmoid())
    netG = nn.Sequential(nn.Linear(opt.nz, 32), nn.ELU(), nn.Linear(32, 64), nn.Sigmoid())
    optimizerD = torch.optim.Adam(netD.parameters(), lr=opt.lr, betas=(opt.beta1, 0.999))
    optimizerG = torch.optim.Adam(netG.parameters(), lr=opt.lr, betas=(opt.beta1, 0.999))
    truth = Truth()
    k = 0.0
    nb = (len(Xtr) + opt.batchSize - 1) // opt.batchSize
    for epoch in range(1, opt.niter + 1):
        for i, (real, _) in enumerate(batches(Xtr, ytr, opt.batchSize, epoch)):
            netD.zero_grad()
            netG.zero_grad()
            fake = netG(torch.randn(real.size(0), opt.nz))
            errD_real = torch.mean(torch.abs(netD(real) - real))
            errD_fake = torch.mean(torch.abs(netD(fake.detach()) - fake.detach()))
            errD = errD_real - k * errD_fake
            errD.backward()
            optimizerD.step()
            errG = torch.mean(torch.abs(netD(fake) - fake))
            errG.backward()
            optimizerG.step()
            balance = (opt.gamma * errD_real - errD_fake).item()
            k = float(np.clip(k + opt.lambda_k * balance, 0, 1))
            measure = errD_real.item() + abs(balance)
            if i % 2 == 0:
                print('[%d/%d][%d/%d] Loss_D: %.4f Loss_G: %.4f Measure: %.4f '
                      % (epoch, opt.niter, i, nb, errD.item(), errG.item(), measure))
                truth.add(Loss_D=errD.item(), Loss_G=errG.item(), Measure=measure)
    truth.allow(**{"Random Seed": opt.manualSeed})
    truth.write("the script's batch losses and convergence measure", libraries=("torch",),
                params=vars(opt), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"began": run}, root=HELDOUT49)
