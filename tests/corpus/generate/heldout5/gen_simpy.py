"""HELD-OUT fixture (fifth half, see generate/heldout5/README.md): do not read while tuning the
parser.

A discrete-event simulation with SimPy (the bank-renege / car-wash style of its examples): a
clinic with ``simpy.Resource(env, capacity=c)`` doctors, Poisson arrivals and exponential
service, as a capacity study prints it:

* ``Clinic simulation: arrival_rate=1.1/min, service_time=1.6 min, horizon=240 min``;
* for the first replication, SimPy's event trace as its examples print it: ``   3.42
  Patient 4 arrives`` / ``   3.42  Patient 4 waited   0.000 min`` / ``   5.17  Patient 4
  leaves``;
* per replication ``rep 2/4 | served 261 | mean wait 1.3374 min | max wait 8.1034 min |
  utilisation 0.7731``;
* per capacity ``== 2 doctors: mean wait 1.2541 ± 0.1270 min over 4 replications``;
* a closing table from plain f-strings, one row per capacity (rows are runs)::

      doctors  mean_wait  p95_wait  utilisation
            1    38.1822  ...

Truth: the values the script computed from its SimPy processes (waits recorded as
``env.now`` differences when a request is granted; utilisation as busy time / (capacity x
horizon) from the resource's grant and release times) and handed to ``print``: ``mean wait``,
``max wait`` and ``utilisation`` per replication (no step: the replication counter ``rep 2/4``
restarts for every capacity and is no training step), the capacity line's ``mean wait``
(a second point per capacity; its ``±`` spread optional as ``mean wait_std``); the table's
``mean_wait``, ``p95_wait``, ``utilisation`` one point per row, no step; ``served`` counts,
the ``doctors`` column and the trace's per-patient ``waited`` values (rounded to 3 decimals, as
printed) optional; event times
in neither map. Params: the settings line.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT5, Truth, main

SETTINGS = {"arrival_rate": 1.1, "service_time": 1.6, "horizon": 240, "replications": 4}


def replicate(simpy, rng, capacity: int, trace: bool) -> dict:
    env = simpy.Environment()
    doctors = simpy.Resource(env, capacity=capacity)
    waits, busy = [], [0.0]

    def patient(env, number):
        arrived = env.now
        if trace:
            print(f"{env.now:7.2f}  Patient {number} arrives")
        with doctors.request() as request:
            yield request
            waits.append(env.now - arrived)
            if trace:
                print(f"{env.now:7.2f}  Patient {number} waited {env.now - arrived:7.3f} min")
            service = rng.exponential(SETTINGS["service_time"])
            start = env.now
            yield env.timeout(service)
            busy[0] += min(env.now, SETTINGS["horizon"]) - min(start, SETTINGS["horizon"])
            if trace:
                print(f"{env.now:7.2f}  Patient {number} leaves")

    def arrivals(env):
        number = 0
        while True:
            yield env.timeout(rng.exponential(1 / SETTINGS["arrival_rate"]))
            number += 1
            env.process(patient(env, number))

    env.process(arrivals(env))
    env.run(until=SETTINGS["horizon"] if not trace else 12)
    if trace:
        return {"waits": waits}
    return {"waits": waits, "utilisation": busy[0] / (capacity * SETTINGS["horizon"])}


def train() -> None:
    import numpy as np
    import simpy

    truth = Truth()
    print(f"Clinic simulation: arrival_rate={SETTINGS['arrival_rate']}/min, service_time="
          f"{SETTINGS['service_time']} min, horizon={SETTINGS['horizon']} min")
    rng = np.random.default_rng(3)
    traced = replicate(simpy, rng, 2, trace=True)
    for wait in traced["waits"]:
        truth.allow(waited=round(wait, 3))  # printed with 3 decimals
    table = []
    for capacity in (1, 2, 3):
        means, all_waits, utils = [], [], []
        for rep in range(1, SETTINGS["replications"] + 1):
            result = replicate(simpy, rng, capacity, trace=False)
            waits = np.array(result["waits"])
            print(f"rep {rep}/{SETTINGS['replications']} | served {len(waits)} | mean wait "
                  f"{waits.mean():.4f} min | max wait {waits.max():.4f} min | utilisation "
                  f"{result['utilisation']:.4f}")
            truth.add(**{"mean wait": waits.mean(), "max wait": waits.max(),
                         "utilisation": result["utilisation"]})
            truth.allow(served=len(waits))
            means.append(waits.mean())
            all_waits.extend(waits)
            utils.append(result["utilisation"])
        spread = float(np.std(means))
        print(f"== {capacity} doctors: mean wait {np.mean(means):.4f} ± {spread:.4f} min over "
              f"{SETTINGS['replications']} replications")
        truth.add(**{"mean wait": np.mean(means)})
        truth.allow(**{"mean wait_std": spread})
        table.append((capacity, float(np.mean(all_waits)), float(np.percentile(all_waits, 95)),
                      float(np.mean(utils))))
    print(f"{'doctors':>7}  {'mean_wait':>9}  {'p95_wait':>8}  {'utilisation':>11}")
    for capacity, mean_wait, p95, util in table:
        print(f"{capacity:7d}  {mean_wait:9.4f}  {p95:8.4f}  {util:11.4f}")
        truth.add(mean_wait=mean_wait, p95_wait=p95, utilisation=util)
        truth.allow(doctors=capacity)
    truth.write("SimPy processes: waits (env.now differences at grant) and utilisation (busy "
                "time / capacity x horizon) computed by the script and printed; per "
                "replication, per capacity and in the closing table (no steps); trace waits, "
                "counts and capacities optional", libraries=("simpy", "numpy"),
                params=SETTINGS, rel=1e-9, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"simpy": train}, root=HELDOUT5)
