"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Memory profiling with the standard library's ``tracemalloc``, as its documentation shows it
("Display the top 10"): a small workload (a list of dicts, a table of strings, a cache of
tuples, a byte buffer) is run from source compiled under the short file name ``workload.py``
(so that the printed names do not depend on the checkout's path), a snapshot is taken and
filtered to that file, and ``print("[ Top 8 ]")`` is followed by ``print(stat)`` for the first
eight ``Statistic`` objects of ``snapshot.statistics("lineno")``
(``workload.py:9: size=1036 KiB, count=19746, average=54 B``). Then part of the data is freed,
more is made by code compiled as ``phase2.py``, and a second snapshot (filtered to both names)
is printed the same way.

Truth: the ``Statistic`` objects themselves, ``size`` and ``size / count`` (the average), each
in the unit ``tracemalloc`` prints it in (B, KiB or MiB, by the same thresholds as its own
``_format_size``), named ``<file>:<line>/size`` and ``<file>:<line>/average``; ``count``, the
number of memory blocks, is optional (a count). The two snapshots share row names.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main

WORKLOAD = '''
import random
random.seed(5)

def make_records(n):
    return [{"id": i, "score": random.random(), "tag": "t%d" % (i % 17)} for i in range(n)]

def make_table(rows, cols):
    return [["r%dc%d" % (r, c) for c in range(cols)] for r in range(rows)]

def make_cache(n):
    return {i: (i, i * 2, str(i)) for i in range(n)}

def make_buffer(kib):
    return bytearray(kib * 1024)

records = make_records(6000)
table = make_table(300, 20)
cache = make_cache(4000)
buffer = make_buffer(700)
'''

MORE = '''
del records[3000:]
table = None
extra = [("x" * 40 + str(i)) for i in range(9000)]
buffer2 = make_buffer(1500)
'''


def printed_unit(size: float) -> float:
    """`size` bytes in the unit tracemalloc prints them in (its `_format_size`'s thresholds),
    unrounded: the tolerance is the printing's rounding."""
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(size) < 100 and unit != "B":
            return size
        if abs(size) < 10 * 1024 or unit == "TiB":
            return size
        size /= 1024
    raise AssertionError("unreachable")


def show(snapshot, truth: Truth) -> None:
    import tracemalloc

    snapshot = snapshot.filter_traces([tracemalloc.Filter(True, "workload.py"),
                                       tracemalloc.Filter(True, "phase2.py")])
    print("[ Top 8 ]")
    for stat in snapshot.statistics("lineno")[:8]:
        print(stat)
        frame = stat.traceback[0]
        row = f"{frame.filename}:{frame.lineno}"
        truth.add(**{f"{row}/size": printed_unit(stat.size)})
        truth.allow(**{f"{row}/count": stat.count})
        if stat.count:
            truth.add(**{f"{row}/average": printed_unit(stat.size / stat.count)})


def run() -> None:
    import tracemalloc

    tracemalloc.start()
    space: dict = {}
    exec(compile(WORKLOAD, "workload.py", "exec"), space)
    truth = Truth()
    show(tracemalloc.take_snapshot(), truth)
    print()
    exec(compile(MORE, "phase2.py", "exec"), space)
    show(tracemalloc.take_snapshot(), truth)
    tracemalloc.stop()
    truth.write("tracemalloc: the Statistic objects of snapshot.statistics('lineno'), size and "
                "size/count in the unit the stdlib prints them in, named <file>:<line>/size and "
                "/average; count optional", libraries=(),
                rel=5e-3, abs_tol=0.5)  # %.0f B/KiB/MiB, or %.1f below 100 of a unit


if __name__ == "__main__":
    main(__file__, {"tracemalloc": run}, root=HELDOUT20)
