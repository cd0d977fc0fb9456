"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

A brain-to-latent regression loop printing as 99ninew/ReMindAR ``train_autoencoder.py`` (the
MindEye "voxel2sd" autoencoder trainer): ``Creating voxel2sd...``, ``Pulling NSD webdataset
data...``, ``Prepping train and validation dataloaders...``, ``\\nDone with model
preparations!``, then one tqdm bar over the epochs (``ncols=150``) whose postfix is set after
every batch to ``OrderedDict(train_loss=<mean of the epoch's batch losses so far>,
val_loss=np.nan, lr=<current lr>)`` and after validation to the same with the real
``val_loss``; a debug ``print(image_enc_pred.shape)`` (``torch.Size([...])``) after every
training batch; then ``saving .../best.pth`` or ``f'not best - val_loss: {val_loss:.3f},
best_val_loss: {best_val_loss:.3f}'``, ``f'not best - val_ssim: {val_ssim:.3f}, best_ssim:
{best_ssim:.3f}'`` (no reconstruction is scored, so the SSIM stays 0), ``saving .../last.pth``,
and ``print(logs)``, a dict of NumPy floats and plain floats (``{'train/loss':
np.float64(...), 'val/loss': ..., 'train/lr': ..., 'train/num_steps': 6, ...}``). Here: random
"voxels" regressed onto a fixed random linear "latent" of toy images with an MLP, L1 loss plus
0.1 times a soft contrastive loss, AdamW with OneCycleLR, 3 epochs of 2 batches, a validation
of one batch. (The script's ``utils.count_params`` output is not reproduced.)

Truth: ``train_loss`` and ``val_loss``, once per postfix state (``nan`` while the epoch's
validation has not run: the state shows it), with ``lr`` optional; the ``not best -
val_loss`` line's value and the dict's ``val/loss`` are more points of ``val_loss`` (the same
name once ``_`` and ``/`` are equal), the dict's ``train/loss`` more points of ``train_loss``;
``val_ssim`` and the dict's ``train/loss_mse``, ``train/loss_reconst``, ``train/loss_cont``,
``train/loss_sobel``, ``val/loss_mse``, ``val/loss_reconst``, ``val/ssim``. ``best_val_loss``,
``best_ssim`` and ``train/lr`` optional; ``train/num_steps`` is a count. No line states an
epoch.
"""

import _toy  # noqa: F401  (puts the generators' folder on sys.path)
from _capture import HELDOUT61, Truth, main


def run() -> None:
    from collections import OrderedDict

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from tqdm import tqdm

    torch.manual_seed(99)
    truth = Truth()
    n_train, n_val, batch_size, num_epochs, in_dim = 96, 48, 48, 3, 40
    W = torch.randn(in_dim, 4 * 4 * 4) / in_dim ** 0.5
    voxels = torch.randn(n_train + n_val, in_dim)
    latents = (voxels @ W).view(-1, 4, 4, 4) + 0.1 * torch.randn(n_train + n_val, 4, 4, 4)
    print('Creating voxel2sd...')

    class Voxel2SD(nn.Module):
        def __init__(self):
            super().__init__()
            self.body = nn.Sequential(nn.Linear(in_dim, 128), nn.GELU())
            self.head = nn.Linear(128, 64)
            self.proj = nn.Linear(128, 16)

        def forward(self, x, return_transformer_feats=False):
            h = self.body(x)
            out = self.head(h).view(-1, 4, 4, 4)
            return (out, self.proj(h)) if return_transformer_feats else out

    voxel2sd = Voxel2SD()
    print('Pulling NSD webdataset data...')
    print('Prepping train and validation dataloaders...')
    optimizer = torch.optim.AdamW(voxel2sd.parameters(), lr=1e-3, weight_decay=1e-2)
    lr_scheduler = torch.optim.lr_scheduler.OneCycleLR(
        optimizer, max_lr=5e-3, total_steps=num_epochs * (n_train // batch_size),
        final_div_factor=1000, last_epoch=-1, pct_start=2 / num_epochs)
    print("\nDone with model preparations!")
    outdir = '../train_logs/models/autoencoder/'

    def save_ckpt(tag):
        print(f'saving {outdir}{tag}.pth')

    progress_bar = tqdm(range(0, num_epochs), ncols=150)
    losses, val_losses, lrs = [], [], []
    best_val_loss, best_ssim = 1e10, 0
    for epoch in progress_bar:
        voxel2sd.train()
        loss_mse_sum = loss_reconst_sum = loss_cont_sum = loss_sobel_sum = 0
        val_loss_mse_sum = val_loss_reconst_sum = val_ssim_score_sum = 0
        order = torch.randperm(n_train)
        for train_i in range(n_train // batch_size):
            j = order[train_i * batch_size:(train_i + 1) * batch_size]
            optimizer.zero_grad()
            image_enc = latents[j]
            image_enc_pred, feats = voxel2sd(voxels[j], return_transformer_feats=True)
            print(image_enc_pred.shape)
            z = F.normalize(feats, dim=-1)
            t = F.normalize(image_enc.flatten(1)[:, :16], dim=-1)
            cont_loss = F.cross_entropy(z @ t.T / 0.075, torch.arange(len(z)))
            mse_loss = F.l1_loss(image_enc_pred, image_enc)
            reconst_loss, sobel_loss = torch.tensor(0), torch.tensor(0)
            loss = mse_loss / 0.18215 + 2 * reconst_loss + 0.1 * cont_loss + 16 * sobel_loss
            loss_mse_sum += mse_loss.item()
            loss_reconst_sum += reconst_loss.item()
            loss_cont_sum += cont_loss.item()
            loss_sobel_sum += sobel_loss.item()
            losses.append(loss.item())
            lrs.append(optimizer.param_groups[0]['lr'])
            logs = OrderedDict(train_loss=np.mean(losses[-(train_i + 1):]), val_loss=np.nan,
                               lr=lrs[-1])
            progress_bar.set_postfix(**logs)
            truth.add(train_loss=logs["train_loss"], val_loss=float("nan"))
            truth.allow(lr=lrs[-1])
            loss.backward()
            optimizer.step()
            lr_scheduler.step()
        voxel2sd.eval()
        with torch.inference_mode():
            val_i = 0
            image_enc_pred = voxel2sd(voxels[n_train:])
            mse_loss = F.mse_loss(image_enc_pred, latents[n_train:])
            reconst_loss, ssim_score = torch.tensor(0), torch.tensor(0)
            val_loss_mse_sum += mse_loss.item()
            val_loss_reconst_sum += reconst_loss.item()
            val_ssim_score_sum += ssim_score.item()
            val_losses.append(mse_loss.item() + reconst_loss.item())
        logs = OrderedDict(train_loss=np.mean(losses[-(train_i + 1):]),
                           val_loss=np.mean(val_losses[-(val_i + 1):]), lr=lrs[-1])
        progress_bar.set_postfix(**logs)
        truth.add(train_loss=logs["train_loss"], val_loss=logs["val_loss"])
        truth.allow(lr=lrs[-1])

        val_loss = np.mean(val_losses[-(val_i + 1):])
        val_ssim = val_ssim_score_sum / (val_i + 1)
        if val_loss < best_val_loss:
            best_val_loss = val_loss
            save_ckpt('best')
        else:
            print(f'not best - val_loss: {val_loss:.3f}, best_val_loss: {best_val_loss:.3f}')
            truth.add(val_loss=val_loss)
            truth.allow(best_val_loss=best_val_loss)
        if val_ssim > best_ssim:
            best_ssim = val_ssim
            save_ckpt('best_ssim')
        else:
            print(f'not best - val_ssim: {val_ssim:.3f}, best_ssim: {best_ssim:.3f}')
            truth.add(val_ssim=val_ssim)
            truth.allow(best_ssim=best_ssim)
        save_ckpt('last')
        logs = {
            "train/loss": np.mean(losses[-(train_i + 1):]),
            "val/loss": np.mean(val_losses[-(val_i + 1):]),
            "train/lr": lrs[-1],
            "train/num_steps": len(losses),
            "train/loss_mse": loss_mse_sum / (train_i + 1),
            "train/loss_reconst": loss_reconst_sum / (train_i + 1),
            "train/loss_cont": loss_cont_sum / (train_i + 1),
            "train/loss_sobel": loss_sobel_sum / (train_i + 1),
            "val/loss_mse": val_loss_mse_sum / (val_i + 1),
            "val/loss_reconst": val_loss_reconst_sum / (val_i + 1),
            "val/ssim": val_ssim_score_sum / (val_i + 1),
        }
        print(logs)
        truth.add(train_loss=logs["train/loss"], val_loss=logs["val/loss"])
        truth.add(**{k: v for k, v in logs.items()
                     if k not in ("train/loss", "val/loss", "train/lr", "train/num_steps")})
        truth.allow(**{"train/lr": logs["train/lr"]})
    truth.write("the trainer's postfix states, its not-best lines and its epoch dicts",
                libraries=("torch", "tqdm", "numpy"), rel=5e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"voxel2sd": run}, root=HELDOUT61)
