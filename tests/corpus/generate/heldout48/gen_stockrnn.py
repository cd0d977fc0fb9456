"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written RNN regression printing its results as dharsandip/Stock-price-prediction
``README.txt`` records them: ``RMSE of training set: 0.010692821777409418`` and ``RMSE of test
set: 0.9003230607188079`` (full float repr, each after an empty line under ``Results of RNN
predictions:``). Here: a small ``torch.nn.RNN`` on a synthetic geometric-random-walk "Open" price
series, scaled to [0, 1] on the training part, windows of 20 days, 40 full-batch Adam steps, the
RMSE of the inverse-scaled predictions.

Truth: the two RMSE values, at no step.
"""

from _toy import batches  # noqa: F401
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import numpy as np
    import torch

    rng = np.random.default_rng(17)
    torch.manual_seed(17)
    price = 20 * np.exp(np.cumsum(rng.normal(0.0004, 0.012, 700)))
    train, test = price[:580], price[560:]
    lo, hi = train.min(), train.max()
    scale = lambda p: (p - lo) / (hi - lo)

    def windows(series):
        s = scale(series)
        Xw = np.stack([s[i:i + 20] for i in range(len(s) - 20)])
        return torch.tensor(Xw[:, :, None], dtype=torch.float32), torch.tensor(s[20:], dtype=torch.float32)

    Xtr, ytr = windows(train)
    Xte, yte = windows(test)
    rnn = torch.nn.RNN(1, 16, batch_first=True)
    head = torch.nn.Linear(16, 1)
    opt = torch.optim.Adam(list(rnn.parameters()) + list(head.parameters()), lr=0.02)
    predict = lambda X: head(rnn(X)[0][:, -1]).squeeze(1)
    for _ in range(40):
        loss = torch.nn.functional.mse_loss(predict(Xtr), ytr)
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        inv = lambda s: s.numpy() * (hi - lo) + lo
        rmse_train = float(np.sqrt(np.mean((inv(predict(Xtr)) - inv(ytr)) ** 2)))
        rmse_test = float(np.sqrt(np.mean((inv(predict(Xte)) - inv(yte)) ** 2)))
    print("Results of RNN predictions:")
    print()
    print("RMSE of training set:", rmse_train)
    print()
    print("RMSE of test set:", rmse_test)
    truth = Truth()
    truth.add(**{"RMSE of training set": rmse_train})
    truth.add(**{"RMSE of test set": rmse_test})
    truth.write("the RMSE of the inverse-scaled RNN predictions", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"stockrnn": run}, root=HELDOUT48)
