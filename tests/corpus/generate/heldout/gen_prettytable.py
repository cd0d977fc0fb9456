"""HELD-OUT fixture (see tests/corpus/README.md): do not read while tuning the parser.

A plain PyTorch script that reports through `prettytable` and `torchinfo`, as many do:

* its configuration first, as ``print(json.dumps(vars(args), indent=2))`` (an argparse
  namespace of defaults: ``"lr": 0.1``, ``"epochs": 8``, ``"batch_size": 32`` ...);
* `torchinfo.summary(model, input_size=...)`: the layer table (``├─Linear: 1-1  [32, 64]
  1,344``), ``Total params: 1,474``, ``Trainable params``, ``Total mult-adds (...)``,
  ``Input size (MB): 0.00`` ...;
* per epoch, one line ``epoch 3/8 done``, and at the end the whole history as a `PrettyTable`
  (default ASCII style ``+-------+------------+``): ``Epoch | Train Loss | Train Acc | Val Loss
  | Val Acc | LR | Time (s)``; the ``LR`` column is the step scheduler's rate;
* a final evaluation table in prettytable's Markdown style, one row per split:
  ``| Split | Loss | Accuracy |`` / ``| train | 0.3012 | 0.8875 |`` / ``| val | ...`` /
  ``| test | ...``.

Truth: the values the loop computed, under the printed headers, at the row's ``Epoch`` (step
column, optional); ``LR`` is a metric (the scheduled rate; the config's ``lr`` is a param, so
its value stored as a point of that series is a false positive); ``Time (s)`` is in neither
map. The final table's cells as ``<split>/Loss`` and ``<split>/Accuracy`` (the rows separate
the phases; no step). torchinfo's totals and sizes are optional (its `ModelStatistics`, rounded
as printed). Params: the argparse namespace.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import Truth, main  # noqa: E402


def summary_numbers(stats) -> dict:
    """torchinfo's printed totals, from its ModelStatistics (rounded as it prints them), under
    the printed name and that name without its parenthesised unit."""
    units, mult_adds = stats.to_readable(stats.total_mult_adds)
    sizes = {"Input size (MB)": stats.total_input,
             "Forward/backward pass size (MB)": stats.total_output_bytes,
             "Params size (MB)": stats.total_param_bytes,
             "Estimated Total Size (MB)": (stats.total_input + stats.total_output_bytes
                                           + stats.total_param_bytes)}
    numbers = {"Total params": stats.total_params, "Trainable params": stats.trainable_params,
               "Non-trainable params": stats.total_params - stats.trainable_params,
               f"Total mult-adds ({units})": round(mult_adds, 2)}
    numbers.update({name: round(stats.to_megabytes(n), 2) for name, n in sizes.items()})
    numbers.update({name.split(" (")[0]: value for name, value in numbers.items()})
    return numbers


def train() -> None:
    import argparse
    import json
    import time

    import torch
    import torchinfo
    from prettytable import PrettyTable, TableStyle
    from sklearn.datasets import make_classification

    parser = argparse.ArgumentParser()
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("--momentum", type=float, default=0.9)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--batch_size", type=int, default=32)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--lr_step", type=int, default=3)
    parser.add_argument("--gamma", type=float, default=0.5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--run_name", default="mlp-baseline")
    args = parser.parse_args([])
    print(json.dumps(vars(args), indent=2))
    truth = Truth()

    torch.manual_seed(args.seed)
    X, y = make_classification(800, 20, n_informative=6, flip_y=0.05, random_state=args.seed)
    X, y = torch.tensor(X, dtype=torch.float32), torch.tensor(y)
    splits = {"train": (X[:480], y[:480]), "val": (X[480:640], y[480:640]),
              "test": (X[640:], y[640:])}
    model = torch.nn.Sequential(torch.nn.Linear(20, args.hidden), torch.nn.ReLU(),
                                torch.nn.Linear(args.hidden, 2))
    stats = torchinfo.summary(model, input_size=(args.batch_size, 20))
    truth.allow(**summary_numbers(stats))
    optimizer = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=args.momentum)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, args.lr_step, args.gamma)
    loss_fn = torch.nn.CrossEntropyLoss()

    def evaluate(name):
        model.eval()
        with torch.no_grad():
            xs, ys = splits[name]
            out = model(xs)
            return loss_fn(out, ys).item(), (out.argmax(1) == ys).float().mean().item()

    table = PrettyTable(["Epoch", "Train Loss", "Train Acc", "Val Loss", "Val Acc", "LR",
                         "Time (s)"])
    table.float_format = ".4"
    for epoch in range(1, args.epochs + 1):
        start = time.time()
        model.train()
        xs, ys = splits["train"]
        for i in torch.randperm(len(ys)).split(args.batch_size):
            optimizer.zero_grad()
            loss_fn(model(xs[i]), ys[i]).backward()
            optimizer.step()
        lr = optimizer.param_groups[0]["lr"]
        scheduler.step()
        (train_loss, train_acc), (val_loss, val_acc) = evaluate("train"), evaluate("val")
        print(f"epoch {epoch}/{args.epochs} done")
        table.add_row([epoch, train_loss, train_acc, val_loss, val_acc, lr,
                       time.time() - start])
        truth.add(epoch, **{"Train Loss": train_loss, "Train Acc": train_acc,
                            "Val Loss": val_loss, "Val Acc": val_acc, "LR": lr})
        truth.allow(Epoch=epoch)
    print(table)

    final = PrettyTable(["Split", "Loss", "Accuracy"])
    final.set_style(TableStyle.MARKDOWN)
    final.float_format = ".4"
    for name in splits:
        loss, acc = evaluate(name)
        final.add_row([name, loss, acc])
        truth.add(**{f"{name}/Loss": loss, f"{name}/Accuracy": acc})
    print(final)
    truth.write("the values the loop computed, under the printed headers at the row's Epoch "
                "(LR the scheduled rate); the final table per split as <split>/<header>; "
                "torchinfo's ModelStatistics optional; params = the argparse namespace",
                libraries=("prettytable", "torchinfo", "torch"), params=vars(args),
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"prettytable": train}, heldout=True)
