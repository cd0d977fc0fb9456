"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A denoising-diffusion loop printing as owenliang/pytorch-diffusion ``train.py``: after each
epoch ``print('epoch:{} loss={}'.format(epoch,last_loss))`` (the last batch's L1 loss, an
unformatted Python float, epochs counted from 0). Here: an MLP noise predictor on sklearn's digits
rows scaled to [-1, 1], 100 diffusion steps, 20 epochs of batches of 250.

Truth: ``loss`` (the last batch's L1 loss) at the printed 0-based epoch.
"""

from _toy import batches, digits
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, ytr, _, _, _, _ = digits(seed=5, scale=False)
    T = 100
    betas = torch.linspace(1e-4, 0.02, T)
    abar = torch.cumprod(1 - betas, 0)
    torch.manual_seed(5)
    model = nn.Sequential(nn.Linear(65, 128), nn.SiLU(), nn.Linear(128, 64))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    loss_fn = nn.L1Loss()
    truth = Truth()
    for epoch in range(20):
        last_loss = 0
        for batch_x, _ in batches(Xtr, ytr, 250, epoch):
            batch_x = batch_x * 2 - 1
            batch_t = torch.randint(0, T, (batch_x.size(0),))
            noise = torch.randn_like(batch_x)
            a = abar[batch_t].unsqueeze(1)
            x_t = a.sqrt() * batch_x + (1 - a).sqrt() * noise
            pred = model(torch.cat([x_t, batch_t.unsqueeze(1).float() / T], 1))
            loss = loss_fn(pred, noise)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            last_loss = loss.item()
        print('epoch:{} loss={}'.format(epoch, last_loss))
        truth.add(at=epoch, loss=last_loss)
    truth.write("the script's last-batch L1 losses", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"owenliang": run}, root=HELDOUT49)
