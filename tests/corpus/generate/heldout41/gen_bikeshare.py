"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop logging as 00starry00/BikeSharingPrediction ``train.py``: through
``logging`` with the format ``%(asctime)s - %(levelname)s - %(message)s``, ``Starting run 1``,
``Using device: cpu``, one line an epoch ``Run 1, Epoch 1/8, Train Loss: 0.1234``, after each
run ``Run 1, Test MSE: 0.0123, Test MAE: 0.0876``, and at the end ``Final Results for Output
Window 12:``, ``MSE - Mean: 0.0123, Std: 0.0010``, ``MAE - Mean: ..., Std: ...``. The original
configures the log to a file; ours logs the same lines to stderr (``basicConfig`` without a
file name). Here: an LSTM forecaster on a synthetic hourly count series (daily and weekly
cycles), 24 steps in and 12 out, 3 runs of 8 epochs (the original: 5 runs of 20, four model
families).

Truth: ``Train Loss`` at the printed epoch (the epochs restart with each run); ``test/MSE`` and
``test/MAE`` (``Test MSE``, ``Test MAE``) of each run (no step; the run number is no training
step); ``MSE - Mean`` and ``MAE - Mean`` (no step). The two ``Std`` values (spread over the
runs) are optional.
"""

from _toy import seasonal_series, windows
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import logging

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.optim as optim

    logging.basicConfig(level=logging.INFO,
                        format='%(asctime)s - %(levelname)s - %(message)s')
    logger = logging.getLogger()
    series = seasonal_series(n=520, seed=9)
    input_window, output_window, epochs, batch_size = 24, 12, 8, 32
    X, Y = windows(series, input_window, output_window)
    X_train, y_train, X_test, y_test = X[:380], Y[:380], X[380:], Y[380:]

    class LSTMModel(nn.Module):
        def __init__(self):
            super().__init__()
            self.lstm = nn.LSTM(1, 16, num_layers=1, batch_first=True)
            self.fc = nn.Linear(16, output_window)

        def forward(self, x):
            out, _ = self.lstm(x)
            return self.fc(out[:, -1])

    truth = Truth()
    mse_scores, mae_scores = [], []
    for run_i in range(3):
        logger.info(f"Starting run {run_i + 1}")
        torch.manual_seed(run_i)
        model = LSTMModel()
        logger.info("Using device: cpu")
        optimizer = optim.Adam(model.parameters(), lr=0.01)
        criterion_mse, criterion_mae = nn.MSELoss(), nn.L1Loss()
        g = torch.Generator().manual_seed(run_i)
        for epoch in range(epochs):
            model.train()
            train_loss, n_batches = 0.0, 0
            order = torch.randperm(len(X_train), generator=g)
            for i in range(0, len(X_train), batch_size):
                j = order[i:i + batch_size]
                optimizer.zero_grad()
                loss = criterion_mse(model(X_train[j]), y_train[j])
                loss.backward()
                optimizer.step()
                train_loss += loss.item()
                n_batches += 1
            logger.info(f"Run {run_i + 1}, Epoch {epoch + 1}/{epochs}, "
                        f"Train Loss: {train_loss / n_batches:.4f}")
            truth.add(at=epoch + 1, **{"Train Loss": train_loss / n_batches})
        model.eval()
        mse_loss = mae_loss = 0.0
        n_test = 0
        with torch.no_grad():
            for i in range(0, len(X_test), batch_size):
                out = model(X_test[i:i + batch_size])
                mse_loss += criterion_mse(out, y_test[i:i + batch_size]).item()
                mae_loss += criterion_mae(out, y_test[i:i + batch_size]).item()
                n_test += 1
        mse_scores.append(mse_loss / n_test)
        mae_scores.append(mae_loss / n_test)
        logger.info(f"Run {run_i + 1}, Test MSE: {mse_loss / n_test:.4f}, "
                    f"Test MAE: {mae_loss / n_test:.4f}")
        truth.add(**{"test/MSE": mse_loss / n_test, "test/MAE": mae_loss / n_test})
    logger.info(f"Final Results for Output Window {output_window}:")
    logger.info(f"MSE - Mean: {np.mean(mse_scores):.4f}, Std: {np.std(mse_scores):.4f}")
    logger.info(f"MAE - Mean: {np.mean(mae_scores):.4f}, Std: {np.std(mae_scores):.4f}")
    truth.add(**{"MSE - Mean": np.mean(mse_scores), "MAE - Mean": np.mean(mae_scores)})
    truth.allow(Std=np.std(mse_scores))
    truth.allow(Std=np.std(mae_scores))
    truth.write("the script's epoch and test losses", libraries=("torch",), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"bikeshare": run}, root=HELDOUT41)
