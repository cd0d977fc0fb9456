"""A fake training loop for trying expctl in seconds. Standard library only; nothing is learned.

It prints what a real training script prints: a warning on stderr, then per epoch a header, a few
per-batch progress lines (`name=value`) and a summary line (`name: value` pairs), and at the end one
JSON line. The numbers react to the flags the way real ones would, so comparisons mean something:

* accuracy rises with epochs towards a ceiling set by --model (mlp < cnn < resnet);
* --lr learns best around 0.01-0.03, slowly far below, and above ~0.3 the loss climbs each epoch
  until it is nan (the final JSON then holds null, since JSON has no nan);
* a larger --batch-size gives smoother curves and slightly slower progress per epoch;
* --seed changes only the noise, so runs that differ by seed show what chance alone does.

    expctl run -- python examples/train.py --lr 0.02 --epochs 10 --seed 1
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time

CEILING = {"mlp": 0.90, "cnn": 0.94, "resnet": 0.965}  # best reachable val accuracy per model
CHANCE = 0.10  # ten classes
TRAIN_SAMPLES = 50_000
PROGRESS_LINES = 4  # per-batch lines printed per epoch


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lr", type=float, default=0.01, help="learning rate")
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model", choices=sorted(CEILING), default="mlp")
    parser.add_argument("--sleep", type=float, default=0.1, help="seconds per epoch")
    parser.add_argument("--fail-at-epoch", type=int, metavar="N", help="crash at epoch N (exit 1)")
    args = parser.parse_args(argv)
    if args.lr <= 0 or args.batch_size <= 0:
        parser.error("--lr and --batch-size must be positive")
    return args


def learning_speed(lr: float, batch_size: int) -> float:
    """Fraction of the remaining gap closed per epoch: a bell over log10(lr) peaking near 0.017."""
    quality = math.exp(-math.log10(lr / 0.017) ** 2 / 0.9)
    return 0.45 * quality * (64 / batch_size) ** 0.1  # fewer steps per epoch with bigger batches


def divergence(lr: float, epoch: int) -> float:
    """How many times larger the loss is than it should be; 1.0 while lr is sane (<= 0.3)."""
    return (1 + 2 * max(0.0, lr - 0.3)) ** epoch


def epoch_metrics(args: argparse.Namespace, epoch: float, ceiling: float, rng: random.Random,
                  noise: float) -> dict[str, float]:
    """Train and validation loss/accuracy after `epoch` epochs (fractions allowed mid-epoch)."""
    progress = 1 - math.exp(-learning_speed(args.lr, args.batch_size) * epoch)
    blowup = divergence(args.lr, epoch)
    acc = CHANCE + (ceiling - CHANCE) * progress / blowup + rng.gauss(0, noise)
    loss = (2.30 * (1 - progress) + 0.1 + 2 * (1 - ceiling)) * blowup + rng.gauss(0, noise)
    if loss > 1e3:  # what a real run shows once the weights overflow
        loss = math.nan
    overfit = 0.02 + 0.01 * epoch / args.epochs  # validation lags training a little more each epoch
    val_acc = acc - overfit + rng.gauss(0, noise / 2)
    return {"loss": abs(loss), "acc": clamp(acc), "val_loss": abs(loss) + overfit * 3,
            "val_acc": clamp(val_acc)}


def clamp(accuracy: float) -> float:
    return min(max(accuracy, 0.0), 0.999)


def train(args: argparse.Namespace) -> dict[str, float]:
    rng = random.Random(args.seed)
    too_high_lr = max(0.0, math.log10(args.lr / 0.05))  # a large lr also settles lower
    ceiling = CEILING[args.model] - 0.05 * too_high_lr + rng.gauss(0, 0.006)
    noise = 0.008 * math.sqrt(64 / args.batch_size)
    steps_per_epoch = math.ceil(TRAIN_SAMPLES / args.batch_size)
    metrics: dict[str, float] = {}
    for epoch in range(1, args.epochs + 1):
        print(f"Epoch {epoch}/{args.epochs}", flush=True)
        if epoch == args.fail_at_epoch:
            raise RuntimeError(f"CUDA out of memory at epoch {epoch} (simulated: --fail-at-epoch)")
        for part in range(1, PROGRESS_LINES + 1):
            time.sleep(args.sleep / PROGRESS_LINES)
            step = (epoch - 1) * steps_per_epoch + steps_per_epoch * part // PROGRESS_LINES
            batch = epoch_metrics(args, epoch - 1 + part / PROGRESS_LINES, ceiling, rng, noise * 3)
            print(f"  step {step}  batch_loss={batch['loss']:.4f}", flush=True)
        metrics = epoch_metrics(args, epoch, ceiling, rng, noise)
        summary = " ".join(f"{name}: {value:.4f}" for name, value in metrics.items())
        print(f"epoch: {epoch} {summary}", flush=True)
    return metrics


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    print("train.py: DeprecationWarning: synthetic data loader; these numbers mean nothing "
          "(this is a demo for expctl)", file=sys.stderr, flush=True)
    metrics = train(args)
    final = {"final_acc": metrics.get("val_acc"), "final_loss": metrics.get("val_loss")}
    print(json.dumps({k: None if v is None or math.isnan(v) else round(v, 4)
                      for k, v in final.items()}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
