"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written GAN loop printing as leftthomas/SRGAN ``train.py`` does: ``# generator
parameters: N`` and ``# discriminator parameters: N`` (print with two arguments), a tqdm bar per
epoch whose description is set each batch to ``'[%d/%d] Loss_D: %.4f Loss_G: %.4f D(x): %.4f
D(G(z)): %.4f'`` (running means over the epoch so far), and a validation bar per epoch described
``'[converting LR images to SR images] PSNR: %.4f dB SSIM: %.4f'`` (running PSNR and SSIM) each
sample. Here: 1-D "super-resolution" of signals of 32 samples from their 4x average-pooled
versions, a small convolutional generator and an MLP discriminator, ``d_loss = 1 - real_out +
fake_out`` and a generator loss of MSE plus 0.001 times the adversarial term, 2 epochs of 2
batches and 3 validation signals. The image-saving bar of the original is left out.

Truth: the script's running means of each batch, ``Loss_D``, ``Loss_G``, ``D(x)``, ``D(G(z))``,
and its running PSNR and SSIM of each validation sample, ``PSNR``, ``SSIM`` (no step: ``[1/2]`` is
an unlabelled epoch count). Optional: the two parameter counts. A description is drawn again when
its bar closes: the same state, listed once.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    from math import log10

    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from torch.utils.data import DataLoader, TensorDataset
    from tqdm import tqdm

    torch.manual_seed(31)

    def signals(n):
        t = torch.linspace(0, 1, 32)
        f = 1 + 3 * torch.rand(n, 1)
        hr = 0.5 + 0.25 * torch.sin(2 * 3.14159 * f * t + 6 * torch.rand(n, 1)) \
            + 0.15 * torch.sin(2 * 3.14159 * 2 * f * t)
        lr = F.avg_pool1d(hr.unsqueeze(1), 4).squeeze(1)
        return lr, hr

    train_loader = DataLoader(TensorDataset(*signals(128)), batch_size=64, shuffle=True)
    val_lr, val_hr = signals(3)
    val_loader = DataLoader(TensorDataset(val_lr, val_hr), batch_size=1)

    class Generator(nn.Module):
        def __init__(self):
            super().__init__()
            self.refine = nn.Sequential(nn.Conv1d(1, 8, 5, padding=2), nn.ReLU(),
                                        nn.Conv1d(8, 1, 5, padding=2))

        def forward(self, z):
            up = F.interpolate(z.unsqueeze(1), scale_factor=4, mode="linear",
                               align_corners=False)
            return (up + self.refine(up)).squeeze(1)

    netG = Generator()
    print('# generator parameters:', sum(param.numel() for param in netG.parameters()))
    netD = nn.Sequential(nn.Linear(32, 16), nn.LeakyReLU(0.2), nn.Linear(16, 1), nn.Sigmoid())
    print('# discriminator parameters:', sum(param.numel() for param in netD.parameters()))
    truth = Truth()
    truth.allow(**{"# generator parameters": sum(p.numel() for p in netG.parameters()),
                   "# discriminator parameters": sum(p.numel() for p in netD.parameters())})
    optimizerG = torch.optim.Adam(netG.parameters(), lr=1e-2)
    optimizerD = torch.optim.Adam(netD.parameters(), lr=1e-3)
    NUM_EPOCHS = 2

    def ssim(a, b, c1=0.01 ** 2, c2=0.03 ** 2):
        ma, mb = a.mean(), b.mean()
        va, vb = a.var(unbiased=False), b.var(unbiased=False)
        cov = ((a - ma) * (b - mb)).mean()
        return (((2 * ma * mb + c1) * (2 * cov + c2))
                / ((ma ** 2 + mb ** 2 + c1) * (va + vb + c2))).item()

    for epoch in range(1, NUM_EPOCHS + 1):
        train_bar = tqdm(train_loader)
        rr = {'batch_sizes': 0, 'd_loss': 0, 'g_loss': 0, 'd_score': 0, 'g_score': 0}
        netG.train()
        for data, target in train_bar:
            batch_size = data.size(0)
            rr['batch_sizes'] += batch_size
            fake_img = netG(data)
            netD.zero_grad()
            real_out = netD(target).mean()
            fake_out = netD(fake_img.detach()).mean()
            d_loss = 1 - real_out + fake_out
            d_loss.backward()
            optimizerD.step()
            netG.zero_grad()
            fake_img = netG(data)
            fake_out = netD(fake_img).mean()
            g_loss = F.mse_loss(fake_img, target) + 0.001 * (1 - fake_out)
            g_loss.backward()
            optimizerG.step()
            rr['g_loss'] += g_loss.item() * batch_size
            rr['d_loss'] += d_loss.item() * batch_size
            rr['d_score'] += real_out.item() * batch_size
            rr['g_score'] += fake_out.item() * batch_size
            n = rr['batch_sizes']
            train_bar.set_description(desc='[%d/%d] Loss_D: %.4f Loss_G: %.4f D(x): %.4f D(G(z)): %.4f' % (
                epoch, NUM_EPOCHS, rr['d_loss'] / n, rr['g_loss'] / n, rr['d_score'] / n,
                rr['g_score'] / n))
            truth.add(**{"Loss_D": rr['d_loss'] / n, "Loss_G": rr['g_loss'] / n,
                         "D(x)": rr['d_score'] / n, "D(G(z))": rr['g_score'] / n})
        netG.eval()
        with torch.no_grad():
            val_bar = tqdm(val_loader)
            vr = {'mse': 0, 'ssims': 0, 'psnr': 0, 'ssim': 0, 'batch_sizes': 0}
            for lr, hr in val_bar:
                batch_size = lr.size(0)
                vr['batch_sizes'] += batch_size
                sr = netG(lr)
                batch_mse = ((sr - hr) ** 2).data.mean()
                vr['mse'] += batch_mse * batch_size
                vr['ssims'] += ssim(sr, hr) * batch_size
                vr['psnr'] = 10 * log10((hr.max() ** 2) / (vr['mse'] / vr['batch_sizes']))
                vr['ssim'] = vr['ssims'] / vr['batch_sizes']
                val_bar.set_description(
                    desc='[converting LR images to SR images] PSNR: %.4f dB SSIM: %.4f' % (
                        vr['psnr'], vr['ssim']))
                truth.add(PSNR=vr['psnr'], SSIM=vr['ssim'])
    truth.write("the script's running means of the batch losses and scores, and its running "
                "validation PSNR and SSIM", libraries=("torch", "tqdm"), rel=1e-3)


if __name__ == "__main__":
    main(__file__, {"srgan": run}, root=HELDOUT31)
