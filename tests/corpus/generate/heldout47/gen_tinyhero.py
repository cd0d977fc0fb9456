"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written DDPM loop printing as Risad-Raihan/mini_difussion_DDPM ``train_ddpm.py``: per
epoch a tqdm bar ``tqdm(loader, desc=f"Epoch {epoch}/{config.num_epochs}")`` with
``pbar.set_postfix({"loss": loss.item()})`` after each batch, a sampling pass without output,
and ``Training complete!``. Here: an MLP noise predictor on sklearn's digits (for the sprite
images and the U-Net-lite), batches of 150, 3 epochs.

Truth: ``loss`` (each batch's loss as its postfix shows it, each state once) at the epoch of the
bar's description (``Epoch 2/3``: step 2). tqdm shows three significant digits, hence the
relative tolerance of 5e-3.
"""

from _toy import batches, digits
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from tqdm import tqdm

    Xtr, _, _, _, _, _ = digits(seed=9, scale01=True)
    Xtr = Xtr * 2 - 1
    torch.manual_seed(9)
    T, num_epochs = 200, 3
    model = nn.Sequential(nn.Linear(65, 128), nn.SiLU(), nn.Linear(128, 64))
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-4 * 5)
    abar = torch.cumprod(1 - torch.linspace(1e-4, 0.02, T), 0)
    truth = Truth()
    for epoch in range(1, num_epochs + 1):
        loader = list(batches(Xtr, None, 150, epoch))
        pbar = tqdm(loader, desc=f"Epoch {epoch}/{num_epochs}")
        for x0 in pbar:
            t = torch.randint(1, T, (len(x0),))
            noise = torch.randn_like(x0)
            a = abar[t][:, None]
            x_t = a.sqrt() * x0 + (1 - a).sqrt() * noise
            loss = F.mse_loss(model(torch.cat([x_t, t[:, None] / T], 1)), noise)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            pbar.set_postfix({"loss": loss.item()})
            truth.add(at=epoch, loss=loss.item())
    print("Training complete!")
    truth.write("the script's batch losses as set_postfix gets them", libraries=("torch", "tqdm"),
                rel=5e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"tinyhero": run}, root=HELDOUT47)
