"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Group-sequential trial design in R with rpact (Debian ``r-cran-rpact``): an O'Brien-Fleming
design with three stages and a Pocock design with two (one-sided alpha 0.025, beta 0.2), each
printed, then the sample size for a two-group comparison of means under each
(``getSampleSizeMeans``; alternative 0.5 with SD 1, and 0.4 with SD 1.2), printed. rpact prints
``label : value`` blocks: ``Default parameters:`` (``Type of design``, ``Maximum number of
stages``, ``Information rates : 0.333, 0.667, 1.000``, ``Significance level``, ``Tolerance``),
``Output:`` (``Cumulative alpha spending``, ``Critical values``, ``Stage levels (one-sided)``,
several values a line), and for the sample size the design again, ``User defined
parameters:``, ``Default parameters:`` and ``Sample size and output:`` (``Reject per stage
[1] : 0.03292``, ``Early stop``, ``Maximum number of subjects``, ``Number of subjects [1]``,
``Expected number of subjects under H0``, ``Critical values (treatment effect scale) [1]``),
then a legend.

Truth, written to JSON by the same R process from the design and sample-size objects: per
printed block, ``Cumulative alpha spending`` (``alphaSpent``), ``Critical values``
(``criticalValues``) and ``Stage levels (one-sided)`` / ``Local one-sided significance levels``
(``stageLevels``), one value a stage in print order; ``Reject per stage``, ``Critical values
(treatment effect scale)`` at the stage ``[k]`` the line states; ``Early stop``. Optional: the
sample sizes (``Maximum number of subjects`` with its ``(1)``/``(2)`` arms, ``Number of
subjects``, ``Expected number of subjects under H0``, ``.../H1``, ``.../H0/H1``), the futility
bounds printed ``-Inf`` (``-inf``). The design settings are params (``Significance level``,
``Type II error rate``, ``Tolerance``, ``Maximum number of stages``, ``Alternatives``,
``Standard deviation``, ``Theta H0``, ``Treatment groups``, ``Planned allocation ratio``);
``Information rates`` (the stages' shares, set by the design) optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main, r_record

SCRIPT = r"""
suppressMessages({library(rpact); library(jsonlite)})
runs <- list(list(k = 3, type = "OF", alt = 0.5, sd = 1),
             list(k = 2, type = "P", alt = 0.4, sd = 1.2))
rec <- lapply(runs, function(r) {
  d <- getDesignGroupSequential(kMax = r$k, alpha = 0.025, beta = 0.2, sided = 1,
                                typeOfDesign = r$type)
  print(d)
  s <- getSampleSizeMeans(d, alternative = r$alt, stDev = r$sd)
  print(s)
  list(spent = d$alphaSpent, crit = d$criticalValues, levels = d$stageLevels,
       rates = d$informationRates, fut = d$futilityBounds,
       reject = as.numeric(s$rejectPerStage), early = s$earlyStop,
       nmax = s$maxNumberOfSubjects, nmax1 = s$maxNumberOfSubjects1,
       nmax2 = s$maxNumberOfSubjects2, n = as.numeric(s$numberOfSubjects),
       h0 = s$expectedNumberOfSubjectsH0, h01 = s$expectedNumberOfSubjectsH01,
       h1 = s$expectedNumberOfSubjectsH1, effect = as.numeric(s$criticalValuesEffectScale))
})
writeLines(toJSON(list(runs = rec, version = as.character(packageVersion("rpact"))),
                  digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "rpact-")
    truth = Truth()
    for r in out["runs"]:
        def design_block(levels_label, r=r):
            for value in r["spent"]:
                truth.add(**{"Cumulative alpha spending": value})
            for value in r["crit"]:
                truth.add(**{"Critical values": value})
            for value in r["levels"]:
                truth.add(**{levels_label: value})
            for value in r["rates"]:
                truth.allow(**{"Information rates": value})

        design_block("Stage levels (one-sided)")
        # the sample-size print repeats the design in its own block
        design_block("Local one-sided significance levels")
        for _ in r["fut"]:
            truth.allow(**{"Futility bounds (non-binding)": float("-inf")})
        for k, value in enumerate(r["reject"], start=1):
            truth.add(at=k, **{"Reject per stage": value})
        truth.add(**{"Early stop": r["early"][0]})
        truth.allow(**{"Maximum number of subjects": r["nmax"][0],
                       "Maximum number of subjects (1)": r["nmax1"][0],
                       "Maximum number of subjects (2)": r["nmax2"][0],
                       "Expected number of subjects under H0": r["h0"][0],
                       "Expected number of subjects under H0/H1": r["h01"][0],
                       "Expected number of subjects under H1": r["h1"][0]})
        for value in r["n"]:
            truth.allow(**{"Number of subjects": value})
        for k, value in enumerate(r["effect"], start=1):
            truth.add(at=k, **{"Critical values (treatment effect scale)": value})
    truth.write(f"rpact {out['version'][0]}: the design objects' alphaSpent, criticalValues, "
                "stageLevels and the sample-size objects' rejectPerStage, earlyStop, subject "
                "numbers and criticalValuesEffectScale, written to JSON by the same R process",
                params={"Significance level": 0.025, "Type II error rate": 0.2,
                        "Tolerance": 1e-08, "Theta H0": 0, "Treatment groups": 2,
                        "Planned allocation ratio": 1},
                rel=2e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"r-rpact": run}, root=HELDOUT27)
