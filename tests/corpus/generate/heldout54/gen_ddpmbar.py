"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

A small DDPM printing as leondgarse/learning ``diffusion/README.md`` (its training block): per
epoch ``"Epoch {}/{}, lr: {}".format(epoch_id + 1, epochs, lr)`` (the warm-up/cosine learning
rate, unformatted), then a ``tqdm`` bar with ``bar_format = "{n_fmt}/{total_fmt} [{bar:30}] -
ETA: {elapsed}<{remaining} {rate_fmt}{postfix}{desc}"`` and ``ascii=".>>="``, whose ``desc`` is
set to ``" - loss: {:.4f}".format(avg_loss / (batch + 1))`` (the running mean) followed by
``refresh()`` after every batch, an empty ``print("")`` after the epoch, and at the end
``print(hists)``, the dict of per-epoch learning rates and losses. The original trains a U-Net
on CIFAR-10 for 100 epochs; here an MLP noise predictor on 2-D two-moons points, 4 batches per
epoch, 5 epochs, warm-up over 2 epochs.

Truth: each drawn ``loss`` (the running mean after each batch) at the epoch of the ``Epoch N/M``
line above its bar (the bar's text names no phase). The final dict repeats the epoch losses and
holds the learning rates: optional.
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import math

    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.datasets import make_moons
    from tqdm import tqdm

    X, _ = make_moons(512, noise=0.05, random_state=18)
    X = torch.tensor(X, dtype=torch.float32)
    torch.manual_seed(18)
    T = 50
    betas = torch.linspace(1e-4, 0.05, T)
    abar = torch.cumprod(1 - betas, 0)
    eps_model = nn.Sequential(nn.Linear(3, 64), nn.SiLU(), nn.Linear(64, 64), nn.SiLU(),
                              nn.Linear(64, 2))
    learning_rate, epochs = 1e-2, 5
    optimizer = torch.optim.AdamW(eps_model.parameters(), lr=learning_rate, weight_decay=1e-4)

    def ddpm_loss(x0):
        t = torch.randint(0, T, (len(x0),))
        noise = torch.randn_like(x0)
        a = abar[t].unsqueeze(1)
        xt = a.sqrt() * x0 + (1 - a).sqrt() * noise
        return nn.functional.mse_loss(eps_model(torch.cat([xt, t.unsqueeze(1) / T], 1)), noise)

    def cosine_with_warmup_lr(it, learning_rate=6e-4, warmup_iters=3, lr_decay_iters=30,
                              min_lr=1e-6):
        if it < warmup_iters:
            return learning_rate * it / warmup_iters
        if it > lr_decay_iters:
            return min_lr
        decay_ratio = (it - warmup_iters) / (lr_decay_iters - warmup_iters)
        coeff = 0.5 * (1.0 + math.cos(math.pi * decay_ratio))
        return min_lr + coeff * (learning_rate - min_lr)

    def lr_decay_func(step):
        return cosine_with_warmup_lr(step, learning_rate=learning_rate, warmup_iters=2,
                                     lr_decay_iters=epochs)

    hists = {"lr": [], "loss": []}
    bar_format = "{n_fmt}/{total_fmt} [{bar:30}] - ETA: {elapsed}<{remaining} {rate_fmt}{postfix}{desc}"
    truth = Truth()
    g = torch.Generator().manual_seed(18)
    for epoch_id in range(epochs):
        lr = lr_decay_func(epoch_id + 1)
        for param_group in optimizer.param_groups:
            param_group["lr"] = lr
        print("Epoch {}/{}, lr: {}".format(epoch_id + 1, epochs, lr))
        order = torch.randperm(len(X), generator=g)
        data_loader = [X[order[i:i + 128]] for i in range(0, len(X), 128)]
        process_bar = tqdm(enumerate(data_loader), total=len(data_loader), bar_format=bar_format,
                           ascii=".>>=")
        avg_loss = 0.0
        for batch, xx in process_bar:
            optimizer.zero_grad()
            loss = ddpm_loss(xx)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(eps_model.parameters(), max_norm=10.0)
            optimizer.step()
            avg_loss += loss.item()
            process_bar.desc = " - loss: {:.4f}".format(avg_loss / (batch + 1))
            process_bar.refresh()
            truth.add(at=epoch_id + 1, loss=avg_loss / (batch + 1))
        hists["lr"].append(lr)
        hists["loss"].append(avg_loss / (batch + 1))
        print("")
    print(hists)
    for v in hists["loss"]:
        truth.allow(loss=v)
    for v in hists["lr"]:
        truth.allow(lr=v)
    truth.write("the script's running mean loss", libraries=("torch", "tqdm"), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"ddpmbar": run}, root=HELDOUT54)
