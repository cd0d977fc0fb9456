"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Answer-set optimisation with clingo (Debian ``gringo``, the ``clingo`` binary): a 0-1 knapsack
of nine items with a side constraint (``#maximize``) and a minimum-weight vertex cover of a
ten-edge graph (``#minimize``), each solved by ``clingo FILE`` (one thread, default
strategy). clingo prints ``clingo version 5.4.1``, ``Reading from ...``, ``Solving...``, each
improving model as ``Answer: 3`` with its atoms and ``Optimization: -23`` (the knapsack's values
negated: clingo minimises), ``OPTIMUM FOUND`` and a summary (``Models : 11``, ``Optimum :
yes``, ``Optimization : -62``, ``Calls : 1``, ``Time : 0.001s (Solving: 0.00s 1st Model: 0.00s
Unsat: 0.00s)``, ``CPU Time``).

Truth: the same program solved again by clingo with ``--outf=2`` (its JSON output; the search
is deterministic, and the generator checks that both runs find the same number of models):
each witness's ``Costs`` under ``Optimization`` at the ``Answer`` number the block states, and
the summary's ``Optimization`` (the ``Models`` record's ``Costs``) without a step; ``Models``
and ``Calls`` (counts) and the times optional.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main

KNAPSACK = """item(1..9).
w(1,12). w(2,7). w(3,11). w(4,8). w(5,9). w(6,6). w(7,5). w(8,10). w(9,4).
v(1,24). v(2,13). v(3,23). v(4,15). v(5,16). v(6,11). v(7,9). v(8,19). v(9,7).
{ in(I) : item(I) }.
:- #sum { W,I : in(I), w(I,W) } > 31.
:- in(1), in(2).
#maximize { V,I : in(I), v(I,V) }.
#show in/1.
"""

COVER = """node(1..7).
weight(1,4). weight(2,2). weight(3,5). weight(4,3). weight(5,1). weight(6,6). weight(7,2).
edge(1,2). edge(1,3). edge(2,4). edge(3,4). edge(3,5). edge(4,6). edge(5,6). edge(5,7).
edge(6,7). edge(2,7).
{ cover(N) : node(N) }.
:- edge(A,B), not cover(A), not cover(B).
#minimize { W,N : cover(N), weight(N,W) }.
#show cover/1.
"""


def run() -> None:
    work = Path(tempfile.mkdtemp(prefix="clingo-"))
    truth = Truth()
    for name, program in (("knapsack.lp", KNAPSACK), ("cover.lp", COVER)):
        path = work / name
        path.write_text(program)
        sys.stdout.flush()
        printed = subprocess.run(["clingo", name], cwd=work)
        assert printed.returncode in (10, 20, 30), printed.returncode  # clingo's exit codes
        record = json.loads(subprocess.run(["clingo", name, "--outf=2"], cwd=work,
                                           capture_output=True, text=True).stdout)
        witnesses = record["Call"][0]["Witnesses"]
        assert len(witnesses) == record["Models"]["Number"]
        for k, witness in enumerate(witnesses, start=1):
            truth.add(at=k, Optimization=witness["Costs"][0])
        truth.add(Optimization=record["Models"]["Costs"][0])
        truth.allow(Models=record["Models"]["Number"], Calls=record["Calls"],
                    Time=record["Time"]["Total"], **{"CPU Time": record["Time"]["CPU"]})
    version = subprocess.run(["clingo", "--version"], capture_output=True, text=True).stdout
    truth.write(f"clingo ({version.splitlines()[0]}): the --outf=2 JSON of the same programs, "
                "each witness's Costs and the Models record", rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"clingo": run}, root=HELDOUT27)
