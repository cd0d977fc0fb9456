"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

An agent-based epidemic simulation with Covasim (PyPI ``covasim``, version 4 on Starsim): 5,000
agents over 40 days, with symptomatic and asymptomatic testing (``test_prob``) and contact
tracing (``contact_tracing``), seeded (``rand_seed=1``), run with ``verbose=0.1``. It prints its
banner, ``Initializing sim with 5000 agents``, a progress line every tenth day (``Running
2020.03.11 (10/41) (1.18 s)  •••••——— 27%``, with its elapsed time), and at the end
``Simulation summary:`` with one line per cumulative result, the count first and its label
after (``      2,221 cumulative tests``, thousands separated, rounded to whole numbers).

Truth: the sim's own ``summary`` (the value of each result on the last day), read by the same
process, for the keys the printer prints (those starting ``cum_``), named by the result's label
as printed (``results[key].label.lower()``: ``cumulative infections``), unstepped. Judgement:
the progress lines' day counts and percentages are progress and their seconds timings kept
nowhere (no truth); the agent count is a param.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main


def run() -> None:
    import covasim as cv

    testing = cv.test_prob(symp_prob=0.2, asymp_prob=0.01)
    tracing = cv.contact_tracing(trace_probs=0.3)
    sim = cv.Sim(pop_size=5000, n_days=40, rand_seed=1, verbose=0.1,
                 interventions=[testing, tracing])
    sim.run()
    truth = Truth()
    for key in sim.result_keys():
        if key.startswith("cum_"):
            truth.add(**{sim.results[key].label.lower(): float(sim.summary[key])})
    truth.write("Covasim's sim.summary on the last day for the cum_ keys the printer prints, "
                "named by results[key].label.lower()", libraries=("covasim",),
                params={"pop_size": 5000, "n_days": 40, "rand_seed": 1},
                rel=1e-9, abs_tol=0.5)  # rounded to whole numbers


if __name__ == "__main__":
    main(__file__, {"covasim": run}, root=HELDOUT18)
