"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

Knowledge distillation printing as michaelkinnas/mkpy-utils ``mkpyutils/training/distillers.py``
(``ResponseDistiller.distill``, commit c52e4dac) with the reporting functions of
``mkpyutils/helpers.py`` (commit 146715e4; the ``helpers/helpers.py`` that commit imports is not
in the index), with ``use_tqdm=True``: an epoch bar (``desc='Epoch: '``, position
0), a batch bar (``"Batch: "``, position 1) whose ``set_postfix_str`` shows ``Soft target loss:
..., Hard target loss: ..., Final loss: ..., Student acc: ...%, LR: ...`` for every batch, a
validation bar (``"Validation: "``, position 2) after every epoch but the last, after which the
epoch bar's postfix shows ``Validation loss: ... | Validation accuracy: ...%``; all bars
``leave=False``. After the last epoch the final validation is printed as
``  => Epoch [E / E] | Validation loss: ... | Validation accuracy: ...%``. Two epochs.

The distillation loss (KL divergence of temperature-softened outputs times T^2, weighted 0.8
against the cross-entropy) and the validation loss as the original computes it (the last
batch's loss divided by the number of batches) are the original's. Here: a teacher MLP
trained beforehand (silently) on sklearn's digits and a smaller student, 256 training images in
two batches, 300 validation images in two batches, temperature 2. The loop is shared with
``gen_distilplain.py`` in ``_distil.py``.

Truth: every batch postfix state gives ``Soft target loss``, ``Hard target loss``, ``Final
loss`` and ``Student acc`` (percent) without a step; the epoch bar's postfix ``Validation loss``
and ``Validation accuracy`` (percent) without a step; the closing ``=>`` line the same names at
its epoch. The learning rate is optional.
"""

from _distil import distill
from _capture import HELDOUT52, main


def run() -> None:
    distill(use_tqdm=True, epochs=2)


if __name__ == "__main__":
    main(__file__, {"distiltqdm": run}, root=HELDOUT52)
