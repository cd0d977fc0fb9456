"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A DDPM loop printing the lines of Qlher456/Diffusion ``README.md``'s training record (the output of
its ``Diffusion.py``): ``Epoch [e/E] Step [s/S] Loss: 0.9633`` at step 0 of the first epoch and of
every N-th epoch. Here: an MLP noise predictor on sklearn's digits in [-1, 1] with a linear beta
schedule (1e-4 to 0.02, 100 steps), Adam at 1e-3, 40 epochs of 10 batches, a line at steps 0 and 5
of epoch 1 and of every 4th epoch.

Truth: ``Loss`` (the batch's MSE) at the printed epoch (the line states the epoch and, inside it,
the batch; the epoch is the step).
"""

from _toy import batches, digits
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, ytr, _, _, _, _ = digits(seed=89, scale=False)
    T = 100
    beta = torch.linspace(1e-4, 0.02, T)
    abar = torch.cumprod(1 - beta, 0)
    torch.manual_seed(89)
    model = nn.Sequential(nn.Linear(65, 128), nn.ReLU(), nn.Linear(128, 64))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    num_epochs = 40
    truth = Truth()
    nb = (len(Xtr) + 119) // 120
    for epoch in range(num_epochs):
        for i, (x, _) in enumerate(batches(Xtr, ytr, 120, epoch)):
            x = x * 2 - 1
            t = torch.randint(0, T, (x.size(0),))
            noise = torch.randn_like(x)
            a = abar[t].unsqueeze(1)
            pred = model(torch.cat([a.sqrt() * x + (1 - a).sqrt() * noise, t.unsqueeze(1) / T], 1))
            loss = ((pred - noise) ** 2).mean()
            opt.zero_grad(); loss.backward(); opt.step()
            if (epoch == 0 or (epoch + 1) % 4 == 0) and i % 5 == 0:
                print(f"Epoch [{epoch + 1}/{num_epochs}] Step [{i}/{nb}] Loss: {loss.item():.4f}")
                truth.add(at=epoch + 1, Loss=loss.item())
    truth.write("the script's batch losses", libraries=("torch",), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"ddpmreadme": run}, root=HELDOUT49)
