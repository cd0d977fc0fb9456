"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Line-by-line profiling with line_profiler (PyPI ``line_profiler``): two small functions of this
file (a loop of squares with a sort of their strings, and a dictionary count over words) run
under one ``LineProfiler`` and reported with ``print_stats(output_unit=1e-06)``: a ``Timer
unit: 1e-06 s`` line, then per function ``Total time: 0.0123 s``, its file and name, and a table
``Line #  Hits  Time  Per Hit  % Time  Line Contents`` with a row per source line (numbers
only where the line ran).

Truth: the ``LineStats`` object ``get_stats()`` returns, read by the same process: each
function's timings ``(lineno, nhits, time)`` in the profiler's unit, turned into the printed
unit and divided as the printer does (``time · unit / 1e-06``, that over ``nhits``, ``100 ·
time / total``), as ``<line #>/Time``, ``<line #>/Per Hit``, ``<line #>/% Time``; ``Total time``
is the sum of a function's times in seconds (two values, one per function). Optional: the hit
counts (``<line #>/Hits``). Judgement: a row is named by its ``Line #`` (the line number of
this file), its source text is prose; ``Timer unit`` is a setting, a param. The timings differ
from run to run.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main

OUTPUT_UNIT = 1e-6


def squares(n):
    total = 0
    for i in range(n):
        total += i * i
    names = sorted(str(i) for i in range(n))
    return total, names[-1]


def word_counts(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return max(counts.values())


def run() -> None:
    from line_profiler import LineProfiler

    profiler = LineProfiler(squares, word_counts)
    profiler.runcall(squares, 20000)
    profiler.runcall(word_counts, "the cat and the dog and the bird " * 2000)
    profiler.print_stats(output_unit=OUTPUT_UNIT)
    stats = profiler.get_stats()
    truth = Truth()
    scalar = stats.unit / OUTPUT_UNIT
    for _key, timings in sorted(stats.timings.items(), key=lambda kv: kv[0][1]):
        total = sum(time for _, _, time in timings)
        truth.add(**{"Total time": total * stats.unit})
        for lineno, hits, time in timings:
            truth.add(**{f"{lineno}/Time": time * scalar,
                         f"{lineno}/Per Hit": time * scalar / hits,
                         f"{lineno}/% Time": 100 * time / total})
            truth.allow(**{f"{lineno}/Hits": hits})
    truth.write("line_profiler's LineStats (timings per line, in its unit) turned into the "
                "printed microseconds and shares as its printer does; Total time the sum in "
                "seconds; <line #>/<column>; the hit counts optional",
                libraries=("line_profiler",), params={"Timer unit": OUTPUT_UNIT},
                rel=5e-3, abs_tol=0.05)  # %5.1f or %5.3g; Total time %g


if __name__ == "__main__":
    main(__file__, {"line-profiler": run}, root=HELDOUT18)
