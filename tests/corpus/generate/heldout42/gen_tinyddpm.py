"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written diffusion loop printing as charles214chen/DDPM ``scripts/train_tiny_mnist.py``:
the arguments first, ``print(f"===> {k} : {v}")`` for each, then every iteration
``=====> iter: {iteration}, loss: {round(loss.item(), 6)}`` and every ``log_rate`` iterations
``---------> test loss: {round(test_loss, 6)}``. Here: a small class-conditional noise-prediction
MLP (DDPM, linear beta schedule, 100 timesteps) on 2-D points of two classes, Adam, 36
iterations, test every 12.

Truth: ``loss`` at the printed iteration; ``test loss`` (no step: its line states none) . The
arguments are ``params``. ``round(x, 6)``: tolerance 1e-6 relative, 5e-7 absolute.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT42, Truth, main


def run() -> None:
    import argparse

    import torch
    import torch.nn as nn

    args = argparse.Namespace(
        learning_rate=2e-3, batch_size=128, iterations=36, log_to_wandb=False, log_rate=12,
        checkpoint_rate=800, log_dir="./checkpoints/nano2", project_name="aigc-ddpm",
        run_name="tiny_points_ddpm", model_checkpoint=None, optim_checkpoint=None,
        schedule_low=1e-4, schedule_high=0.02, device=torch.device("cpu"), num_timesteps=100,
        schedule="linear", loss_type="l2", use_labels=True, base_channels=4,
        channel_mults=(1, 2), time_emb_dim=8, dropout=0.1, ema_decay=0.999)
    for k, v in args.__dict__.items():
        print(f"===> {k} : {v}")
    torch.manual_seed(16)
    g = torch.Generator().manual_seed(16)
    betas = torch.linspace(args.schedule_low, args.schedule_high, args.num_timesteps)
    abar = torch.cumprod(1 - betas, 0)

    def sample_data(n):
        y = torch.randint(0, 2, (n,), generator=g)
        ang = torch.rand(n, generator=g) * 6.28
        r = 1.0 + y.float()
        return torch.stack([r * torch.cos(ang), r * torch.sin(ang)], 1), y

    net = nn.Sequential(nn.Linear(2 + args.time_emb_dim + 2, 64), nn.SiLU(), nn.Linear(64, 2))

    def diffusion(x, y):
        t = torch.randint(0, args.num_timesteps, (len(x),), generator=g)
        noise = torch.randn(x.shape, generator=g)
        a = abar[t][:, None]
        xt = a.sqrt() * x + (1 - a).sqrt() * noise
        freqs = torch.arange(args.time_emb_dim // 2).float()
        temb = torch.cat([torch.sin(t[:, None] / 10 ** (freqs / 2)),
                          torch.cos(t[:, None] / 10 ** (freqs / 2))], 1)
        inp = torch.cat([xt, temb, nn.functional.one_hot(y, 2).float()], 1)
        return ((net(inp) - noise) ** 2).mean()

    optimizer = torch.optim.Adam(net.parameters(), lr=args.learning_rate)
    test_x, test_y = sample_data(512)
    truth = Truth()
    for iteration in range(1, args.iterations + 1):
        x, y = sample_data(args.batch_size)
        loss = diffusion(x, y)
        print(f"=====> iter: {iteration}, loss: {round(loss.item(), 6)}")
        truth.add(at=iteration, loss=round(loss.item(), 6))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if iteration % args.log_rate == 0:
            test_loss = 0
            with torch.no_grad():
                for i in range(0, 512, args.batch_size):
                    test_loss += diffusion(test_x[i:i + 128], test_y[i:i + 128]).item()
            test_loss /= 4
            print(f"---------> test loss: {round(test_loss, 6)}")
            truth.add(**{"test loss": round(test_loss, 6)})
    truth.write("the script's losses, rounded as printed", libraries=("torch",),
                params={k: v for k, v in vars(args).items()}, rel=1e-6, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"tinyddpm": run}, root=HELDOUT42)
