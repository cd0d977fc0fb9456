"""HELD-OUT fixture (twelfth half, see generate/heldout12/README.md): do not read while tuning
the parser.

Simulated annealing with simanneal, on its README's problem: a travelling salesman tour of 30
cities (drawn with a seeded ``random``; distances in km by the haversine formula). The
``Annealer``'s default update prints to stderr a header (``Temperature  Energy  Accept
Improve  Elapsed  Remaining``) and then one status per update, each ending in ``\\r`` (redrawn
in place on a terminal, the same bytes on a pipe). First ``auto(minutes=...)`` explores the
temperatures (its own updates) and returns a schedule, which the script prints and sets; then
two anneals: one with a hand-set schedule (``Tmax``, ``Tmin``, ``steps``, ``updates``) and
one with the automatic schedule. After each the script prints the tour length.

Truth: the values simanneal hands its printing code: an ``Annealer`` subclass's ``update``
(the hook the library documents for this) records ``(T, E, acceptance, improvement)`` and calls
``default_update``: ``Temperature`` = T, ``Energy`` = E, ``Accept`` and ``Improve`` = 100 × the
rates, as printed (the first status of a run has no rates). The tour lengths from ``anneal``'s
returned energy (``best tour``). Optional: the automatic schedule's ``tmax``/``tmin``/
``steps``/``updates`` (printed as a dict; ``steps`` depends on the machine's speed). No
step: the status lines state none. Judgement: ``Elapsed`` and ``Remaining`` are timings, in
neither map. The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT12, Truth, main

SETTINGS = {"cities": 30, "seed": 5, "Tmax": 25000.0, "Tmin": 2.5, "steps": 60000,
            "updates": 25, "auto_minutes": 0.04, "auto_updates": 20}


def run() -> None:
    import math
    import random

    from simanneal import Annealer

    s = SETTINGS
    random.seed(s["seed"])
    cities = {f"city{i:02d}": (random.uniform(35, 55), random.uniform(-10, 25))
              for i in range(s["cities"])}

    def distance(a, b):
        lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
        h = (math.sin((lat2 - lat1) / 2) ** 2
             + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
        return 2 * 6371 * math.asin(math.sqrt(h))

    names = list(cities)
    matrix = {a: {b: distance(cities[a], cities[b]) for b in names} for a in names}
    truth = Truth()

    class Tour(Annealer):
        def move(self):
            i, j = sorted(random.sample(range(len(self.state)), 2))
            before = self.energy()
            self.state[i:j + 1] = reversed(self.state[i:j + 1])
            return self.energy() - before

        def energy(self):
            return sum(matrix[self.state[k - 1]][self.state[k]] for k in range(len(self.state)))

        def update(self, step, T, E, acceptance, improvement):
            if acceptance is None:
                truth.add(Temperature=T, Energy=E)
            else:
                truth.add(Temperature=T, Energy=E, Accept=100 * acceptance,
                          Improve=100 * improvement)
            self.default_update(step, T, E, acceptance, improvement)

    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    tour = Tour(names[:])
    tour.Tmax, tour.Tmin, tour.steps, tour.updates = (s["Tmax"], s["Tmin"], s["steps"],
                                                       s["updates"])
    print("\n# anneal with a hand-set schedule", flush=True)
    state, energy = tour.anneal()
    print(f"\nbest tour: {energy:.1f} km through {len(state)} cities", flush=True)
    truth.add(**{"best tour": energy})

    print("\n# automatic schedule", flush=True)
    random.seed(s["seed"] + 1)
    tour = Tour(names[:])
    tour.updates = s["auto_updates"]
    schedule = tour.auto(minutes=s["auto_minutes"], steps=500)
    print("\nschedule:", schedule, flush=True)
    truth.allow(**{key: value for key, value in schedule.items()})
    tour.set_schedule(schedule)
    tour.updates = s["auto_updates"]
    state, energy = tour.anneal()
    print(f"\nbest tour: {energy:.1f} km through {len(state)} cities", flush=True)
    truth.add(**{"best tour": energy})
    truth.write("simanneal: an Annealer subclass's update hook records (T, E, acceptance, "
                "improvement) handed to default_update (Temperature, Energy, Accept/Improve "
                "x100); anneal()'s returned energy (best tour); auto()'s schedule optional; "
                "settings = params", libraries=("simanneal",), params=s,
                rel=1e-6, abs_tol=0.05)  # best tour printed with .1f


if __name__ == "__main__":
    main(__file__, {"simanneal": run}, root=HELDOUT12)
