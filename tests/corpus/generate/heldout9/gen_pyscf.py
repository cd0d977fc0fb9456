"""HELD-OUT fixture (ninth half, see generate/heldout9/README.md): do not read while tuning the
parser.

Quantum chemistry with PySCF: the water molecule in the 6-31G basis at ``verbose=4`` (the
level its examples use to see what a calculation does), restricted Hartree-Fock, MP2, CCSD and
the CCSD(T) correction, then the script's own summary. PySCF prints its system header
(versions, date, threads), the ``[INPUT]`` block (atom count, electrons, charge, spin, the
coordinates in Angstrom and Bohr), basis counts and the nuclear repulsion, each method's
settings block (``******** <class ...> ********`` then ``SCF conv_tol = 1e-09``,
``diis_space = 8``...), the SCF iterations (``cycle= 3 E= ... delta_E= ... |g|= ... |ddm|=
...`` with a ``HOMO = ... LUMO = ... gap/eV = ...`` line before each, an ``Extra cycle``),
``converged SCF energy``, the MP2 energies, CCSD's iterations (``cycle = 2 E_corr(CCSD) = ...
dE = ... norm(t1,t2) = ...``) and final energy, and the (T) correction. Run from a file,
PySCF would first echo the script's source: the header is printed as in an interactive
session instead (``dump_input`` without ``__main__.__file__``).

Truth: PySCF's callbacks and result attributes, and thin wrappers around the SCF object's own
methods: the SCF ``callback`` (the kernel's locals after each cycle) for ``E``, ``delta_E``,
``|g|``, ``|ddm|`` at the printed cycle; wrappers of ``get_occ``, ``energy_tot``,
``make_rdm1`` and ``get_grad`` for every ``HOMO``/``LUMO``/``gap/eV`` line (no step) and the
``Extra cycle`` row (no step); ``mf.e_tot`` (``converged SCF energy``); the MP2 object's
``e_tot``, ``e_corr``, ``e_tot_scs``, ``emp2_scs``, ``e_corr_ss``, ``e_corr_os`` (printed
``E(RMP2)``, ``E_corr``, ``E(SCS-RMP2)``, ``E_corr``, ``E_corr(same-spin)``,
``E_corr(oppo-spin)``); wrappers of the CCSD object's ``energy`` and ``run_diis`` (which
is handed each cycle's ``normt``) for ``E_corr(CCSD)``, ``dE``, ``norm(t1,t2)`` at the printed
cycle; ``e_tot``/``e_corr`` of CCSD; ``ccsd_t()``'s return as ``CCSD(T)
correction``. The initial energies (``init E``, ``Init t2, MP2 energy``, ``Init
E_corr(CCSD)``) and the nuclear repulsion are optional; counts (shells, GTOs, ``nocc``,
``nmo``) optional; the printed settings and inputs are params; coordinates, memory and CPU
times in neither map.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT9, Truth, main

HARTREE_EV = 27.211386245988  # PySCF's HARTREE2EV


def run() -> None:
    import numpy
    from pyscf import cc, gto, mp, scf
    from pyscf.scf import hf

    truth = Truth()
    mol = gto.M(atom="O 0 0 0.1173; H 0 0.7572 -0.4692; H 0 -0.7572 -0.4692", basis="6-31g",
                verbose=4, dump_input=False)
    import __main__  # the header without the echo of this script's source, as interactively
    script = __main__.__dict__.pop("__file__")
    mol.dump_input()
    __main__.__file__ = script
    truth.allow(**{"nuclear repulsion": mol.energy_nuc(), "number of shells": mol.nbas,
                   "number of NR pGTOs": mol.npgto_nr(), "number of NR cGTOs": mol.nao_nr()})
    mf = scf.RHF(mol)

    occ_lines, energies, dms, grads = [], [], [], []
    cls = type(mf)  # patched on the class: PySCF warns about overwritten instance attributes
    get_occ, energy_tot, make_rdm1, get_grad = cls.get_occ, cls.energy_tot, cls.make_rdm1, \
        cls.get_grad

    def recording_get_occ(self, mo_energy=None, mo_coeff=None):
        mo_occ = get_occ(self, mo_energy, mo_coeff)
        homo, lumo = max(mo_energy[mo_occ > 0]), min(mo_energy[mo_occ == 0])
        occ_lines.append((float(homo), float(lumo)))
        return mo_occ

    def recording_energy_tot(self, *args, **kwargs):
        energies.append(energy_tot(self, *args, **kwargs))
        return energies[-1]

    def recording_make_rdm1(self, *args, **kwargs):
        dms.append(make_rdm1(self, *args, **kwargs))
        return dms[-1]

    def recording_get_grad(self, *args, **kwargs):
        grads.append(get_grad(self, *args, **kwargs))
        return grads[-1]

    cls.get_occ, cls.energy_tot, cls.make_rdm1, cls.get_grad = (
        recording_get_occ, recording_energy_tot, recording_make_rdm1, recording_get_grad)

    def scf_cycle(envs):
        truth.add(envs["cycle"] + 1, E=envs["e_tot"], delta_E=envs["e_tot"] - envs["last_hf_e"],
                  **{"|g|": envs["norm_gorb"], "|ddm|": envs["norm_ddm"]})

    mf.callback = scf_cycle
    mf.kernel()
    sys.stdout.flush()
    cls.get_occ, cls.energy_tot, cls.make_rdm1, cls.get_grad = (get_occ, energy_tot, make_rdm1,
                                                                 get_grad)
    truth.allow(**{"init E": energies[0], "E": energies[0]})
    for homo, lumo in occ_lines:
        truth.add(HOMO=homo, LUMO=lumo, **{"gap/eV": (lumo - homo) * HARTREE_EV})
    norm_gorb = numpy.linalg.norm(grads[-1])
    if not hf.TIGHT_GRAD_CONV_TOL:
        norm_gorb = norm_gorb / numpy.sqrt(norm_gorb.size)
    truth.add(E=energies[-1], delta_E=energies[-1] - energies[-2],
              **{"|g|": norm_gorb, "|ddm|": numpy.linalg.norm(dms[-1] - dms[-2])})
    truth.add(**{"converged SCF energy": mf.e_tot})

    pt = mp.MP2(mf).run()
    sys.stdout.flush()
    truth.allow(nocc=pt.nocc, nmo=pt.nmo)
    truth.add(**{"E(RMP2)": pt.e_tot, "E_corr": pt.e_corr})
    truth.add(**{"E(SCS-RMP2)": pt.e_tot_scs, "E_corr": pt.emp2_scs})
    truth.add(**{"E_corr(same-spin)": pt.e_corr_ss, "E_corr(oppo-spin)": pt.e_corr_os})

    mycc = cc.CCSD(mf)
    cc_energies, cc_norms = [], []
    cc_cls = type(mycc)
    cc_energy, run_diis = cc_cls.energy, cc_cls.run_diis

    def recording_cc_energy(self, *args, **kwargs):
        cc_energies.append(cc_energy(self, *args, **kwargs))
        return cc_energies[-1]

    def recording_run_diis(self, t1, t2, istep, normt, de, adiis):
        cc_norms.append(normt)
        return run_diis(self, t1, t2, istep, normt, de, adiis)

    cc_cls.energy, cc_cls.run_diis = recording_cc_energy, recording_run_diis
    mycc.run()
    sys.stdout.flush()
    cc_cls.energy, cc_cls.run_diis = cc_energy, run_diis
    for k, normt in enumerate(cc_norms):
        truth.add(k + 1, **{"E_corr(CCSD)": cc_energies[k + 1],
                            "dE": cc_energies[k + 1] - cc_energies[k], "norm(t1,t2)": normt})
    truth.allow(nocc=mycc.nocc, nmo=mycc.nmo, **{
        "MP2 energy": mf.e_tot + pt.e_corr, "E_corr(MP2)": pt.e_corr,
        "Init E_corr(CCSD)": pt.e_corr, "E_corr(CCSD)": pt.e_corr})
    truth.add(**{"E(CCSD)": mycc.e_tot, "E_corr": mycc.e_corr})
    et = mycc.ccsd_t()
    sys.stdout.flush()
    truth.add(**{"CCSD(T) correction": et})

    print("\nsummary (Hartree):")
    rows = (("RHF", mf.e_tot), ("MP2", pt.e_tot), ("CCSD", mycc.e_tot),
            ("CCSD(T)", mycc.e_tot + et))
    for name, value in rows:
        print(f"  {name:<8} {value:.8f}")
        truth.add(**{name: value})
    sys.stdout.flush()
    params = {"verbose": 4, "num. atoms": 3, "num. electrons": 10, "charge": 0,
              "spin (= nelec alpha-beta = 2S)": 0, "basis": "6-31g", "method": "RHF",
              "initial guess": "minao", "damping factor": 0, "level_shift factor": 0,
              "diis_start_cycle": 1, "diis_space": 8, "diis_damp": 0,
              "SCF conv_tol": mf.conv_tol, "SCF conv_tol_grad": None,
              "SCF max_cycles": mf.max_cycle, "direct_scf": True, "direct_scf_tol": 1e-13,
              "max_memory": mol.max_memory, "CC2": 0, "max_cycle": mycc.max_cycle,
              "direct": 0, "conv_tol": mycc.conv_tol, "conv_tol_normt": mycc.conv_tol_normt,
              "diis_start_energy_diff": mycc.diis_start_energy_diff,
              "Set gradient conv threshold to": numpy.sqrt(mf.conv_tol)}
    truth.write("PySCF: the SCF callback (kernel locals per cycle, at the cycle); wrappers of "
                "the SCF object's get_occ/energy_tot/make_rdm1/get_grad (HOMO lines, extra "
                "cycle) and CCSD's energy/run_diis (its cycles, at the cycle); result "
                "attributes of RHF, MP2, CCSD; "
                "ccsd_t()'s return; initial energies and counts optional; settings = params",
                libraries=("pyscf", "numpy", "scipy"), params=params,
                rel=5.1e-3, abs_tol=1e-9)  # "%4.3g" residuals, "%.15g" energies


if __name__ == "__main__":
    main(__file__, {"pyscf": run}, root=HELDOUT9)
