"""HELD-OUT fixture (ninth half, see generate/heldout9/README.md): do not read while tuning the
parser.

Molecular dynamics with OpenMM, the way its cookbook sets up a simulation: a Lennard-Jones
argon fluid (216 atoms in a periodic box, built with OpenMM's ``NonbondedForce``, no input
files), an energy minimisation with the script printing the potential energy before and
after, an NVT equilibration with a ``LangevinMiddleIntegrator`` reported by
``StateDataReporter(sys.stdout, ...)`` in its default comma-separated form (a ``#"Step",
"Potential Energy (kJ/mole)",...`` header, one row per report), then an NPT production phase
(``MonteCarloBarostat``) reported tab-separated with progress, box volume, density, speed and
remaining time, and the script's averages over the production phase.

Truth: a reporter of the script's own, attached beside OpenMM's at the same interval, reads
the same ``State`` objects (the temperature from the kinetic energy over the degrees of
freedom, ``3N - 3`` with the centre-of-mass motion remover, as ``StateDataReporter``
does): ``Potential Energy``, ``Kinetic Energy``, ``Total Energy``, ``Temperature``, ``Box
Volume``, ``Density`` (names without the bracketed unit) at the row's ``Step``; ``Progress``
optional (a share of the run); ``Speed`` and ``Time Remaining`` in neither map (timings). The
minimisation energies are ``getPotentialEnergy`` before and after; the averages are the
script's over the production rows. The simulation settings printed first are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT9, Truth, main

SETTINGS = {"atoms": 216, "temperature_K": 120.0, "pressure_bar": 50.0, "timestep_fs": 4.0,
            "friction_per_ps": 1.0, "cutoff_nm": 1.0, "nvt_steps": 2000, "npt_steps": 3000,
            "report_interval": 200, "seed": 2024}


def run() -> None:
    import numpy as np
    import openmm
    from openmm import app, unit

    truth = Truth()
    print("simulation settings:")
    for key, value in SETTINGS.items():
        print(f"  {key}: {value}")
    sys.stdout.flush()

    n, side = SETTINGS["atoms"], 6
    spacing = 0.38  # nm, a little below liquid argon's density
    box = side * spacing
    system = openmm.System()
    system.setDefaultPeriodicBoxVectors(openmm.Vec3(box, 0, 0), openmm.Vec3(0, box, 0),
                                        openmm.Vec3(0, 0, box))
    nonbonded = openmm.NonbondedForce()
    nonbonded.setNonbondedMethod(openmm.NonbondedForce.CutoffPeriodic)
    nonbonded.setCutoffDistance(SETTINGS["cutoff_nm"] * unit.nanometer)
    rng = np.random.default_rng(SETTINGS["seed"])
    positions = []
    for i in range(side):
        for j in range(side):
            for k in range(side):
                system.addParticle(39.948 * unit.amu)
                nonbonded.addParticle(0.0, 0.3405 * unit.nanometer,
                                      0.996 * unit.kilojoule_per_mole)
                positions.append((np.array([i, j, k]) + 0.5) * spacing
                                 + rng.normal(0, 0.02, 3))
    system.addForce(nonbonded)
    system.addForce(openmm.CMMotionRemover())
    topology = app.Topology()
    chain = topology.addChain()
    argon = app.Element.getBySymbol("Ar")
    for i in range(n):
        topology.addAtom("Ar", argon, topology.addResidue("AR", chain))
    topology.setPeriodicBoxVectors(system.getDefaultPeriodicBoxVectors())

    integrator = openmm.LangevinMiddleIntegrator(
        SETTINGS["temperature_K"] * unit.kelvin, SETTINGS["friction_per_ps"] / unit.picosecond,
        SETTINGS["timestep_fs"] * unit.femtosecond)
    integrator.setRandomNumberSeed(SETTINGS["seed"])
    platform = openmm.Platform.getPlatformByName("CPU")
    simulation = app.Simulation(topology, system, integrator, platform, {"Threads": "1"})
    simulation.context.setPositions(np.array(positions) * unit.nanometer)

    def potential():
        state = simulation.context.getState(getEnergy=True)
        return state.getPotentialEnergy().value_in_unit(unit.kilojoule_per_mole)

    before = potential()
    print(f"Potential energy before minimization: {before:.3f} kJ/mol", flush=True)
    simulation.minimizeEnergy(maxIterations=200)
    after = potential()
    print(f"Potential energy after minimization: {after:.3f} kJ/mol", flush=True)
    truth.add(**{"Potential energy before minimization": before,
                 "Potential energy after minimization": after})
    simulation.context.setVelocitiesToTemperature(SETTINGS["temperature_K"] * unit.kelvin,
                                                  SETTINGS["seed"])
    total_mass = n * 39.948 * unit.amu
    dof = 3 * n - 3  # no constraints; the CMMotionRemover takes 3, as StateDataReporter counts
    rows = []

    class TruthReporter:
        """Reads what StateDataReporter prints, from the same State, at the same steps."""

        def __init__(self, interval, volume, total_steps=None, start=0):
            self.interval, self.volume = interval, volume
            self.total_steps, self.start = total_steps, start

        def describeNextReport(self, sim):
            steps = self.interval - sim.currentStep % self.interval
            return {"steps": steps, "periodic": None, "include": ["energy"]}

        def report(self, sim, state):
            pot = state.getPotentialEnergy().value_in_unit(unit.kilojoule_per_mole)
            kin = state.getKineticEnergy().value_in_unit(unit.kilojoule_per_mole)
            temp = 2 * state.getKineticEnergy() / (dof * unit.MOLAR_GAS_CONSTANT_R)
            values = {"Potential Energy": pot, "Kinetic Energy": kin, "Total Energy": pot + kin,
                      "Temperature": temp.value_in_unit(unit.kelvin)}
            if self.volume:
                volume = state.getPeriodicBoxVolume()
                values["Box Volume"] = volume.value_in_unit(unit.nanometer ** 3)
                values["Density"] = (total_mass / volume).value_in_unit(
                    unit.gram / unit.item / unit.milliliter)
                rows.append(values)
            truth.add(sim.currentStep, **values)
            if self.total_steps:
                truth.allow(Progress=100.0 * sim.currentStep / self.total_steps)

    interval = SETTINGS["report_interval"]
    print("\n== NVT equilibration", flush=True)
    nvt_reporter = app.StateDataReporter(sys.stdout, interval, step=True, potentialEnergy=True,
                                         kineticEnergy=True, totalEnergy=True, temperature=True)
    simulation.reporters += [nvt_reporter, TruthReporter(interval, volume=False)]
    simulation.step(SETTINGS["nvt_steps"])
    sys.stdout.flush()

    print("\n== NPT production", flush=True)
    system.addForce(openmm.MonteCarloBarostat(SETTINGS["pressure_bar"] * unit.bar,
                                              SETTINGS["temperature_K"] * unit.kelvin, 25))
    simulation.context.reinitialize(preserveState=True)
    total = SETTINGS["nvt_steps"] + SETTINGS["npt_steps"]
    simulation.reporters[:] = [
        app.StateDataReporter(sys.stdout, interval, step=True, progress=True,
                              potentialEnergy=True, kineticEnergy=True, totalEnergy=True,
                              temperature=True, volume=True, density=True, speed=True,
                              remainingTime=True, totalSteps=total, separator="\t"),
        TruthReporter(interval, volume=True, total_steps=total)]
    simulation.step(SETTINGS["npt_steps"])
    sys.stdout.flush()

    print("\nproduction averages:")
    for key, label in (("Potential Energy", "potential energy (kJ/mol)"),
                       ("Temperature", "temperature (K)"), ("Density", "density (g/mL)")):
        mean = float(np.mean([r[key] for r in rows]))
        print(f"  mean {label}: {mean:.4f}")
        truth.add(**{f"mean {label.split(' (')[0]}": mean})
    sys.stdout.flush()
    truth.write("a reporter beside StateDataReporter reading the same State objects (T from the "
                "kinetic energy over 3N-3 degrees of freedom), at the row's Step (names without "
                "units; Progress optional; speed and remaining time neither); minimisation "
                "energies from getPotentialEnergy; the script's means; settings = params",
                libraries=("openmm", "numpy"), params=SETTINGS,
                rel=1e-6, abs_tol=5.1e-4)


if __name__ == "__main__":
    main(__file__, {"openmm": run}, root=HELDOUT9)
