"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A one-weight hill climb printing as mkim9002/AIA ``keras2/keras72_lr.py`` does: each epoch
``print('Loss :', round(loss,4), '\\tPredict :', round(hypothesis,4))`` (print's own spaces
around the tab), then ``w`` moves by ``lr`` towards the lower of the two neighbouring losses.
Here: x = 10, y = 10 as in the original, w from 0.5 with lr 0.02 (the original: 1111 and 0.001
over 1000 epochs), 30 epochs.

Truth: the script's ``loss`` each epoch, ``Loss``, no step (the line states none); the printed
prediction ``Predict`` is optional (the model's output for the one input, not a training
metric).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    x, y, w, lr, epochs = 10, 10, 0.5, 0.02, 30
    truth = Truth()
    for i in range(epochs):
        hypothesis = x * w
        loss = (hypothesis - y) ** 2
        print('Loss :', round(loss, 4), '\tPredict :', round(hypothesis, 4))
        truth.add(Loss=loss)
        truth.allow(Predict=hypothesis)
        up_loss = (y - x * (w + lr)) ** 2
        down_loss = (y - x * (w - lr)) ** 2
        w = w - lr if up_loss >= down_loss else w + lr
    truth.write("the script's squared error of each epoch (round(loss, 4) printed)",
                rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"mkim": run}, root=HELDOUT36)
