"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Chemical equilibrium with Cantera (PyPI ``cantera``): the hydrogen-oxygen mechanism it ships
(``h2o2.yaml``), a stoichiometric H2/O2 mixture diluted in argon at 300 K and one atmosphere,
brought to equilibrium at constant enthalpy and pressure (``equilibrate("HP")``, the adiabatic
flame state), then ``print(gas.report(threshold=1e-4))``: the phase's state as right-aligned
``label   value unit`` lines (``temperature   2726.9 K``), a table of six properties by ``1 kg``
and ``1 kmol`` columns, and a table of the species above the threshold by ``mass frac. Y``,
``mole frac. X`` and ``chem. pot. / RT``, closed by a ``[   +N minor]`` row (the sums of the
species under the threshold). Deterministic.

Truth: the ``Solution`` object's own properties after the equilibrium, read by the same process:
``T``, ``P``, ``density``, ``mean_molecular_weight`` under their printed labels; the six
properties per mass and per mole (``enthalpy_mass``/``enthalpy_mole``, ``int_energy_*``,
``entropy_*``, ``gibbs_*``, ``cp_*``, ``cv_*``) as ``<label>/1 kg`` and ``<label>/1 kmol``;
each listed species' ``Y``, ``X`` and chemical potential divided by ``R·T`` (the printer's own
division) as ``<species>/<column>``. Optional: the minor row's two sums (``+N minor/...``).
Judgement: ``phase of matter   gas`` is no number; units are not part of names, values are in
the units printed (SI, per kmol). No step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main

THRESHOLD = 1e-4
PROPERTIES = (("enthalpy", "enthalpy"), ("internal energy", "int_energy"),
              ("entropy", "entropy"), ("Gibbs function", "gibbs"),
              ("heat capacity c_p", "cp"), ("heat capacity c_v", "cv"))


def run() -> None:
    import cantera as ct

    gas = ct.Solution("h2o2.yaml")
    gas.TPX = 300.0, ct.one_atm, "H2:2, O2:1, AR:3"
    gas.equilibrate("HP")
    print(gas.report(threshold=THRESHOLD))
    truth = Truth()
    truth.add(**{"temperature": gas.T, "pressure": gas.P, "density": gas.density,
                 "mean mol. weight": gas.mean_molecular_weight})
    for label, attr in PROPERTIES:
        truth.add(**{f"{label}/1 kg": getattr(gas, f"{attr}_mass"),
                     f"{label}/1 kmol": getattr(gas, f"{attr}_mole")})
    mu_rt = gas.chemical_potentials / (ct.gas_constant * gas.T)
    minor_y = minor_x = 0.0
    minor = 0
    for k, name in enumerate(gas.species_names):
        if abs(gas.X[k]) > THRESHOLD:
            truth.add(**{f"{name}/mass frac. Y": gas.Y[k], f"{name}/mole frac. X": gas.X[k],
                         f"{name}/chem. pot. / RT": mu_rt[k]})
        else:
            minor += 1
            minor_y += gas.Y[k]
            minor_x += gas.X[k]
    truth.allow(**{f"+{minor} minor/mass frac. Y": minor_y,
                   f"+{minor} minor/mole frac. X": minor_x})
    truth.write("Cantera's Solution properties after equilibrate('HP') (T, P, density, mean "
                "molecular weight; the six mass and molar properties as <label>/1 kg and "
                "<label>/1 kmol; each listed species' Y, X and chemical potential over R*T as "
                "<species>/<column>); the minor row's sums optional",
                libraries=("cantera",), params=None, rel=1e-4, abs_tol=0.0)  # five digits


if __name__ == "__main__":
    main(__file__, {"cantera": run}, root=HELDOUT18)
