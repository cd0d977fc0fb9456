"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Descriptive statistics and tests with researchpy (PyPI ``researchpy``), whose functions return
pandas frames meant to be printed: on a seeded sample of 80 (two groups of 40, a score and a
sex), ``rp.ttest(control, treated)`` (two frames: ``Variable N Mean SD SE 95% Conf. Interval``
by group and combined; ``Independent t-test results`` as rows ``Difference (control - treated)
=  -5.7001``, ``t =``, ``Cohen's d =`` ...), ``rp.crosstab(group, sex, test="chi-square")`` (a
table of counts, then ``Pearson Chi-square (1) =``, ``p-value =``, ``Cramer's phi =``), and
``rp.summary_cont(df.groupby("group")["score"])`` (``N Mean SD SE 95% Conf. Interval`` by
group). Each frame is printed with ``print``. pandas warns on stderr (FutureWarning) from inside
researchpy.

Truth: the returned frames: the summaries as ``<variable or group>/<column>`` (``Mean``,
``SD``, ``SE``, ``95% Conf.`` and ``Interval``, the interval's two bounds as the two printed
column titles), ``N`` and the counts optional; the test frames' rows under their printed labels
without the trailing ``=`` (``t``, ``Cohen's d``, ``Difference (control - treated)``), degrees of
freedom and p-values optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main

OPTIONAL = ("Degrees of freedom", "p value", "p-value")


def summary(truth: Truth, frame, label_column=None) -> None:
    for index, row in frame.iterrows():
        label = row[label_column] if label_column else index
        truth.allow(**{f"{label}/N": row["N"]})
        for column in ("Mean", "SD", "SE", "95% Conf.", "Interval"):
            truth.add(**{f"{label}/{column}": row[column]})


def tests(truth: Truth, frame) -> None:
    label_column, value_column = frame.columns
    for _, row in frame.iterrows():
        label = str(row[label_column]).strip().removesuffix("=").strip()
        if any(word in label for word in OPTIONAL):
            truth.allow(**{label: row[value_column]})
        else:
            truth.add(**{label: row[value_column]})


def run() -> None:
    import numpy as np
    import pandas as pd
    import researchpy as rp

    rng = np.random.default_rng(2)
    df = pd.DataFrame({"group": np.repeat(["control", "treated"], 40),
                       "score": np.r_[rng.normal(50, 8, 40), rng.normal(55, 9, 40)],
                       "sex": rng.choice(["f", "m"], 80)})
    control = df.score[df.group == "control"].rename("control")
    treated = df.score[df.group == "treated"].rename("treated")
    truth = Truth()
    described, results = rp.ttest(control, treated)
    print(described)
    print(results)
    summary(truth, described, "Variable")
    tests(truth, results)
    table, results = rp.crosstab(df.group, df.sex, test="chi-square")
    print(table)
    print(results)
    for value in table.to_numpy().ravel():
        truth.allow(**{"count": value})
    tests(truth, results)
    described = rp.summary_cont(df.groupby("group")["score"])
    print(described)
    summary(truth, described)
    truth.write("researchpy: the frames ttest, crosstab and summary_cont return, "
                "<label>/<column> for the summaries and the test rows' labels without '=', "
                "N, counts, degrees of freedom and p-values optional",
                libraries=("researchpy", "pandas"),
                rel=1e-4, abs_tol=5e-5)  # four decimals


if __name__ == "__main__":
    main(__file__, {"researchpy": run}, root=HELDOUT20)
