"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

The ``redball`` environment of Annivia/miniCNN ``train_cnn.py``: the same script and print
format as ``gen_minicnn.py`` (whose docstring describes both), with one binary and one rounded
categorical feature, so the metrics are accuracies (``F1(acc):0.521``, ``Feature 1 (Binary) -
Accuracy: 0.5938``), one batch per epoch, 2 epochs.

Truth: as in ``gen_minicnn.py``: per postfix state ``batch_loss``, ``F1(acc)``, ``F2(acc)`` at
the inner bar's epoch; ``Training Loss``, ``Validation Loss``, ``val/F1(acc)``, ``val/F2(acc)`` at
the ``Epoch N/M:`` header's epoch; ``Test Loss``, ``Accuracy``, ``MSE``, ``R^2`` in order, no
step; ``Learning Rate`` and the best-model loss optional.
"""

from gen_minicnn import redball
from _capture import HELDOUT54, main

if __name__ == "__main__":
    main(__file__, {"minicnn-redball": redball}, root=HELDOUT54)
