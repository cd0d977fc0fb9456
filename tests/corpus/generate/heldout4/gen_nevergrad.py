"""HELD-OUT fixture (fourth half, see generate/heldout4/README.md): do not read while tuning the
parser.

Nevergrad tuning two hyperparameters of a real logistic regression (`_models.logistic_regression`,
the last epoch's validation loss as the objective), as its README runs it:
``ng.optimizers.NGOpt(parametrization=ng.p.Instrumentation(lr=ng.p.Log(...), decay=...),
budget=8).minimize(objective, verbosity=2)``. With ``verbosity=2`` Nevergrad prints, per
evaluation, ``Launching 1 jobs with new suggestions``, ``Updating fitness with value
0.629949811529043`` (full precision), ``6 remaining budget and 0 running jobs`` and ``Current
pessimistic best is: MultiValue<mean: 0.62..., count: 1, parameter: Instrumentation(Tuple(),
Dict(decay=Scalar{...},lr=Log{Cl(-5.17...,0.82...,b),exp=3.80})):((), {'lr': 0.0547...,
'decay': 0.75})>``; SciPy's
COBYLA (inside NGOpt) warns on stderr; then the README's ``print(recommendation.kwargs)`` and a
``Best validation loss: 0.313839`` line.

Truth: the objective values the script returned to Nevergrad (what it prints as ``Updating
fitness with value``), named ``fitness``, no step (judgement: the printed label is ``value``
after ``Updating fitness with``; ``value`` and the whole phrase are optional spellings of the
same numbers); the pessimistic best's ``mean`` optional (a repeat of a fitness value);
``Best validation loss`` from ``recommendation.loss``. The probed settings (``lr``, ``decay``
in the dicts and the recommendation) are params, as lists; budgets and job counts are no
metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT4, Truth, main
from _models import logistic_regression


def train() -> None:
    import nevergrad as ng

    truth = Truth()
    probed: dict[str, list[float]] = {"lr": [], "decay": []}
    best: float | None = None

    def objective(lr: float, decay: float) -> float:
        nonlocal best
        rows = list(logistic_regression(lr=lr, epochs=4, seed=6, lr_decay=decay))
        loss = rows[-1]["val_loss"]
        probed["lr"].append(lr)
        probed["decay"].append(decay)
        truth.add(fitness=loss)
        truth.allow(value=loss, **{"Updating fitness with value": loss})
        best = loss if best is None else min(best, loss)
        truth.allow(mean=best)
        return loss

    param = ng.p.Instrumentation(lr=ng.p.Log(lower=1e-3, upper=3.0),
                                 decay=ng.p.Scalar(lower=0.5, upper=1.0))
    param.random_state.seed(0)
    optimizer = ng.optimizers.NGOpt(parametrization=param, budget=8)
    recommendation = optimizer.minimize(objective, verbosity=2)
    print(recommendation.kwargs)
    print(f"Best validation loss: {recommendation.loss:.6f}")
    truth.add(**{"Best validation loss": recommendation.loss})
    truth.write("the objective values returned to Nevergrad (printed as 'Updating fitness with "
                "value'), named fitness, no step; recommendation.loss; the pessimistic best "
                "optional; params = the probed lr and decay lists",
                libraries=("nevergrad", "numpy", "scipy"), params=probed, rel=1e-6,
                abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"nevergrad": train}, root=HELDOUT4)
