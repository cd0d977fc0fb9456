"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

Heap profiling with Guppy 3's heapy (PyPI ``guppy3``): ``hpy().setrelheap()`` marks the heap,
then a small text-processing workload runs in three stages (tokenising 4,000 synthetic
documents into lists of new strings, weighting tokens into dicts of floats, building a set of
bigram tuples with an integer each);
after each stage ``print(h.heap())`` shows what the stage added: a line ``Partition of a set of
24745 objects. Total size = 1818742 bytes.`` and a table ``Index  Count   %     Size   %
Cumulative  % Kind (class / dict of class)``, one row per kind, the kind's name last, at most
ten rows; the mark is moved after each stage (``setrelheap()`` again). The third stage's heap is
also printed grouped by type (``.bytype``).

Truth: the ``IdentitySet`` objects printed: ``.size`` as ``Total size`` (bytes), ``.count``
optional as ``objects`` (a count); each row ``heap[i]``: its ``.size`` as ``<kind>/Size`` (the
kind as ``str(heap[i].kind)`` prints it), its ``.count`` optional as ``<kind>/Count``; the two
percentage columns and the running ``Cumulative`` column, which the printer computes from these,
optional (``<kind>/%``, ``<kind>/Cumulative``, the percentages rounded as the printer rounds
them, ``'%.0f'``: ``guppy/heapy/Part.py`` was read for this). Sizes are the profiler's
measurements, in bytes as printed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main


def show(truth: Truth, heap, label=str) -> None:
    print(heap)
    total = heap.size
    truth.add(**{"Total size": total})
    truth.allow(objects=heap.count)
    cumulative = 0
    for i in range(10):
        try:
            row = heap[i]
        except IndexError:
            break
        kind = label(row)
        cumulative += row.size
        truth.add(**{f"{kind}/Size": row.size})
        truth.allow(**{f"{kind}/Count": row.count, f"{kind}/Cumulative": cumulative})
        for part, whole in ((row.count, heap.count), (row.size, total), (cumulative, total)):
            truth.allow(**{f"{kind}/%": int("%.0f" % (part * 100.0 / whole))})
    print()


def run() -> None:
    import random

    from guppy import hpy

    rnd = random.Random(21)
    words = [f"w{n}" for n in range(600)]
    h = hpy()
    truth = Truth()
    h.setrelheap()
    docs = [[rnd.choice(words).upper() for _ in range(rnd.randint(5, 30))]
            for _ in range(4000)]
    print("stage 1: tokens")
    show(truth, h.heap(), lambda row: str(row.kind))
    h.setrelheap()
    counts = []
    for doc in docs:
        seen = {}
        for token in doc:
            seen[token] = seen.get(token, 0.0) + 0.5  # a weight
        counts.append(seen)
    print("stage 2: counts")
    show(truth, h.heap(), lambda row: str(row.kind))
    h.setrelheap()
    bigrams = {(a, b, 1000 + len(a) * len(b) + n)
               for n, doc in enumerate(docs) for a, b in zip(doc, doc[1:])}
    print("stage 3: bigrams")
    heap = h.heap()
    show(truth, heap, lambda row: str(row.kind))
    print("stage 3 by type")
    show(truth, heap.bytype, lambda row: str(row.kind))
    del counts, bigrams
    truth.write("guppy3: the printed heaps' size as Total size and each row's size as "
                "<kind>/Size; counts, percentages and the cumulative column optional",
                libraries=("guppy3",), rel=1e-12, abs_tol=0.5)  # whole bytes


if __name__ == "__main__":
    main(__file__, {"guppy3": run}, root=HELDOUT21)
