"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A hand-written PyTorch DDPM loop printing as IIT-DM/diffusion_model ``train.py``: on the first
batch of every 5th epoch ``f"Epoch {epoch} | step {step:03d} Loss: {loss.item()} "`` (an
unformatted float and a trailing space; the original then plots samples, left out here). Here:
a noise-prediction MLP on a 2-D two-moons cloud, 100 diffusion steps, Adam, 80 epochs of 8
batches.

Truth: ``Loss`` at the printed epoch (``step`` is the batch index, always 000 here).
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from sklearn.datasets import make_moons

    torch.manual_seed(16)
    data = torch.tensor(make_moons(512, noise=0.05, random_state=16)[0], dtype=torch.float32)
    dataloader = [(data[i:i + 64],) for i in range(0, 512, 64)]
    T, BATCH_SIZE = 100, 64
    betas = torch.linspace(1e-4, 0.02, T)
    alphas_bar = torch.cumprod(1 - betas, 0)
    model = nn.Sequential(nn.Linear(3, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(),
                          nn.Linear(64, 2))

    def get_loss(model, x0, t):
        noise = torch.randn_like(x0)
        ab = alphas_bar[t][:, None]
        xt = ab.sqrt() * x0 + (1 - ab).sqrt() * noise
        return F.mse_loss(model(torch.cat([xt, t[:, None].float() / T], 1)), noise)

    optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    truth = Truth()
    for epoch in range(80):
        for step, batch in enumerate(dataloader):
            optimizer.zero_grad()
            t = torch.randint(0, T, (BATCH_SIZE,)).long()
            loss = get_loss(model, batch[0], t)
            loss.backward()
            optimizer.step()
            if epoch % 5 == 0 and step == 0:
                print(f"Epoch {epoch} | step {step:03d} Loss: {loss.item()} ")
                truth.add(at=epoch, Loss=loss.item())
    truth.write("the script's first-batch losses", libraries=("torch", "scikit-learn"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"diffusion": run}, root=HELDOUT38)
