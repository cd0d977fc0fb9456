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
``--heldout8`` the eighth (``tests/corpus/heldout8/``), ``--heldout9`` the ninth
(``tests/corpus/heldout9/``), ``--heldout10`` the tenth (``tests/corpus/heldout10/``),
``--heldout11`` the eleventh (``tests/corpus/heldout11/``), ``--heldout12`` the twelfth
(``tests/corpus/heldout12/``), ``--heldout13`` the thirteenth (``tests/corpus/heldout13/``),
``--heldout14`` the fourteenth (``tests/corpus/heldout14/``): they are scored only at the end of
a piece of parser work, never while tuning (see ``tests/corpus/README.md``).
``--heldout15`` scores the fifteenth half (``tests/corpus/heldout15/``), which was made OPEN:
development material from the start. ``--heldout16`` scores the sixteenth held-out half
(``tests/corpus/heldout16/``), once, at the end of a piece of parser work, like the fourteenth;
``--heldout17`` the seventeenth (``tests/corpus/heldout17/``), the same way, ``--heldout18``
the eighteenth (``tests/corpus/heldout18/``), ``--heldout19`` the nineteenth
(``tests/corpus/heldout19/``), ``--heldout20`` the twentieth (``tests/corpus/heldout20/``),
``--heldout21`` the twenty-first (``tests/corpus/heldout21/``), ``--heldout22`` the
twenty-second (``tests/corpus/heldout22/``), ``--heldout23`` the twenty-third
(``tests/corpus/heldout23/``), ``--heldout24`` the twenty-fourth (``tests/corpus/heldout24/``)
and ``--heldout25`` the twenty-fifth (``tests/corpus/heldout25/``); ``--heldout26`` the
twenty-sixth (``tests/corpus/heldout26/``); ``--heldout27`` the twenty-seventh
(``tests/corpus/heldout27/``); ``--heldout28`` the twenty-eighth
(``tests/corpus/heldout28/``); ``--heldout29`` the twenty-ninth
(``tests/corpus/heldout29/``); ``--heldout30`` the thirtieth (``tests/corpus/heldout30/``);
``--heldout31`` the thirty-first (``tests/corpus/heldout31/``), ``--heldout32`` the thirty-second
(``tests/corpus/heldout32/``), ``--heldout33`` the thirty-third
(``tests/corpus/heldout33/``), ``--heldout34`` the thirty-fourth
(``tests/corpus/heldout34/``), ``--heldout35`` the thirty-fifth
(``tests/corpus/heldout35/``), ``--heldout36`` the thirty-sixth
(``tests/corpus/heldout36/``), ``--heldout37`` the thirty-seventh
(``tests/corpus/heldout37/``), ``--heldout38`` the thirty-eighth
(``tests/corpus/heldout38/``), ``--heldout39`` the thirty-ninth
(``tests/corpus/heldout39/``), ``--heldout40`` the fortieth (``tests/corpus/heldout40/``),
``--heldout41`` the forty-first (``tests/corpus/heldout41/``), ``--heldout42`` the forty-second
(``tests/corpus/heldout42/``), ``--heldout43`` the forty-third (``tests/corpus/heldout43/``),
``--heldout44`` the forty-fourth (``tests/corpus/heldout44/``), ``--heldout45`` the
forty-fifth (``tests/corpus/heldout45/``), ``--heldout46`` the forty-sixth
(``tests/corpus/heldout46/``), ``--heldout47`` the forty-seventh (``tests/corpus/heldout47/``),
``--heldout48`` the forty-eighth (``tests/corpus/heldout48/``), ``--heldout49`` the forty-ninth
(``tests/corpus/heldout49/``), ``--heldout50`` the fiftieth (``tests/corpus/heldout50/``),
``--heldout51`` the fifty-first (``tests/corpus/heldout51/``), ``--heldout52`` the fifty-second
(``tests/corpus/heldout52/``), ``--heldout53`` the fifty-third (``tests/corpus/heldout53/``), ``--heldout54`` the fifty-fourth
(``tests/corpus/heldout54/``), ``--heldout55`` the fifty-fifth (``tests/corpus/heldout55/``),
``--heldout56`` the fifty-sixth (``tests/corpus/heldout56/``), ``--heldout57`` the fifty-seventh
(``tests/corpus/heldout57/``), ``--heldout58`` the fifty-eighth (``tests/corpus/heldout58/``),
``--heldout59`` the fifty-ninth (``tests/corpus/heldout59/``), ``--heldout60`` the sixtieth
(``tests/corpus/heldout60/``), ``--heldout61`` the sixty-first (``tests/corpus/heldout61/``).
``--live`` feeds each fixture one line per read, as a training
loop that prints a line and pauses is read, instead of in 4 KiB reads.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from tests.corpus.judge import (CORPUS, HELDOUT, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6,
                                HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11,
                                HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16,
                                HELDOUT17, HELDOUT18, HELDOUT19, HELDOUT20,
                                HELDOUT21, HELDOUT22, HELDOUT23, HELDOUT24, HELDOUT25,
                                HELDOUT26, HELDOUT27, HELDOUT28, HELDOUT29, HELDOUT30,
                                HELDOUT31, HELDOUT32, HELDOUT33, HELDOUT34, HELDOUT35,
                                HELDOUT36, HELDOUT37, HELDOUT38, HELDOUT39,
                                HELDOUT40, HELDOUT41, HELDOUT42, HELDOUT43,
                                HELDOUT44, HELDOUT45, HELDOUT46, HELDOUT47, HELDOUT48, HELDOUT49,
                                HELDOUT50, HELDOUT51, HELDOUT52, HELDOUT53, HELDOUT54, HELDOUT55,
                                HELDOUT56, HELDOUT57, HELDOUT58, HELDOUT59,
                                HELDOUT60, HELDOUT61,
                                describe_errors,
                                render_table, score_corpus, total)


