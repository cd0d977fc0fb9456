"""Regenerate every fixture of the corpus: run each ``gen_*.py`` of this folder in turn.

Usage (with the corpus virtualenv, see ``tests/corpus/README.md``)::

    /tmp/corpus-venv/bin/python tests/corpus/generate/all.py [NAME ...]

NAME selects generators by the part after ``gen_`` (``all.py keras lightning``). Stops at the
first generator that fails.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(names: list[str]) -> int:
    scripts = (sorted(HERE.glob("gen_*.py")) + sorted(HERE.glob("heldout/gen_*.py"))
               + sorted(HERE.glob("heldout3/gen_*.py")) + sorted(HERE.glob("heldout4/gen_*.py"))
               + sorted(HERE.glob("heldout5/gen_*.py")) + sorted(HERE.glob("heldout6/gen_*.py"))
               + sorted(HERE.glob("heldout7/gen_*.py"))
               + sorted(HERE.glob("heldout8/gen_*.py"))
               + sorted(HERE.glob("heldout9/gen_*.py"))
               + sorted(HERE.glob("heldout10/gen_*.py"))
               + sorted(HERE.glob("heldout11/gen_*.py"))
               + sorted(HERE.glob("heldout12/gen_*.py"))
               + sorted(HERE.glob("heldout13/gen_*.py"))
               + sorted(HERE.glob("heldout14/gen_*.py"))
               + sorted(HERE.glob("heldout15/gen_*.py"))
               + sorted(HERE.glob("heldout16/gen_*.py"))
               + sorted(HERE.glob("heldout17/gen_*.py"))
               + sorted(HERE.glob("heldout18/gen_*.py"))
               + sorted(HERE.glob("heldout19/gen_*.py"))
               + sorted(HERE.glob("heldout20/gen_*.py"))
               + sorted(HERE.glob("heldout21/gen_*.py"))
               + sorted(HERE.glob("heldout22/gen_*.py"))
               + sorted(HERE.glob("heldout23/gen_*.py"))
               + sorted(HERE.glob("heldout24/gen_*.py"))
               + sorted(HERE.glob("heldout25/gen_*.py"))
               + sorted(HERE.glob("heldout26/gen_*.py"))
               + sorted(HERE.glob("heldout27/gen_*.py"))
               + sorted(HERE.glob("heldout28/gen_*.py"))
               + sorted(HERE.glob("heldout29/gen_*.py"))
               + sorted(HERE.glob("heldout30/gen_*.py"))
               + sorted(HERE.glob("heldout31/gen_*.py"))
               + sorted(HERE.glob("heldout32/gen_*.py"))
               + sorted(HERE.glob("heldout33/gen_*.py"))
               + sorted(HERE.glob("heldout34/gen_*.py"))
               + sorted(HERE.glob("heldout35/gen_*.py"))
               + sorted(HERE.glob("heldout36/gen_*.py"))
               + sorted(HERE.glob("heldout37/gen_*.py"))
               + sorted(HERE.glob("heldout38/gen_*.py"))
               + sorted(HERE.glob("heldout39/gen_*.py"))
               + sorted(HERE.glob("heldout40/gen_*.py"))
               + sorted(HERE.glob("heldout41/gen_*.py"))
               + sorted(HERE.glob("heldout42/gen_*.py"))
               + sorted(HERE.glob("heldout43/gen_*.py"))
               + sorted(HERE.glob("heldout44/gen_*.py"))
               + sorted(HERE.glob("heldout45/gen_*.py"))
               + sorted(HERE.glob("heldout46/gen_*.py"))
               + sorted(HERE.glob("heldout47/gen_*.py"))
               + sorted(HERE.glob("heldout48/gen_*.py"))
               + sorted(HERE.glob("heldout49/gen_*.py"))
               + sorted(HERE.glob("heldout50/gen_*.py"))
               + sorted(HERE.glob("heldout51/gen_*.py"))
               + sorted(HERE.glob("heldout52/gen_*.py"))
               + sorted(HERE.glob("heldout53/gen_*.py"))
               + sorted(HERE.glob("heldout54/gen_*.py"))
               + sorted(HERE.glob("heldout55/gen_*.py"))
               + sorted(HERE.glob("heldout56/gen_*.py"))
               + sorted(HERE.glob("heldout57/gen_*.py"))
               + sorted(HERE.glob("heldout58/gen_*.py"))
               + sorted(HERE.glob("heldout59/gen_*.py"))
               + sorted(HERE.glob("heldout60/gen_*.py"))
               + sorted(HERE.glob("heldout61/gen_*.py")))
    if names:
        scripts = [s for s in scripts if s.stem.removeprefix("gen_") in names]
        unknown = set(names) - {s.stem.removeprefix("gen_") for s in scripts}
        if unknown:
            print(f"no generator for: {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
    for script in scripts:
        start = time.monotonic()
        code = subprocess.run([sys.executable, str(script)]).returncode
        print(f"  ({script.name}: {time.monotonic() - start:.1f} s)")
        if code:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
