"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

ministat (Debian's ``ministat``, FreeBSD's tool for comparing timing samples) on three files of
per-run latencies the script writes (9, 11 and 7 values, seeded, three decimals): first
``ministat baseline.txt tuned.txt jit.txt`` (an ASCII plot as wide as the terminal, then a row
per file, marked by its plot symbol ``x``, ``+``, ``*``, with ``N Min Max Median Avg Stddev``,
and after each later file either ``Difference at 95.0% confidence`` with the difference of the
means ``+/-`` its half-width, the same in percent of the first file's mean and ``(Student's t,
pooled s = 1.10595)``, or ``No difference proven at 95.0% confidence``), then ``ministat -A -c
99`` on the first two files (no plot). On a pipe the plot is 74 columns wide, on the 160-column
terminal 160: hence the ``-pipe`` twin.

Truth: ministat keeps no record, so the statistics are recomputed in the script from the same
values (Python's ``statistics``; the sample standard deviation; the medians of odd counts),
and the difference, its half-width (Student's t from ``scipy.stats.t``, where ministat uses a
table of t to three or four digits: the half-widths are optional) and the pooled deviation from
the textbook formulas ministat prints the name of. Rows are named by the symbol printed before
them (``x/Avg``, ``+/Avg``, ``*/Avg``); ``N`` optional; the difference as ``Difference``, its
percentage as ``Difference %``, the pooled deviation as ``pooled s``. The confidence levels are
the script's settings (params).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main


def run() -> None:
    import math
    import random
    import statistics
    import subprocess
    import tempfile

    from scipy.stats import t as student_t

    random.seed(23)
    work = Path(tempfile.mkdtemp(prefix="ministat-"))
    samples = {"baseline.txt": [round(random.gauss(10.0, 1.0), 3) for _ in range(9)],
               "tuned.txt": [round(random.gauss(11.0, 1.2), 3) for _ in range(11)],
               "jit.txt": [round(random.gauss(10.2, 0.8), 3) for _ in range(7)]}
    for name, values in samples.items():
        (work / name).write_text("".join(f"{v:.3f}\n" for v in values))
    truth = Truth()

    def describe(symbol: str, values: list) -> None:
        truth.allow(**{f"{symbol}/N": len(values)})
        truth.add(**{f"{symbol}/Min": min(values), f"{symbol}/Max": max(values),
                     f"{symbol}/Median": statistics.median(values),
                     f"{symbol}/Avg": statistics.mean(values),
                     f"{symbol}/Stddev": statistics.stdev(values)})

    def compare(first: list, other: list, confidence: float) -> None:
        n1, n2 = len(first), len(other)
        pooled = math.sqrt(((n1 - 1) * statistics.variance(first)
                            + (n2 - 1) * statistics.variance(other)) / (n1 + n2 - 2))
        half = (student_t.ppf(0.5 + confidence / 200, n1 + n2 - 2) * pooled
                * math.sqrt(1 / n1 + 1 / n2))
        diff = statistics.mean(other) - statistics.mean(first)
        if abs(diff) <= half:
            return  # "No difference proven": nothing printed but the sentence
        base = statistics.mean(first)
        truth.add(**{"Difference": diff, "Difference %": diff * 100 / base, "pooled s": pooled})
        truth.allow(**{"Difference/+/-": half, "Difference %/+/-": half * 100 / base})

    sys.stdout.flush()
    subprocess.run(["ministat", *samples], cwd=work, check=True)
    first = samples["baseline.txt"]
    describe("x", first)
    for symbol, name in (("+", "tuned.txt"), ("*", "jit.txt")):
        describe(symbol, samples[name])
        compare(first, samples[name], 95.0)
    sys.stdout.flush()
    subprocess.run(["ministat", "-A", "-c", "99", "baseline.txt", "tuned.txt"], cwd=work,
                   check=True)
    describe("x", first)
    describe("+", samples["tuned.txt"])
    compare(first, samples["tuned.txt"], 99.0)
    truth.write("ministat (Debian 20150715): the per-file statistics, the differences of the "
                "means and the pooled deviations recomputed from the same values (ministat keeps "
                "no record); rows named by their plot symbol; N and half-widths optional",
                params={"confidence": "95.0% / 99.0%"},
                rel=5e-4, abs_tol=5e-6)  # the half-widths' t from a table


if __name__ == "__main__":
    main(__file__, {"ministat": run}, root=HELDOUT23)
