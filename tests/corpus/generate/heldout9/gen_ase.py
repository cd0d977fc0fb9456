"""HELD-OUT fixture (ninth half, see generate/heldout9/README.md): do not read while tuning the
parser.

The Atomic Simulation Environment (ASE) with its built-in EMT potential (no external code),
three steps of a materials-science script: an equation-of-state fit of copper's lattice
constant (the script prints the volumes and energies it fitted, then ``v0``, ``e0`` and the
bulk modulus ``B``), a BFGS relaxation of a copper supercell with a vacancy and rattled atoms
(ASE's optimiser log on stdout: a ``Step Time Energy fmax`` table, one row per step, named by
the optimiser), and a short Langevin molecular-dynamics run logged by ``MDLogger`` every 10
steps (``Time[ps] Etot/N[eV] Epot/N[eV] Ekin/N[eV] T[K]``), then the script's averages.

Truth: observers attached to the optimiser and the dynamics (``attach``, called right after
ASE logs a step) read the atoms' own ``get_potential_energy``, forces, kinetic energy and
temperature: ``Energy`` and ``fmax`` at the printed ``Step``; the MD columns ``Etot/N``,
``Epot/N``, ``Ekin/N``, ``T`` (per atom, as ``peratom=True`` prints; names without the
bracketed unit) with no step (the row states a simulated time, ``Time`` optional). The
equation of state's ``v0``, ``e0``, ``B`` from ``EquationOfState.fit``; the scan's volumes and
energies are the fit's input (the energies are points under ``energy``, the volumes
optional); the relaxed energy and the MD means are the script's, from the same observers. The
wall-clock ``Time`` of the optimiser's rows is in neither map; the temperature, time step and
friction printed before the MD are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT9, Truth, main

TEMPERATURE_K, TIMESTEP_FS, FRICTION, MD_STEPS, INTERVAL = 500, 5.0, 0.02, 200, 10


def run() -> None:
    import numpy as np
    from ase import units
    from ase.build import bulk
    from ase.calculators.emt import EMT
    from ase.eos import EquationOfState
    from ase.md import MDLogger
    from ase.md.langevin import Langevin
    from ase.md.velocitydistribution import MaxwellBoltzmannDistribution
    from ase.optimize import BFGS

    truth = Truth()
    print("== equation of state: fcc Cu", flush=True)
    volumes, energies = [], []
    for a in np.linspace(3.45, 3.75, 7):
        atoms = bulk("Cu", "fcc", a=a)
        atoms.calc = EMT()
        volumes.append(atoms.get_volume())
        energies.append(atoms.get_potential_energy())
        print(f"a = {a:.3f} A  volume = {volumes[-1]:.4f} A^3  energy = {energies[-1]:.6f} eV")
        truth.add(energy=energies[-1])
        truth.allow(volume=volumes[-1], a=a)
    eos = EquationOfState(volumes, energies)
    v0, e0, b = eos.fit()
    gpa = b / units.kJ * 1.0e24
    print(f"v0 = {v0:.4f} A^3, e0 = {e0:.6f} eV, B = {gpa:.2f} GPa", flush=True)
    truth.add(v0=v0, e0=e0, B=gpa)
    lattice = (4 * v0) ** (1 / 3)
    print(f"lattice constant: {lattice:.4f} A", flush=True)
    truth.add(**{"lattice constant": lattice})

    print("\n== relaxation: Cu 3x3x3 supercell, one vacancy, rattled", flush=True)
    atoms = bulk("Cu", "fcc", a=lattice, cubic=True).repeat((3, 3, 3))
    del atoms[0]
    atoms.rattle(stdev=0.05, seed=4)
    atoms.calc = EMT()
    opt = BFGS(atoms, logfile="-")
    steps = iter(range(10**6))

    def after_step():
        step = next(steps)
        forces = atoms.get_forces()
        truth.add(step, Energy=atoms.get_potential_energy(),
                  fmax=float(np.sqrt((forces ** 2).sum(axis=1).max())))
        truth.allow(Step=step)

    opt.attach(after_step, interval=1)
    opt.run(fmax=0.02, steps=60)
    sys.stdout.flush()
    relaxed = atoms.get_potential_energy()
    print(f"relaxed energy: {relaxed:.5f} eV ({relaxed / len(atoms):.5f} eV/atom)", flush=True)
    truth.add(**{"relaxed energy": relaxed})
    truth.allow(**{"eV/atom": relaxed / len(atoms)})

    print(f"\n== Langevin MD: target temperature = {TEMPERATURE_K} K, timestep = {TIMESTEP_FS} "
          f"fs, friction = {FRICTION}, {MD_STEPS} steps", flush=True)
    MaxwellBoltzmannDistribution(atoms, temperature_K=TEMPERATURE_K,
                                 rng=np.random.default_rng(5))
    dyn = Langevin(atoms, TIMESTEP_FS * units.fs, temperature_K=TEMPERATURE_K,
                   friction=FRICTION, rng=np.random.default_rng(6))
    dyn.attach(MDLogger(dyn, atoms, "-", header=True, stress=False, peratom=True, mode="a"),
               interval=INTERVAL)
    n = len(atoms)
    temps, epots = [], []

    def record():
        epot, ekin = atoms.get_potential_energy() / n, atoms.get_kinetic_energy() / n
        temps.append(atoms.get_temperature())
        epots.append(epot)
        truth.add(**{"Etot/N": epot + ekin, "Epot/N": epot, "Ekin/N": ekin, "T": temps[-1]})
        truth.allow(Time=dyn.get_time() / (1000 * units.fs))

    dyn.attach(record, interval=INTERVAL)
    dyn.run(MD_STEPS)
    sys.stdout.flush()
    half = len(temps) // 2
    print(f"mean temperature (second half): {np.mean(temps[half:]):.1f} K", flush=True)
    print(f"mean potential energy per atom (second half): {np.mean(epots[half:]):.5f} eV",
          flush=True)
    truth.add(**{"mean temperature (second half)": float(np.mean(temps[half:])),
                 "mean potential energy per atom (second half)": float(np.mean(epots[half:]))})
    truth.write("observers attached to BFGS and Langevin (atoms' energy, forces, kinetic "
                "energy, temperature at each logged step; Energy/fmax at Step; MD columns "
                "without units, no step); EquationOfState.fit; the script's means",
                libraries=("ase", "numpy"),
                params={"target temperature": TEMPERATURE_K, "timestep": TIMESTEP_FS,
                        "friction": FRICTION},
                rel=3.1e-4, abs_tol=5.1e-3)  # MDLogger's 4 decimals, B's 2; T's 1 (0.05 of 163 K)


if __name__ == "__main__":
    main(__file__, {"ase": run}, root=HELDOUT9)
