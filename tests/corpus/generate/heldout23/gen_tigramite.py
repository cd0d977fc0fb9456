"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

Causal discovery on time series with Tigramite (PyPI ``tigramite``): PCMCI with partial
correlation (``ParCorr``) on a seeded four-variable autoregressive process of 300 steps
(``run_pcmci(tau_max=2, pc_alpha=0.05)``, ``verbosity=1``), then
``print_significant_links(..., alpha_level=0.01)``. Tigramite prints its parameters, the PC
step's parent sets (``(X -1): max_pval = 0.00000, |min_val| =  0.517`` under ``Variable Y has 2
link(s):``), and the MCI step's links (``(X -1): pval = 0.00000 | val =  0.340``, some marked
``| unoriented link``), once at alpha 0.05 inside ``run_pcmci`` and once at 0.01.

Truth from the PCMCI object and its returned results: the PC step's ``val_min`` (printed as its
absolute value) as ``<variable>/(<parent> <lag>)/|min_val|``, the MCI ``val_matrix`` entries of
the printed links as ``<variable>/(<parent> <lag>)/val`` (which links are printed: the returned
graph's non-empty, non-``<--`` entries at 0.05, as in Tigramite's printer, and ``p_matrix <=
0.01`` for the second listing); ``pval_max`` and ``p_matrix`` entries optional (p-values). The
variable named is the one the ``Variable ... has`` line heads (a judgement call: the section
name before the row, as elsewhere). The printed parameters (``tau_max = 2``, ``pc_alpha =
[0.05]``, ...) are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main


def run() -> None:
    import numpy as np
    from tigramite import data_processing as pp
    from tigramite.independence_tests.parcorr import ParCorr
    from tigramite.pcmci import PCMCI

    rng = np.random.default_rng(23)
    steps = 300
    data = rng.normal(size=(steps, 4))
    for t in range(1, steps):
        data[t, 0] += 0.6 * data[t - 1, 0]
        data[t, 1] += 0.5 * data[t - 1, 1] + 0.4 * data[t - 1, 0]
        data[t, 2] += 0.3 * data[t - 1, 2] - 0.5 * data[t - 1, 1]
        data[t, 3] += 0.4 * data[t - 1, 3] + 0.35 * data[t - 2, 2] + 0.3 * data[t, 0]
    names = ["X", "Y", "Z", "W"]
    pcmci = PCMCI(dataframe=pp.DataFrame(data, var_names=names), cond_ind_test=ParCorr(),
                  verbosity=1)
    results = pcmci.run_pcmci(tau_max=2, pc_alpha=0.05)
    pcmci.print_significant_links(p_matrix=results["p_matrix"],
                                  val_matrix=results["val_matrix"], alpha_level=0.01)
    sys.stdout.flush()
    truth = Truth()

    def link(j: int, i: int, lag: int) -> str:
        return f"{names[j]}/({names[i]} {-lag:d})" if lag else f"{names[j]}/({names[i]}  0)"

    for j, parents in pcmci.val_min.items():
        for (i, lag), value in parents.items():
            truth.add(**{f"{link(j, i, -lag)}/|min_val|": abs(value)})
            truth.allow(**{f"{link(j, i, -lag)}/max_pval": pcmci.pval_max[j][(i, lag)]})
    graph, p, val = results["graph"], results["p_matrix"], results["val_matrix"]
    for shown in ((graph != "") & (graph != "<--"), p <= 0.01):
        for j in range(len(names)):
            for i, lag in zip(*np.where(shown[:, j, :])):
                truth.add(**{f"{link(j, i, lag)}/val": val[i, j, lag]})
                truth.allow(**{f"{link(j, i, lag)}/pval": p[i, j, lag]})
    truth.write("tigramite: PCMCI's val_min (absolute) and the returned val_matrix entries of "
                "the printed links, as <variable>/(<parent> <lag>)/<column>; p-values optional",
                libraries=("tigramite", "numpy"),
                params={"independence test": "par_corr", "tau_min": 0, "tau_max": 2,
                        "pc_alpha": "[0.05]", "max_conds_dim": None, "max_combinations": 1,
                        "max_conds_py": None, "max_conds_px": None},
                rel=5e-3, abs_tol=5e-4)  # three decimals


if __name__ == "__main__":
    main(__file__, {"tigramite": run}, root=HELDOUT23)
