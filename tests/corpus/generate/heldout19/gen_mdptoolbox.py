"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Markov decision processes with the Python MDP Toolbox (PyPI ``pymdptoolbox``): the toolbox's
forest-management example solved by value iteration (4 states, discount 0.9; 6 states, discount
0.96) and by relative value iteration (4 states, average reward), each with ``setVerbose()``:
a header ``  Iteration		V-variation`` (``U variation`` for the relative one), one line per
iteration, ``    3		  2.6244`` (the iteration, then the span of the value function's
change, printed with ``%s``), and ``Iterating stopped, epsilon-optimal policy found.``

Truth: the library's own value functions: each solver is run again, silently, stopped after 1,
2, ..., n iterations (``max_iter`` set on the object), and the variation at iteration k is the
span (max - min) of ``V`` after k iterations less ``V`` after k - 1 (zeros before the first),
as ``run`` computes it; named by the header's title (``V-variation``, ``U variation``),
stepped by the printed iteration.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main


def value_after(make, k: int):
    import numpy as np

    if k == 0:
        return None
    solver = make()
    solver.max_iter = k
    solver.run()
    return np.array(solver.V)


def run() -> None:
    import mdptoolbox.example
    import mdptoolbox.mdp
    import numpy as np

    problems = [
        ("V-variation", lambda: mdptoolbox.mdp.ValueIteration(*small, 0.9)),
        ("V-variation", lambda: mdptoolbox.mdp.ValueIteration(*larger, 0.96)),
        ("U variation", lambda: mdptoolbox.mdp.RelativeValueIteration(*small)),
    ]
    small = mdptoolbox.example.forest(S=4, r1=4, r2=2, p=0.1)
    larger = mdptoolbox.example.forest(S=6, r1=5, r2=3, p=0.05)
    truth = Truth()
    for name, make in problems:
        solver = make()
        solver.setVerbose()
        solver.run()
        previous = np.zeros(len(solver.V))
        for k in range(1, solver.iter + 1):
            current = value_after(make, k)
            change = current - previous
            truth.add(at=k, **{name: float(change.max() - change.min())})
            previous = current
    truth.write("pymdptoolbox: the solvers' V after 1..n iterations (max_iter set, run again "
                "silently), the span of each change as run() computes it, stepped by the "
                "printed iteration", libraries=("pymdptoolbox",),
                params={"discount": "0.9, 0.96"}, rel=1e-9, abs_tol=1e-12)  # printed %s


if __name__ == "__main__":
    main(__file__, {"mdptoolbox": run}, root=HELDOUT19)
