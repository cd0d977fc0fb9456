"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written super-resolution loop printing as zhaozw-szu/SR ``train.py``: per epoch a tqdm
bar (``ncols=80``, total = the training-set size less the last partial batch) described
``epoch: 0/3`` whose postfix is the running average loss (``set_postfix(loss='{:.6f}')``) and
which counts samples, then ``eval psnr: 21.34``; at the end ``best epoch: 2, psnr: 24.51``.
Here: 8x8 digit images downsampled to 4x4 and a small convolutional upsampler, MSE, Adam, 4
epochs of 5 batches.

Truth: the bar's ``loss`` states (each postfix state once) at the epoch its description
states, ``eval/psnr`` (the line's leading ``eval``) at the epoch of the bar above it. The
closing best-epoch line repeats a PSNR: optional.
"""

from _toy import digit_images
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import math

    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from tqdm import tqdm

    class AverageMeter:
        def __init__(self):
            self.val = self.avg = self.sum = self.count = 0

        def update(self, val, n=1):
            self.val = val
            self.sum += val * n
            self.count += n
            self.avg = self.sum / self.count

    def calc_psnr(a, b):
        return 10.0 * math.log10(1.0 / F.mse_loss(a, b).item())

    imgs, _ = digit_images(seed=9)
    hr = (imgs + 1) / 2
    lr = F.avg_pool2d(hr, 2)
    train_hr, train_lr, eval_hr, eval_lr = hr[:80], lr[:80], hr[1000:1200], lr[1000:1200]
    torch.manual_seed(9)
    model = nn.Sequential(nn.Upsample(scale_factor=2, mode="nearest"), nn.Conv2d(1, 16, 3, padding=1),
                          nn.ReLU(), nn.Conv2d(16, 1, 3, padding=1))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    truth = Truth()
    bs, num_epochs = 16, 4
    best_epoch, best_psnr = 0, 0.0
    for epoch in range(num_epochs):
        epoch_losses = AverageMeter()
        with tqdm(total=(len(train_hr) - len(train_hr) % bs), ncols=80) as t:
            t.set_description('epoch: {}/{}'.format(epoch, num_epochs - 1))
            for i in range(0, len(train_hr), bs):
                inputs, labels = train_lr[i:i + bs], train_hr[i:i + bs]
                loss = F.mse_loss(model(inputs), labels)
                epoch_losses.update(loss.item(), len(inputs))
                opt.zero_grad()
                loss.backward()
                opt.step()
                t.set_postfix(loss='{:.6f}'.format(epoch_losses.avg))
                truth.add(at=epoch, loss=epoch_losses.avg)
                t.update(len(inputs))
        with torch.no_grad():
            psnr = calc_psnr(model(eval_lr).clamp(0.0, 1.0), eval_hr)
        print('eval psnr: {:.2f}'.format(psnr))
        truth.add(at=epoch, **{"eval/psnr": psnr})
        if psnr > best_psnr:
            best_epoch, best_psnr = epoch, psnr
    print('best epoch: {}, psnr: {:.2f}'.format(best_epoch, best_psnr))
    truth.allow(psnr=best_psnr)
    truth.write("the script's running-average batch losses and evaluation PSNRs",
                libraries=("torch", "tqdm"), rel=1e-4, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"srres": run}, root=HELDOUT45)
