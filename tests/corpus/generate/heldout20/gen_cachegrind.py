"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Cache profiling with Valgrind's Cachegrind (Debian's ``valgrind``, already on the machine): a
small C program (compiled here with ``gcc -O1``) fills a 300 by 300 array and sums it column by
column, and runs under ``valgrind --tool=cachegrind --cache-sim=yes``. Valgrind writes to stderr
(inherited, so the bytes are its own): its banner, warnings about the simulated last-level cache
(``--9984-- warning: ...``), and the summary, every line prefixed with the process id
(``==9984== D1  misses:       24,557  ( 12,890 rd   +  11,667 wr)``, ``==9984== D1  miss rate:
11.1% (   10.7%     +    11.5%  )``). The program itself prints nothing.

Truth: the ``summary:`` line of the Cachegrind output file the same run wrote, whose events are
``Ir I1mr ILmr Dr D1mr DLmr Dw D1mw DLmw``; each printed line's figures are sums and ratios of
them, computed the way Cachegrind prints them (the miss rates in percent of the references of
their kind; ``LL refs`` = I1 and D1 misses, ``LL misses`` = ILmr + DLmr + DLmw, ``LL miss rate``
over all references). Names are the printed labels (``I refs``, ``D1 miss rate``), the
bracketed read and write parts ``<label>/rd`` and ``<label>/wr``. The miss rates are the
profiler's results; the event counts (``refs`` and ``misses``, and their parts) are optional:
counts of events, as line_profiler's hits, memory_profiler's occurrences and tracemalloc's
``count`` are optional in the other fixtures. The process id and the cache sizes in the
warnings are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main

PROGRAM = r"""
#include <stdlib.h>
int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 256;
    double *a = malloc(sizeof(double) * n * n), s = 0;
    for (int i = 0; i < n * n; i++) a[i] = i % 7;
    for (int j = 0; j < n; j++)
        for (int i = 0; i < n; i++) s += a[i * n + j];
    free(a);
    return s < 0;
}
"""


def run() -> None:
    import shutil
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="cachegrind-"))
    (work / "work.c").write_text(PROGRAM)
    subprocess.run(["gcc", "-O1", "-o", str(work / "work"), str(work / "work.c")], check=True)
    out = work / "cachegrind.out"
    sys.stdout.flush()
    subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=yes",
                    f"--cachegrind-out-file={out}", str(work / "work"), "300"], check=True)
    lines = out.read_text().splitlines()
    events = next(line for line in lines if line.startswith("events:")).split()[1:]
    counts = next(line for line in lines if line.startswith("summary:")).split()[1:]
    shutil.rmtree(work)
    e = dict(zip(events, map(int, counts)))
    d_refs, d1, lld = e["Dr"] + e["Dw"], e["D1mr"] + e["D1mw"], e["DLmr"] + e["DLmw"]
    truth = Truth()
    truth.allow(**{"I refs": e["Ir"], "I1 misses": e["I1mr"], "LLi misses": e["ILmr"]})
    truth.add(**{"I1 miss rate": 100 * e["I1mr"] / e["Ir"],
                 "LLi miss rate": 100 * e["ILmr"] / e["Ir"]})
    truth.allow(**{"D refs": d_refs, "D refs/rd": e["Dr"], "D refs/wr": e["Dw"],
                   "D1 misses": d1, "D1 misses/rd": e["D1mr"], "D1 misses/wr": e["D1mw"],
                   "LLd misses": lld, "LLd misses/rd": e["DLmr"], "LLd misses/wr": e["DLmw"]})
    truth.add(**{"D1 miss rate": 100 * d1 / d_refs,
                 "D1 miss rate/rd": 100 * e["D1mr"] / e["Dr"],
                 "D1 miss rate/wr": 100 * e["D1mw"] / e["Dw"],
                 "LLd miss rate": 100 * lld / d_refs,
                 "LLd miss rate/rd": 100 * e["DLmr"] / e["Dr"],
                 "LLd miss rate/wr": 100 * e["DLmw"] / e["Dw"]})
    ll_rd, ll_wr = e["I1mr"] + e["D1mr"], e["D1mw"]
    llm_rd, llm_wr = e["ILmr"] + e["DLmr"], e["DLmw"]
    truth.allow(**{"LL refs": ll_rd + ll_wr, "LL refs/rd": ll_rd, "LL refs/wr": ll_wr,
                   "LL misses": llm_rd + llm_wr, "LL misses/rd": llm_rd, "LL misses/wr": llm_wr})
    truth.add(**{"LL miss rate": 100 * (llm_rd + llm_wr) / (e["Ir"] + d_refs),
                 "LL miss rate/rd": 100 * llm_rd / (e["Ir"] + e["Dr"]),
                 "LL miss rate/wr": 100 * llm_wr / e["Dw"]})
    version = subprocess.run(["valgrind", "--version"], capture_output=True,
                             text=True).stdout.strip()
    truth.write(f"{version} cachegrind: the summary line of the same run's output file "
                "(Ir I1mr ILmr Dr D1mr DLmr Dw D1mw DLmw), summed and divided as the summary "
                "prints them, under the printed labels, <label>/rd and /wr for the bracketed "
                "parts; the event counts optional", libraries=(), params={"cache-sim": "yes"},
                rel=1e-6, abs_tol=0.05)  # counts exact, rates with one or two decimals


if __name__ == "__main__":
    main(__file__, {"cachegrind": run}, root=HELDOUT20)
