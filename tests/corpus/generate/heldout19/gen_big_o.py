"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Empirical time complexity with big_O (PyPI ``big-O``): ``big_o.big_o`` times Python's
``sorted`` on random integers (8 sizes from 100 to 20,000, 3 repeats) and a pure-Python
all-pairs loop (8 sizes from 20 to 300), fits each of its complexity classes to the timings, and
``print(big_o.reports.big_o_report(best, others))`` prints ``Best : Quadratic: time = 0.00055 +
2.1E-11*n^2 (sec)`` and one line per class, ``Linear: time = -0.00077 + 4.3E-07*n (sec)
(res: 2.8E-06)``.

Truth: the returned objects: each class's residuals (the ``others`` dict's values) as
``<Class>/res`` (the class name before the colon, the label in brackets); printed ``%.2G``, so
the tolerance is two significant digits. Optional: each fitted class's first coefficient
(``coefficients()[0]``, the Best line's too), as ``time``: a fit's coefficient printed inside its formula. The other coefficients inside the
formulas have no truth. Timings differ from run to run; the truth is from the same run.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main


def pairs(values) -> int:
    total = 0
    for a in values:
        for b in values:
            total += a < b
    return total


def run() -> None:
    import big_o
    import numpy as np

    np.random.seed(0)
    truth = Truth()
    runs = [(sorted, lambda n: big_o.datagen.integers(n, 0, 10000), 100, 20000),
            (pairs, lambda n: big_o.datagen.integers(n, 0, 1000), 20, 300)]
    for func, gen, min_n, max_n in runs:
        best, others = big_o.big_o(func, gen, min_n=min_n, max_n=max_n, n_measures=8,
                                   n_repeats=3)
        print(big_o.reports.big_o_report(best, others))
        truth.allow(time=best.coefficients()[0])  # the Best line
        for cls, residuals in others.items():
            truth.allow(time=cls.coefficients()[0])
            truth.add(**{f"{type(cls).__name__}/res": residuals})
    truth.write("big_O: the residuals big_o() returns per complexity class (<Class>/res); each "
                "class's first coefficient optional as 'time'", libraries=("big-O",),
                params={"n_measures": 8, "n_repeats": 3},
                rel=0.05, abs_tol=0.0)  # %.2G: two significant digits


if __name__ == "__main__":
    main(__file__, {"big-o": run}, root=HELDOUT19)
