"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop logging as the training console output kept in
zdx198811/lab604-automation ``guiunits/pon56gDemoNNTrainingOutput_s.py``
(``training_console_output``): ``INFO: epoch 1-599, loss: 0.015 (vt899pondemo)`` (level, the
epoch and a sample counter joined by ``-``, the loss to three decimals, the logger's name in
parentheses), after the first epoch's test a dump of misclassified samples (``INFO: 7772``, then
tab-indented ``input=tensor([[...]], dtype=torch.float64)``, ``label=0.0``, ``output=`` the raw
output and the decision run together), and after each epoch ``INFO: Accuracy on 9986 test data:
99.9800 %``. Rebuilt here with ``logging`` (format ``%(levelname)s: %(message)s``, on stderr;
only the epoch lines name the run, as in the kept output): a logistic classifier (float64) on 16-sample noisy symbol windows, 4 epochs, a
line every 60 samples, at most two dumped samples.

Truth: the script's running mean loss of each line, ``loss`` (the line states the epoch and a
sample counter: no step); the test accuracy percentage, ``Accuracy on 9986 test data`` (the
printed label up to the colon; here the test set has 500 samples, so ``Accuracy on 500 test
data``). The dumped inputs, labels and outputs are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import logging

    import torch

    logging.basicConfig(format="%(levelname)s: %(message)s", level=logging.INFO)
    log = logging.getLogger("vt899pondemo")
    torch.manual_seed(32)

    def make(n):
        label = torch.randint(0, 2, (n,)).double()
        sym = (label * 2 - 1)[:, None] * torch.linspace(0.1, 0.5, 16, dtype=torch.float64)
        return sym + 1.2 * torch.randn(n, 16, dtype=torch.float64), label

    Xtr, ytr = make(600)
    Xte, yte = make(500)
    w = torch.zeros(16, dtype=torch.float64, requires_grad=True)
    b = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.SGD([w, b], lr=0.01)
    truth = Truth()
    for epoch in range(1, 5):
        running, count = 0.0, 0
        for i in range(600):
            out = torch.tanh(Xtr[i] @ w + b)
            loss = ((out - (ytr[i] * 2 - 1)) ** 2).mean() / 4
            opt.zero_grad()
            loss.backward()
            opt.step()
            running += loss.item()
            count += 1
            if i % 60 == 0:
                log.info(f"epoch {epoch}-{i + 1}, loss: {running / count:.3f} ({log.name})")
                truth.add(loss=running / count)
                running, count = 0.0, 0
        with torch.no_grad():
            outs = torch.tanh(Xte @ w + b)
        pred = (outs > 0).double()
        wrong = (pred != yte).nonzero().flatten().tolist()
        if epoch == 1:
            for k in wrong[:2]:
                log.info(f"{k}\n\tinput={Xte[k:k + 1]}\n\tlabel={yte[k].item()}\n"
                         f"\toutput={outs[k].item()}{pred[k].item() * 2 - 1}")
        acc = 100 * (len(yte) - len(wrong)) / len(yte)
        log.info(f"Accuracy on {len(yte)} test data: {acc:.4f} %")
        truth.add(**{f"Accuracy on {len(yte)} test data": acc})
    truth.write("the script's running loss and its test accuracy", libraries=("torch",),
                rel=1e-3, abs_tol=0.0005)


if __name__ == "__main__":
    main(__file__, {"lab604": run}, root=HELDOUT32)
