"""HELD-OUT fixture (thirtieth half, see generate/heldout30/README.md): do not read while tuning
the parser.

The second frigidum capture (``frigidum-qap``): the 1-D quadratic assignment annealed by
``gen_frigidum.run("qap")``; everything (the run, the bar, the truth and its hooks) is described
in ``gen_frigidum.py``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT30, main
from gen_frigidum import run

if __name__ == "__main__":
    main(__file__, {"frigidum-qap": lambda: run("qap")}, root=HELDOUT30)
