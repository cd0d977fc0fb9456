"""HELD-OUT fixture (fifty-fifth half, see generate/heldout55/README.md): do not read while
tuning the parser.

A hand-written PyTorch regression loop printing through ncsa/Genomics_EpiQuant_TensorFlow
``src/Modules/Progress.py``: ``progress(i, length, message)`` prints ``" [", "{:6.2f}%", "]",
message`` with ``end='\\r'`` (a newline pair at the end), and ``log_training`` prints, with
print's own spaces, ``" [", app_time.get_time(), "]", " Step:", "{:6d}", " Past Acc:",
"{:.2E}", " Accuracy:", "{:.2E}", " Past Loss:", "{:.2E}", " Loss:", "{:.2E}", " Delta:",
"{:.2E}", " Alpha:", "{:.2E}", "\\n"``. Here: a linear model on synthetic genotype data (SNPs
0/1/2 against a phenotype), Adam (0.004), a log line every 10 steps until the accuracy change is below
``alpha`` or 250 steps; accuracy is the training R^2, as the original's regression accuracy.

Truth: ``Accuracy`` and ``Loss`` at the printed step. Optional: ``Past Acc`` and ``Past Loss``
(the previous line's values again), ``Delta`` (their difference) and ``Alpha`` (the stopping
threshold, a setting). The progress percentages and the clock are no metrics.
"""

import time

from _toy import *  # noqa: F401,F403  (sys.path)
from _capture import HELDOUT55, Truth, main


class AppTime:
    def __init__(self):
        self.t0 = time.time()

    def get_time(self):
        s = time.time() - self.t0
        return "{:02d}:{:02d}:{:05.2f}".format(int(s // 3600), int(s % 3600 // 60), s % 60)


def progress(i, length, message):
    import sys
    print(" [", "{:6.2f}".format((i + 1) / length * 100) + "%", "]", message, end='\r')
    sys.stdout.flush()
    if i + 1 == length:
        print("\n")


def log_training(accuracy, past_accuracy, loss, past_loss, alpha, step, app_time):
    print(
        " [", app_time.get_time(), "]",
        " Step:", "{:6d}".format(step),
        " Past Acc:", "{:.2E}".format(past_accuracy),
        " Accuracy:", "{:.2E}".format(accuracy),
        " Past Loss:", "{:.2E}".format(past_loss),
        " Loss:", "{:.2E}".format(loss),
        " Delta:", "{:.2E}".format(abs(past_accuracy - accuracy)),
        " Alpha:", "{:.2E}".format(alpha),
        "\n"
    )


def run() -> None:
    import numpy as np
    import torch

    app_time = AppTime()
    rng = np.random.default_rng(55)
    n, p = 400, 60
    X = np.zeros((n, p))
    for i in range(n):
        progress(i, n, "Reading genotype rows")
        X[i] = rng.integers(0, 3, size=p)
    beta = rng.normal(size=p) * (rng.random(p) < 0.2)
    y = X @ beta + rng.normal(scale=1.0, size=n)
    X = torch.tensor((X - X.mean(0)) / X.std(0), dtype=torch.float32)
    y = torch.tensor((y - y.mean()) / y.std(), dtype=torch.float32)
    torch.manual_seed(55)
    model = torch.nn.Linear(p, 1)
    opt = torch.optim.Adam(model.parameters(), lr=0.004)
    alpha = 2e-5
    truth = Truth()
    past_accuracy, past_loss = 0.0, 0.0
    for step in range(1, 251):
        pred = model(X).squeeze(1)
        loss = torch.mean((pred - y) ** 2)
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step % 10 == 0:
            with torch.no_grad():
                mse = float(torch.mean((model(X).squeeze(1) - y) ** 2))
            accuracy = 1 - mse / float(torch.var(y, unbiased=False))
            log_training(accuracy, past_accuracy, mse, past_loss, alpha, step, app_time)
            truth.add(at=step, Accuracy=accuracy, Loss=mse)
            truth.allow(**{"Past Acc": past_accuracy, "Past Loss": past_loss,
                           "Delta": abs(past_accuracy - accuracy), "Alpha": alpha})
            if abs(past_accuracy - accuracy) < alpha:
                break
            past_accuracy, past_loss = accuracy, mse
    truth.write("the script's training R^2 and MSE next to each log_training call",
                libraries=("torch",), rel=5e-3)


if __name__ == "__main__":
    main(__file__, {"epiquant": run}, root=HELDOUT55)
