"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Two-site DMRG with quimb (PyPI ``quimb``): the ground state of a 12-site Heisenberg chain in a
small field (``MPO_ham_heis(12, j=1.0, bz=0.1)``) from a seeded random MPS, bond dimensions 4, 8,
16, cutoff 1e-10, at ``verbosity=1`` (tolerance 1e-8, at most six sweeps). quimb prints, per sweep,
``1, R, max_bond=(4/4), cutoff:1e-10``, a tqdm bar over the 11 bond updates on stderr (``100%|####|
11/11 [00:00<00:00, 162.93it/s]``), then ``Energy: -5.1103... ... not converged.`` (``converged!``
at the end).

Truth, from the solver's ``energies`` list: one ``Energy`` a sweep, in order (the line states
no sweep number; it is on the line before). The bond dimensions and the cutoff are settings
(params ``cutoff``; the ``max_bond`` pairs optional); the bar's counts, rates and times have no
truth (the update count ``11`` optional).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main


def run() -> None:
    import quimb.tensor as qtn

    hamiltonian = qtn.MPO_ham_heis(12, j=1.0, bz=0.1)
    start = qtn.MPS_rand_state(12, bond_dim=4, seed=27)
    solver = qtn.DMRG2(hamiltonian, bond_dims=[4, 8, 16], cutoffs=1e-10, p0=start)
    solver.solve(tol=1e-8, verbosity=1, max_sweeps=6)
    truth = Truth()
    for energy in solver.energies:
        truth.add(Energy=float(energy))
    for dims in ((4, 4), (4, 8), (8, 16)) + ((16, 16),) * 3:
        truth.allow(max_bond=dims[0])
        truth.allow(max_bond=dims[1])
    truth.allow(it=11)
    truth.write("quimb: DMRG2.energies, one value a sweep", libraries=("quimb", "numpy"),
                params={"cutoff": 1e-10}, rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"quimb": run}, root=HELDOUT27)
