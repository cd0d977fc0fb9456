"""What the fallback table reader (LOOSE_TABLE, `expctl.metrics.loose_tables`) reads on its own.

Run: ``python bench/fallback_share.py [--halves dev,heldout15,...]`` from a checkout, with the
Python of the virtualenv expctl is installed in. For each half of the corpus it prints:

* ``fb TP`` / ``fb FP``: of the points the fallback returned, how many the judge matched to a
  truth point (or an optional one) and how many it counted false (matched by name and value
  against the judge's false positives of the whole parse);
* ``ΔTP`` / ``ΔFP``: the whole parse with the fallback against the same parse with it
  switched off (its `read` returning None), so any effect on the other readers counts too;
* the *switched-off* experiment, a proxy for tools nobody wrote a reader for: the specific
  readers of aligned tables that were each added for one half (`SPECIFIC`, below) are switched
  off by monkeypatching their `read` to None, and the half is parsed with and without the
  fallback. ``lost`` is how many true positives switching them off costs, ``caught`` how many of
  those the fallback then reads back, ``off FP`` the false positives it adds there.

Nothing is timed; the figures are counts, repeatable run to run.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from expctl.metrics import (bench_tables, counted, entities, grouped, indexed, labelled,
                            loose_tables, placed, right_aligned, ruled, tables, tibbles)
from tests.corpus import judge

HALVES = ["dev", "heldout", *(f"heldout{n}" for n in range(3, 17))]
# The readers of aligned (bar-less) tables added for one half each, switched off together.
SPECIFIC = [(tibbles.TibbleReader, "read"), (ruled.RuledReader, "read"),
            (counted.CountedReader, "read"), (indexed.IndexedReader, "read"),
            (labelled.LabelledReader, "read"), (entities.EntityReader, "read"),
            (placed.PlacedReader, "read"), (grouped.GroupedReader, "read"),
            (right_aligned.RightAlignedReader, "read"), (tables.TableReader, "_read_tokens"),
            (bench_tables, "read_stat_row"), (bench_tables, "read_sized_row")]


def _none(*_args, **_kwargs):
    return None


@contextlib.contextmanager
def _patched(pairs):
    """Each (owner, attribute) of `pairs` replaced by a function returning None, then restored."""
    saved = [(owner, name, getattr(owner, name)) for owner, name in pairs]
    try:
        for owner, name, _ in saved:
            setattr(owner, name, _none)
        yield
    finally:
        for owner, name, original in saved:
            setattr(owner, name, original)


def _score(root: Path, fallback: bool, specific: bool):
    """(pooled score, fallback's matched points, fallback's false points) of one half."""
    returned: Counter = Counter()
    original = loose_tables.LooseTables.read

    def recording(self, line, before, after):
        steps = original(self, line, before, after)
        for pairs, _ in steps or ():
            returned.update((judge.name_key(name), float(value)) for name, value in pairs)
        return steps

    off = [] if specific else SPECIFIC
    off_fallback = [] if fallback else [(loose_tables.LooseTables, "read")]
    scores = []
    with _patched(off + off_fallback):
        if fallback:
            loose_tables.LooseTables.read = recording
        try:
            scores = [judge.score_fixture(fixture) for fixture in judge.fixture_dirs(root)]
        finally:
            loose_tables.LooseTables.read = original
    pooled = judge.total(scores)
    false = Counter((judge.name_key(p.name), p.value) for p in pooled.false_points)
    fb_false = sum(min(count, false[key]) for key, count in returned.items())
    return pooled, sum(returned.values()) - fb_false, fb_false


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--halves", default=",".join(HALVES), help="comma-separated halves")
    args = parser.parse_args(argv)
    print("| half | truth | fb TP | fb FP | ΔTP | ΔFP | off: lost | caught | off FP |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    sums = Counter()
    for half in args.halves.split(","):
        root = judge.CORPUS if half == "dev" else judge.CORPUS / half
        with_fb, fb_tp, fb_fp = _score(root, fallback=True, specific=True)
        without, _, _ = _score(root, fallback=False, specific=True)
        off_with, _, _ = _score(root, fallback=True, specific=False)
        off_without, _, _ = _score(root, fallback=False, specific=False)
        row = {"truth": with_fb.truth, "fb TP": fb_tp, "fb FP": fb_fp,
               "ΔTP": with_fb.tp - without.tp, "ΔFP": with_fb.fp - without.fp,
               "lost": without.tp - off_without.tp, "caught": off_with.tp - off_without.tp,
               "off FP": off_with.fp - off_without.fp}
        sums.update(row)
        print(f"| {half} | " + " | ".join(str(v) for v in row.values()) + " |")
    print("| **all** | " + " | ".join(f"**{sums[k]}**" for k in row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
