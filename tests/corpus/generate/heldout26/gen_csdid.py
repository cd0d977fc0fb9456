"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Staggered difference-in-differences with csdid (PyPI ``csdid``, a Python port of Callaway and
Sant'Anna's ``did``), seeded: a panel of 300 units over 2003-2007, a third never treated, a
third treated from 2004 and a third from 2006 (effect 0.5 plus noise), ``ATTgt(...).fit(
est_method='dr')`` (doubly robust), then ``summ_attgt()`` and the group-time table it builds
printed (``print(att.summary2)``: a pandas frame ``Group Time ATT(g, t) Post Std. Error [95%
Pointwise Conf. Band]`` with a star column, rows numbered 0 to 7), then ``aggte(typec=
'dynamic')``, which prints ``Overall summary of ATT's based on event-study/dynamic
aggregation:`` (a one-row table ``ATT Std. Error [95.0% Conf. Int.]``), ``Dynamic Effects:`` (a
frame ``Event time Estimate Std. Error [95.0% Simult. Conf. Band``), the significance legend,
``Control Group:``, ``Anticipation Periods: 0`` and ``Estimation Method:``. The standard errors
come from csdid's multiplier bootstrap (NumPy's global generator, seeded).

Truth, from the fitted object of the same run: the group-time ``att`` and ``se`` of
``att.results`` as ``ATT(g, t)`` and ``Std. Error`` (eight each, in row order, at no step: the
rows are numbered, group and time are columns); the dynamic aggregation's ``overall_att`` and
``overall_se`` (``att.atte``) as ``ATT`` and ``Std. Error``; its ``att_egt`` and ``se_egt`` as
``Estimate`` and ``Std. Error`` (in row order, at no step; ``Event time`` is a column). All
``Std. Error`` values are one series in print order. Optional: the confidence bounds, the
``Group``, ``Time``, ``Post`` and ``Event time`` columns. ``Anticipation Periods`` is a setting
(param).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main


def run() -> None:
    import warnings

    import numpy as np
    import pandas as pd
    from csdid.att_gt import ATTgt

    warnings.simplefilter("ignore")
    rng = np.random.default_rng(26)
    rows = []
    for i in range(300):
        g = rng.choice([0, 2004, 2006])
        for t in range(2003, 2008):
            y = 1 + 0.1 * (t - 2003) + rng.normal(0, 0.3) + (0.5 if g and t >= g else 0)
            rows.append((i, t, g, y))
    df = pd.DataFrame(rows, columns=["id", "year", "first_treat", "y"])
    np.random.seed(26)
    att = ATTgt(yname="y", gname="first_treat", idname="id", tname="year", data=df).fit(
        est_method="dr")
    att.summ_attgt()
    print(att.summary2, flush=True)
    truth = Truth()
    res = att.results
    for i in range(len(res["att"])):
        truth.add(**{"ATT(g, t)": res["att"][i], "Std. Error": res["se"][i]})
        truth.allow(Group=res["group"][i], Time=res["year"][i], Post=res["post"][i])
        truth.allow(**{"[95% Pointwise": res["l_se"][i], "Conf. Band]": res["u_se"][i]})
    att.aggte(typec="dynamic")
    sys.stdout.flush()
    agg = att.atte
    truth.add(ATT=np.ravel(agg["overall_att"])[0],
              **{"Std. Error": np.ravel(agg["overall_se"])[0]})
    for e, est, se in zip(np.ravel(agg["egt"]), np.ravel(agg["att_egt"]), np.ravel(agg["se_egt"])):
        truth.add(Estimate=est, **{"Std. Error": se})
        truth.allow(**{"Event time": e})
    truth.write("csdid: att.results (group-time att, se, bounds) and att.atte (overall_att, "
                "overall_se, egt, att_egt, se_egt) of the fitted ATTgt",
                libraries=("csdid", "numpy", "pandas"), params={"Anticipation Periods": 0},
                rel=5e-4, abs_tol=5e-5)  # four decimals


if __name__ == "__main__":
    main(__file__, {"csdid": run}, root=HELDOUT26)
