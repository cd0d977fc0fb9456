"""HELD-OUT fixture (eleventh half, see generate/heldout11/README.md): do not read while tuning
the parser.

Tensor decompositions with TensorLy (NumPy backend) at ``verbose=1``, as its user guide runs
them on a noisy low-rank tensor: CP (``parafac``) prints ``reconstruction error=0.47`` for the
first iteration, then ``iteration 3, reconstruction error: 0.4619..., decrease = 0.0013...,
unnormalized = 8.43...`` per iteration, and ``PARAFAC converged after 41 iterations``; the
non-negative CP prints the same lines with its own spelling, ``reconstraction error:`` and no
``unnormalized``; Tucker (HOOI) and non-negative Tucker print ``reconstruction error=0.12,
variation=0.0003.`` (no iteration number; the first two iterations print nothing) and
``converged in 9 iterations.``. Every value with all its digits (Python's ``repr``). The
script prints each decomposition's relative error at the end
(``final relative error: 0.0238...``, every digit).

Truth: TensorLy's own errors: each decomposition's ``return_errors=True`` list (for CP, the
``callback``'s ``rec_error`` each iteration, the same values). A CP line's values at the
``iteration`` it states: ``reconstruction error`` (or ``reconstraction error``), ``decrease``
(the previous error less this one, as TensorLy computes it), ``unnormalized`` (the error times
the tensor's norm, which is how TensorLy's own unnormalised error relates to it); the first
``reconstruction error=`` line has no step. Tucker lines: ``reconstruction error`` and
``variation`` without a step, from the third iteration on, as printed. The iteration counts
of the convergence notices optional; the final relative errors (``tl.norm`` of the residual,
computed by the script with TensorLy) are ``final relative error``. The settings line is
params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT11, Truth, main

SETTINGS = {"seed": 0, "shape": "(12, 14, 10)", "true_rank": 3, "noise": 0.05,
            "cp_rank": 3, "tucker_rank": "[3, 3, 3]", "n_iter_max": 60,
            "nn_tucker_n_iter_max": 20, "tol": 1e-6}


def run() -> None:
    import numpy as np
    import tensorly as tl
    from tensorly.decomposition import (non_negative_parafac, non_negative_tucker, parafac,
                                        tucker)

    s = SETTINGS
    truth = Truth()
    rng = np.random.default_rng(s["seed"])
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    factors = [rng.random((n, s["true_rank"])) for n in (12, 14, 10)]
    clean = tl.cp_to_tensor((np.ones(s["true_rank"]), factors))
    T = tl.tensor(clean + s["noise"] * rng.random(clean.shape))
    norm = float(tl.norm(T, 2))

    def record_cp(errors, unnormalized: bool, label: str) -> None:
        truth.add(**{"reconstruction error": errors[0]})
        for i in range(1, len(errors)):
            values = {label: errors[i], "decrease": errors[i - 1] - errors[i]}
            if unnormalized:
                values["unnormalized"] = errors[i] * norm
            truth.add(i, **values)
        if len(errors) < s["n_iter_max"]:
            truth.allow(**{"PARAFAC converged after": len(errors) - 1})

    def record_tucker(errors, n_iter_max: int) -> None:
        for i in range(2, len(errors)):
            truth.add(**{"reconstruction error": errors[i],
                         "variation": errors[i - 1] - errors[i]})
        if len(errors) < n_iter_max:
            truth.allow(**{"converged in": len(errors) - 1})

    def final(approx) -> None:
        error = float(tl.norm(T - approx, 2) / norm)
        print(f"final relative error: {error}", flush=True)
        truth.add(**{"final relative error": error})

    print("\n== CP (parafac)", flush=True)
    cp, errors = parafac(T, rank=s["cp_rank"], n_iter_max=s["n_iter_max"], init="random",
                         tol=s["tol"], random_state=s["seed"], verbose=1, return_errors=True)
    record_cp(errors, True, "reconstruction error")
    final(tl.cp_to_tensor(cp))

    print("\n== non-negative CP", flush=True)
    cp, errors = non_negative_parafac(T, rank=s["cp_rank"], n_iter_max=s["n_iter_max"],
                                      init="random", tol=s["tol"], random_state=s["seed"],
                                      verbose=1, return_errors=True)
    record_cp(errors, False, "reconstraction error")
    final(tl.cp_to_tensor(cp))

    rank = [3, 3, 3]  # tucker_rank
    print("\n== Tucker (HOOI)", flush=True)
    tk, errors = tucker(T, rank=rank, n_iter_max=s["n_iter_max"], init="random",
                        tol=s["tol"], random_state=s["seed"], verbose=True, return_errors=True)
    record_tucker(errors, s["n_iter_max"])
    final(tl.tucker_to_tensor(tk))

    print("\n== non-negative Tucker", flush=True)
    tk, errors = non_negative_tucker(T, rank=rank, n_iter_max=s["nn_tucker_n_iter_max"],
                                     init="random",
                                     tol=s["tol"], random_state=s["seed"], verbose=True,
                                     return_errors=True)
    record_tucker(errors, s["nn_tucker_n_iter_max"])
    final(tl.tucker_to_tensor(tk))
    truth.write("tensorly return_errors lists: CP lines' errors, decrease and unnormalized "
                "(error x norm) at the stated iteration, Tucker lines' errors and variation "
                "without steps; convergence counts optional; final errors from tl.norm; "
                "settings = params",
                libraries=("tensorly", "numpy"), params=s,
                rel=1e-6, abs_tol=1e-12)  # repr(); a rel slack for the recomputed norm


if __name__ == "__main__":
    main(__file__, {"tensorly": run}, root=HELDOUT11)
