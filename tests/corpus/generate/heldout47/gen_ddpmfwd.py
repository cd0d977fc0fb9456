"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written DDPM loop printing as Xxytreza/GenAI ``train_ddpm.py``: ``train_epoch`` shows a
tqdm bar ``tqdm(dataloader, desc="Training")`` with ``pbar.set_postfix({'loss':
f'{loss.item():.4f}'})`` (a pre-formatted string) at each batch; ``p_sample_loop`` shows a
``Sampling`` bar over the timesteps; ``visualize_samples`` prints ``Saved samples to
generated_samples.png``. The file read has no driver: ours calls ``train_epoch`` for 3 epochs
without printing anything between them, then samples once. Here: an MLP noise predictor on
sklearn's digits (for the U-Net on MNIST), 100 diffusion steps, batches of 150.

Truth: ``train/loss`` (the bar described ``Training``) for each batch as its postfix shows it,
each state once, without a step (the bar names no epoch and the driver prints none).
"""

from _toy import batches, digits
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from tqdm import tqdm

    Xtr, _, _, _, _, _ = digits(seed=16, scale01=True)
    Xtr = Xtr * 2 - 1
    torch.manual_seed(16)
    T = 100
    betas = torch.linspace(1e-4, 0.02 * 10, T).clamp(max=0.2)
    alphas = 1 - betas
    abar = torch.cumprod(alphas, 0)
    model = nn.Sequential(nn.Linear(65, 128), nn.SiLU(), nn.Linear(128, 64))
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)
    predict = lambda x, t: model(torch.cat([x, t[:, None].float() / T], 1))
    truth = Truth()

    def train_epoch(dataloader):
        total_loss, num_batches = 0.0, 0
        pbar = tqdm(dataloader, desc="Training")
        for images in pbar:
            t = torch.randint(0, T, (len(images),))
            noise = torch.randn_like(images)
            a = abar[t][:, None]
            loss = F.mse_loss(predict(a.sqrt() * images + (1 - a).sqrt() * noise, t), noise)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total_loss += loss.item()
            num_batches += 1
            pbar.set_postfix({'loss': f'{loss.item():.4f}'})
            truth.add(**{"train/loss": loss.item()})
        return total_loss / num_batches

    for epoch in range(3):
        train_epoch(list(batches(Xtr, None, 150, epoch)))
    x = torch.randn(16, 64)
    with torch.no_grad():
        for t_val in tqdm(reversed(range(T)), desc="Sampling", total=T):
            t = torch.full((16,), t_val)
            mean = (x - betas[t_val] / (1 - abar[t_val]).sqrt() * predict(x, t)) / alphas[t_val].sqrt()
            x = mean if t_val == 0 else mean + betas[t_val].sqrt() * torch.randn_like(x)
    print("Saved samples to generated_samples.png")
    truth.write("the script's batch losses as set_postfix gets them", libraries=("torch", "tqdm"),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"ddpmfwd": run}, root=HELDOUT47)
