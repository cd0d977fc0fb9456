"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

Score-based generative training printing as samir539/finite_dim_model ``training.py``: a tqdm
bar over the epochs whose description is set after each epoch to ``Average Loss: 12.345678``
(``'Average Loss: {:5f}'``, so six decimals), nothing else. Here: the original's denoising
score-matching loss for the variance-exploding SDE (sigma = 25) with a small MLP score network
conditioned on Gaussian Fourier features of the time, on 2-D two-moons data instead of MNIST,
10 epochs of 8 mini-batches.

Truth: ``Average Loss`` (the epoch's sample-weighted mean loss) of each epoch, without a step
(the bar's counter is no step of its own).
"""

from _toy import mlp  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.datasets import make_moons
    from tqdm import tqdm

    torch.manual_seed(23)
    X, _ = make_moons(n_samples=512, noise=0.05, random_state=23)
    data = torch.tensor(X, dtype=torch.float32)
    sigma = 25.0

    def marginal_prob_std(t):
        return torch.sqrt((sigma ** (2 * t) - 1.) / 2. / np.log(sigma))

    class ScoreNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.W = nn.Parameter(torch.randn(16) * 30, requires_grad=False)
            self.net = nn.Sequential(nn.Linear(2 + 32, 64), nn.SiLU(), nn.Linear(64, 64),
                                     nn.SiLU(), nn.Linear(64, 2))

        def forward(self, x, t):
            proj = t[:, None] * self.W[None, :] * 2 * np.pi
            emb = torch.cat([torch.sin(proj), torch.cos(proj)], dim=-1)
            return self.net(torch.cat([x, emb], 1)) / marginal_prob_std(t)[:, None]

    def loss_fn(model, x, eps=1e-5):
        random_t = torch.rand(x.shape[0]) * (1. - eps) + eps
        z = torch.randn_like(x)
        std = marginal_prob_std(random_t)
        perturbed_x = x + z * std[:, None]
        score = model(perturbed_x, random_t)
        return torch.mean(torch.sum((score * std[:, None] + z) ** 2, dim=1))

    score_model = ScoreNet()
    optimizer = torch.optim.Adam(score_model.parameters(), lr=1e-3)
    truth = Truth()
    n_epochs, batch_size = 10, 64
    tqdm_epoch = tqdm(range(n_epochs))
    for epoch in tqdm_epoch:
        avg_loss = 0.
        num_items = 0
        perm = torch.randperm(len(data))
        for i in range(0, len(data), batch_size):
            x = data[perm[i:i + batch_size]]
            loss = loss_fn(score_model, x)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            avg_loss += loss.item() * x.shape[0]
            num_items += x.shape[0]
        tqdm_epoch.set_description('Average Loss: {:5f}'.format(avg_loss / num_items))
        truth.add(**{"Average Loss": avg_loss / num_items})
    truth.write("the epochs' mean denoising score-matching losses",
                libraries=("torch", "tqdm", "scikit-learn"), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"scoresde": run}, root=HELDOUT51)
