"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written loop printing as the runs kept in saraspreitzhofer/Challenge2
``results/ReadMe.md`` show: per run a tqdm bar over the epochs (unit ``ep``) with the postfix
``TrnAcc=0.045 ValAcc=0.034 TrnLoss=3.901 ValLoss=3.912`` (three decimals), then a table of the
runs' test results under the checkpoint's name, pandas style:
``terminal.pt`` / ``    TestAcc  TestLoss`` / ``1       0.060     3.886`` ... ``mean``, ``std``
rows. Here: two runs (seeds) of NumPy softmax regression on Gaussian blobs, 4 epochs each; the
table is formatted by hand in pandas' layout (pandas is not installed).

Truth: ``TrnAcc``, ``ValAcc``, ``TrnLoss``, ``ValLoss`` for each epoch's postfix (no step: the
bar's count is the only counter); the table's ``TestAcc`` and ``TestLoss`` per run; the
``mean`` and ``std`` rows are summary statistics: optional under the same names.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import numpy as np
    from tqdm import tqdm
    from _toy import Softmax, blobs, batches

    xa, ya = blobs(700, seed=11, spread=2.0)
    x, y, xv, yv, xt, yt = xa[:400], ya[:400], xa[400:550], ya[400:550], xa[550:], ya[550:]
    truth = Truth()
    results = []
    for run_i in range(2):
        model = Softmax(8, 4, seed=20 + run_i, lr=0.05)
        rng = np.random.default_rng(20 + run_i)
        bar = tqdm(range(4), unit="ep")
        for _ in bar:
            for idx in batches(len(x), 32, rng):
                model.step(x[idx], y[idx])
            tl, ta = model.loss_acc(x, y)
            vl, va = model.loss_acc(xv, yv)
            bar.set_postfix(TrnAcc=f"{ta:.3f}", ValAcc=f"{va:.3f}", TrnLoss=f"{tl:.3f}",
                            ValLoss=f"{vl:.3f}")
            truth.add(TrnAcc=ta, ValAcc=va, TrnLoss=tl, ValLoss=vl)
        bar.close()
        results.append(model.loss_acc(xt, yt)[::-1])
    accs = np.array([r[0] for r in results])
    losses = np.array([r[1] for r in results])
    print("terminal.pt")
    print(f"{'':<4}{'TestAcc':>9}{'TestLoss':>10}")
    for i, (a, l) in enumerate(results, 1):
        print(f"{i:<4}{a:>9.3f}{l:>10.3f}")
        truth.add(TestAcc=a, TestLoss=l)
    print(f"{'mean':<4}{accs.mean():>9.3f}{losses.mean():>10.3f}")
    print(f"{'std':<4}{accs.std(ddof=1):>9.3f}{losses.std(ddof=1):>10.3f}")
    truth.allow(TestAcc=accs.mean(), TestLoss=losses.mean())
    truth.allow(TestAcc=accs.std(ddof=1), TestLoss=losses.std(ddof=1))
    truth.write("the script's per-epoch train/val and per-run test losses and accuracies",
                libraries=("numpy", "tqdm"), rel=2e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"challenge2": run}, root=HELDOUT34)
