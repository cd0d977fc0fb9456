"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written PyTorch LSTM forecast printing its result as OneCircle1/MengProgram3
``LSTM/README.md`` shows it: ``mse: 0.29673335476669743`` and ``mae: 0.3973067512257079`` (the
errors printed unformatted). The README reports a run with batch size 20; ours runs batch sizes
10, 20 and 40 and prints ``When the batch size is 20:`` above each pair (ours, after the
README's sentence). Here: a univariate series (a noisy seasonal curve), windows of 6, 15 epochs.

Truth: ``mse`` and ``mae`` of each run, no step.
"""

from _toy import batches  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT39, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.metrics import mean_absolute_error, mean_squared_error

    rng = np.random.default_rng(20)
    t = np.arange(400)
    s = np.sin(2 * np.pi * t / 30) + 0.3 * rng.standard_normal(400)
    X = np.stack([s[i:i + 6] for i in range(394)])
    y = s[6:]
    Xt = torch.tensor(X, dtype=torch.float32)[:, :, None]
    yt = torch.tensor(y, dtype=torch.float32)
    truth = Truth()
    for bs in (10, 20, 40):
        torch.manual_seed(bs)
        lstm, head = nn.LSTM(1, 12, batch_first=True), nn.Linear(12, 1)
        opt = torch.optim.Adam(list(lstm.parameters()) + list(head.parameters()), lr=1e-2)
        for _ in range(15):
            for i in range(0, 300, bs):
                opt.zero_grad()
                out = head(lstm(Xt[i:i + bs])[0][:, -1]).squeeze(1)
                nn.functional.mse_loss(out, yt[i:i + bs]).backward()
                opt.step()
        with torch.no_grad():
            pred = head(lstm(Xt[300:])[0][:, -1]).squeeze(1).numpy()
        mse = mean_squared_error(y[300:], pred)
        mae = mean_absolute_error(y[300:], pred)
        print(f"When the batch size is {bs}:")
        print("mse:", mse)
        print("mae:", mae)
        truth.add(mse=mse, mae=mae)
    truth.write("the script's test errors", libraries=("torch", "scikit-learn"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"onecircle": run}, root=HELDOUT39)
