"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

Optimisation in JAX with JAXopt (PyPI ``jaxopt``, float64), seeded: an L2-regularised logistic
regression on 200 synthetic points (5 features) minimised by L-BFGS (8 iterations), BFGS (6) and
gradient descent (6), each solver built with ``verbose=True`` and stepped by ``update``: one
logging-framed line an iteration, ``INFO: jaxopt.LBFGS: Iter: 1 Gradient Norm (stopping
criterion): 5.32... Objective Value:7.64...  Stepsize:0.13...  Number Linesearch Iterations:2``
(gradient descent: ``Iter: 1 Distance btw Iterates (stopping criterion): ... Stepsize:0.5``).

Truth: the solver state after each ``update`` (``error``, ``value``, ``stepsize``,
``num_linesearch_iter``), under the printed labels with the printed solver tag before them
(``jaxopt.LBFGS/Objective Value``, ``jaxopt.LBFGS/Gradient Norm (stopping criterion)``,
``jaxopt.GradientDescent/Distance btw Iterates (stopping criterion)``) at the ``Iter`` the line
states. ``Stepsize`` (the line search's step, a rate) and ``Number Linesearch Iterations`` (a
count: the state keeps a running total, the line prints the iteration's share) are optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT29, Truth, main


def run() -> None:
    import jax
    import jax.numpy as jnp
    import jaxopt
    import numpy as np

    jax.config.update("jax_enable_x64", True)
    rng = np.random.default_rng(29)
    X = jnp.asarray(rng.normal(size=(200, 5)))
    y = jnp.asarray((X @ np.array([1.5, -2.0, 0.5, 0.0, 1.0]) + rng.normal(size=200) > 0) * 1.0)

    def loss(w):
        z = X @ w
        return jnp.mean(jnp.logaddexp(0.0, z) - y * z) + 0.05 * jnp.sum(w ** 2)

    truth = Truth()
    for cls, iters in ((jaxopt.LBFGS, 8), (jaxopt.BFGS, 6), (jaxopt.GradientDescent, 6)):
        solver = cls(fun=loss, maxiter=iters, verbose=True)
        tag = f"jaxopt.{cls.__name__}"
        w = jnp.zeros(5)
        state = solver.init_state(w)
        searched = 0
        for _ in range(iters):
            w, state = solver.update(w, state)
            k = int(state.iter_num)
            if cls is jaxopt.GradientDescent:
                truth.add(at=k, **{f"{tag}/Distance btw Iterates (stopping criterion)":
                                   float(state.error)})
                truth.allow(**{f"{tag}/Stepsize": float(state.stepsize)})
            else:
                truth.add(at=k, **{f"{tag}/Gradient Norm (stopping criterion)": float(state.error),
                                   f"{tag}/Objective Value": float(state.value)})
                total = int(state.num_linesearch_iter)
                truth.allow(**{f"{tag}/Stepsize": float(state.stepsize),
                               f"{tag}/Number Linesearch Iterations": total - searched})
                searched = total
    truth.write("jaxopt: each solver's state after every update (error, value, stepsize, "
                "num_linesearch_iter as differences)",
                libraries=("jaxopt", "jax", "numpy"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"jaxopt": run}, root=HELDOUT29)
