"""HELD-OUT fixture (third half, see generate/heldout3/README.md): do not read while tuning the
parser.

FLAML's ``AutoML`` searching LightGBM configurations for the breast cancer data (10 trials,
``max_iter`` rather than a time budget so that the run is reproducible, ``verbose=3``), then the
summary its documentation prints:

* FLAML's log (on stdout, where its logger's handler writes), ``[flaml.automl.logger: 12-04
  23:55:06] {3026} INFO - iteration 3, current learner lgbm`` (``{3026}`` is a source line
  number) and ``[...] {3212} INFO -  at 0.4s,\\testimator lgbm's best error=5.7972e-02,``
  ``\\tbest estimator lgbm's best error=5.7972e-02`` (one line, tab-separated),
  settings (``Evaluation method: cv``, ``Minimizing error metric: 1-accuracy``), time estimates,
  ``retrained model: LGBMClassifier(colsample_bytree=np.float64(0.91...), ...)`` over several
  lines, ``Time taken to find the best model: 0.619...``;
* the documentation's prints: ``Best ML leaner: lgbm``, ``Best hyperparmeter config: {...}``
  (sic), ``Best accuracy on validation data: 0.9544``, ``Training duration of best run:
  0.0123 s``.

Truth: the log file FLAML writes (``log_file_name``): one record per improving trial, with its
``validation_loss`` and ``iter_per_learner``. With one learner, iteration ``i``'s best error is
the least validation loss logged up to that iteration; each ``at`` line shows it twice, as the
learner's and as the overall best, named as labelled: ``estimator lgbm's best error`` and
``best estimator lgbm's best error``, step = the iteration of the line above (0-based, as
printed). ``Best accuracy on validation data`` = ``1 - best_loss``, named ``val/Best accuracy`` (the
data it was measured on names its phase), no step. The best
configuration (printed as a dict and inside the retrained model's repr) is params; times and
line numbers are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT3, Truth, main

MAX_ITER = 10


def best_errors(log_file: Path) -> list[float]:
    """Iteration i's best error, from the records FLAML logged (one per improving trial)."""
    import json

    records = [json.loads(line) for line in log_file.read_text().splitlines()
               if line.startswith("{") and '"record_id"' in line]
    best, out = None, []
    for i in range(MAX_ITER):
        for record in records:
            if record["iter_per_learner"] == i + 1:
                loss = record["validation_loss"]
                best = loss if best is None else min(best, loss)
        out.append(best)
    return out


def train() -> None:
    import tempfile

    from flaml import AutoML
    from sklearn.datasets import load_breast_cancer

    truth = Truth()
    X, y = load_breast_cancer(return_X_y=True)
    automl = AutoML()
    with tempfile.TemporaryDirectory() as tmp:
        log_file = Path(tmp) / "flaml.log"
        automl.fit(X, y, task="classification", metric="accuracy", max_iter=MAX_ITER,
                   time_budget=-1, estimator_list=["lgbm"], log_file_name=str(log_file),
                   seed=1, n_jobs=1, verbose=3)
        errors = best_errors(log_file)
    print('Best ML leaner:', automl.best_estimator)
    print('Best hyperparmeter config:', automl.best_config)
    print(f'Best accuracy on validation data: {1 - automl.best_loss:.4g}')
    print(f'Training duration of best run: {automl.best_config_train_time:.4g} s')
    for i, error in enumerate(errors):
        truth.add(i, **{"estimator lgbm's best error": error,
                        "best estimator lgbm's best error": error})
    truth.add(**{"val/Best accuracy": 1 - automl.best_loss})
    if abs(errors[-1] - automl.best_loss) > 1e-12:
        raise SystemExit(f"log file and best_loss disagree: {errors[-1]} != {automl.best_loss}")
    truth.write("FLAML's log file (validation_loss per improving trial): the running best "
                "error at each iteration under both printed labels (step = the iteration "
                "above), 1 - best_loss as the documented accuracy line; params = best_config",
                libraries=("flaml", "lightgbm", "scikit-learn"), params=automl.best_config,
                rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"flaml": train}, root=HELDOUT3)
