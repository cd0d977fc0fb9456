"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Probability density fitting with distfit (PyPI ``distfit``): 400 seeded gamma draws fitted by
six candidate distributions (``distr=[...]``, ``verbose="info"``), ``fit_transform``: its logger
prints timestamped lines, and for each candidate ``[gamma  ] [0.01 sec] [RSS: 0.00221473]
[loc=0.048 scale=1.433]``, once while fitting and once more while transforming (the package
fits twice on ``fit_transform``), then ``Compute confidence intervals [parametric]``; the
generator then prints the best model's name.

Truth: the fitted object's ``summary`` frame: for each candidate its ``score`` (the RSS),
``loc`` and ``scale``, named ``<distribution>/RSS``, ``<distribution>/loc`` and
``<distribution>/scale`` (the line's bracketed distribution name, then the printed label),
listed twice, once per printed line. Judgement: ``loc`` and ``scale`` are the fits' estimates,
results, not configuration; the per-candidate seconds are kept nowhere (no truth).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main

CANDIDATES = ["norm", "expon", "gamma", "lognorm", "uniform", "weibull_min"]


def run() -> None:
    import numpy as np
    from distfit import distfit

    rng = np.random.default_rng(5)
    x = rng.gamma(2.0, 1.5, 400)
    model = distfit(distr=CANDIDATES, verbose="info")
    model.fit_transform(x)
    print(f"best: {model.model['name']}")
    truth = Truth()
    rows = {row["name"]: row for _, row in model.summary.iterrows()}
    for _ in range(2):  # printed while fitting and again while transforming
        for name in CANDIDATES:
            row = rows[name]
            truth.add(**{f"{name}/RSS": row["score"], f"{name}/loc": row["loc"],
                         f"{name}/scale": row["scale"]})
    truth.write("distfit: the fitted object's summary frame (score as RSS, loc, scale) for each "
                "candidate, named <distribution>/<label>, listed once per printed line",
                libraries=("distfit",), params={"distr": ", ".join(CANDIDATES)},
                rel=1e-5, abs_tol=5e-4)  # six significant digits (RSS), three decimals


if __name__ == "__main__":
    main(__file__, {"distfit": run}, root=HELDOUT19)
