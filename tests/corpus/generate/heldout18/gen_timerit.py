"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Micro-benchmarks with Timerit (PyPI ``timerit``): four labelled snippets (a sum over a range, a
sort of a reversed list, a dictionary comprehension, a string join), each timed in the
``for timer in Timerit(num=..., bestof=3, label=...): with timer: ...`` idiom its README shows,
two at the default verbosity (one line, ``Timed best=144.044 µs, mean=144.165 ± 0.1 µs for sum
range``) and two at ``verbose=2`` (``Timed sort reversed for: 50 loops, best of 3`` then ``time
per loop: best=312.765 µs, mean=317.498 ± 2.5 µs``). The unit follows the mean's magnitude.

Truth: each ``Timerit`` object's ``min()``, ``mean()`` and ``std()``, read by the same process,
in the unit it prints them in (its own ``_choose_unit`` of the mean), as ``<label>/best``,
``<label>/mean`` and ``<label>/std`` (the spread after ``±``). Judgement: the loop count and
``best of 3`` are params; a benchmark's timings are its metrics. They differ from run to run.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main


def run() -> None:
    from timerit import Timerit
    from timerit.core import _choose_unit

    words = [f"w{i}" for i in range(5000)]
    cases = (("sum range", 200, 1, lambda: sum(range(10000))),
             ("sort reversed", 50, 2, lambda: sorted(range(20000, 0, -1))),
             ("dict comprehension", 100, 1, lambda: {w: len(w) for w in words}),
             ("string join", 100, 2, lambda: ",".join(words)))
    truth = Truth()
    for label, num, verbose, snippet in cases:
        timer_loop = Timerit(num=num, bestof=3, label=label, verbose=verbose)
        for timer in timer_loop:
            with timer:
                snippet()
        _unit, mag = _choose_unit(timer_loop.mean())
        truth.add(**{f"{label}/best": timer_loop.min() / mag,
                     f"{label}/mean": timer_loop.mean() / mag,
                     f"{label}/std": timer_loop.std() / mag})
    truth.write("Timerit objects' min(), mean(), std() in the unit its _choose_unit picks for "
                "the mean, as <label>/best, <label>/mean, <label>/std",
                libraries=("timerit",), params={"bestof": 3},
                rel=1e-9, abs_tol=0.05)  # three decimals, the spread one


if __name__ == "__main__":
    main(__file__, {"timerit": run}, root=HELDOUT18)
