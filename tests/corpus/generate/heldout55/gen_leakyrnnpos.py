"""HELD-OUT fixture (fifty-fifth half, see generate/heldout55/README.md): do not read while
tuning the parser.

The second format of wizardlouis/Seq2seq-Model ``LeakyRNN/seq_train.py``
(``Iter_train_burn_pos``): per epoch ``'Epoch {}:\\nTotal Loss = {}\\nretrieve Loss =
{}\\ndelay Loss = {}'`` with ``str()`` of the summed batch losses, and ``burn in is over, start
using scale_loss!`` at the burn-in epoch. The run itself is ``run_pos`` in ``gen_leakyrnn.py``
(see its docstring for the task and the stand-ins).

Truth: ``Total Loss``, ``retrieve Loss`` and ``delay Loss`` at the epoch of the ``Epoch N:``
line their block belongs to.
"""

from gen_leakyrnn import run_pos
from _capture import HELDOUT55, main


if __name__ == "__main__":
    main(__file__, {"leakyrnnpos": run_pos}, root=HELDOUT55)
