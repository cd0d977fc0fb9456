"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A seed sweep printing as MatHatter/DESONN ``keras_results.R`` (kept console output of its
``TestKERASnewCustomScale6Seeds.py`` runs): a blank line and ``=== Seed 505 ===`` before each
seed's silent training, then ``=== Accuracy table over 50 seeds ===`` (the text says 50 however
many seeds ran) and a pandas ``to_string(index=False)``-style table ``seed  train_acc  val_acc
test_acc`` with six-decimal rows, then ``=== Summary ===`` and a ``describe()``-style block
(``count``, ``mean``, ``std``, ``min``, ``25%``, ``50%``, ``75%``, ``max`` over each column, four
decimals). Here: an MLP on sklearn's breast cancer set (train, validation, test split), Adam, 60
full-batch epochs per seed, six seeds 505..510; pandas is not installed, so the two tables are
formatted by hand to pandas' layout.

Truth: each seed's ``train_acc``, ``val_acc`` and ``test_acc`` (no step: the seed is a setting).
The summary statistics of the three accuracy columns are optional under the column names; the
summary of the ``seed`` column and the counts are no metrics.
"""

from _toy import cancer
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    Xtr, ytr, Xte, yte = cancer(seed=17)
    Xva, yva, Xtr, ytr = Xtr[:100], ytr[:100], Xtr[100:], ytr[100:]
    T = lambda a: torch.tensor(a, dtype=torch.float32)  # noqa: E731
    rows = []
    truth = Truth()
    for seed in range(505, 511):
        print(f"\n=== Seed {seed} ===")
        torch.manual_seed(seed)
        model = nn.Sequential(nn.Linear(30, 16), nn.ReLU(), nn.Linear(16, 1))
        opt = torch.optim.Adam(model.parameters(), lr=0.003)
        for _ in range(60):
            opt.zero_grad()
            loss = nn.functional.binary_cross_entropy_with_logits(model(T(Xtr)).squeeze(1), T(ytr))
            loss.backward()
            opt.step()
        with torch.no_grad():
            accs = [float(((model(T(X)).squeeze(1) > 0).float() == T(y)).float().mean())
                    for X, y in ((Xtr, ytr), (Xva, yva), (Xte, yte))]
        rows.append([seed] + accs)
        truth.add(train_acc=accs[0], val_acc=accs[1], test_acc=accs[2])
    print("\n=== Accuracy table over 50 seeds ===")
    print(" seed  train_acc  val_acc  test_acc")
    for seed, a, b, c in rows:
        print(f"{seed:5d} {a:10.6f} {b:8.6f} {c:9.6f}")
    print("\n=== Summary ===")
    arr = np.array(rows, dtype=float)
    stats = [("count", lambda v: float(len(v))), ("mean", np.mean),
             ("std", lambda v: float(np.std(v, ddof=1))), ("min", np.min),
             ("25%", lambda v: float(np.percentile(v, 25))),
             ("50%", lambda v: float(np.percentile(v, 50))),
             ("75%", lambda v: float(np.percentile(v, 75))), ("max", np.max)]
    print("           seed  train_acc  val_acc  test_acc")
    for name, f in stats:
        vals = [float(f(arr[:, j])) for j in range(4)]
        print(f"{name:<5s} {vals[0]:9.4f} {vals[1]:10.4f} {vals[2]:8.4f} {vals[3]:9.4f}")
        if name != "count":
            truth.allow(train_acc=vals[1], val_acc=vals[2], test_acc=vals[3])
    truth.write("the script's per-seed accuracies", libraries=("torch",), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"desonn": run}, root=HELDOUT38)
