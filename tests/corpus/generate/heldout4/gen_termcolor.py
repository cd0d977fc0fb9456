"""HELD-OUT fixture (fourth half, see generate/heldout4/README.md): do not read while tuning the
parser.

A hand-written trainer that colours its own output with ``termcolor`` (``cprint``/``colored``,
which drop the colours when stdout is no terminal) and shows a ``yaspin`` spinner while it
evaluates (animated in place on a terminal with ``\\r`` and erase codes; on a pipe its
frames follow one another on one line, padded with spaces, and no colours), so the pipe capture
has another shape:

* ``colored("CONFIG", attrs=["bold"])`` then ``  lr           1.5`` / ``  lr_decay     0.9``
  ... (a two-column aligned config block);
* per epoch ``[ep 03/08] loss 0.3800 acc 83.20 | lr 1.22e+00`` in cyan (the epoch in
  ``[ep NN/MM]`` form, zero-padded);
* every other epoch a spinner ``Evaluating on 64 examples`` ending ``✔ eval: loss=0.4950
  acc=76.56`` in green;
* a final ``BEST`` line in bold: ``BEST val acc=76.56 @ ep 2``.

Truth: the values logistic_regression yielded, as printed: ``loss``, ``acc`` (×100) and ``lr``
at the ``[ep NN/MM]`` epoch; the spinner's final line as ``eval/loss`` and ``eval/acc`` (a
phase-led line) at the epoch it follows, printed with no step of its own (so no step in the
truth); the best ``val acc`` with no step; the config block is params; the example count is no
metric.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT4, Truth, main
from _models import logistic_regression


def train() -> None:
    import time

    from termcolor import colored, cprint
    from yaspin import yaspin

    config = {"lr": 1.5, "lr_decay": 0.9, "epochs": 8, "seed": 5, "eval_every": 2}
    truth = Truth()
    print(colored("CONFIG", attrs=["bold"]))
    for k, v in config.items():
        print(f"  {k:<12} {v}")
    best = None
    for row in logistic_regression(lr=config["lr"], epochs=config["epochs"],
                                   seed=config["seed"], lr_decay=config["lr_decay"]):
        e = row["epoch"]
        cprint(f"[ep {e:02d}/{config['epochs']:02d}] loss {row['train_loss']:.4f} "
               f"acc {row['train_acc'] * 100:.2f} | lr {row['lr']:.2e}", "cyan")
        truth.add(e, loss=row["train_loss"], acc=row["train_acc"] * 100, lr=row["lr"])
        truth.allow(ep=e)
        if e % config["eval_every"] == 0:
            with yaspin(text="Evaluating on 64 examples") as spinner:
                time.sleep(0.3)
                spinner.text = ""
                spinner.ok(colored(f"✔ eval: loss={row['val_loss']:.4f} "
                                   f"acc={row['val_acc'] * 100:.2f}", "green"))
            truth.add(**{"eval/loss": row["val_loss"], "eval/acc": row["val_acc"] * 100})
            if best is None or row["val_acc"] > best["val_acc"]:
                best = row
    cprint(f"BEST val acc={best['val_acc'] * 100:.2f} @ ep {best['epoch']}", attrs=["bold"])
    truth.add(**{"val acc": best["val_acc"] * 100})
    truth.allow(ep=best["epoch"])
    truth.write("the values logistic_regression yielded, as printed (accuracies x100): loss, "
                "acc, lr at the [ep NN/MM] epoch; the spinner's eval line as eval/<name>, no "
                "step; the best val acc, no step; params = the printed config block",
                libraries=("termcolor", "yaspin", "numpy"), params=config, rel=5e-3,
                abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"termcolor": train}, root=HELDOUT4)
