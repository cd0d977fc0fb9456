"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A 2-D denoising diffusion model (an MLP predicting the noise of a swiss roll, weighted MSE,
AdamW, cosine learning rate, gradient clipping), printing as notthats1mple/diffusion-toy-2d
``toy_diffusion_2d.py``: ``[Info] Using device: cpu``, ``[SmokeTest] passed 3 mini-steps ✅``,
then from its ``training_loop`` generator, every ``log_every`` steps,
``f"[step {step:6d}] loss={loss.item():.6f}  sigma∈[{smin:.4g},{smax:.4g}]
lr={scheduler.get_last_lr()[0]:.2e}"`` and every ``ckpt_every`` steps ``f"[Checkpoint] saved to
{ckpt_path} at step {step}"`` (the file is not written here). As in ``main()``: a warm-up run
(log every 20, checkpoint every 200, anomaly detection on), then a longer run on the same model
(log every 50). Here: 2000 swiss-roll points, batches of 256, hidden sizes (64, 128, 128, 64),
400 warm-up steps and 1000 long steps (the file's 20000 scaled down), no plots.

Truth: ``loss`` at the printed step, for both runs (each counts its steps from 0). The
``sigma∈[min,max]`` pair (the batch's noise levels) is optional as ``sigma``.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import math
    from types import SimpleNamespace

    import numpy as np
    import torch
    import torch.nn as nn

    truth = Truth()
    device = "cpu"
    np.random.seed(0)
    torch.manual_seed(0)
    print(f"[Info] Using device: {device}")

    def make_swissroll(theta_start=np.pi / 2, theta_end=5 * np.pi, n_points=100):
        theta = np.linspace(theta_start, theta_end, n_points)
        r = np.linspace(0.05, 1.0, n_points)
        pts = np.stack([r * np.cos(theta), r * np.sin(theta)], axis=1).astype(np.float32)
        return torch.from_numpy(pts)

    class Schedule:
        def __init__(self, sigmas):
            self.sigmas = sigmas.float()

        def __len__(self):
            return self.sigmas.shape[0]

        def sample_batch(self, x0):
            B = x0.shape[0]
            idx = torch.randint(len(self), (B,))
            return self.sigmas[idx].to(x0).view(B, 1)

    class ScheduleLogLinear(Schedule):
        def __init__(self, N, sigma_min, sigma_max):
            smin = torch.tensor(sigma_min, dtype=torch.float32)
            smax = torch.tensor(sigma_max, dtype=torch.float32)
            super().__init__(torch.logspace(torch.log10(smax), torch.log10(smin), steps=N))

    def get_sigma_embeds(sigma):
        s = torch.clamp(sigma.view(-1, 1), min=1e-12)
        half_log = 0.5 * torch.log(s)
        return torch.cat([torch.sin(half_log), torch.cos(half_log)], dim=1)

    class TimeInputMLP(nn.Module):
        def __init__(self, dim, hidden_dims):
            super().__init__()
            dims = [dim + 2] + list(hidden_dims) + [dim]
            layers = []
            for in_dim, out_dim in zip(dims[:-1], dims[1:]):
                layers.append(nn.Linear(in_dim, out_dim))
                if out_dim != dim:
                    layers.append(nn.SiLU())
            self.net = nn.Sequential(*layers)

        def forward(self, x, sigma):
            return self.net(torch.cat([x, get_sigma_embeds(sigma)], dim=1))

    def generate_train_sample(x0, schedule):
        return schedule.sample_batch(x0), torch.randn_like(x0)

    def mse_weighted(eps_hat, eps, sigma, eps2=1e-4):
        w = 1.0 / (sigma.view(-1) ** 2 + eps2)
        return (w * ((eps_hat - eps) ** 2).sum(dim=1)).mean()

    class Loader:
        def __init__(self, dataset, batch_size):
            self.dataset, self.batch_size = dataset, batch_size

        def __iter__(self):
            order = torch.randperm(len(self.dataset))
            for i in range(0, len(order), self.batch_size):
                yield self.dataset[order[i:i + self.batch_size]]

    @torch.no_grad()
    def smoke_test(model, loader, schedule, steps=3):
        seen = 0
        for x0 in loader:
            sigma, eps = generate_train_sample(x0, schedule)
            model(x0 + sigma * eps, sigma)
            seen += 1
            if seen >= steps:
                break
        print(f"[SmokeTest] passed {seen} mini-steps ✅")

    def training_loop(loader, model, schedule, epochs=20000, lr=3e-4, weight_decay=1e-4,
                      clip_grad=1.0, max_steps=None, log_every=50, ckpt_every=2000,
                      ckpt_path="ckpt.pt", debug=False):
        torch.autograd.set_detect_anomaly(debug)
        opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=weight_decay)
        steps_per_epoch = max(1, math.ceil(len(loader.dataset) / loader.batch_size))
        total_steps = (epochs * steps_per_epoch) if max_steps is None else max(max_steps, 10)
        scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=total_steps,
                                                               eta_min=lr * 0.1)
        step = 0
        model.train()
        for epoch in range(epochs):
            for x0 in loader:
                opt.zero_grad(set_to_none=True)
                sigma, eps = generate_train_sample(x0, schedule)
                eps_hat = model(x0 + sigma * eps, sigma)
                loss = mse_weighted(eps_hat, eps, sigma)
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=clip_grad)
                opt.step()
                scheduler.step()
                if step % log_every == 0:
                    smin = sigma.min().item()
                    smax = sigma.max().item()
                    print(f"[step {step:6d}] loss={loss.item():.6f}  sigma∈[{smin:.4g},{smax:.4g}]  "
                          f"lr={scheduler.get_last_lr()[0]:.2e}")
                    truth.add(at=step, loss=loss.item())
                    truth.allow(sigma=smin)
                    truth.allow(sigma=smax)
                if ckpt_every and step > 0 and step % ckpt_every == 0:
                    print(f"[Checkpoint] saved to {ckpt_path} at step {step}")
                yield SimpleNamespace(loss=loss.detach(), step=step, epoch=epoch)
                step += 1
                if max_steps is not None and step >= max_steps:
                    return

    dataset = make_swissroll(np.pi / 2, 5 * np.pi, 2000)
    loader = Loader(dataset, 256)
    schedule = ScheduleLogLinear(N=400, sigma_min=0.002, sigma_max=2.0)
    model = TimeInputMLP(dim=2, hidden_dims=(64, 128, 128, 64))
    smoke_test(model, loader, schedule, steps=3)
    trainer = training_loop(loader, model, schedule, epochs=999999, lr=3e-4, weight_decay=1e-4,
                            clip_grad=1.0, max_steps=400, log_every=20, ckpt_every=200,
                            ckpt_path="warm_ckpt.pt", debug=True)
    warm_losses = [ns.loss.item() for ns in trainer]
    trainer = training_loop(loader, model, schedule, epochs=999999, lr=3e-4, weight_decay=1e-4,
                            clip_grad=1.0, max_steps=1000, log_every=50, ckpt_every=2000,
                            ckpt_path="long_ckpt.pt", debug=False)
    losses = [ns.loss.item() for ns in trainer]
    assert len(warm_losses) == 400 and len(losses) == 1000
    truth.write("the loss tensor's item() at each logged step", libraries=("torch",),
                rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"difftoy": run}, root=HELDOUT59)
