"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

A "Table 1" of descriptive statistics with tableone (PyPI ``tableone``): 150 seeded patients
(age, body-mass index with 9 missing, a skewed length of stay, sex, ICU admission) grouped by
trial arm, ``print(TableOne(df, ..., nonnormal=["los"], groupby="arm", pval=True))``: a table
with columns ``Missing Overall control treated P-Value``, a row ``n``, continuous rows ``age,
mean (SD)  0  53.1 (10.6)  53.5 (10.6) ...`` and ``los, median [Q1,Q3]  0  4.1 [2.9,6.3] ...``,
categorical rows ``sex, n (%)  F  84 (56.0)  44 (53.7) ...``.

Truth: the object's own describe tables: ``cont_describe_all`` (the overall column) with
``cont_describe`` (the groups) (``mean`` and ``std``, or
``median``, ``q25`` and ``q75`` for the non-normal row) and ``cat_describe_all`` with ``cat_describe`` (``percent``;
the count ``freq`` optional), named ``<row label>/<column>`` as printed (``age, mean
(SD)/Overall``, the cell's two or three numbers under that one name;
``sex, n (%)/F/Overall`` for a level). Optional: the p-values (``htest_table``), the ``n`` row,
the ``Missing`` counts and the categorical counts.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main

GROUPS = ("Overall", "control", "treated")


def run() -> None:
    import numpy as np
    import pandas as pd
    from tableone import TableOne

    rng = np.random.default_rng(7)
    n = 150
    df = pd.DataFrame({"age": rng.normal(55, 12, n).round(0), "bmi": rng.normal(27, 4, n),
                       "los": rng.lognormal(1.5, 0.6, n), "sex": rng.choice(["F", "M"], n),
                       "arm": rng.choice(["control", "treated"], n),
                       "icu": rng.choice(["no", "yes"], n, p=[0.8, 0.2])})
    df.loc[rng.choice(n, 9, replace=False), "bmi"] = np.nan
    table = TableOne(df, columns=["age", "bmi", "los", "sex", "icu"],
                     categorical=["sex", "icu"], nonnormal=["los"], groupby="arm", pval=True)
    print(table)
    truth = Truth()
    cont = table.cont_describe_all.join(table.cont_describe)  # Overall, then the groups
    for var in ("age", "bmi", "los"):
        label, stats = ((f"{var}, median [Q1,Q3]", ("median", "q25", "q75")) if var == "los"
                        else (f"{var}, mean (SD)", ("mean", "std")))
        for group in GROUPS:
            for stat in stats:
                truth.add(**{f"{label}/{group}": cont.loc[var, (stat, group)]})
        truth.allow(**{f"{label}/Missing": int(df[var].isna().sum())})
    cat = table.cat_describe_all.join(table.cat_describe)
    for (var, level), row in cat.iterrows():
        for group in GROUPS:
            truth.add(**{f"{var}, n (%)/{level}/{group}": row[("percent", group)]})
            truth.allow(**{f"{var}, n (%)/{level}/{group}": row[("freq", group)]})
    for var, p in table.htest_table["P-Value"].items():
        label = {"age": "age, mean (SD)", "bmi": "bmi, mean (SD)",
                 "los": "los, median [Q1,Q3]"}.get(var, f"{var}, n (%)")
        truth.allow(**{f"{label}/P-Value": p})
    for group in GROUPS:
        truth.allow(**{f"n/{group}": n if group == "Overall" else int((df.arm == group).sum())})
    truth.write("tableone: the TableOne object's cont_describe_all (mean/std, median/q25/q75) "
                "and cat_describe_all (percent) tables, named <row label>/<column> as printed; "
                "p-values (htest_table), n, missing and counts optional",
                libraries=("tableone",), params={"groupby": "arm", "nonnormal": "los"},
                rel=1e-9, abs_tol=0.05)  # one decimal


if __name__ == "__main__":
    main(__file__, {"tableone": run}, root=HELDOUT19)
