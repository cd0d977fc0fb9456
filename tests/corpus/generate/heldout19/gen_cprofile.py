"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Deterministic profiling with Python's own cProfile and pstats (standard library): a small
workload of this file (a recursive Fibonacci, a sort of random words, a prime sieve) run under
``cProfile.Profile``, then ``pstats.Stats(prof).strip_dirs().sort_stats("cumulative")
.print_stats(8)``: ``   61234 function calls (40123 primitive calls) in 0.052 seconds``,
``Ordered by: cumulative time``, ``List reduced from 25 to 8 due to restriction <8>`` and the
table ``ncalls  tottime  percall  cumtime  percall filename:lineno(function)``
(``18000    0.006    0.000    0.008    0.000 random.py:367(choice)``).

Truth: the ``Stats`` object's own figures: ``total_tt`` as ``seconds`` (the value before that
unit word, which the line itself names), and for the eight rows printed (the same sort and
cut, ``get_stats_profile`` is not used) each function's ``tottime`` and ``cumtime`` and the two
``percall`` columns as ``print_line`` computes them (``tottime / ncalls`` and ``cumtime /
primitive calls``), named ``<filename:lineno(function)>/<column>`` as printed, the second
``percall`` as ``percall (cumtime)``. Optional: the call counts (``ncalls``, and for a
recursive function its primitive count) and the function-call totals. Timings differ from run
to run; the truth is from the same run.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def words(count, rng):
    letters = "abcdefghijklmnopqrstuvwxyz"
    return sorted("".join(rng.choice(letters) for _ in range(6)) for _ in range(count))


def sieve(limit):
    flags = [True] * limit
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, limit, i))
    return sum(flags) - 2


def workload():
    import random

    rng = random.Random(0)
    return fib(23), len(words(3000, rng)), sieve(200_000)


def run() -> None:
    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.enable()
    workload()
    prof.disable()
    stats = pstats.Stats(prof).strip_dirs().sort_stats("cumulative")
    stats.print_stats(8)
    truth = Truth()
    truth.add(seconds=stats.total_tt)
    truth.allow(**{"function calls": stats.total_calls, "primitive calls": stats.prim_calls})
    for func in stats.fcn_list[:8]:
        cc, nc, tt, ct, _ = stats.stats[func]
        name = pstats.func_std_string(func)
        truth.add(**{f"{name}/tottime": tt, f"{name}/percall": tt / nc,
                     f"{name}/cumtime": ct, f"{name}/percall (cumtime)": ct / cc})
        truth.allow(**{f"{name}/ncalls": nc})
        if cc != nc:
            truth.allow(**{f"{name}/ncalls": cc})
    truth.write("cProfile/pstats: the Stats object's total_tt and, for the eight rows printed, "
                "stats[func] (tottime, cumtime, percall as print_line computes them), named "
                "<filename:lineno(function)>/<column>; call counts optional", libraries=(),
                params={"sort": "cumulative", "restriction": 8},
                rel=1e-9, abs_tol=5e-4)  # three decimals


if __name__ == "__main__":
    main(__file__, {"cprofile": run}, root=HELDOUT19)
