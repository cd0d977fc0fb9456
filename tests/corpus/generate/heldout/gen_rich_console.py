"""HELD-OUT fixture (see tests/corpus/README.md): do not read while tuning the parser.

A PyTorch script that reports through a Rich `Console` (not a table, not a progress bar):
sections drawn with `console.rule` and aligned phase lines:

    ─────────────────────────────── Config ───────────────────────────────
    {
        'model': 'mlp',
        'optimizer': {'name': 'adam', 'lr': 0.01, 'weight_decay': 0.0001},
        ...
    ─────────────────────────────── Epoch 1/5 ────────────────────────────
      train  loss 0.5123  acc 0.7812
      valid  loss 0.4987  acc 0.8000
    ...
    ─────────────────────────────── Test ─────────────────────────────────
      test   loss 0.4412  acc 0.8250

The config dict is `console.print`-ed (Rich's pretty repr, one key per line as it is wider than
the console; highlighted on a terminal); phase words are in colour markup
(``[green]train[/]``). On a terminal rules span 160 columns, on a pipe 80, without colours.

Truth: the values the loop computed, as ``<phase>/loss``, ``<phase>/acc`` (the judge's spelling
of ``valid`` is ``val``) at the epoch of the rule above them (the lines themselves state none);
the test section has no step. Params: the config dict (nested keys as ``optimizer.lr``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import Truth, main  # noqa: E402

CONFIG = {"model": "mlp", "hidden": 32, "dropout": 0.1,
          "optimizer": {"name": "adam", "lr": 0.01, "weight_decay": 0.0001},
          "epochs": 5, "batch_size": 64, "seed": 0, "data": {"n_samples": 600, "noise": 0.2}}
COLOURS = {"train": "green", "valid": "yellow", "test": "magenta"}


def flatten(config: dict, prefix: str = "") -> dict:
    out = {}
    for key, value in config.items():
        if isinstance(value, dict):
            out.update(flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def train() -> None:
    import torch
    from rich.console import Console
    from sklearn.datasets import make_moons

    console = Console()
    truth = Truth()
    console.rule("Config")
    console.print(CONFIG)
    torch.manual_seed(CONFIG["seed"])
    X, y = make_moons(CONFIG["data"]["n_samples"], noise=CONFIG["data"]["noise"],
                      random_state=CONFIG["seed"])
    X, y = torch.tensor(X, dtype=torch.float32), torch.tensor(y)
    splits = {"train": (X[:400], y[:400]), "valid": (X[400:500], y[400:500]),
              "test": (X[500:], y[500:])}
    model = torch.nn.Sequential(torch.nn.Linear(2, CONFIG["hidden"]), torch.nn.ReLU(),
                                torch.nn.Dropout(CONFIG["dropout"]),
                                torch.nn.Linear(CONFIG["hidden"], 2))
    opt = CONFIG["optimizer"]
    optimizer = torch.optim.Adam(model.parameters(), lr=opt["lr"],
                                 weight_decay=opt["weight_decay"])
    loss_fn = torch.nn.CrossEntropyLoss()

    def evaluate(split):
        model.eval()
        with torch.no_grad():
            xs, ys = splits[split]
            out = model(xs)
            return loss_fn(out, ys).item(), (out.argmax(1) == ys).float().mean().item()

    def report(split, epoch=None):
        loss, acc = evaluate(split)
        console.print(f"  [{COLOURS[split]}]{split:<5}[/]  loss {loss:.4f}  acc {acc:.4f}")
        phase = "val" if split == "valid" else split
        truth.add(epoch, **{f"{phase}/loss": loss, f"{phase}/acc": acc})

    for epoch in range(1, CONFIG["epochs"] + 1):
        model.train()
        xs, ys = splits["train"]
        for i in torch.randperm(len(ys)).split(CONFIG["batch_size"]):
            optimizer.zero_grad()
            loss_fn(model(xs[i]), ys[i]).backward()
            optimizer.step()
        console.rule(f"Epoch {epoch}/{CONFIG['epochs']}")
        report("train", epoch)
        report("valid", epoch)
    console.rule("Test")
    report("test")
    truth.write("the values the loop computed, as <phase>/loss and <phase>/acc at the epoch of "
                "the rule above them (none for test); params = the config dict, flattened",
                libraries=("rich", "torch"), params=flatten(CONFIG), abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"rich-console": train}, heldout=True)
