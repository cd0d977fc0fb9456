"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written grid of PyTorch runs printing as the kept results of lvc0107/redes_neuronales24
``trabajo_practico2/results.p``: per configuration a blank line, a ``Hyperparameter       Value``
table (``{:<20} {:<10}`` rows: Device, Hidden Layers, Batch Size, Epochs, Learning Rate,
Optimizer, Dropout) between rules of 30 ``-``, then ``{:<20} {:.6f}`` result rows ``Last train
avg loss incorrect``, ``Last train precision incorrect``, ``Last train avg loss``, again ``Last
train avg loss`` (which, as in the original, holds the re-evaluated training *precision*),
``Last eval avg loss``, ``Last eval precision``, a rule, ``Execution time`` and its unformatted
seconds, a rule. Here: MLP classifiers on sklearn's digits over four hidden-layer settings,
4 epochs each; the "incorrect" rows are the running means collected during the last training
epoch, the plain ones a re-evaluation of the training set after it.

Truth: each configuration's six values under their printed labels, no step (so ``Last train
avg loss`` holds two values per block: the loss and then the precision). The time is no
metric; the settings that do not change between blocks are params.
"""

from _toy import digits
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    Xtr, ytr, Xva, yva, _, _ = digits(seed=67, n_test=10)
    truth = Truth()
    settings = {"Device": "cpu", "Batch Size": 100, "Epochs": 4, "Learning Rate": 0.002,
                "Optimizer": "Adam", "Dropout": 0.1}
    for hidden in ([32, 16], [32], [64], [16, 8]):
        start = time.perf_counter()
        torch.manual_seed(sum(hidden))
        layers, d = [], 64
        for h in hidden:
            layers += [nn.Linear(d, h), nn.ReLU(), nn.Dropout(settings["Dropout"])]
            d = h
        model = nn.Sequential(*layers, nn.Linear(d, 10))
        opt = torch.optim.Adam(model.parameters(), lr=settings["Learning Rate"])
        for epoch in range(settings["Epochs"]):
            model.train()
            losses, correct, seen = 0.0, 0, 0
            order = torch.randperm(len(Xtr), generator=torch.Generator().manual_seed(epoch))
            for i in range(0, len(Xtr), settings["Batch Size"]):
                x, y = Xtr[order[i:i + 100]], ytr[order[i:i + 100]]
                out = model(x)
                loss = F.cross_entropy(out, y)
                opt.zero_grad()
                loss.backward()
                opt.step()
                losses += loss.item() * len(y)
                correct += (out.argmax(1) == y).sum().item()
                seen += len(y)
        train_loss_inc, train_prec_inc = losses / seen, correct / seen
        model.eval()
        with torch.no_grad():
            out = model(Xtr)
            train_loss, train_prec = F.cross_entropy(out, ytr).item(), (out.argmax(1) == ytr).float().mean().item()
            out = model(Xva)
            eval_loss, eval_prec = F.cross_entropy(out, yva).item(), (out.argmax(1) == yva).float().mean().item()
        print()
        print(f"{'Hyperparameter':<20} {'Value':<10}")
        print("-" * 30)
        rows = dict(settings)
        rows = {"Device": rows["Device"], "Hidden Layers": str(hidden), "Batch Size": rows["Batch Size"],
                "Epochs": rows["Epochs"], "Learning Rate": rows["Learning Rate"],
                "Optimizer": rows["Optimizer"], "Dropout": rows["Dropout"]}
        for k, v in rows.items():
            print(f"{k:<20} {v:<10}")
        print("-" * 30)
        for label, value in (("Last train avg loss incorrect", train_loss_inc),
                             ("Last train precision incorrect", train_prec_inc),
                             ("Last train avg loss", train_loss),
                             ("Last train avg loss", train_prec),
                             ("Last eval avg loss", eval_loss),
                             ("Last eval precision", eval_prec)):
            print(f"{label:<20} {value:.6f}")
            truth.add(**{label: value})
        print("-" * 30)
        print(f"{'Execution time':<20} {time.perf_counter() - start}")
        print("-" * 30)
        print()
    truth.write("each configuration's running and re-evaluated losses and precisions",
                libraries=("torch",), params=settings, rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"redesgrid": run}, root=HELDOUT46)
