"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

The pseudorandom-sequence tester ``ent`` (Debian's ``ent``, 1.2), a command-line tool, run on
four inputs the script writes: 200,000 seeded random bytes, 200,000 bytes of English-like text
made from a seeded word list, the same text compressed with zlib, and the random bytes again in
bit mode (``ent -b``). Each run prints its normal report to stdout (``Entropy = 7.998247 bits
per byte.``, ``Optimum compression would reduce the size / of this 200000 byte file by 0
percent.``, ``Chi square distribution for 200000 samples is 242.49, and randomly / would exceed
this value 70.32 percent of the times.``, ``Arithmetic mean value of data bytes is 127.3640
(127.5 = random).``, ``Monte Carlo value for Pi is 3.152046082 (error 0.33 percent).``,
``Serial correlation coefficient is 0.003447 (totally uncorrelated = 0.0).``), after a
``== <input> ==`` header line that the script prints.

Truth: ``ent -t`` (terse mode: a CSV record of the same figures, to six decimals) run on the
same file right after (ent is deterministic): ``Entropy``, ``Chi square`` (the chi-square
statistic), ``Arithmetic mean value`` (of data bytes or bits), ``Monte Carlo value for Pi`` and
``Serial correlation coefficient``, each under that name; the sample count (``File-bytes`` or
``File-bits``) optional, as are the figures the report derives from these (the compression
percentage, ent's integer ``100 * (8 - entropy) / 8``, or ``(1 - entropy)`` in bit mode; the
Monte Carlo error percentage, ``100 * |pi_mc - pi| / pi``) and the chi-square's exceedance
percentage (a p-value, in percent; not in the terse record, so not listed at all). The
reference values in brackets (``127.5 = random``, ``= 0.0``) are no results.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main


def text(rnd, size: int) -> bytes:
    words = ("the of and to in is that for it as was with be by on not he this are or his "
             "from at which but have an they you were her she there been one all we their "
             "model data error value rate loss training sample mean test").split()
    out, length = [], 0
    while length < size:
        word = rnd.choice(words) + (". " if rnd.random() < 0.08 else " ")
        out.append(word)
        length += len(word)
    return "".join(out).encode()[:size]


def run() -> None:
    import math
    import random
    import subprocess
    import tempfile
    import zlib

    rnd = random.Random(21)
    work = Path(tempfile.mkdtemp(prefix="ent-"))
    random_bytes = rnd.randbytes(200_000)
    english = text(rnd, 200_000)
    inputs = [("random.bin", random_bytes, []), ("english.txt", english, []),
              ("english.txt.z", zlib.compress(english, 9), []),
              ("random.bin, bit mode", random_bytes, ["-b"])]
    truth = Truth()
    for name, data, flags in inputs:
        path = work / name.split(",")[0]
        path.write_bytes(data)
        print(f"== {name} ==", flush=True)
        subprocess.run(["ent", *flags, str(path)], check=True)
        print(flush=True)
        terse = subprocess.run(["ent", "-t", *flags, str(path)], check=True,
                               capture_output=True, text=True).stdout.splitlines()
        fields = dict(zip(terse[0].split(","), terse[1].split(",")))
        entropy = float(fields["Entropy"])
        truth.add(**{"Entropy": entropy, "Chi square": float(fields["Chi-square"]),
                     "Arithmetic mean value": float(fields["Mean"]),
                     "Monte Carlo value for Pi": float(fields["Monte-Carlo-Pi"]),
                     "Serial correlation coefficient": float(fields["Serial-Correlation"])})
        bits = "File-bits" in fields
        truth.allow(samples=float(fields["File-bits" if bits else "File-bytes"]))
        truth.allow(**{"Optimum compression": int(100 * ((1 if bits else 8) - entropy)
                                                  / (1.0 if bits else 8.0)),
                       "error": 100 * abs(float(fields["Monte-Carlo-Pi"]) - math.pi) / math.pi})
    version = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "ent"],
                             capture_output=True, text=True).stdout
    truth.write(f"ent {version}: the terse (-t) CSV record of the same file, each figure under "
                "the report's label; the sample count and derived percentages optional",
                rel=1e-5, abs_tol=5e-6)  # the terse record's six decimals


if __name__ == "__main__":
    main(__file__, {"ent": run}, root=HELDOUT21)
