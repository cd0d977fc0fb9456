"""HELD-OUT fixture (thirtieth half, see generate/heldout30/README.md): do not read while tuning
the parser.

Variational Bayesian inference with BayesPy (PyPI ``bayespy``), seeded: a Gaussian with unknown
mean and precision (50 draws) and a four-component Gaussian mixture in 2-D (120 points from three overlapping clusters; Dirichlet
weights, Gaussian means, Wishart precision matrices; random initialisation of the assignments), each by
``VB(...).update(repeat=...)``. BayesPy prints ``Iteration 1: loglike=-1.356831e+02 (0.004
seconds)`` per update and ``Converged at iteration 3.`` when the bound stops changing; the script
then prints the posterior mean of the first model (``posterior mean of mu: 4.8422``, ``posterior
mean of tau: 0.184292``).

Truth: the lower bound history the ``VB`` object keeps (``Q.L[:Q.iter]``), under the printed label
``loglike`` at the iteration the line states (the two models share the name, the count
restarting); the posterior means from the nodes' ``get_moments()``. The seconds are times.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT30, Truth, main


def run() -> None:
    import numpy as np
    from bayespy.inference import VB
    from bayespy.nodes import (Categorical, Dirichlet, Gamma, Gaussian, GaussianARD, Mixture,
                               Wishart)

    np.random.seed(30)
    truth = Truth()

    def record(Q):
        for k in range(Q.iter):
            truth.add(at=k + 1, loglike=Q.L[k])

    data = np.random.normal(5, 2, size=(50,))
    mu = GaussianARD(0, 1e-6)
    tau = Gamma(1e-6, 1e-6)
    y = GaussianARD(mu, tau, plates=(50,))
    y.observe(data)
    Q = VB(mu, tau, y)
    Q.update(repeat=20)
    record(Q)
    mu_mean, tau_mean = mu.get_moments()[0], tau.get_moments()[0]
    print(f"posterior mean of mu: {mu_mean:.4f}")
    print(f"posterior mean of tau: {tau_mean:.6f}")
    truth.add(**{"posterior mean of mu": mu_mean, "posterior mean of tau": tau_mean})

    centres = np.array([[0.0, 0.0], [2.0, 2.0], [0.0, 3.0]])
    X = np.vstack([c + np.random.randn(40, 2) for c in centres])
    K = 4
    alpha = Dirichlet(1e-3 * np.ones(K))
    z = Categorical(alpha, plates=(120,))
    means = Gaussian(np.zeros(2), 1e-5 * np.identity(2), plates=(K,))
    prec = Wishart(2, 1e-5 * np.identity(2), plates=(K,))
    x = Mixture(z, Gaussian, means, prec)
    x.observe(X)
    z.initialize_from_random()
    Q = VB(x, z, means, prec, alpha)
    Q.update(repeat=30)
    record(Q)
    truth.write("bayespy: the VB object's lower-bound history L and the nodes' posterior moments",
                libraries=("bayespy", "numpy", "scipy"), rel=5e-6)


if __name__ == "__main__":
    main(__file__, {"bayespy": run}, root=HELDOUT30)
