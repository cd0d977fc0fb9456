"""HELD-OUT fixture (twelfth half, see generate/heldout12/README.md): do not read while tuning
the parser.

Kolmogorov-Arnold networks with pykan (PyTorch, CPU), following its "hello KAN" tutorial: a
``[2, 5, 1]`` KAN fitted to ``exp(sin(pi x) + y^2)`` with L-BFGS and a sparsity penalty, pruned,
refitted, its grid refined and refitted again. Each ``fit`` draws a tqdm bar (``ncols=100``)
whose description pykan sets every step; pykan prints its checkpoint notices between the
phases. The script prints its settings dict first and each phase's final losses (``final
train_loss`` / ``final test_loss``, from the returned results, ``%.4e``).

Truth: ``fit``'s returned ``results`` lists (``train_loss``, ``test_loss``, ``reg``), one point
per **drawn** state of the bar: a wrapper of tqdm's ``set_description`` counts the steps whose
values were handed to the bar, a wrapper of ``tqdm.display`` notes which of them was on show
when the bar was drawn (tqdm draws at most every 0.1 s on a terminal and a pipe alike), and the
values are read from ``results`` at that step; consecutive draws of one state count once. No
step: the bar's count is tqdm's. The final losses from ``results`` too. Judgement: pykan's
``saving model version 0.2`` and ``checkpoint directory created`` notices are in neither map
(a version, no metric). The settings dict is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT12, Truth, main

SETTINGS = {"width": "[2, 5, 1]", "grid": 3, "k": 3, "seed": 1, "n_train": 300,
            "n_test": 300, "opt": "LBFGS", "steps": 25, "lamb": 0.01, "refine_grid": 10}


def run() -> None:
    import tempfile

    import torch
    from tqdm import tqdm

    from kan import KAN, create_dataset

    shown: list[int] = []  # per draw: how many states had been handed to the bar
    handed = [0]
    set_description, display = tqdm.set_description, tqdm.display

    def counting_set_description(self, desc=None, refresh=True):
        handed[0] += 1
        return set_description(self, desc, refresh)

    def noting_display(self, *args, **kwargs):
        if handed[0] and (not shown or shown[-1] != handed[0]):
            shown.append(handed[0])
        return display(self, *args, **kwargs)

    tqdm.set_description, tqdm.display = counting_set_description, noting_display
    s = SETTINGS
    print("settings:", s, flush=True)
    torch.manual_seed(0)
    f = lambda x: torch.exp(torch.sin(torch.pi * x[:, [0]]) + x[:, [1]] ** 2)  # noqa: E731
    dataset = create_dataset(f, n_var=2, train_num=s["n_train"], test_num=s["n_test"])
    ckpt = tempfile.mkdtemp(prefix="kan-") + "/model"
    model = KAN(width=[2, 5, 1], grid=s["grid"], k=s["k"], seed=s["seed"], ckpt_path=ckpt)
    truth = Truth()

    def phase(title, model, **kwargs):
        print(f"== {title}", flush=True)
        handed[0] = 0
        shown.clear()
        results = model.fit(dataset, opt=s["opt"], steps=s["steps"], **kwargs)
        for n in shown:
            truth.add(train_loss=results["train_loss"][n - 1],
                      test_loss=results["test_loss"][n - 1], reg=results["reg"][n - 1])
        train, test = float(results["train_loss"][-1]), float(results["test_loss"][-1])
        print(f"final train_loss {train:.4e} | final test_loss {test:.4e}", flush=True)
        truth.add(**{"final train_loss": train, "final test_loss": test})

    phase("sparse fit", model, lamb=s["lamb"])
    model = model.prune()
    phase("refit after pruning", model)
    model = model.refine(s["refine_grid"])
    phase(f"refit on a grid of {s['refine_grid']}", model)
    truth.write("pykan MultKAN.fit's returned results (train_loss, test_loss, reg) at each "
                "step whose values the tqdm bar drew (set_description/display wrappers); final "
                "losses from the same lists; settings = params",
                libraries=("pykan", "torch", "tqdm", "numpy"), params=s,
                rel=5e-3, abs_tol=0.0)  # %.2e on the bar


if __name__ == "__main__":
    main(__file__, {"pykan": run}, root=HELDOUT12)
