"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

A denoising-diffusion training loop printing as 6315481/SimpleDiffusionModel
``train_mnist.py``: every 50th batch ``f'Epoch [{epoch+1}/{epochs}], Time: {t[0].item() / T},
Loss: {loss.item():.4f}'``, where ``Time`` is the sampled diffusion step over ``T`` (one
timestep for the whole batch), printed unrounded. Here: a small MLP noise predictor on
sklearn's 8x8 digits, T = 100 with a linear beta schedule, 6 epochs, a line every 4th batch.

Truth: ``Loss`` (the batch MSE of the predicted noise) at the printed epoch. ``Time`` is no
training metric (a random draw) but reads like one: optional.
"""

from _toy import batches, digits
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, _, _, _, _, _ = digits(seed=6)
    Xtr = (Xtr - Xtr.min()) / (Xtr.max() - Xtr.min())
    torch.manual_seed(6)
    T = 100
    beta = torch.linspace(10e-4, 0.02, T)
    alpha_bar = torch.cumprod(1 - beta, 0)
    model = nn.Sequential(nn.Linear(65, 128), nn.SiLU(), nn.Linear(128, 64))
    criterion = nn.MSELoss(reduction='mean')
    optimizer = torch.optim.Adam(model.parameters(), lr=0.002)
    truth = Truth()
    epochs = 6
    for epoch in range(epochs):
        for i, (X_batch, _) in enumerate(batches(Xtr, torch.zeros(len(Xtr)), 64, epoch)):
            t = torch.randint(1, T, (1,)).expand(X_batch.shape[0])
            eps = torch.randn_like(X_batch)
            ab = alpha_bar[t].unsqueeze(1)
            X_diffused = ab.sqrt() * X_batch + (1 - ab).sqrt() * eps
            outputs = model(torch.cat([X_diffused, (t.float() / T).unsqueeze(1)], 1))
            loss = criterion(outputs, eps)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if i % 4 == 0:
                print(f'Epoch [{epoch+1}/{epochs}], Time: {t[0].item() / T}, Loss: {loss.item():.4f}')
                truth.add(at=epoch + 1, Loss=loss.item())
                truth.allow(Time=t[0].item() / T)
    truth.write("the loop's batch losses", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"ddpmmnist": run}, root=HELDOUT61)
