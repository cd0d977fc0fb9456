"""Check the export's compiled float writing (expctl/transfer/_float_repr.c: put_float and its
short_repr) against float's repr, as the json module writes it, on millions of doubles.

    .venv/bin/python bench/float_repr.py --seconds 60 --seed 1

Doubles of every kind the store holds and more: uniform in [0, 1), spread over 22 decades,
rounded decimals and their neighbours, random bit patterns (NaN, infinities, subnormals),
timestamps, dyadic fractions, decimal strings, powers of ten and their neighbours; each also
negated. Prints how many were checked and each mismatch (there must be none); exits 1 on one.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import struct
import sys
import time

from expctl.transfer._metrics_json import run_lines

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_LAYOUT = ((b'{"v":', 0, ()),)  # one column (kind COLUMN) holding the list of doubles


def doubles(rng: random.Random, n: int) -> list[float]:
    kinds = (
        lambda: rng.random(),
        lambda: rng.random() * 10 ** rng.randrange(-6, 16),
        lambda: round(rng.random() * 10 ** rng.randrange(0, 10), rng.randrange(0, 8)),
        lambda: struct.unpack("<d", rng.randbytes(8))[0],
        lambda: math.nextafter(round(rng.random(), rng.randrange(1, 6)), rng.choice((0, 1))),
        lambda: 1.7e9 + rng.random() * 1e8,
        lambda: rng.randrange(1, 10 ** 6) / 2 ** rng.randrange(1, 40),
        lambda: float(f"{rng.randrange(1, 10 ** rng.randrange(1, 17))}e{rng.randrange(-20, 15)}"),
        lambda: math.nextafter(10.0 ** rng.randrange(-4, 15), rng.choice((0, math.inf))),
    )
    return [x if rng.random() < 0.5 else -x for x in (rng.choice(kinds)() for _ in range(n))]


def line(value) -> bytes:
    [written] = run_lines([1], _LAYOUT, [[value]])
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    checked = bad = 0
    began = time.monotonic()
    while time.monotonic() - began < args.seconds:
        xs = doubles(rng, 20_000)
        if line(xs) != b'{"v":' + _encode(xs).encode() + b"}\n":
            for x in xs:  # which ones
                if line(x) != b'{"v":' + _encode(x).encode() + b"}\n":
                    bad += 1
                    print(f"mismatch: {x!r} written as {line(x)!r}")
        checked += len(xs)
    print(f"checked {checked:,} doubles against repr: {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
