"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Control system analysis with the Python Control Systems Library (PyPI ``control``): a third-order
plant, printed (``print(G)``: ``<TransferFunction>: plant``, its inputs and outputs, and the
transfer function as a fraction of polynomials), then closed with a proportional and with a
proportional-integral controller; for each loop the closed-loop transfer function is printed,
``control.damp(T)`` prints its pole table (``Eigenvalue (pole) Damping Frequency``, complex poles
as ``-0.2656 +0.7862j``), and ``print(control.step_info(T))`` prints the step response's
characteristics as a dict (``{'RiseTime': 1.73..., 'SettlingTime': ..., 'Overshoot': ...}``).

Truth: what ``damp`` returns (the damping ratios and natural frequencies, named by the printed
column titles ``Damping`` and ``Frequency``, one value per pole row; the poles themselves
optional, as ``Eigenvalue (pole)``, real and imaginary parts) and the dict ``step_info`` returns,
each key under its name. The transfer functions' coefficients are the systems, no results: no
truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main


def run() -> None:
    import control as ct

    truth = Truth()
    plant = ct.tf([2], [1, 3, 2, 0.5], name="plant")
    print(plant)
    for controller in (ct.tf([0.6], [1], name="P"), ct.tf([0.5, 0.1], [1, 0], name="PI")):
        loop = ct.feedback(ct.series(controller, plant), 1)
        print()
        print(loop)
        wn, zeta, poles = ct.damp(loop)
        for w, z, p in zip(wn, zeta, poles):
            truth.add(Damping=z, Frequency=w)
            truth.allow(**{"Eigenvalue (pole)": p.real})
            if p.imag:
                truth.allow(**{"Eigenvalue (pole)": p.imag})
        info = ct.step_info(loop)
        print(info)
        truth.add(**info)
    truth.write("python-control: damp()'s damping ratios and natural frequencies under the "
                "printed column titles (poles optional) and step_info()'s dict, key by key",
                libraries=("control", "numpy", "scipy"),
                rel=1e-3, abs_tol=5e-4)  # four significant digits in the pole table


if __name__ == "__main__":
    main(__file__, {"python-control": run}, root=HELDOUT20)
