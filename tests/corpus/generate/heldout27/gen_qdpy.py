"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Quality-diversity search with qdpy (PyPI ``qdpy``), seeded: a polynomial-mutation random search
(``RandomSearchMutPolyBounded``) filling an 8x8 grid of two features with a three-dimensional
genome (fitness: minus the squared distance to the centre; 300 evaluations in batches of 50),
then a second run on a 6x6 grid (200 evaluations in batches of 50). qdpy's ``AlgorithmLogger``
prints, per run, the heads ``alg_name iteration cont_size evals nb_updated avg std min max
ft_min ft_max qd_score elapsed`` and one row a batch (``avg`` ... ``max`` as one-element arrays
``[-0.2263]``, the feature extrema as ``[0.0572,0.0039]``, the container fill as ``33/64``),
then ``Finished optimisation using algorithm '...'. Total elapsed: 0.06...``. The logger's
result pickle goes to a temporary folder.

Truth: the logger's per-batch statistics computed from the container the way its printer does
(``_stats_iteration``, wrapped to keep the numbers before they are formatted): ``avg``,
``std``, ``min``, ``max`` of the container's fitness values and the normalised ``qd_score``, at
the ``iteration`` the row states (restarting for the second run); optional: ``evals``,
``nb_updated``, the features' extrema ``ft_min``/``ft_max`` (two values a row) and ``elapsed``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main


def run() -> None:
    import random
    import tempfile

    import numpy as np
    from qdpy import algorithms, containers
    from qdpy.base import ParallelismManager

    random.seed(27)
    np.random.seed(27)
    truth = Truth()

    class RecordingLogger(algorithms.AlgorithmLogger):
        def _stats_iteration(self, algo, batch_elapsed):
            row = super()._stats_iteration(algo, batch_elapsed)
            fitness = np.array([algo.container.get_ind_fitness(ind).values
                                for ind in algo.container])
            it = self._current_iteration
            truth.add(at=it, avg=fitness.mean(axis=0)[0], std=fitness.std(axis=0)[0],
                      min=fitness.min(axis=0)[0], max=fitness.max(axis=0)[0],
                      qd_score=algo.container.qd_score(normalized=True))
            extrema = np.array(algo.container.features_extrema).T
            for lo, hi in zip(extrema[0], extrema[1]):
                truth.allow(ft_min=lo, ft_max=hi)
            truth.allow(evals=algo.nb_evaluations_in_iteration,
                        nb_updated=algo.nb_updated_in_iteration, elapsed=batch_elapsed)
            return row

    def evaluate(ind):
        return (-sum((x - 0.5) ** 2 for x in ind),), (ind[0], ind[1])

    for shape, budget in (((8, 8), 300), ((6, 6), 200)):
        grid = containers.Grid(shape=shape, max_items_per_bin=1, fitness_domain=((-2.0, 2.0),),
                               features_domain=((0.0, 1.0), (0.0, 1.0)))
        algo = algorithms.RandomSearchMutPolyBounded(grid, budget=budget, batch_size=50,
                                                     dimension=3,
                                                     optimisation_task="maximisation")
        RecordingLogger(algo, log_base_path=tempfile.mkdtemp(prefix="qdpy-"))
        with ParallelismManager("none") as manager:
            algo.optimise(evaluate, executor=manager.executor, batch_mode=False)
    truth.write("qdpy: AlgorithmLogger's per-iteration statistics, computed from the container "
                "as its _stats_iteration does, before formatting", libraries=("qdpy", "numpy"),
                rel=5e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"qdpy": run}, root=HELDOUT27)
