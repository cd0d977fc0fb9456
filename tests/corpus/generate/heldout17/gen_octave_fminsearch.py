"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Derivative-free minimisation in GNU Octave (Debian's ``octave``, 7.3) with ``fminsearch``
(Nelder-Mead) and ``optimset("Display", "iter")``: the Rosenbrock function from ``[-1.2, 1]``
(25 iterations) and Himmelblau's function from ``[0, 0]`` (15 iterations), each stopped by
``MaxIter``. Octave prints ``f(x0) = 2.4200e+01``, then one line per iteration, ``Iter.  2,
how = reflect,   nf =   5,  f = 1.9045e+00  (92.1%)`` (the simplex move, the function
evaluations so far, the best value, its relative decrease), then ``Exceeded maximum
iterations``.

Truth: what ``fminsearch`` hands its ``OutputFcn`` (its documented hook, called once per
iteration; the script's function only records), written to JSON by the same Octave process
with ``jsonencode``: ``optimValues.fval`` at each iteration as ``f``, stepped by
``optimValues.iteration`` (the printed ``Iter.``); and ``f(x0)``, which fminsearch prints
before it builds its simplex and hands to no hook (its ``init`` call gets the simplex's best,
not ``f(x0)``), as the script's own call of the same objective at the same start point
(unstepped). Optional: ``nf`` (``optimValues.funccount``). Judgement: the two runs restart their
iterations (two series under one name, stepped); the parenthesised percentage is the
decrease from the previous line, derived by the printer (neither map); ``how`` is a word.
Both runs stop on ``MaxIter`` on purpose: a run that converges breaks out of its loop after
printing its last line and before calling ``OutputFcn``, so that line would have no record.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

SCRIPT = r"""
1;
function stop = record_iter(x, optimValues, state)
  global REC
  stop = false;
  REC{end + 1} = struct("state", state, "iteration", optimValues.iteration,
                        "funccount", optimValues.funccount, "fval", optimValues.fval);
end
global REC
runs = {};
problems = {@(x) 100 * (x(2) - x(1)^2)^2 + (1 - x(1))^2, [-1.2, 1], 25;
            @(x) (x(1)^2 + x(2) - 11)^2 + (x(1) + x(2)^2 - 7)^2, [0, 0], 15};
for i = 1:rows(problems)
  REC = {};
  opts = optimset("Display", "iter", "OutputFcn", @record_iter, "MaxIter", problems{i, 3});
  fminsearch(problems{i, 1}, problems{i, 2}, opts);
  runs{end + 1} = struct("f0", problems{i, 1}(problems{i, 2}), "records", {REC});
end
fid = fopen(getenv("OCTAVE_RECORD"), "w");
fputs(fid, jsonencode(struct("runs", {runs}, "version", OCTAVE_VERSION)));
fclose(fid);
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="octave-"))
    (work / "fmin.m").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["octave-cli", "--no-gui", "--quiet", "--norc", str(work / "fmin.m")],
                   check=True, env={**os.environ, "OCTAVE_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for run_records in out["runs"]:
        truth.add(**{"f(x0)": run_records["f0"]})
        for r in run_records["records"]:
            if r["state"] == "iter":
                truth.add(at=r["iteration"], f=r["fval"])
                truth.allow(nf=r["funccount"])
    truth.write(f"GNU Octave {out['version']} fminsearch: the objective at x0 as f(x0), the "
                "OutputFcn's optimValues.fval per iteration as f stepped by iteration; funccount "
                "optional; written to JSON by the same Octave process", libraries=(),
                params=None, rel=5e-5, abs_tol=0.0)  # %9.4e: five significant digits


if __name__ == "__main__":
    main(__file__, {"octave-fminsearch": run}, root=HELDOUT17)
