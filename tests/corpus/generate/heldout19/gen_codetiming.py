"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Timing code blocks with codetiming (PyPI ``codetiming``): three blocks timed with a bare
``Timer()`` (its default text, ``Elapsed time: 0.0123 seconds``, four decimals), and a loop of
four named timers with the package's own placeholders in ``text`` (``"{name}: {milliseconds:.2f}
ms"``, which prints ``sort: 12.34 ms``), each timing real work (sorting, hashing, a sum of
squares, a JSON round trip).

Truth: the ``Timer`` objects' ``last`` (seconds; for the named ones in milliseconds, as the
text prints them, ``last * 1000`` as the package computes ``milliseconds``), from the same run:
the default lines as ``Elapsed time``, the named ones by their name. Timings differ from run to
run.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main


def run() -> None:
    import hashlib
    import json
    import random

    from codetiming import Timer

    rng = random.Random(1)
    data = [rng.random() for _ in range(200_000)]
    truth = Truth()
    for work in (lambda: sorted(data), lambda: sum(x * x for x in data),
                 lambda: hashlib.sha256(bytes(4_000_000)).hexdigest()):
        timer = Timer()
        with timer:
            work()
        truth.add(**{"Elapsed time": timer.last})
    jobs = {"sort": lambda: sorted(data, reverse=True),
            "squares": lambda: [x * x for x in data],
            "hash": lambda: hashlib.md5(bytes(8_000_000)).hexdigest(),
            "json": lambda: json.loads(json.dumps(data[:50_000]))}
    for name, work in jobs.items():
        timer = Timer(name=name, text="{name}: {milliseconds:.2f} ms")
        with timer:
            work()
        truth.add(**{name: timer.last * 1000})
    truth.write("codetiming: the Timer objects' last (seconds for the default text, "
                "milliseconds for the named ones as printed)", libraries=("codetiming",),
                rel=1e-3, abs_tol=5e-5)  # four decimals of a second; two of a millisecond (>= 5 ms)


if __name__ == "__main__":
    main(__file__, {"codetiming": run}, root=HELDOUT19)
