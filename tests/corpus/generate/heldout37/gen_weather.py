"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

The closing report of 19121A0531/weather-image-recognition-using-deep-learning ``results.py``:
``result_test`` prints ``"    Test Loss: {:.5f}"`` (right-aligned under the next line) and
``"Test Accuracy: {:.2f}%"`` (the accuracy times 100). Here, before it, a hand-written loop
(ours: the original trains with Keras, whose own progress bar is no part of this format) prints
nothing but ``Training model_<i> ...`` and ``done``: six softmax-regression models on sklearn's
digits with different L2 strengths, each reported with ``result_test``.

Truth: ``test/Loss`` and ``test/Accuracy`` (``Test Loss``, ``Test Accuracy``) of each model, no
step.
"""

from _toy import digits
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import torch
    import torch.nn.functional as F

    Xtr, ytr, _, _, Xte, yte = digits(seed=3)
    truth = Truth()
    for i, wd in enumerate((0.0, 1e-3, 1e-2, 3e-2, 1e-1, 3e-1)):
        print(f"Training model_{i} ...")
        torch.manual_seed(i)
        W = torch.zeros(64, 10, requires_grad=True)
        b = torch.zeros(10, requires_grad=True)
        opt = torch.optim.SGD([W, b], lr=0.1, weight_decay=wd)
        for _ in range(15 + 5 * i):
            loss = F.cross_entropy(Xtr @ W + b, ytr)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print("done")
        with torch.no_grad():
            out = Xte @ W + b
            results = [F.cross_entropy(out, yte).item(), (out.argmax(1) == yte).float().mean().item()]
        print("    Test Loss: {:.5f}".format(results[0]))
        print("Test Accuracy: {:.2f}%".format(results[1] * 100))
        truth.add(**{"test/Loss": results[0], "test/Accuracy": results[1] * 100})
    truth.write("the script's test loss and accuracy of each model", libraries=("torch",),
                rel=1e-4, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"weather": run}, root=HELDOUT37)
