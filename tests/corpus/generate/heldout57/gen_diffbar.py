"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A small denoising-diffusion loop printing as rezaAdinepour/Deep-Learning-Homework
``HWs/HW6/Codes/Q2-Diffusion/train.py``: one ``tqdm.auto`` bar per epoch, described
``Epoch 0`` .. , its postfix set every step to ``loss`` and ``lr`` (tqdm's own number format).
Here: an MLP noise predictor on sklearn's 8x8 digits, a linear-beta DDPM forward process of 100
timesteps, AdamW with the cosine-with-warmup schedule, 3 epochs of 8 steps.

Truth: ``loss`` for every postfix state, at the epoch of the bar's description (0-based). The
scheduled ``lr`` beside it is optional.
"""

from _toy import digits
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import math

    import torch
    import torch.nn as nn
    from tqdm.auto import tqdm

    Xtr, _, _, _, _, _ = digits(seed=15)
    Xtr = Xtr[:640] / 3
    torch.manual_seed(15)
    T = 100
    betas = torch.linspace(1e-4, 0.02, T)
    abar = torch.cumprod(1 - betas, 0)
    model = nn.Sequential(nn.Linear(65, 128), nn.SiLU(), nn.Linear(128, 64))
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
    epochs, steps, warmup = 3, 8, 4
    total = epochs * steps

    def lr_lambda(s):
        if s < warmup:
            return s / max(1, warmup)
        progress = (s - warmup) / max(1, total - warmup)
        return max(0.0, 0.5 * (1.0 + math.cos(math.pi * 0.5 * 2.0 * progress)))

    lr_scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lr_lambda)
    truth = Truth()
    for epoch in range(epochs):
        progress_bar = tqdm(total=steps)
        progress_bar.set_description(f"Epoch {epoch}")
        order = torch.randperm(len(Xtr))
        for step in range(steps):
            clean = Xtr[order[step * 64:(step + 1) * 64]]
            noise = torch.randn(clean.shape)
            t = torch.randint(0, T, (clean.shape[0],))
            a = abar[t].unsqueeze(1)
            noisy = a.sqrt() * clean + (1 - a).sqrt() * noise
            pred = model(torch.cat([noisy, (t.float() / T).unsqueeze(1)], 1))
            loss = nn.functional.mse_loss(pred, noise)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            lr_scheduler.step()
            optimizer.zero_grad()
            progress_bar.update(1)
            logs = {"loss": loss.detach().item(), "lr": lr_scheduler.get_last_lr()[0]}
            progress_bar.set_postfix(**logs)
            truth.add(at=epoch, loss=logs["loss"])
            truth.allow(lr=logs["lr"])
        progress_bar.close()
    truth.write("the script's postfix losses per step", libraries=("torch", "tqdm"),
                rel=5e-3, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"diffbar": run}, root=HELDOUT57)
