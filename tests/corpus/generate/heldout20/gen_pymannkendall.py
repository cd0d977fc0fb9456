"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Trend tests with pyMannKendall (PyPI ``pymannkendall``) on a seeded monthly series of 72 values
(a weak trend, a yearly cycle and autocorrelated noise): ``print()`` of the named tuples that
``original_test``, ``hamed_rao_modification_test``, ``yue_wang_modification_test``,
``pre_whitening_modification_test``, ``seasonal_test(period=12)`` and ``sens_slope`` return, as
the package's README does. Under numpy 2 a tuple's repr shows its numpy scalars as
``np.float64(...)``: ``Mann_Kendall_Test(trend='increasing', h=np.True_,
p=np.float64(0.0123), z=np.float64(2.5), Tau=np.float64(0.2), s=np.float64(511.0),
var_s=41183.3, slope=np.float64(0.05), intercept=np.float64(1.2))``.

Truth: the tuples' fields, named as the fields: ``z``, ``Tau``, ``s``, ``var_s``, ``slope``,
``intercept``, one value per test printed; ``p`` optional (a p-value); ``trend`` and ``h`` are
words and booleans, no numbers.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main


def run() -> None:
    import numpy as np
    import pymannkendall as mk

    rng = np.random.default_rng(20)
    noise = np.zeros(72)
    for i in range(1, 72):
        noise[i] = 0.5 * noise[i - 1] + rng.normal(0, 1)
    months = np.arange(72)
    series = 10 + 0.03 * months + 1.5 * np.sin(2 * np.pi * months / 12) + noise
    results = [mk.original_test(series), mk.hamed_rao_modification_test(series),
               mk.yue_wang_modification_test(series), mk.pre_whitening_modification_test(series),
               mk.seasonal_test(series, period=12), mk.sens_slope(series)]
    truth = Truth()
    for result in results:
        print(result)
        fields = result._asdict()
        for key, value in fields.items():
            if key == "p":
                truth.allow(p=value)
            elif key not in ("trend", "h"):
                truth.add(**{key: value})
    truth.write("pymannkendall: the named tuples the tests return, each numeric field under its "
                "own name, p optional", libraries=("pymannkendall", "numpy"),
                params={"period": 12}, rel=1e-9)  # repr: full precision


if __name__ == "__main__":
    main(__file__, {"pymannkendall": run}, root=HELDOUT20)
