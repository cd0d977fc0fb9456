"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written denoising diffusion model printing as TelevisionNinja/
Denoising-Diffusion-Probabilistic-Model ``src/Train.py``: one tqdm bar over the training steps
(``tqdm(initial=..., total=training_epochs)``), ``progress_bar.set_description(f'loss:
{total_loss:.5f}')`` each step (the loss summed over gradient accumulation), then
``progress_bar.update(1)``. Here: a small MLP noise predictor on 2-D points of a ring, 100
diffusion steps, two accumulation steps, 25 training steps.

Truth: each printed description state, ``loss`` (the description names no phase), no step
(the bar's count is no labelled step).
"""

from _toy import digits  # noqa: F401  (keeps the shared path set-up)
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import math

    import torch
    import torch.nn as nn
    from tqdm.auto import tqdm

    torch.manual_seed(21)
    steps_T = 100
    betas = torch.linspace(1e-4, 0.02, steps_T)
    alphas_bar = torch.cumprod(1 - betas, 0)
    net = nn.Sequential(nn.Linear(3, 64), nn.SiLU(), nn.Linear(64, 64), nn.SiLU(),
                        nn.Linear(64, 2))
    opt = torch.optim.Adam(net.parameters(), lr=1e-3, betas=(0.9, 0.99))

    def data(n):
        a = torch.rand(n) * 2 * math.pi
        return torch.stack([a.cos(), a.sin()], 1) + 0.05 * torch.randn(n, 2)

    def model(x0):
        t = torch.randint(0, steps_T, (len(x0),))
        eps = torch.randn_like(x0)
        ab = alphas_bar[t][:, None]
        xt = ab.sqrt() * x0 + (1 - ab).sqrt() * eps
        return nn.functional.mse_loss(net(torch.cat([xt, t[:, None] / steps_T], 1)), eps)

    truth = Truth()
    training_epochs, accumulate, current = 25, 2, 0
    with tqdm(initial=current, total=training_epochs) as progress_bar:
        while current < training_epochs:
            opt.zero_grad()
            total_loss = 0
            for _ in range(accumulate):
                loss = model(data(128)) / accumulate
                total_loss += loss.item()
                loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 1)
            opt.step()
            progress_bar.set_description(f'loss: {total_loss:.5f}')
            truth.add(loss=total_loss)
            current += 1
            progress_bar.update(1)
    truth.write("the script's accumulated step losses", libraries=("torch", "tqdm"), rel=1e-3,
                abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"ddpmninja": run}, root=HELDOUT43)
