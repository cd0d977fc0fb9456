"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written PyTorch regression printing as Kenta426/heteroscedastic_robust_regression
``train_loop.py``: a tqdm bar over the epochs (no description), and every 100th epoch
``print('{:<4}: loss={:03f}'.format(e, loss.data))`` for the fixed-distribution fit and
``print('{:<4}: loss={:03f}  alpha={:03f}  scale={:03f}'.format(...))`` for the adaptive robust
loss (0-dimensional tensors formatted through ``{:03f}``: six decimals). Here: a line with
heteroscedastic, outlier-contaminated noise, ``nn.Linear(1, 1)``, 800 epochs of Adam for each of
the two fits; the fixed fit uses a Cauchy negative log-likelihood, the adaptive one our own
general robust loss (Barron's rho with a learnt shape ``alpha`` in (0, 2) and ``scale``, plus
log scale; the partition function left out).

Truth: ``loss`` of every printed line at the epoch that opens it (a bare leading counter, taken
as the step); the two fits share the name, each at its own epochs. ``alpha`` and ``scale`` are
learnt parameters, optional.
"""

from _toy import batches  # noqa: F401
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import numpy as np
    import torch
    from tqdm import tqdm

    rng = np.random.default_rng(426)
    torch.manual_seed(426)
    x = rng.uniform(-2, 2, 200)
    noise = rng.normal(0, 0.2 + 0.3 * np.abs(x))
    outliers = rng.random(200) < 0.1
    noise[outliers] += rng.normal(0, 5, int(outliers.sum()))
    y = 1.5 * x - 0.5 + noise
    trX = torch.tensor(x, dtype=torch.float32)[:, None]
    trY = torch.tensor(y, dtype=torch.float32)
    truth = Truth()

    def cauchy_nll(y_hat, target):
        return torch.log1p((y_hat - target) ** 2)

    model = torch.nn.Linear(1, 1)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    for e in tqdm(range(800)):
        y_hat = model(trX).view(-1)
        loss = torch.mean(cauchy_nll(y_hat, trY))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if np.mod(e, 100) == 0:
            print('{:<4}: loss={:03f}'.format(e, loss.data))
            truth.add(at=e, loss=loss.item())

    model = torch.nn.Linear(1, 1)
    a_raw = torch.nn.Parameter(torch.tensor(2.0))
    s_raw = torch.nn.Parameter(torch.tensor(0.0))
    optimizer = torch.optim.Adam(list(model.parameters()) + [a_raw, s_raw], lr=0.01)
    alpha_f = lambda: 0.001 + 1.998 * torch.sigmoid(a_raw)
    scale_f = lambda: 1e-3 + torch.nn.functional.softplus(s_raw)
    for e in tqdm(range(800)):
        alpha, scale = alpha_f(), scale_f()
        r = (model(trX).view(-1) - trY) / scale
        b = torch.abs(alpha - 2)
        rho = b / alpha * ((r ** 2 / b + 1) ** (alpha / 2) - 1)
        loss = torch.mean(rho + torch.log(scale))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if np.mod(e, 100) == 0:
            print('{:<4}: loss={:03f}  alpha={:03f}  scale={:03f}'.format(
                e, loss.data, alpha_f().data, scale_f().data))
            truth.add(at=e, loss=loss.item())
            truth.allow(alpha=alpha_f().item(), scale=scale_f().item())
    truth.write("the two fits' mean losses", libraries=("torch", "tqdm"), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"robustreg": run}, root=HELDOUT48)
