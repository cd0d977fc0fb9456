"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written grid search printing as the kept output in kaf829/Data_Baisc_Analyze
``DeepLearning_project/test.py`` (a run pasted into the script as a string): for each setting
``⏳ Training LSTM: look_back=1, units=32, batch=32, epochs=10, dropout=0.0, opt=adam,
layers=1``, the prediction's Keras progress line ``217/217 [==============================] -
0s 735us/step`` (Keras prints it in the original; here our loop prints the same line, its
batch count and time per step measured), and ``✅ Done → MAE: 0.3782``. Here: a PyTorch LSTM
forecaster of a noisy sine series, 16 settings (look_back 1 or 2, dropout 0.0 or 0.25, Adam or
RMSprop, 1 or 2 layers; 8 units, batch 32, 3 epochs).

Truth: ``MAE`` of each setting, no step (the settings are no counter). The settings on the
``Training LSTM`` lines are optional (sampled settings, not metrics); the progress line's
counts and times are no metrics.
"""

from _toy import HEADER  # noqa: F401
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import itertools
    import time

    import numpy as np
    import torch
    import torch.nn as nn

    truth = Truth()
    rng = np.random.default_rng(14)
    series = np.sin(np.arange(600) / 10.0) + rng.normal(scale=0.3, size=600)

    def windows(look_back):
        X = np.stack([series[i:i + look_back] for i in range(len(series) - look_back)])
        return torch.tensor(X[:, :, None], dtype=torch.float32), torch.tensor(series[look_back:], dtype=torch.float32)

    class Net(nn.Module):
        def __init__(self, units, layers, dropout):
            super().__init__()
            self.lstm = nn.LSTM(1, units, layers, batch_first=True, dropout=dropout if layers > 1 else 0.0)
            self.drop = nn.Dropout(dropout)
            self.out = nn.Linear(units, 1)

        def forward(self, x):
            h, _ = self.lstm(x)
            return self.out(self.drop(h[:, -1]))[:, 0]

    units, batch, epochs = 8, 32, 3
    for look_back, dropout, opt_name, layers in itertools.product((1, 2), (0.0, 0.25), ("adam", "rmsprop"), (1, 2)):
        print(f"⏳ Training LSTM: look_back={look_back}, units={units}, batch={batch}, epochs={epochs}, dropout={dropout}, opt={opt_name}, layers={layers}")
        truth.allow(look_back=look_back, units=units, batch=batch, epochs=epochs, dropout=dropout, layers=layers)
        torch.manual_seed(14)
        X, y = windows(look_back)
        n_tr = int(0.7 * len(X))
        model = Net(units, layers, dropout)
        opt = (torch.optim.Adam if opt_name == "adam" else torch.optim.RMSprop)(model.parameters(), lr=0.01)
        for _ in range(epochs):
            model.train()
            for i in range(0, n_tr, batch):
                opt.zero_grad()
                nn.functional.mse_loss(model(X[i:i + batch]), y[i:i + batch]).backward()
                opt.step()
        model.eval()
        t0 = time.time()
        with torch.no_grad():
            pred = torch.cat([model(X[i:i + batch]) for i in range(n_tr, len(X), batch)])
        steps = -(-(len(X) - n_tr) // batch)
        per_step = (time.time() - t0) / steps * 1e6
        print(f"{steps}/{steps} [==============================] - 0s {per_step:.0f}us/step")
        mae = float(torch.mean(torch.abs(pred - y[n_tr:])))
        print(f"✅ Done → MAE: {mae:.4f}")
        truth.add(MAE=mae)
    truth.write("the test-window mean absolute error of each setting", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"lstmgrid": run}, root=HELDOUT40)
