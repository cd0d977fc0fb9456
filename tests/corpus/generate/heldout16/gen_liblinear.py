"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Linear classifiers with LIBLINEAR (the C library through its official Python interface,
``liblinear-official``): 5-fold cross-validation (``-v 5``) of each of its eight
classification solvers (``-s 0`` .. ``-s 7``: L2/L1-regularised logistic regression and
SVMs, primal and dual, and Crammer-Singer) on the standardised Wisconsin breast-cancer data,
``-q`` (the C solvers' own iteration lines off). Each ``train`` prints ``Cross Validation
Accuracy = 97.5395%``.

Truth: what ``train(..., '-v 5')`` returns: the accuracy it printed (``Cross Validation
Accuracy``, in percent). Params: none printed. Judgement: the solvers are different models,
unstepped; the ``%`` is a unit.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main


def run() -> None:
    from liblinear.liblinearutil import train
    from sklearn.datasets import load_breast_cancer

    data = load_breast_cancer()
    x = (data.data - data.data.mean(0)) / data.data.std(0)
    y, rows = data.target.tolist(), x.tolist()
    truth = Truth()
    for solver in range(8):
        accuracy = train(y, rows, f"-s {solver} -v 5 -q")
        truth.add(**{"Cross Validation Accuracy": accuracy})
    sys.stdout.flush()
    truth.write("liblinearutil.train's return value with -v 5 (the cross-validation accuracy "
                "it prints, percent) for solvers 0..7; unstepped",
                libraries=("liblinear-official", "scikit-learn"), params=None, rel=1e-5)


if __name__ == "__main__":
    main(__file__, {"liblinear": run}, root=HELDOUT16)
