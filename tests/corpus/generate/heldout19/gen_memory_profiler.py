"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Line-by-line memory profiling with memory_profiler (PyPI ``memory-profiler``): two functions of
this file (building and dropping lists and byte arrays, a dictionary and a sorted copy) run
under ``memory_profiler.LineProfiler`` (psutil backend), then ``memory_profiler.show_results``
with its default precision: ``Filename: ...``, a header ``Line #    Mem usage    Increment
Occurrences   Line Contents`` and per line ``     4  119.1 MiB   76.7 MiB     2000003       b =
[...]``.

Truth: the profiler's ``code_map`` (per line: increment, memory in use, occurrences), from the
same process; a row is named by its line number as printed, ``<line>/Mem usage`` and
``<line>/Increment``, in MiB as printed. Optional: ``<line>/Occurrences`` (counts). Memory
figures differ from run to run; the truth is from the same run.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main


def build(n):
    a = [0] * n
    b = [i * 2 for i in range(n)]
    c = bytearray(8 * n)
    del b
    return len(a) + len(c)


def index(n):
    table = {i: str(i) for i in range(n)}
    keys = sorted(table, reverse=True)
    total = sum(keys[:10])
    table.clear()
    return total


def run() -> None:
    import memory_profiler

    prof = memory_profiler.LineProfiler(backend="psutil")
    prof(build)(1_500_000)
    prof(index)(300_000)
    memory_profiler.show_results(prof)
    truth = Truth()
    for _, lines in prof.code_map.items():
        for lineno, mem in lines:
            if not mem:
                continue  # a line that did not run is printed blank
            increment, usage, occurrences = mem
            truth.add(**{f"{lineno}/Mem usage": usage, f"{lineno}/Increment": increment})
            truth.allow(**{f"{lineno}/Occurrences": occurrences})
    truth.write("memory_profiler: the LineProfiler's code_map (increment, memory in use, "
                "occurrences per line), named <line>/<column> in MiB as printed; occurrences "
                "optional", libraries=("memory-profiler",), params={"backend": "psutil"},
                rel=1e-9, abs_tol=0.05)  # one decimal


if __name__ == "__main__":
    main(__file__, {"memory-profiler": run}, root=HELDOUT19)
