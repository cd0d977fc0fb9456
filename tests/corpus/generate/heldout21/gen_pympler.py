"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

Memory profiling with Pympler (PyPI ``Pympler``): a ``tracker.SummaryTracker`` follows a small
feature-engineering workload in three stages (building a list of record dicts, adding string keys
to them, building an index of tuples), and after each stage its diff is printed the way
``SummaryTracker.print_diff()`` prints it (``summary.print_(tracker.diff(), limit=6)``: a table
``types | # objects | total size`` with a rule of ``=``, the size pretty-printed as ``3.51 MB``,
``425.27 KB`` or ``152 B``); then ``summary.print_`` of a summary of every live object
(``muppy.get_objects()``), the eight largest types. Each stage's heading is a plain line.

Truth: the rows ``summary.print_`` was given (the diff's and the summary's ``[type, count, size]``
lists), sorted and cut as the printer does (by size, descending, the first ``limit``), each row
named by the type's label as the row holds it (the string ``summarize`` made): ``<type>/total
size`` the size in the printed unit (the printer divides by 1024 while the value is over 1024,
``pympler.util.stringutils.pp``, read for this), ``<type>/# objects`` optional (a count).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main


def in_unit(size: float) -> float:
    """The size in the unit pympler prints it in (B, KB, MB: divided while over 1024)."""
    while size > 1024:
        size /= 1024.0
    return size


def show(truth: Truth, rows, limit: int) -> None:
    from pympler import summary

    summary.print_(rows, limit=limit)
    for label, count, size in sorted(rows, key=lambda r: r[2], reverse=True)[:limit]:
        truth.add(**{f"{label}/total size": in_unit(size)})
        truth.allow(**{f"{label}/# objects": count})


def run() -> None:
    from pympler import muppy, summary, tracker

    tr = tracker.SummaryTracker()
    truth = Truth()
    records = [{"id": i, "value": i * 0.5, "tags": [i % 7, i % 11]} for i in range(15000)]
    print("stage 1: records")
    show(truth, tr.diff(), 6)
    for record in records:
        record["key"] = f"rec-{record['id']:06d}"
    print("\nstage 2: string keys")
    show(truth, tr.diff(), 6)
    index = {(r["id"] % 97, r["key"]): r for r in records}
    print("\nstage 3: tuple index")
    show(truth, tr.diff(), 6)
    print("\nall live objects")
    show(truth, summary.summarize(muppy.get_objects()), 8)
    del index
    truth.write("Pympler: the rows given to summary.print_ (tracker diffs, a muppy summary), "
                "sorted and cut as printed, <type>/total size in the printed unit, "
                "<type>/# objects optional", libraries=("Pympler",),
                rel=5e-3, abs_tol=0.005)  # two decimals, or whole bytes


if __name__ == "__main__":
    main(__file__, {"pympler": run}, root=HELDOUT21)