# The held-out halves: flag -> (its ordinal in the help, its folder).
_HALVES = {"heldout": ("", HELDOUT), "heldout3": ("third ", HELDOUT3),
           "heldout4": ("fourth ", HELDOUT4), "heldout5": ("fifth ", HELDOUT5),
           "heldout6": ("sixth ", HELDOUT6), "heldout7": ("seventh ", HELDOUT7),
           "heldout8": ("eighth ", HELDOUT8), "heldout9": ("ninth ", HELDOUT9),
           "heldout10": ("tenth ", HELDOUT10), "heldout11": ("eleventh ", HELDOUT11),
           "heldout12": ("twelfth ", HELDOUT12), "heldout13": ("thirteenth ", HELDOUT13),
           "heldout14": ("fourteenth ", HELDOUT14),
           "heldout15": ("fifteenth (open) ", HELDOUT15),
           "heldout16": ("sixteenth ", HELDOUT16),
           "heldout17": ("seventeenth ", HELDOUT17),
           "heldout18": ("eighteenth ", HELDOUT18),
           "heldout19": ("nineteenth ", HELDOUT19),
           "heldout20": ("twentieth ", HELDOUT20),
           "heldout21": ("twenty-first ", HELDOUT21),
           "heldout22": ("twenty-second ", HELDOUT22),
           "heldout23": ("twenty-third ", HELDOUT23),
           "heldout24": ("twenty-fourth ", HELDOUT24),
           "heldout25": ("twenty-fifth ", HELDOUT25),
           "heldout26": ("twenty-sixth ", HELDOUT26),
           "heldout27": ("twenty-seventh ", HELDOUT27),
           "heldout28": ("twenty-eighth ", HELDOUT28),
           "heldout29": ("twenty-ninth ", HELDOUT29),
           "heldout30": ("thirtieth ", HELDOUT30),
           "heldout31": ("thirty-first ", HELDOUT31),
           "heldout32": ("thirty-second ", HELDOUT32),
           "heldout33": ("thirty-third ", HELDOUT33),
           "heldout34": ("thirty-fourth ", HELDOUT34),
           "heldout35": ("thirty-fifth ", HELDOUT35),
           "heldout36": ("thirty-sixth ", HELDOUT36),
           "heldout37": ("thirty-seventh ", HELDOUT37),
           "heldout38": ("thirty-eighth ", HELDOUT38),
           "heldout39": ("thirty-ninth ", HELDOUT39),
           "heldout40": ("fortieth ", HELDOUT40),
           "heldout41": ("forty-first ", HELDOUT41),
           "heldout42": ("forty-second ", HELDOUT42),
           "heldout43": ("forty-third ", HELDOUT43),
           "heldout44": ("forty-fourth ", HELDOUT44),
           "heldout45": ("forty-fifth ", HELDOUT45),
           "heldout46": ("forty-sixth ", HELDOUT46),
           "heldout47": ("forty-seventh ", HELDOUT47),
           "heldout48": ("forty-eighth ", HELDOUT48),
           "heldout49": ("forty-ninth ", HELDOUT49),
           "heldout50": ("fiftieth ", HELDOUT50),
           "heldout51": ("fifty-first ", HELDOUT51),
           "heldout52": ("fifty-second ", HELDOUT52),
           "heldout53": ("fifty-third ", HELDOUT53),
           "heldout54": ("fifty-fourth ", HELDOUT54),
           "heldout55": ("fifty-fifth ", HELDOUT55),
           "heldout56": ("fifty-sixth ", HELDOUT56),
           "heldout57": ("fifty-seventh ", HELDOUT57),
           "heldout58": ("fifty-eighth ", HELDOUT58),
           "heldout59": ("fifty-ninth ", HELDOUT59),
           "heldout60": ("sixtieth ", HELDOUT60),
           "heldout61": ("sixty-first ", HELDOUT61)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="list each fixture's first N false positives and misses")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--live", action="store_true",
                        help="feed one line per read (a training loop's pace), not 4 KiB reads")
    half = parser.add_mutually_exclusive_group()
    for flag, (ordinal, _) in _HALVES.items():
        half.add_argument(f"--{flag}", action="store_true",
                          help=f"score the {ordinal}held-out half (tests/corpus/{flag}/) instead")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    root = next((folder for flag, (_, folder) in _HALVES.items() if getattr(args, flag)), CORPUS)
    scores = score_corpus(root, live=args.live)
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
