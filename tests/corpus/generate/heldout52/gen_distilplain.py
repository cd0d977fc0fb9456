"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

Knowledge distillation printing as michaelkinnas/mkpy-utils ``mkpyutils/training/distillers.py``
(``ResponseDistiller.distill``, commit c52e4dac) with the reporting functions of
``mkpyutils/helpers.py`` (commit 146715e4; the ``helpers/helpers.py`` that commit imports is not
in the index), with ``use_tqdm=False``: ``Epoch [e / E], Batch [b / B], Soft target
loss: ..., Hard target loss: ..., Final loss: ..., Student acc: ...%, LR: ...`` for every batch
and ``  => Epoch [e / E] | Validation loss: ... | Validation accuracy: ...%`` after each epoch.
Three epochs.

The distillation loss (KL divergence of temperature-softened outputs times T^2, weighted 0.8
against the cross-entropy) and the validation loss as the original computes it (the last
batch's loss divided by the number of batches) are the original's. Here: a teacher MLP
trained beforehand (silently) on sklearn's digits and a smaller student, 256 training images in
two batches, 300 validation images in two batches, temperature 2. The loop is shared with
``gen_distiltqdm.py`` in ``_distil.py``.

Truth: ``Soft target loss``, ``Hard target loss``, ``Final loss`` and ``Student acc`` (percent)
at the epoch of their line (the batch counter restarts); ``Validation loss`` and ``Validation
accuracy`` (percent) at the epoch of the ``=>`` line. The learning rate is optional.
"""

from _distil import distill
from _capture import HELDOUT52, main


def run() -> None:
    distill(use_tqdm=False, epochs=3)


if __name__ == "__main__":
    main(__file__, {"distilplain": run}, root=HELDOUT52)
