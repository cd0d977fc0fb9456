"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Resampling and hyperparameter tuning in R with mlr (Debian's ``r-cran-mlr``), a decision tree
(``classif.rpart``) on ``iris``, seeded: a 3-fold cross-validation (``resample``) with two
measures, printed by mlr as ``Resampling: cross-validation``, ``Measures:  mmce  acc`` and one
row per fold, ``[Resample] iter 1:    0.1000000 0.9000000``, then ``Aggregated Result:
mmce.test.mean=0.0666667,acc.test.mean=0.9333333``; then a grid search over ``cp`` and
``minsplit`` (``tuneParams``), printed as its parameter-set table, then for each of the four
points ``[Tune-x] 1: cp=0.001; minsplit=5`` and ``[Tune-y] 1:
mmce.test.mean=0.0533333,acc.test.mean=0.9466667; time: 0.0 min``, and ``[Tune] Result: cp=...;
minsplit=5 : mmce.test.mean=...``; then the ``TuneResult`` printed (``Tune result:``, ``Op.
pars: ...``, the measures line again).

Truth: mlr's own objects, written to JSON by the same R process: the ``ResamplePrediction``'s
``measures.test`` (``mmce``, ``acc`` stepped by the fold, the printed ``iter``) and ``aggr``
(``mmce.test.mean``, ``acc.test.mean``, unstepped); the tuning's ``opt.path`` (the same two
names stepped by the printed point number, its ``dob``), and the ``TuneResult``'s ``y`` twice
(the ``[Tune] Result`` line and the printed result, unstepped). Params (printed
configuration): ``cp`` and ``minsplit`` (the searched hyperparameters, given the chosen
values) and ``Imputation value`` (printed twice without a line break between, ``Imputation
value: 1Imputation value: -0``: mlr's values for a failed evaluation). Judgement: the
``time: 0.0 min`` of a tuning line is a timing (neither map); the parameter set's
``Constr`` column (``0.001,0.1``) is configuration text. mlr writes its log to stderr (the
``[Resample]`` and ``[Tune]`` lines), the printed result to stdout; on a terminal its progress
code adds cursor-show escapes (``ESC[?25h``) before the log, so the ``-pipe`` twin is kept.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

SCRIPT = r"""
suppressMessages(library(mlr))
suppressMessages(library(jsonlite))
set.seed(7)
task <- makeClassifTask(data = iris, target = "Species")
lrn <- makeLearner("classif.rpart")
rdesc <- makeResampleDesc("CV", iters = 3)
r <- resample(lrn, task, rdesc, measures = list(mmce, acc))
ps <- makeParamSet(makeDiscreteParam("cp", values = c(0.001, 0.1)),
                   makeDiscreteParam("minsplit", values = c(5, 20)))
t <- tuneParams(lrn, task, rdesc, par.set = ps, control = makeTuneControlGrid(),
                measures = list(mmce, acc))
print(t)
op <- as.data.frame(t$opt.path)
out <- list(folds = r$measures.test, aggr = as.list(r$aggr),
            path = list(dob = op$dob, mmce = op$mmce.test.mean, acc = op$acc.test.mean),
            y = as.list(t$y), x = lapply(t$x, as.numeric),
            version = as.character(packageVersion("mlr")))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("MLR_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="mlr-"))
    (work / "mlr.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "mlr.R")], check=True,
                   env={**os.environ, "MLR_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for fold in out["folds"]:
        truth.add(at=fold["iter"], mmce=fold["mmce"], acc=fold["acc"])
    truth.add(**out["aggr"])
    path = out["path"]
    for dob, mmce, acc in zip(path["dob"], path["mmce"], path["acc"]):
        truth.add(at=dob, **{"mmce.test.mean": mmce, "acc.test.mean": acc})
    for _ in range(2):  # the [Tune] Result line and print(t)
        truth.add(**out["y"])
    params = {**out["x"], "Imputation value": 1}
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"mlr {out['version']} under {r_version}: resample's measures.test stepped by "
                "fold and aggr, tuneParams' opt.path stepped by dob, the TuneResult's y twice; "
                "the searched hyperparameters as params; written to JSON by the same R process",
                libraries=(), params=params, rel=1e-9, abs_tol=5e-8)  # seven decimals


if __name__ == "__main__":
    main(__file__, {"r-mlr": run}, root=HELDOUT17)
