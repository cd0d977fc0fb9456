"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

DMRG with TeNPy (PyPI ``physics-tenpy``): the ground state of a transverse-field Ising chain
(12 sites, g = 1.2) and of an XXZ chain (10 sites, Jz = 0.5), each by two-site DMRG (bond
dimension at most 16, at most six sweeps), with TeNPy's logging to stdout at INFO. TeNPy prints
logging-framed lines (``INFO    : TFIChain: reading 'L'=12``, ``INFO    : trunc_params: reading
'chi_max'=16``, ``INFO    : checkpoint after sweep 1``), a ``WARNING :`` line, and after each
sweep a block: ``energy=-16.786..., max S=0.2414..., age=12, norm_err=1.5e-02``, ``Current
memory usage 112.7MB, wall time: 0.1s``, ``Delta E = nan, Delta S = 2.2517e-01 (per sweep)``,
``max trunc_err = 0.0000e+00, max E_trunc = 7.1054e-15``, ``chi: [2, 4, ...]`` and a rule;
finally ``TwoSiteDMRGEngine finished after 3 sweeps, max chi=16``.

Truth, from each engine's ``sweep_stats``: per sweep ``energy`` (``E``), ``max S``
(``max_S``), ``norm_err`` (rounded to the two significant digits TeNPy prints, ``{:.1e}``, the
tolerance being the other values' five digits), ``Delta E`` (``Delta_E``; ``nan`` after the first
sweep, as printed), ``Delta S`` (``Delta_S``), ``max trunc_err``, ``max E_trunc``, in sweep order
(the block's lines state no step; the sweep number is on the ``checkpoint`` line before them);
optional: ``age`` (the chain length), ``wall time``, ``max chi``. The model and DMRG settings the
log reads (``L``, ``J``, ``g``, ``Jxx``, ``Jz``, ``hz``, ``chi_max``, ``svd_min``, ``max_sweeps``,
``min_sweeps``) are params. The memory usage and the ``chi`` lists have no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main


def run() -> None:
    import numpy as np
    import tenpy
    from tenpy.algorithms import dmrg
    from tenpy.models.tf_ising import TFIChain
    from tenpy.models.xxz_chain import XXZChain
    from tenpy.networks.mps import MPS

    tenpy.tools.misc.setup_logging(to_stdout="INFO")
    truth = Truth()
    dmrg_params = {"trunc_params": {"chi_max": 16, "svd_min": 1e-10}, "max_sweeps": 6,
                   "min_sweeps": 2}
    runs = ((TFIChain({"L": 12, "J": 1.0, "g": 1.2, "bc_MPS": "finite"}), ["up"] * 12),
            (XXZChain({"L": 10, "Jxx": 1.0, "Jz": 0.5, "hz": 0.0, "bc_MPS": "finite"}),
             ["up", "down"] * 5))
    for model, state in runs:
        psi = MPS.from_product_state(model.lat.mps_sites(), state, bc="finite")
        engine = dmrg.TwoSiteDMRGEngine(psi, model, dict(dmrg_params))
        engine.run()
        stats = engine.sweep_stats
        for i in range(len(stats["sweep"])):
            truth.add(**{"energy": stats["E"][i], "max S": stats["max_S"][i],
                         # printed with {:.1e}: kept at that rounding, the fixture's tolerance
                         # being the other values' (five significant digits)
                         "norm_err": float(f"{stats['norm_err'][i]:.1e}"),
                         "Delta E": stats["Delta_E"][i],
                         "Delta S": stats["Delta_S"][i],
                         "max trunc_err": stats["max_trunc_err"][i],
                         "max E_trunc": stats["max_E_trunc"][i]})
            truth.allow(age=model.lat.N_sites, **{"wall time": stats["time"][i]})
        truth.allow(**{"max chi": int(np.max(stats["max_chi"]))})
    truth.write("tenpy: each TwoSiteDMRGEngine's sweep_stats (E, max_S, norm_err, Delta_E, "
                "Delta_S, max_trunc_err, max_E_trunc)",
                libraries=("physics-tenpy", "numpy", "scipy"),
                params={"L": 12, "J": 1.0, "g": 1.2, "Jxx": 1.0, "Jz": 0.5, "hz": 0.0,
                        "chi_max": 16, "svd_min": 1e-10, "max_sweeps": 6, "min_sweeps": 2},
                rel=1e-4, abs_tol=1e-20)


if __name__ == "__main__":
    main(__file__, {"tenpy": run}, root=HELDOUT27)
