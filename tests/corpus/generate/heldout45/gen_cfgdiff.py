"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written class-conditional diffusion loop printing as far9100/mnist-diffusion
``src/experiments/train_cifar.py``: ``Using device: cpu | dataset=cifar10 classes=10``, ``Model
parameters: 4,938``, per epoch a tqdm bar over the loader described ``Epoch 1/3`` with the
batch loss as postfix (``set_postfix(loss=f"{loss.item():.4f}")``), then ``Epoch 1 — avg loss:
0.8123``; at the end ``Training complete. Saved to checkpoints/cifar10_cfg.pt``. Here: a small
MLP noise predictor with label dropout to a null class on the digits (64 pixels), linear beta
schedule of 100 steps, 3 epochs of 6 batches; no sampling or checkpoint files.

Truth: the bar's ``loss`` states at the epoch its description states, ``avg loss`` at the
printed epoch. The device line's ``dataset`` and ``classes`` are configuration (params); the
parameter count is no metric.
"""

from _toy import digit_images
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    imgs, labels = digit_images(seed=21)
    X, Y = imgs.view(-1, 64)[:192], labels[:192]
    T, num_classes = 100, 10
    betas = torch.linspace(1e-4, 0.05, T)
    abar = torch.cumprod(1 - betas, 0)
    torch.manual_seed(21)

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(num_classes + 1, 16)
            self.net = nn.Sequential(nn.Linear(64 + 16 + 1, 48), nn.SiLU(), nn.Linear(48, 64))

        def forward(self, x, t, y):
            return self.net(torch.cat([x, self.emb(y), t[:, None].float() / T], 1))

    model = Net()
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    print(f"Using device: {torch.device('cpu')} | dataset=cifar10 classes={num_classes}")
    print(f"Model parameters: {sum(p.numel() for p in model.parameters()):,}")
    truth = Truth()
    epochs, bs = 3, 32
    g = torch.Generator().manual_seed(0)
    for epoch in range(1, epochs + 1):
        total = 0.0
        order = torch.randperm(len(X), generator=g)
        loader = [(X[order[i:i + bs]], Y[order[i:i + bs]]) for i in range(0, len(X), bs)]
        pbar = tqdm(loader, desc=f"Epoch {epoch}/{epochs}")
        for images, labs in pbar:
            drop = torch.rand(len(images)) < 0.1
            labs = torch.where(drop, torch.full_like(labs, num_classes), labs)
            t = torch.randint(0, T, (len(images),))
            noise = torch.randn_like(images)
            x_t = abar[t].sqrt()[:, None] * images + (1 - abar[t]).sqrt()[:, None] * noise
            loss = nn.functional.mse_loss(model(x_t, t, labs), noise)
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item()
            pbar.set_postfix(loss=f"{loss.item():.4f}")
            truth.add(at=epoch, loss=loss.item())
        print(f"Epoch {epoch} — avg loss: {total/len(loader):.4f}")
        truth.add(at=epoch, **{"avg loss": total / len(loader)})
    print("Training complete. Saved to checkpoints/cifar10_cfg.pt")
    truth.write("the script's batch losses and epoch mean losses", libraries=("torch", "tqdm"),
                params={"dataset": "cifar10", "classes": num_classes}, rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cfgdiff": run}, root=HELDOUT45)
