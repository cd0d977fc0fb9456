"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Seriation in R with seriation (Debian ``r-cran-seriation``): the scaled ``USArrests`` distances of
the first 15 states, ``criterion(d)`` for the given order, then for the orders found by optimal
leaf ordering (``OLO``) and by ``GW``; each printed as R prints a named numeric vector: the
criteria's names (``2SUM AR_deviations AR_events BAR Cor_R Gradient_raw ...``) in rows of four
above their values in scientific notation (``2.049654e+03``).

Truth, written to JSON by the same R process from the returned vectors: each criterion under its
name, one value a print (the three prints share the names, in print order).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(seriation))
suppressMessages(library(jsonlite))
d <- dist(scale(USArrests[1:15, ]))
crits <- list(criterion(d), criterion(d, seriate(d, method = "OLO")),
              criterion(d, seriate(d, method = "GW")))
for (cr in crits) print(cr)
rec <- list(crits = lapply(crits, function(cr) list(names = names(cr), values = unname(cr))),
            version = as.character(packageVersion("seriation")))
writeLines(toJSON(rec, digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "seriation-")
    truth = Truth()
    for crit in out["crits"]:
        truth.add(**dict(zip(crit["names"], crit["values"])))
    truth.write(f"seriation {out['version'][0]}: the vectors criterion() returns, written to "
                "JSON by the same R process",
                rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"r-seriation": run}, root=HELDOUT28)
