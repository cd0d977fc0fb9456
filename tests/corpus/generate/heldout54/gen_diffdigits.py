"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

A denoising model printing as Andemand111/Specialkursus_diffusionmodel ``model.py``
(``Model.train``): a plain ``tqdm(dataloader)`` bar per epoch, then ``print(f"Epoch: {epoch}")``,
the epoch's mean loss on a line of its own with no label (``print(losses.mean().item())``) and
``Model saved!`` (no file here). The original's convolutional model predicts x0 from noisy 64x64
faces with a sinusoidal time encoding; here an MLP on sklearn's 8x8 digits with the same linear
beta schedule (200 steps) and time encoding, 6 batches of 64, 6 epochs.

Truth: no metric. None of the printed numbers has a label: the epoch counter is a step, and the
bare epoch means are optional (name ``loss``); this capture tests that nothing is invented.
"""

from _toy import batches, digits01
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    X, y = digits01(seed=19)
    X, y = X[:384], y[:384]
    torch.manual_seed(19)
    time_steps, time_dim = 200, 16
    beta = torch.linspace(1e-4, 0.02, time_steps)
    alpha_hat = torch.cumprod(1 - beta, 0)

    def time_encoding(t):
        freqs = torch.arange(0, time_dim, 2) * torch.pi / time_steps
        ang = t.unsqueeze(1) * freqs.unsqueeze(0)
        return torch.cat([torch.sin(ang), torch.cos(ang)], -1)

    model = nn.Sequential(nn.Linear(64 + time_dim, 128), nn.LeakyReLU(), nn.Linear(128, 64),
                          nn.Sigmoid())
    optimizer = torch.optim.Adam(model.parameters())
    cost = nn.MSELoss()
    truth = Truth()
    for epoch in range(6):
        dataloader = list(batches(X, y, 64, epoch))
        losses = torch.zeros(len(dataloader))
        for i, (x_0, _) in enumerate(tqdm(dataloader)):
            ts = torch.randint(0, time_steps - 1, (len(x_0),))
            a = alpha_hat[ts].view(-1, 1)
            x_t = a.sqrt() * x_0 + (1 - a).sqrt() * torch.randn_like(x_0)
            pred = model(torch.cat((x_t, time_encoding(ts)), 1))
            loss = cost(pred, x_0)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            losses[i] = loss.item()
        print(f"Epoch: {epoch}")
        print(losses.mean().item())
        print("Model saved!")
        truth.allow(loss=losses.mean().item())
    truth.write("nothing labelled; the bare epoch means as optional values",
                libraries=("torch", "tqdm"), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"diffdigits": run}, root=HELDOUT54)
