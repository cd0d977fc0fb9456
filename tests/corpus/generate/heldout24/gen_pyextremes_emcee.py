"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

``pyextremes-emcee`` (and its ``-pipe`` twin), the second capture of pyextremes (the first is
``gen_pyextremes.py``'s, whose series, report and truth helpers this one imports): the same
twenty years of seeded daily values, the same yearly block maxima fitted with the Bayesian
``Emcee`` model (Gumbel, 10 walkers of 200 samples, ``progress=True``: emcee's tqdm bar on
stderr, drawn another width on a terminal than on a pipe), reported the same three ways (the
report adds ``Walkers`` and ``Samples per walker``, the model print ``number of walkers`` and
``number of samples``: params), for return periods 2 and 10. Its log-likelihood, AIC and
parameters are the model's (its point estimate from the posterior), taken as in
``gen_pyextremes.py``: ``Log-likelihood``/``loglikelihood``, ``AIC`` twice, ``loc`` and
``scale`` twice, ``<period>/return value``, the bounds and counts optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT24, Truth, main
from gen_pyextremes import _report, _series


def run_emcee() -> None:
    from pyextremes import EVA

    eva = EVA(_series())
    eva.get_extremes(method="BM", block_size="365.2425D")
    eva.fit_model(model="Emcee", distribution="gumbel_r", n_walkers=10, n_samples=200,
                  progress=True)
    truth = Truth()
    _report(eva, truth, [2, 10])
    truth.write("pyextremes: the Emcee model's loglikelihood, AIC and fit_parameters, and the "
                "get_summary frame's return values and bounds",
                libraries=("pyextremes", "emcee", "numpy"),
                params={"Walkers": 10, "Samples per walker": 200, "number of walkers": 10,
                        "number of samples": 200, "block_size": "365.2425D"},
                rel=1e-4, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"pyextremes-emcee": run_emcee}, root=HELDOUT24)
