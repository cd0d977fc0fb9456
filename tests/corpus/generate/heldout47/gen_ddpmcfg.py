"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written class-conditional DDPM loop printing as WubbaLubba-S/aml_flow_matching_project
``train_ddpm.py`` and ``training/ddpm_trainer.py``: the argument dump (``Training
Configuration:`` and ``f"{key:30s}: {value}"`` lines between ``=`` rules), ``Using device:
cpu``, ``Model parameters: ...``, ``Starting training for N epochs...``, ``Batch size: ...,
Gradient accumulation: ...``, ``Diffusion timesteps: ...``; per epoch a tqdm bar ``Epoch
{epoch}`` whose postfix ``{'loss': total_loss / num_batches}`` is the running mean, then
``f"Epoch {epoch}: Loss={train_loss:.4f}, LR={current_lr:.6f}"`` and ``  → Saved best model
(loss=...)`` on an improvement; every ``sample_every`` epochs ``  Generating samples (sampling
steps: N)...`` with a ``DDPM Sampling`` bar; at the end ``Training completed! Best loss: ...``
and ``Checkpoints saved to: ...``. Here: an MLP noise predictor with a class embedding on
sklearn's digits (for the tiny U-Net on CIFAR-10), a cosine schedule of 200 steps, batches of
200, 3 epochs, samples after epoch 2 with 20 steps.

Truth: ``loss`` (the bar's running mean at each batch, each state once, and the epoch line's
``Loss``: the same name, its last bar value printed again) at the epoch (0-based, from the bar
description and the line). Optional: the ``Saved best model`` and ``Best loss`` repeats. The
argument dump is params; the LR is no metric.
"""

from _toy import batches, digits
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import math

    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from tqdm import tqdm

    args = {"base_channels": 28, "channel_mults": [1, 2, 2], "num_res_blocks": 2,
            "attention_resolutions": [16], "dropout": 0.1, "num_timesteps": 200,
            "sampling_steps": 20, "epochs": 3, "batch_size": 200, "lr": 0.002, "lr_min": 1e-05,
            "weight_decay": 0.01, "cfg_dropout_prob": 0.1, "cfg_scale": 2.0, "use_amp": False,
            "grad_accum_steps": 1, "num_workers": 0, "output_dir": "./outputs/ddpm",
            "save_every": 10, "sample_every": 2, "resume": False}
    print("=" * 60)
    print("Training Configuration:")
    print("=" * 60)
    for key, value in args.items():
        print(f"{key:30s}: {value}")
    print("=" * 60)
    print("Using device: cpu")
    Xtr, ytr, _, _, _, _ = digits(seed=14, scale01=True)
    Xtr = Xtr * 2 - 1
    torch.manual_seed(14)
    T = args["num_timesteps"]
    emb = nn.Embedding(11, 16)
    net = nn.Sequential(nn.Linear(64 + 16 + 1, 128), nn.SiLU(), nn.Linear(128, 64))
    params = [*emb.parameters(), *net.parameters()]
    print(f"Model parameters: {sum(p.numel() for p in params):,}")
    steps = torch.linspace(0, T, T + 1)
    ac = torch.cos(((steps / T) + 0.008) / 1.008 * math.pi * 0.5) ** 2
    abar = (ac / ac[0])[:-1]
    opt = torch.optim.AdamW(params, lr=args["lr"], weight_decay=args["weight_decay"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=args["epochs"],
                                                       eta_min=args["lr_min"])
    model = lambda x, t, y: net(torch.cat([x, emb(y), t[:, None]], 1))
    best_loss, truth = float("inf"), Truth()
    print(f"\nStarting training for {args['epochs']} epochs...")
    print(f"Batch size: {args['batch_size']}, Gradient accumulation: {args['grad_accum_steps']}")
    print(f"Diffusion timesteps: {T}\n")
    for epoch in range(args["epochs"]):
        loader = list(batches(Xtr, ytr, args["batch_size"], epoch))
        total_loss, num_batches = 0, 0
        pbar = tqdm(loader, desc=f"Epoch {epoch}")
        for images, labels in pbar:
            t = torch.randint(0, T, (len(images),))
            y = torch.where(torch.rand(len(labels)) < 0.1, torch.full_like(labels, 10), labels)
            noise = torch.randn_like(images)
            a = abar[t][:, None]
            loss = F.mse_loss(model(a.sqrt() * images + (1 - a).sqrt() * noise, t.float() / T, y),
                              noise)
            loss.backward()
            opt.step()
            opt.zero_grad()
            total_loss += loss.item()
            num_batches += 1
            pbar.set_postfix({'loss': total_loss / num_batches})
            truth.add(at=epoch, loss=total_loss / num_batches)
        train_loss = total_loss / num_batches
        sched.step()
        print(f"Epoch {epoch}: Loss={train_loss:.4f}, LR={sched.get_last_lr()[0]:.6f}")
        truth.add(at=epoch, loss=train_loss)
        if train_loss < best_loss:
            best_loss = train_loss
            print(f"  → Saved best model (loss={best_loss:.4f})")
            truth.allow(**{"Saved best model": best_loss})
        if (epoch + 1) % args["sample_every"] == 0:
            print(f"  Generating samples (sampling steps: {args['sampling_steps']})...")
            x = torch.randn(16, 64)
            yy = torch.randint(0, 10, (16,))
            with torch.no_grad():
                for tt in tqdm(torch.linspace(T - 1, 0, args["sampling_steps"]).long(),
                               desc="DDPM Sampling"):
                    tb = tt.repeat(16)
                    eps = model(x, tb.float() / T, yy)
                    x0 = ((x - (1 - abar[tt]).sqrt() * eps) / abar[tt].sqrt()).clamp(-1, 1)
                    prev = abar[tt - 1] if tt > 0 else torch.tensor(1.0)
                    x = prev.sqrt() * x0 + (1 - prev).sqrt() * eps
    print(f"\nTraining completed! Best loss: {best_loss:.4f}")
    truth.allow(**{"Best loss": best_loss})
    print(f"Checkpoints saved to: {args['output_dir']}")
    truth.write("the script's running mean and epoch losses", libraries=("torch", "tqdm"),
                rel=5e-3, abs_tol=5e-5, params={k: v for k, v in args.items()})


if __name__ == "__main__":
    main(__file__, {"ddpmcfg": run}, root=HELDOUT47)
