"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

A discrete-event simulation with salabim (PyPI ``salabim``): the bank office of its own
documentation (customers arriving every 5 time units on average, one clerk serving each in 3 to
7, a ``Queue`` between them), seeded (``random_seed=1``), run until time 500, then the queue's
two monitors' ``print_statistics()``: ``Statistics of Length of waitingline at       500``
(a level monitor) and ``Statistics of Length of stay in waitingline at       500``, each a
table with columns ``all``, ``excl.zero``, ``zero`` (a dashed rule under them) and rows
``duration`` or ``entries``, ``mean``, ``std.deviation``, a blank line, ``minimum``,
``median``, ``90% percentile``, ``95% percentile``, ``maximum``.

Truth: the monitors' own methods, called by the same process after the run (the printer calls
the same ones): ``mean()``, ``std()``, ``minimum()``, ``median()``, ``percentile(90)``,
``percentile(95)``, ``maximum()``, each without and with ``ex0=True``, as ``<row>/all`` and
``<row>/excl.zero`` (``mean/all``, ``90% percentile/excl.zero``). Optional: the level monitor's
``duration`` (``duration()``, with ``ex0=True``, and the difference as ``duration/zero``: the
simulated time, the first the run's length) and the other's ``entries``
(``number_of_entries()``, with ``ex0=True``, and the zero entries). Judgement: the two monitors'
tables share row and column names, so each name has two values (unstepped), as this half names
several fits' shared rows; the ``at 500`` of a title is the simulation time (prose).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

ROWS = [("mean", lambda m, ex0: m.mean(ex0=ex0)),
        ("std.deviation", lambda m, ex0: m.std(ex0=ex0)),
        ("minimum", lambda m, ex0: m.minimum(ex0=ex0)),
        ("median", lambda m, ex0: m.median(ex0=ex0)),
        ("90% percentile", lambda m, ex0: m.percentile(90, ex0=ex0)),
        ("95% percentile", lambda m, ex0: m.percentile(95, ex0=ex0)),
        ("maximum", lambda m, ex0: m.maximum(ex0=ex0))]


def run() -> None:
    import salabim as sim

    sim.yieldless(False)

    class CustomerGenerator(sim.Component):
        def process(self):
            while True:
                Customer()
                yield self.hold(sim.Exponential(5).sample())

    class Customer(sim.Component):
        def process(self):
            self.enter(waitingline)
            if clerk.ispassive():
                clerk.activate()
            yield self.passivate()

    class Clerk(sim.Component):
        def process(self):
            while True:
                while len(waitingline) == 0:
                    yield self.passivate()
                self.customer = waitingline.pop()
                yield self.hold(sim.Uniform(3, 7).sample())
                self.customer.activate()

    env = sim.Environment(trace=False, random_seed=1)
    CustomerGenerator()
    clerk = Clerk()
    waitingline = sim.Queue("waitingline")
    env.run(till=500)
    length, stay = waitingline.length, waitingline.length_of_stay
    length.print_statistics()
    stay.print_statistics()
    truth = Truth()
    truth.allow(**{"duration/all": length.duration(), "duration/excl.zero":
                   length.duration(ex0=True),
                   "duration/zero": length.duration() - length.duration(ex0=True)})
    truth.allow(**{"entries/all": stay.number_of_entries(),
                   "entries/excl.zero": stay.number_of_entries(ex0=True),
                   "entries/zero": stay.number_of_entries_zero()})
    for monitor in (length, stay):
        for row, method in ROWS:
            truth.add(**{f"{row}/all": method(monitor, False),
                         f"{row}/excl.zero": method(monitor, True)})
    truth.write(f"salabim {sim.__version__}: the monitors' mean, std, minimum, median, "
                "percentile(90), percentile(95), maximum, without and with ex0, as "
                "<row>/all and <row>/excl.zero; durations and entries optional",
                libraries=("salabim",), params=None, rel=1e-9, abs_tol=5e-4)  # 3 decimals


if __name__ == "__main__":
    main(__file__, {"salabim": run}, root=HELDOUT17)
