"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

A multinomial diffusion model printing as ehoogeboom/multinomial_diffusion
``segmentation_diffusion/experiment.py`` (with ``diffusion_utils/base.py``): ``Storing logs
in: {path}``, ``Storing checkpoints in: {path}``, then after every batch ``'Training. Epoch:
{}/{}, Datapoint: {}/{}, Bits/dim: {:.3f}'`` with ``end='\\r'`` (the running mean over the
datapoints so far) and ``print('')`` after the epoch; every ``eval_every`` epochs the same for
``Train evaluating.`` (over the training set) and ``     Evaluating.`` (over the evaluation
set, indented as in the original). Here: sklearn's digits binarised to 64 two-class pixels (a
stand-in for Cityscapes segmentation maps), 10 diffusion steps with uniform-noise transitions,
an MLP predicting x0 from x_t and t; its loss (cross-entropy of x0 in bits per pixel, a
stand-in for the original's ELBO); batches of 200, 4 epochs, evaluation every 2; logs path under
``./log``, no folders, TensorBoard or wandb.

Truth: every drawn state once: ``train/Bits/dim`` for ``Training.`` and ``Train evaluating.``
(both name the training set; leading word ``Train``), ``eval/Bits/dim`` for ``Evaluating.``, at
the printed epoch. ``Datapoint`` counts are no metrics.
"""

from _toy import digits
from _capture import HELDOUT50, Truth, main


def run() -> None:
    import math
    import os
    import time

    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from torch.utils.data import DataLoader

    torch.manual_seed(25)
    Xtr, _, Xva, _, _, _ = digits(seed=25, scale=False)
    train_data, eval_data = (Xtr > 0.5).long(), (Xva > 0.5).long()
    train_loader = DataLoader(train_data, batch_size=200, shuffle=True)
    eval_loader = DataLoader(eval_data, batch_size=200, shuffle=False)
    T, K, epochs, eval_every = 10, 2, 4, 2
    betas = torch.linspace(0.02, 0.5, T)
    alphas_bar = torch.cumprod(1 - betas, 0)

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.net = nn.Sequential(nn.Linear(64 * K + T, 128), nn.ReLU(), nn.Linear(128, 64 * K))

        def forward(self, x_t, t):
            inp = torch.cat([F.one_hot(x_t, K).float().flatten(1), F.one_hot(t, T).float()], 1)
            return self.net(inp).view(-1, 64, K)

    model = Model()
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)

    def elbo_bpd(model, x):
        t = torch.randint(0, T, (len(x),))
        keep = alphas_bar[t].view(-1, 1)
        probs = keep.unsqueeze(-1) * F.one_hot(x, K).float() + (1 - keep.unsqueeze(-1)) / K
        x_t = torch.distributions.Categorical(probs=probs).sample()
        logits = model(x_t, t)
        return F.cross_entropy(logits.reshape(-1, K), x.reshape(-1)) / math.log(2)

    name = time.strftime("%Y-%m-%d_%H-%M-%S")
    log_path = os.path.join('.', 'log', 'flow', 'binary_digits', 'multinomial_diffusion', 'adam', name)
    print("Storing logs in:", log_path)
    print("Storing checkpoints in:", os.path.join(log_path, 'check'))

    truth = Truth()
    for epoch in range(epochs):
        model.train()
        loss_sum, loss_count = 0.0, 0
        for x in train_loader:
            optimizer.zero_grad()
            loss = elbo_bpd(model, x)
            loss.backward()
            optimizer.step()
            loss_sum += loss.detach().cpu().item() * len(x)
            loss_count += len(x)
            print('Training. Epoch: {}/{}, Datapoint: {}/{}, Bits/dim: {:.3f}'.format(epoch+1, epochs, loss_count, len(train_loader.dataset), loss_sum/loss_count), end='\r')
            truth.add(at=epoch + 1, **{"train/Bits/dim": loss_sum / loss_count})
        print('')
        if (epoch + 1) % eval_every == 0:
            model.eval()
            with torch.no_grad():
                loss_sum, loss_count = 0.0, 0
                for x in train_loader:
                    loss = elbo_bpd(model, x)
                    loss_sum += loss.detach().cpu().item() * len(x)
                    loss_count += len(x)
                    print('Train evaluating. Epoch: {}/{}, Datapoint: {}/{}, Bits/dim: {:.3f}'.format(epoch+1, epochs, loss_count, len(train_loader.dataset), loss_sum/loss_count), end='\r')
                    truth.add(at=epoch + 1, **{"train/Bits/dim": loss_sum / loss_count})
                print('')
            with torch.no_grad():
                loss_sum, loss_count = 0.0, 0
                for x in eval_loader:
                    loss = elbo_bpd(model, x)
                    loss_sum += loss.detach().cpu().item() * len(x)
                    loss_count += len(x)
                    print('     Evaluating. Epoch: {}/{}, Datapoint: {}/{}, Bits/dim: {:.3f}'.format(epoch+1, epochs, loss_count, len(eval_loader.dataset), loss_sum/loss_count), end='\r')
                    truth.add(at=epoch + 1, **{"eval/Bits/dim": loss_sum / loss_count})
                print('')
    truth.write("the running mean bits per pixel at every drawn state", libraries=("torch",),
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"multidiff": run}, root=HELDOUT50)
