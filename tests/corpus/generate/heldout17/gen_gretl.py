"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Econometrics with gretl (C, Debian's ``gretl``, its command-line program ``gretlcli -b``):
a script that seeds gretl's generator, makes 60 observations (``x1`` normal, ``x2`` uniform,
``y`` linear in them plus noise) and fits two OLS models (``ols y const x1 x2`` and, after
``square x1``, ``ols y const x1 x2 sq_x1``). gretl echoes each command (``? ols y const x1
x2``) with its messages (``Generated series x1 (ID 2)``), then prints each model: ``Model 1:
OLS, using observations 1-60``, a coefficient table (``coefficient   std. error   t-ratio
p-value`` with significance stars), and a block of statistics two to a line (``Mean dependent
var   0.912717   S.D. dependent var   2.565766``, ``R-squared  0.876786   Adjusted R-squared
0.872463``, ``F(2, 57)   202.8053   P-value(F)   1.21e-26``, ``Log-likelihood  -78.35250
Akaike criterion  162.7050``, ``Schwarz criterion ...   Hannan-Quinn ...``).

Truth: gretl's own accessors after each model, written by the same gretl process to a file
(``outfile`` with ``printf "%.17g"``, after ``set echo off``): ``$coeff`` and ``$stderr`` as
``<variable>/coefficient`` and ``<variable>/std. error``, the t-ratios as their quotient (as
the printer computes them) as ``<variable>/t-ratio``; ``mean(y)`` and ``sd(y)`` as ``Mean
dependent var`` and ``S.D. dependent var``, ``$ess`` as ``Sum squared resid``, ``$sigma`` as
``S.E. of regression``, ``$rsq`` as ``R-squared``, ``1 - (1 - $rsq)($T - 1)/$df`` as
``Adjusted R-squared`` (gretl has no accessor for it; the printer's formula), ``$Fstat`` as
``F`` (printed ``F(2, 57)``, the degrees of freedom in the label), ``$lnl`` as
``Log-likelihood``, ``$aic``, ``$bic``, ``$hqc`` as ``Akaike criterion``, ``Schwarz
criterion``, ``Hannan-Quinn`` (two models: two values each, unstepped). Optional: the p-values
(``p-value``, ``P-value(F)``), from the t and F distributions as the printer computes them
(SciPy's ``sf``). Judgement: ``F(2, 57)`` is named ``F``, its parenthesised
degrees of freedom part of the label; the echoed commands, ``ID`` numbers and the observation
range are prose; the significance stars are marks.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

SCRIPT = """set seed 12345
nulldata 60
series x1 = normal()
series x2 = uniform()
series y = 1 + 2*x1 - 0.5*x2 + normal()
ols y const x1 x2
set echo off
set messages off
matrix s1 = {mean(y), sd(y), $ess, $sigma, $rsq, $Fstat, $lnl, $aic, $bic, $hqc, $T, $df}
matrix b1 = $coeff ~ $stderr
set echo on
set messages on
square x1
ols y const x1 x2 sq_x1
set echo off
set messages off
matrix s2 = {mean(y), sd(y), $ess, $sigma, $rsq, $Fstat, $lnl, $aic, $bic, $hqc, $T, $df}
matrix b2 = $coeff ~ $stderr
outfile "{record}"
  loop i=1..cols(s1) --quiet
    printf "s1 %.17g\\n", s1[i]
  endloop
  loop i=1..rows(b1) --quiet
    printf "b1 %.17g %.17g\\n", b1[i,1], b1[i,2]
  endloop
  loop i=1..cols(s2) --quiet
    printf "s2 %.17g\\n", s2[i]
  endloop
  loop i=1..rows(b2) --quiet
    printf "b2 %.17g %.17g\\n", b2[i,1], b2[i,2]
  endloop
end outfile
"""

STATS = ["Mean dependent var", "S.D. dependent var", "Sum squared resid", "S.E. of regression",
         "R-squared", "F", "Log-likelihood", "Akaike criterion", "Schwarz criterion",
         "Hannan-Quinn"]
VARIABLES = [["const", "x1", "x2"], ["const", "x1", "x2", "sq_x1"]]


def run() -> None:
    import subprocess
    import tempfile

    from scipy import stats as dist

    work = Path(tempfile.mkdtemp(prefix="gretl-"))
    record = work / "record.txt"
    (work / "ols.inp").write_text(SCRIPT.replace("{record}", str(record)))
    subprocess.run(["gretlcli", "-b", str(work / "ols.inp")], check=True, cwd=work)
    rows: dict[str, list[list[float]]] = {}
    for line in record.read_text().splitlines():
        key, *values = line.split()
        rows.setdefault(key, []).append([float(v) for v in values])
    truth = Truth()
    for model, names in zip(("1", "2"), VARIABLES):
        stats = [v[0] for v in rows["s" + model]]
        for name, (bi, si) in zip(names, rows["b" + model]):
            truth.add(**{f"{name}/coefficient": bi, f"{name}/std. error": si,
                         f"{name}/t-ratio": bi / si})
        values = dict(zip(STATS, stats[:10]))
        T, df = stats[10], stats[11]
        for name, (bi, si) in zip(names, rows["b" + model]):
            truth.allow(**{f"{name}/p-value": 2 * dist.t.sf(abs(bi / si), df)})
        truth.allow(**{"P-value(F)": dist.f.sf(values["F"], len(names) - 1, df)})
        truth.add(**{name: values[name] for name in STATS[:5]})
        truth.add(**{"Adjusted R-squared": 1 - (1 - values["R-squared"]) * (T - 1) / df})
        truth.add(**{name: values[name] for name in STATS[5:]})
    version = subprocess.run(["gretlcli", "--version"], capture_output=True, text=True).stdout
    truth.write(f"{version.splitlines()[0] if version else 'gretl'}: the accessors after each "
                "ols ($coeff, $stderr and their quotient as <variable>/<column>, mean and sd of "
                "y, $ess, $sigma, $rsq, the adjusted R-squared by the printer's formula, "
                "$Fstat, $lnl, $aic, $bic, $hqc), written by the same gretl process",
                libraries=(), params=None, rel=5e-3, abs_tol=5e-5)  # p-values: three digits


if __name__ == "__main__":
    main(__file__, {"gretl": run}, root=HELDOUT17)
