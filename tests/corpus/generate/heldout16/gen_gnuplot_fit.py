"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Non-linear least-squares fits with gnuplot's ``fit`` command (Marquardt-Levenberg; Debian's
``gnuplot-nox``, a C program): an exponential decay ``a*exp(-b*x) + c`` (three parameters)
and a Gaussian peak on a slope ``h*exp(-((x-m)/w)**2) + s*x`` (four), each fitted to 40 noisy
points the script wrote, with ``set fit results`` (the final report only, not the iterations).
gnuplot writes the report to stderr: ``After 5 iterations the fit converged.``, ``final sum of
squares of residuals : 0.0636579``, ``rel. change during last iteration : -2.18e-16``,
``degrees of freedom (FIT_NDF) : 37``, ``rms of residuals (FIT_STDFIT) = sqrt(WSSR/ndf) :
0.0414787``, ``variance of residuals (reduced chisquare) = WSSR/ndf : 0.00172048``, a ``Final
set of parameters  Asymptotic Standard Error`` table (``a = 3.2056 +/- 0.02575 (0.8033%)``)
and the ``correlation matrix of the fit parameters``.

Truth: gnuplot's own variables after each fit (``set fit errorvariables
covariancevariables``), written to a file by the same gnuplot process (``set print``):
``FIT_WSSR`` (``final sum of squares of residuals``), ``FIT_STDFIT`` (``rms of residuals``),
``FIT_WSSR/FIT_NDF`` (``variance of residuals``), each parameter (``a``) and its error
variable (``a/Asymptotic Standard Error``). Optional: ``FIT_NDF`` (``degrees of freedom``),
``FIT_NITER`` (``iterations``), the relative errors in percent (``a/%``, 100·err/|value| as
the report computes them) and the correlations (``<row>/<column>``, from the covariance
variables). Judgement: the relative change during the last iteration is printed and kept in
no variable (printed, no truth); the two fits are different models, unstepped; the
correlation matrix's diagonal ones are optional like its other cells.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

FITS = (("f(x) = a*exp(-b*x) + c", "a=1; b=0.1; c=0.1", ("a", "b", "c")),
        ("g(x) = h*exp(-((x-m)/w)**2) + s*x", "h=1; m=4; w=1; s=0.1", ("h", "m", "w", "s")))


def script(data: Path, record: Path) -> str:
    lines = ["set fit results errorvariables covariancevariables",
             f'set print "{record}"']
    for i, (model, start, params) in enumerate(FITS):
        fn = model.split("(")[0]
        lines += [model, start,
                  f"fit {fn}(x) '{data}' using 1:{i + 2} via {', '.join(params)}"]
        values = []
        for p in params:
            values += [f'"{p}"', p, f"{p}_err"]
        cov = [f"FIT_COV_{p}_{q}" for p in params for q in params]
        lines.append("print " + ", ".join(values + ["FIT_WSSR", "FIT_NDF", "FIT_STDFIT",
                                                    "FIT_NITER"] + cov))
    return "\n".join(lines) + "\n"


def run() -> None:
    import math
    import random
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="gnuplot-fit-"))
    rng = random.Random(1)
    rows = []
    for i in range(40):
        x = i / 4
        decay = 3.2 * math.exp(-0.45 * x) + 0.5 + rng.gauss(0, 0.05)
        peak = 2.5 * math.exp(-((x - 5.1) / 1.3) ** 2) + 0.08 * x + rng.gauss(0, 0.04)
        rows.append(f"{x} {decay} {peak}\n")
    (work / "data.dat").write_text("".join(rows))
    record = work / "record.txt"
    (work / "fit.gp").write_text(script(work / "data.dat", record))
    subprocess.run(["gnuplot", str(work / "fit.gp")], check=True, cwd=work)
    truth = Truth()
    for (_model, _, params), line in zip(FITS, record.read_text().splitlines()):
        fields = line.split()
        n = len(params)
        wssr, ndf, stdfit, niter = map(float, fields[3 * n:3 * n + 4])
        cov = list(map(float, fields[3 * n + 4:]))
        truth.allow(iterations=niter)
        truth.add(**{"final sum of squares of residuals": wssr})
        truth.allow(**{"degrees of freedom": ndf})
        truth.add(**{"rms of residuals": stdfit, "variance of residuals": wssr / ndf})
        for k, p in enumerate(params):
            value, err = float(fields[3 * k + 1]), float(fields[3 * k + 2])
            truth.add(**{p: value, f"{p}/Asymptotic Standard Error": err})
            truth.allow(**{f"{p}/%": 100 * err / abs(value)})
        for i, p in enumerate(params):
            for j, q in enumerate(params[:i + 1]):
                corr = cov[i * n + j] / math.sqrt(cov[i * n + i] * cov[j * n + j])
                truth.allow(**{f"{p}/{q}": corr})
    version = subprocess.run(["gnuplot", "--version"], capture_output=True,
                             text=True).stdout.strip()
    truth.write(f"{version}: its fit variables after each fit (FIT_WSSR, FIT_STDFIT, "
                "FIT_WSSR/FIT_NDF, each parameter and its _err), printed to a file by the "
                "same gnuplot process; FIT_NDF, FIT_NITER, relative errors and correlations "
                "optional; unstepped", libraries=(), params=None, rel=5e-4, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"gnuplot-fit": run}, root=HELDOUT16)
