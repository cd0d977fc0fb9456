"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Power analysis in R with pwr (Debian's ``r-cran-pwr``): seven calculations, each solving for
the one quantity left out (``pwr.t.test`` for a power, a group size and an effect size,
``pwr.anova.test`` for a group size, ``pwr.r.test`` for a correlation, ``pwr.2p.test`` for a
power, ``pwr.chisq.test`` for a total size), each printed as R prints a ``power.htest``: a
centred title (``Two-sample t test power calculation``), then one ``name = value`` per line,
right-aligned on the ``=`` (``n = 20``, ``d = 0.5``, ``sig.level = 0.05``, ``power =
0.337939``, ``alternative = two.sided``), then a ``NOTE:`` line for some.

Truth: the ``power.htest`` objects the functions return, written to JSON by the same R
process: the solved quantity of each (``power``, ``n``, ``d``, ``r``, ``N``), under its printed
name, unstepped. Params (printed configuration): the given quantities (``n``, ``d``,
``sig.level``, ``power``, ``k``, ``f``, ``h``, ``w``, ``df``): what the user asked about, not a
result. Judgement: the same name is an input in one block and the result in another (``n`` is
given to the first test and solved in the second), so a name is in ``params`` and in
``metrics`` both; a given value parsed as a metric is a false positive, a solved one a true
positive.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

# (call, the quantity it solves for)
CALLS = [
    ("pwr.t.test(n = 20, d = 0.5, sig.level = 0.05)", "power"),
    ("pwr.t.test(d = 0.5, power = 0.8, sig.level = 0.05)", "n"),
    ("pwr.t.test(n = 30, power = 0.8, sig.level = 0.05)", "d"),
    ("pwr.anova.test(k = 4, f = 0.25, sig.level = 0.05, power = 0.8)", "n"),
    ("pwr.r.test(n = 50, sig.level = 0.05, power = 0.9)", "r"),
    ("pwr.2p.test(h = 0.3, n = 80, sig.level = 0.05)", "power"),
    ("pwr.chisq.test(w = 0.3, df = 3, sig.level = 0.05, power = 0.8)", "N"),
]

SCRIPT = r"""
suppressMessages(library(pwr))
suppressMessages(library(jsonlite))
calls <- strsplit(Sys.getenv("PWR_CALLS"), "\n")[[1]]
res <- lapply(calls, function(call) {
  p <- eval(parse(text = call))
  print(p)
  Filter(is.numeric, unclass(p))
})
out <- list(results = res, version = as.character(packageVersion("pwr")))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("PWR_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="pwr-"))
    (work / "pwr.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "pwr.R")], check=True,
                   env={**os.environ, "PWR_RECORD": str(record),
                        "PWR_CALLS": "\n".join(call for call, _ in CALLS)})
    out = json.loads(record.read_text())
    truth = Truth()
    params: dict[str, float] = {}
    for (_, solved), result in zip(CALLS, out["results"]):
        truth.add(**{solved: result[solved]})
        for name, value in result.items():
            if name != solved:
                params.setdefault(name, value)
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"pwr {out['version']} under {r_version}: the solved quantity of each "
                "power.htest object under its printed name; the given quantities as params; "
                "written to JSON by the same R process", libraries=(), params=params,
                rel=1e-6, abs_tol=0.0)  # seven significant digits


if __name__ == "__main__":
    main(__file__, {"r-pwr": run}, root=HELDOUT17)
