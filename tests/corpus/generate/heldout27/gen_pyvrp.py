"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Vehicle routing with PyVRP (PyPI ``pyvrp``), seeded: a capacitated instance of 25 clients around
one depot (four vehicles of capacity 15, rounded Euclidean distances) solved by its hybrid
genetic search for 16 iterations with ``display=True`` and a display interval of 0, so that
every iteration prints its row. PyVRP prints a header (version, instance counts), the column
heads ``Iters Time | Current OK Candidate OK Best OK``, one row an iteration (``H`` in front
when the best feasible cost improves; costs, then ``Y``/``N`` for feasibility), then ``Search
terminated in 0.01s after 16 iterations.``, ``Best-found solution has cost <cost>.``, and the
result's summary (``Solution results``: ``# routes: 4``, ``objective:``, ``distance:``,
``duration: 0``, ``# iterations``, ``run-time``); the script then prints the result again
(the same summary with its routes).

Truth, from the ``Result``: ``res.stats.data`` (one datum an iteration: current, candidate and
best cost) under the printed column heads ``Current``, ``Candidate``, ``Best``, at the iteration
the row states; ``Best-found solution has cost`` (``res.cost()``); ``objective``,
``distance`` and ``duration`` of the best solution, once for each of the two summaries; counts
(routes, trips, clients, iterations) and times (the rows' ``Time``) optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main


def run() -> None:
    import numpy as np
    from pyvrp import Model, SolveParams
    from pyvrp.stop import MaxIterations

    rng = np.random.default_rng(27)
    model = Model()
    model.add_vehicle_type(num_available=4, capacity=15)
    locations = [model.add_location(x=50, y=50)] + [
        model.add_location(x=int(x), y=int(y))
        for x, y in zip(rng.integers(0, 100, 25), rng.integers(0, 100, 25))]
    model.add_depot(locations[0])
    for location, demand in zip(locations[1:], rng.integers(1, 5, 25)):
        model.add_client(location, delivery=int(demand))
    for a in locations:
        for b in locations:
            model.add_edge(a, b, distance=int(round(((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5)))
    res = model.solve(stop=MaxIterations(16), seed=27, display=True,
                      params=SolveParams(display_interval=0.0))
    print(res)
    truth = Truth()
    for i, datum in enumerate(res.stats.data, start=1):
        truth.add(at=i, Current=datum.current_cost, Candidate=datum.candidate_cost,
                  Best=datum.best_cost)
        truth.allow(Time=round(sum(res.stats.runtimes[:i])))
    truth.add(**{"Best-found solution has cost": res.cost()})
    best = res.best
    for _ in range(2):
        truth.add(objective=res.cost(), distance=best.distance(), duration=best.duration())
        truth.allow(**{"# routes": best.num_routes(), "# trips": best.num_trips(),
                       "# clients": best.num_clients(), "# shipments": 0,
                       "# iterations": res.num_iterations, "run-time": res.runtime})
    truth.allow(**{"Search terminated in": res.runtime, "after": res.num_iterations})
    truth.write("pyvrp: Result.stats.data per iteration, Result.cost() and the best solution's "
                "distance() and duration()", libraries=("pyvrp",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"pyvrp": run}, root=HELDOUT27)
