"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

Sparse recovery with SPGL1 (PyPI ``spgl1``, the spectral projected gradient method), seeded: a
basis-pursuit denoise problem (30 x 60 Gaussian matrix, three spikes, ``sigma=0.01``, stopped at 10
iterations) and a LASSO problem (``tau=3``, 40 x 80, stopped at 12), each ``spgl1(...,
verbosity=2)``: a banner and settings block (``Basis pursuit tol : 1.00e-06``, ``Maximum iterations
: 10``), the iteration table ``iterr Objective Relative Gap Rel Error gnorm stepg nnz_x nnz_g tau``
(``tau`` only on rows where it changes; the LASSO table has no ``Rel Error`` and ``tau`` columns),
an exit line (``ERROR EXIT -- Too many iterations``) and a two-column footer of counts and times
(``Products with A : 13 Total time (secs) : 0.0``).

Truth: the ``info`` dict ``spgl1`` returns: its histories ``rnorm2`` (the ``Objective`` column) and
``lambdaa`` (``gnorm``) for rows 0 to ``niters - 1``, and the final ``rnorm`` and ``gnorm`` for the
last row, at the row's ``iterr`` (the two tables share the names; the count restarts). The per-row
``Relative Gap`` and ``Rel Error`` are not kept (only the final gap: ``rgap``, optional under
``Relative Gap``); ``tau`` (final ``tau``) optional; ``stepg``, ``nnz_x`` and ``nnz_g`` are not
kept (printed, no truth). The footer's counts are optional (``Products with A`` ``nprodA``,
``Products with A^H`` ``nprodAt``, ``Newton iterations`` ``n_newton``, ``Subspace iterations``
``niters_lsqr``); its times are times; the settings block is settings.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT29, Truth, main


def run() -> None:
    import numpy as np
    from spgl1 import spgl1

    rng = np.random.default_rng(29)
    truth = Truth()

    def solve(m, n, iters, **kw):
        A = rng.normal(size=(m, n))
        x = np.zeros(n)
        x[rng.choice(n, 3, replace=False)] = [1.5, -2.0, 1.0]
        b = A @ x + rng.normal(0, 0.01, m)
        *_, info = spgl1(A, b, iter_lim=iters, verbosity=2, **kw)
        k = int(info["niters"])
        for i in range(k):
            truth.add(at=i, Objective=info["rnorm2"][i], gnorm=info["lambdaa"][i])
        truth.add(at=k, Objective=info["rnorm"], gnorm=info["gnorm"])
        truth.allow(**{"Relative Gap": info["rgap"], "tau": info["tau"],
                       "Products with A": info["nprodA"], "Products with A^H": info["nprodAt"],
                       "Newton iterations": info["n_newton"],
                       "Subspace iterations": info["niters_lsqr"]})

    solve(30, 60, 10, tau=0, sigma=0.01)
    solve(40, 80, 12, tau=3.0)
    truth.write("spgl1: the info dict spgl1 returns (rnorm2 and lambdaa histories, final rnorm, "
                "gnorm, rgap, tau and counts)",
                libraries=("spgl1", "numpy", "scipy"),
                rel=5e-3)  # gnorm is printed with three significant digits


if __name__ == "__main__":
    main(__file__, {"spgl1": run}, root=HELDOUT29)
