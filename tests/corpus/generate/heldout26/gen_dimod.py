"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Binary quadratic models with dimod and D-Wave's classical samplers (PyPI ``dimod``,
``dwave-samplers``), seeded: a ten-variable spin glass with Gaussian couplings
(fields and couplings drawn from a seeded generator, rounded to three decimals) sampled by simulated
annealing (8 reads, one sweep so that the energies differ), by tabu search (6 reads) and by
steepest descent from random states (8 reads); each returned ``SampleSet`` is printed as dimod
prints it: a table ``0 1 2 ... 9 energy num_oc.`` of spins (``+1``/``-1``), one numbered row a
sample, lowest energy first, and a footer ``['SPIN', 8 rows, 8 samples, 10 variables]``. The
annealer's set is also printed aggregated (equal samples merged, ``num_oc.`` counting them).

Truth: each printed row's ``energy`` (from ``sampleset.data(sorted_by='energy')``, the order the
table prints), all tables in one series ``energy`` at no step (the rows are numbered, not
stepped); ``num_oc.`` optional (a count), and so are tabu's ``num_re.`` (restarts) and steepest descent's ``num_st.`` (steps), the extra columns those two samplers' sets print. The spins, the row numbers and the footer's counts are
no metrics and have no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main


def run() -> None:
    import dimod
    import numpy as np
    from dwave.samplers import SimulatedAnnealingSampler, SteepestDescentSolver, TabuSampler

    rng = np.random.default_rng(26)
    n = 10
    h = {i: float(np.round(rng.normal(scale=0.5), 3)) for i in range(n)}
    J = {(i, j): float(np.round(rng.normal(), 3))
         for i in range(n) for j in range(i + 1, n) if rng.random() < 0.5}
    bqm = dimod.BinaryQuadraticModel.from_ising(h, J)
    truth = Truth()

    def show(sampleset):
        print(sampleset, flush=True)
        extra = {"num_restarts": "num_re.", "num_steps": "num_st."}
        fields = ["energy", "num_occurrences"] + [f for f in extra if f in sampleset.record.dtype.names]
        for row in sampleset.data(fields, sorted_by="energy"):
            truth.add(energy=row.energy)
            truth.allow(**{"num_oc.": row.num_occurrences})
            truth.allow(**{extra[f]: getattr(row, f) for f in fields[2:]})

    sa = SimulatedAnnealingSampler().sample(bqm, num_reads=8, num_sweeps=1, seed=26)
    show(sa)
    show(sa.aggregate())
    show(TabuSampler().sample(bqm, num_reads=6, timeout=20, seed=26))
    show(SteepestDescentSolver().sample(bqm, num_reads=8, seed=26))
    truth.write("dimod: each printed SampleSet's energies in the table's order "
                "(sampleset.data sorted by energy); num_occurrences optional",
                libraries=("dimod", "dwave-samplers"), rel=1e-6, abs_tol=1e-6)


if __name__ == "__main__":
    main(__file__, {"dimod": run}, root=HELDOUT26)
