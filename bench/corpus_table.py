"""Precision and recall of the default metric parser on the corpus of real training output.

Run: ``python bench/corpus_table.py [--errors N] [--json]`` with the Python of the virtualenv
expctl is installed in. It parses every fixture of ``tests/corpus/`` the way the recorder does
(see ``tests/corpus/judge.py``) and prints one Markdown table row per fixture (format) plus the
pooled row that ``tests/test_corpus.py`` holds to the bar (precision 1.0, recall 0.98).
``--errors N`` adds, per fixture, its first N false positives and missed points; ``--json``
prints the figures as JSON instead of the table. ``--heldout`` scores the held-out half
(``tests/corpus/heldout/``) instead, ``--heldout3`` the third held-out half
(``tests/corpus/heldout3/``), ``--heldout4`` the fourth (``tests/corpus/heldout4/``),
``--heldout5`` the fifth (``tests/corpus/heldout5/``), ``--heldout6`` the sixth
(``tests/corpus/heldout6/``), ``--heldout7`` the seventh (``tests/corpus/heldout7/``),
``--heldout8`` the eighth (``tests/corpus/heldout8/``): they are
scored only at the end of a piece of parser work, never while tuning (see
``tests/corpus/README.md``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from tests.corpus.judge import (CORPUS, HELDOUT, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6,
                                HELDOUT7, HELDOUT8, describe_errors, render_table, score_corpus,
                                total)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="list each fixture's first N false positives and misses")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    half = parser.add_mutually_exclusive_group()
    half.add_argument("--heldout", action="store_true",
                      help="score the held-out half (tests/corpus/heldout/) instead")
    half.add_argument("--heldout3", action="store_true",
                      help="score the third held-out half (tests/corpus/heldout3/) instead")
    half.add_argument("--heldout4", action="store_true",
                      help="score the fourth held-out half (tests/corpus/heldout4/) instead")
    half.add_argument("--heldout5", action="store_true",
                      help="score the fifth held-out half (tests/corpus/heldout5/) instead")
    half.add_argument("--heldout6", action="store_true",
                      help="score the sixth held-out half (tests/corpus/heldout6/) instead")
    half.add_argument("--heldout7", action="store_true",
                      help="score the seventh held-out half (tests/corpus/heldout7/) instead")
    half.add_argument("--heldout8", action="store_true",
                      help="score the eighth held-out half (tests/corpus/heldout8/) instead")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    root = (HELDOUT8 if args.heldout8 else HELDOUT7 if args.heldout7
            else HELDOUT6 if args.heldout6
            else HELDOUT5 if args.heldout5
            else HELDOUT4 if args.heldout4 else HELDOUT3 if args.heldout3
            else HELDOUT if args.heldout else CORPUS)
    scores = score_corpus(root)
    elapsed = time.perf_counter() - start
    if args.json:
        rows = [{"format": s.fixture, "truth": s.truth, "parsed": s.parsed, "tp": s.tp,
                 "fp": s.fp, "optional": s.optional, "missed": len(s.missed),
                 "precision": s.precision, "recall": s.recall if s.truth else None,
                 "name_precision": s.name_precision, "wrong_names": list(s.wrong_names),
                 "param_fp": s.param_fp}
                for s in [*scores, total(scores)]]
        print(json.dumps({"format_version": 1, "rows": rows}, indent=1))
        return 0
    print(render_table(scores))
    pooled = total(scores)
    print(f"\n{len(scores)} fixtures, parsed in {elapsed:.2f} s. Bar: precision 1.0 "
          f"(now {pooled.precision:.3f}), recall 0.98 (now {pooled.recall:.3f}).")
    print(f"Name precision {pooled.name_precision:.3f} ({len(pooled.wrong_names)} wrong of "
          f"{pooled.names} names); {pooled.param_fp} false positive(s) named as a printed "
          f"config key.")
    if args.errors:
        print("\n" + describe_errors(scores, args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
