"""Rewrite the GRAMMAR block of ``_scan.c`` from `expctl.metrics.grammar`, then rebuild.

Run ``python -m expctl.metrics.write_scan_grammar`` after changing a piece of the candidate
rules in ``grammar.py``, then rebuild the extension (``pip install -e .``);
``tests/test_metrics_scans.py`` fails while the block is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

from expctl.metrics.grammar import rewrite_c_block


def main() -> int:
    path = Path(__file__).with_name("_scan.c")
    path.write_text(rewrite_c_block(path.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"{path}: GRAMMAR block written; rebuild the extension", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
