"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Cluster expansions with icet (PyPI ``icet``, with ASE and trainstation): an fcc Au-Pd cluster
space (cutoffs 5.0 and 4.0 Å) printed (a ``=``-ruled block of ``key : value`` settings, then a
``|``-separated orbit table ``index | order | radius | multiplicity | orbit_index |
multicomponent_vector | sublattices``), a structure container of the 29 enumerated structures
of up to four atoms with a smooth toy mixing energy printed (``index | user_tag | n_atoms |
chemical formula | mixing_energy``), and two cluster expansions fitted to it by trainstation
(least squares on that space; ridge on a second space with a longer pair cutoff, 6.0 and 4.0 Å),
each printed: the settings block with ``total number of nonzero parameters``, then the orbit
table with ``parameter`` and ``ECI`` columns (``-0.000661``, ``-8.27e-05``).

Truth: each expansion's ``to_dataframe()`` (``parameter``, ``eci``) under ``<index>/parameter``
and ``<index>/ECI`` (the index column is the row key; the two expansions share the names of
their common orbits); the orbit descriptors (``radius``, ``multiplicity``, ``order``,
``orbit_index``) optional in both kinds of table, from the same frame and from the cluster
space's ``as_list``; the container's ``mixing_energy`` column (the toy target the script
computes, an input) and ``n_atoms`` optional, from ``get_fit_data``; the tolerances and cutoffs
are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main


def run() -> None:
    import numpy as np
    from ase.build import bulk
    from icet import ClusterExpansion, ClusterSpace, StructureContainer
    from icet.tools import enumerate_structures
    from trainstation import Optimizer

    prim = bulk("Au", a=4.0)
    structures = list(enumerate_structures(prim, range(1, 5), ["Au", "Pd"]))

    def energy(s):
        c = np.mean(np.array(s.get_chemical_symbols()) == "Pd")
        return float(-0.3 * c * (1 - c) + 0.01 * np.sin(7 * c * len(s)))

    truth = Truth()

    def orbits(space):
        for orbit in space.as_list:
            i = orbit["index"]
            truth.allow(**{f"{i}/radius": orbit["radius"], f"{i}/order": orbit["order"],
                           f"{i}/multiplicity": orbit["multiplicity"],
                           f"{i}/orbit_index": orbit["orbit_index"]})

    spaces = []
    for cutoffs, method in (([5.0, 4.0], "least-squares"), ([6.0, 4.0], "ridge")):
        cs = ClusterSpace(prim, cutoffs=cutoffs, chemical_symbols=["Au", "Pd"])
        container = StructureContainer(cs)
        for s in structures:
            container.add_structure(s, properties={"mixing_energy": energy(s)})
        spaces.append((cs, container, method))
    first_cs, first_container, _ = spaces[0]
    print(first_cs)
    orbits(first_cs)
    print(first_container)
    _, targets = first_container.get_fit_data(key="mixing_energy")
    for i, (s, target) in enumerate(zip(structures, targets)):
        truth.allow(**{f"{i}/mixing_energy": target, f"{i}/n_atoms": len(s)})
    for cs, container, method in spaces:
        opt = Optimizer(container.get_fit_data(key="mixing_energy"), fit_method=method,
                        seed=28, train_size=0.9)
        opt.train()
        ce = ClusterExpansion(cs, opt.parameters)
        print(ce)
        frame = ce.to_dataframe()
        for i, row in frame.iterrows():
            truth.add(**{f"{i}/parameter": row["parameter"], f"{i}/ECI": row["eci"]})
        orbits(cs)
    params = {"fractional_position_tolerance": first_cs.fractional_position_tolerance,
              "position_tolerance": first_cs.position_tolerance, "symprec": first_cs.symprec,
              "cutoffs": "5.0000 4.0000"}
    truth.write("icet: ClusterExpansion.to_dataframe() of each expansion, orbit_data of the "
                "cluster spaces, get_fit_data of the container",
                libraries=("icet", "trainstation", "ase", "numpy"), params=params,
                rel=5e-3, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"icet": run}, root=HELDOUT28)
