"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

A physics-informed network trained as in seanpln/simple-pinn-pde-solver ``fitting.jl``
(``fit!``): a progress bar over the epochs whose description is set every epoch to ``losses.
residual: 0.12345, boundary: 0.00123`` (``@sprintf("losses. residual: %.5f, boundary: %.5f",
...)``). The original is Julia with ProgressBars.jl; Python's tqdm (``set_description``, which
redraws at once) stands in for it. Here: u'' = -pi^2 sin(pi x) on [0, 1] with u(0) = u(1) = 0,
a 1-16-16-1 tanh network in PyTorch, Adam (the original's own Adam, lr 0.01), 12 epochs of one
full-batch step on 32 collocation points.

Truth: ``residual`` and ``boundary`` (the mean squared PDE residual and boundary error of each
epoch, as set in the description), without a step (the bar's counter is no step of its own).
"""

from _toy import mlp  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import math

    import torch
    import torch.nn as nn
    from tqdm import tqdm

    torch.manual_seed(20)
    net = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 16), nn.Tanh(),
                        nn.Linear(16, 1))
    opt = torch.optim.Adam(net.parameters(), lr=0.01, betas=(0.99, 0.999), eps=1e-9)
    res_samples = torch.linspace(0.02, 0.98, 32).unsqueeze(1)
    bdr_samples = torch.tensor([[0.0], [1.0]])
    truth = Truth()
    epochs = 12
    progress = tqdm(range(1, epochs + 1))
    for epoch in progress:
        x = res_samples.clone().requires_grad_(True)
        u = net(x)
        du = torch.autograd.grad(u.sum(), x, create_graph=True)[0]
        d2u = torch.autograd.grad(du.sum(), x, create_graph=True)[0]
        f = -(math.pi ** 2) * torch.sin(math.pi * x)
        res_loss = ((d2u - f) ** 2).mean()
        bdr_loss = (net(bdr_samples) ** 2).mean()
        opt.zero_grad()
        (res_loss + bdr_loss).backward()
        opt.step()
        progress.set_description("losses. residual: %.5f, boundary: %.5f"
                                 % (res_loss.item(), bdr_loss.item()))
        truth.add(residual=res_loss.item(), boundary=bdr_loss.item())
    truth.write("the fit's residual and boundary losses", libraries=("torch", "tqdm"),
                rel=1e-4, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"pinnbar": run}, root=HELDOUT51)
