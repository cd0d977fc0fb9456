"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written PyTorch run printing the summary that RoyalHeart/EnergyPrediction keeps as
``Model/Data_for_ML_TT-DB0/19/info.md``: ``Train MAE Score: 0.0000309409 MAE``, ``Test MAE
Score: ...``, ``Train MAPE Score: 0.7860 MAPE``, ..., ``Train RMSE Score: ... RMSE``, ``Train
RMSPE: 3.3411 RMSPE``, ``Test RMSPE: ...``, then the settings (``Time step: 8``, ``Ratio:
0.75``, ``Model type: LSTM_DNN2``, ``Epoch size: 1000``, ``Batch size: 4``, ``Early stop
patience: 10, min delta: 0.0001``) and ``Model json: {...}`` (the model's config as JSON). The
original writes it to a file; ours prints it, once per trained model. Here: a small torch LSTM
forecasting a synthetic daily-load series (kWh-scale values divided by 1e5, so the errors are
as small as the original's), three time-step settings (4, 8, 12), 30 epochs each with early
stopping.

Truth: ``train/MAE Score``, ``test/MAE Score``, ``train/MAPE Score``, ``test/MAPE Score``,
``train/RMSE Score``, ``test/RMSE Score``, ``train/RMSPE``, ``test/RMSPE`` of each model, no step.
The settings are printed configuration (``params``).
"""

import json

from _toy import batches  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT39, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    rng = np.random.default_rng(17)
    t = np.arange(600)
    series = (3.0 + np.sin(2 * np.pi * t / 24) + 0.5 * np.sin(2 * np.pi * t / 168)
              + 0.2 * rng.standard_normal(600)) * 1e-5
    truth = Truth()
    params = {}
    for step in (4, 8, 12):
        torch.manual_seed(step)
        X = np.stack([series[i:i + step] for i in range(len(series) - step)])
        y = series[step:]
        scale = series.max()
        Xs = torch.tensor(X / scale, dtype=torch.float32)[:, :, None]
        ys = torch.tensor(y / scale, dtype=torch.float32)
        cut = int(len(Xs) * 0.75)

        class LSTMDNN(nn.Module):
            def __init__(self):
                super().__init__()
                self.lstm = nn.LSTM(1, 16, batch_first=True)
                self.dense = nn.Sequential(nn.Linear(16, 8), nn.ReLU(), nn.Linear(8, 1))

            def forward(self, x):
                return self.dense(self.lstm(x)[0][:, -1]).squeeze(1)

        model = LSTMDNN()
        opt = torch.optim.Adam(model.parameters(), lr=5e-3)
        best, wait = np.inf, 0
        for epoch in range(30):
            for i in range(0, cut, 32):
                opt.zero_grad()
                nn.functional.mse_loss(model(Xs[i:min(i + 32, cut)]), ys[i:min(i + 32, cut)]).backward()
                opt.step()
            with torch.no_grad():
                v = nn.functional.mse_loss(model(Xs[cut:]), ys[cut:]).item()
            if v < best - 1e-4:
                best, wait = v, 0
            else:
                wait += 1
                if wait >= 10:
                    break
        with torch.no_grad():
            pred = model(Xs).numpy() * scale
        scores = {}
        for part, sl in (("Train", slice(0, cut)), ("Test", slice(cut, None))):
            err = pred[sl] - y[sl]
            scores[part] = dict(
                mae=np.abs(err).mean(), mape=100 * np.abs(err / y[sl]).mean(),
                rmse=np.sqrt((err ** 2).mean()), rmspe=100 * np.sqrt(((err / y[sl]) ** 2).mean()))
        for part in ("Train", "Test"):
            print("%s MAE Score: %.10f MAE" % (part, scores[part]["mae"]))
        for part in ("Train", "Test"):
            print("%s MAPE Score: %.4f MAPE" % (part, scores[part]["mape"]))
        for part in ("Train", "Test"):
            print("%s RMSE Score: %.10f RMSE" % (part, scores[part]["rmse"]))
        for part in ("Train", "Test"):
            print("%s RMSPE: %.4f RMSPE" % (part, scores[part]["rmspe"]))
        for part, ph in (("Train", "train"), ("Test", "test")):
            truth.add(**{f"{ph}/MAE Score": scores[part]["mae"],
                         f"{ph}/MAPE Score": scores[part]["mape"],
                         f"{ph}/RMSE Score": scores[part]["rmse"],
                         f"{ph}/RMSPE": scores[part]["rmspe"]})
        print("Time step: %d" % step)
        print("Ratio: %s" % 0.75)
        print("Model type: LSTM_DNN2")
        print("Epoch size: %d" % 30)
        print("Batch size: %d" % 32)
        print("Early stop patience: %d, min delta: %s" % (10, 0.0001))
        config = {"class_name": "Sequential", "config": {"name": "sequential_%d" % step, "layers": [
            {"class_name": "LSTM", "config": {"units": 16, "time_steps": step}},
            {"class_name": "Dense", "config": {"units": 8, "activation": "relu"}},
            {"class_name": "Dense", "config": {"units": 1, "activation": "linear"}}]}}
        print("Model json: %s" % json.dumps(config))
        print()
        params.update({"Ratio": 0.75, "Epoch size": 30, "Batch size": 32,
                       "Early stop patience": 10, "min delta": 0.0001})
    truth.write("the script's error scores", libraries=("torch", "numpy"), params=params,
                rel=1e-3, abs_tol=5e-11)


if __name__ == "__main__":
    main(__file__, {"energy": run}, root=HELDOUT39)
