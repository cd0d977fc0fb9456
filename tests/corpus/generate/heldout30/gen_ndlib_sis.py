"""HELD-OUT fixture (thirtieth half, see generate/heldout30/README.md): do not read while tuning
the parser.

The second NDlib capture (``ndlib-sis``): the SIS epidemic simulated by ``gen_ndlib.run("sis")``;
everything (the graph, the model, the printed shares and the truth) is described in
``gen_ndlib.py``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT30, main
from gen_ndlib import run

if __name__ == "__main__":
    main(__file__, {"ndlib-sis": lambda: run("sis")}, root=HELDOUT30)
