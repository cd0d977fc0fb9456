"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

Regression with OpenTURNS (PyPI ``openturns``): two linear models fitted with
``ot.LinearModelAlgorithm`` on seeded samples, and ``print(ot.LinearModelAnalysis(result))``
for each: the basis, a ``Coefficients:`` table (``| Estimate | Std Error | t value | Pr(>|t|) |``,
rows the basis functions such as ``[X0,X1,X2]->[X0]``), ``Residual standard error: 0.29146 on
96 degrees of freedom``, ``F-statistic: 1937.8 ,  p-value: 0``, a small table ``Multiple
R-squared | 0.983755 |``, ``Adjusted R-squared``, and a table of normality tests of the
residuals (p-values). The first model has three inputs and 100 points; the second has two
inputs, their product and a square (a ``SymbolicFunction`` basis) and 150 points.

Truth: the result and analysis objects: ``getCoefficients()``, ``getCoefficientsStandardErrors()``
and the analysis's ``getCoefficientsTScores()`` as ``<row>/Estimate``, ``<row>/Std Error``,
``<row>/t value`` (the row its printed basis function); ``getCoefficientsPValues()`` optional as
``<row>/Pr(>|t|)``; ``getResidualsStandardError()`` as ``Residual standard error``,
``getFisherScore()`` as ``F-statistic`` (``getFisherPValue()`` optional as ``p-value``),
``getRSquared()`` and ``getAdjustedRSquared()`` as ``Multiple R-squared`` and ``Adjusted
R-squared``; the normality tests' p-values optional under their row names. The residual
degrees of freedom (sample size less coefficients) optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main


def record(truth: Truth, analysis, rows) -> None:
    result = analysis.getLinearModelResult()
    estimates = result.getCoefficients()
    errors = result.getCoefficientsStandardErrors()
    scores = analysis.getCoefficientsTScores()
    pvalues = analysis.getCoefficientsPValues()
    for i, row in enumerate(rows):
        truth.add(**{f"{row}/Estimate": estimates[i], f"{row}/Std Error": errors[i],
                     f"{row}/t value": scores[i]})
        truth.allow(**{f"{row}/Pr(>|t|)": pvalues[i]})
    truth.add(**{"Residual standard error": analysis.getResidualsStandardError(),
                 "F-statistic": analysis.getFisherScore(),
                 "Multiple R-squared": result.getRSquared(),
                 "Adjusted R-squared": result.getAdjustedRSquared()})
    truth.allow(**{"p-value": analysis.getFisherPValue(),
                   "degrees of freedom": result.getDegreesOfFreedom(),
                   "Anderson-Darling": analysis.getNormalityTestResultAndersonDarling()
                   .getPValue(),
                   "Cramer-Von Mises": analysis.getNormalityTestCramerVonMises().getPValue(),
                   "Chi-Squared": analysis.getNormalityTestResultChiSquared().getPValue(),
                   "Kolmogorov-Smirnov": analysis.getNormalityTestResultKolmogorovSmirnov()
                   .getPValue()})


def run() -> None:
    import numpy as np
    import openturns as ot

    ot.RandomGenerator.SetSeed(21)
    rng = np.random.default_rng(21)
    truth = Truth()
    X = ot.Normal(3).getSample(100)
    noise = rng.normal(0, 0.3, 100)
    Y = ot.Sample([[1 + 2 * x[0] - x[1] + 0.5 * x[2] + e] for x, e in zip(X, noise)])
    algo = ot.LinearModelAlgorithm(X, Y)
    algo.run()
    analysis = ot.LinearModelAnalysis(algo.getResult())
    print(analysis)
    record(truth, analysis, [f"[X0,X1,X2]->[{f}]" for f in ("1", "X0", "X1", "X2")])
    print()
    X = ot.Uniform(-2, 2).getSample(150)
    X.stack(ot.Uniform(0, 3).getSample(150))
    noise = rng.normal(0, 0.5, 150)
    Y = ot.Sample([[0.5 - 1.2 * a + 0.8 * b + 0.6 * a * b - 0.3 * b * b + e]
                   for (a, b), e in zip(X, noise)])
    terms = ["1", "x", "y", "x*y", "y^2"]
    basis = ot.Basis([ot.SymbolicFunction(["x", "y"], [t]) for t in terms])
    algo = ot.LinearModelAlgorithm(X, Y, basis)
    algo.run()
    analysis = ot.LinearModelAnalysis(algo.getResult())
    print(analysis)
    record(truth, analysis, [f"[x,y]->[{t}]" for t in terms])
    truth.write("OpenTURNS: LinearModelResult and LinearModelAnalysis getters, <basis row>/"
                "<column> for the coefficients, the summary lines under their printed labels; "
                "p-values and degrees of freedom optional",
                libraries=("openturns", "numpy"), rel=2e-5, abs_tol=5e-7)  # five or six digits


if __name__ == "__main__":
    main(__file__, {"openturns": run}, root=HELDOUT21)
