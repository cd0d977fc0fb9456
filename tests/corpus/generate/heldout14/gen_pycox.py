"""HELD-OUT fixture (fourteenth half, see generate/heldout14/README.md): do not read while tuning
the parser.

Deep survival models with pycox (0.3), trained by its torchtuples trainer, as pycox's
examples train them: simulated right-censored data (1,000 subjects, 5 covariates, an
exponential hazard in two of them, exponential censoring; train/val/test 700/150/150), a
Cox-PH network (``CoxPH``, MLP 16-16 with batch norm and dropout, Adam 0.01, batch 64, early
stopping on the validation loss) for 8 epochs, then a discrete-time ``LogisticHazard`` (10
cut points) for 8 epochs. ``fit(verbose=True)`` prints one line per epoch, tab-separated:
``3:\t[0s / 1s],\t\ttrain_loss: 2.9410,\tval_loss: 3.7807``. After each model the script
evaluates the test part with pycox's ``EvalSurv`` and prints ``test concordance_td: 0.7012``
(pycox 0.3's integrated Brier score calls ``scipy.integrate.simps``, which SciPy 1.17 no
longer has, so it is not computed).

Truth: the trainer's own log (``fit``'s returned ``TrainingLogger``, ``to_pandas()``: the
monitors' ``train_loss`` and ``val_loss`` per epoch, at the epoch index the line starts with,
0-based) and ``EvalSurv.concordance_td("antolini")`` of the test part. Judgement: the bracketed epoch and total times (``[0s / 1s]``,
whole seconds, kept by no object) are neither metrics nor params; the two models share their
names and restart their epochs at 0. Settings are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT14, Truth, main

SETTINGS = {"seed": 14, "subjects": 1000, "covariates": 5, "hidden": "16,16", "dropout": 0.1,
            "lr": 0.01, "batch_size": 64, "epochs": 8, "cuts": 10}


def run() -> None:
    import numpy as np
    import torch
    import torchtuples as tt
    from pycox.evaluation import EvalSurv
    from pycox.models import CoxPH, LogisticHazard

    s = SETTINGS
    print("settings: " + " ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    rng = np.random.default_rng(s["seed"])
    torch.manual_seed(s["seed"])
    n = s["subjects"]
    x = rng.normal(size=(n, s["covariates"])).astype("float32")
    event_time = rng.exponential(1 / np.exp(x[:, 0] - 0.5 * x[:, 1]))
    censor_time = rng.exponential(2.0, n)
    durations = np.minimum(event_time, censor_time).astype("float32")
    events = (event_time <= censor_time).astype("float32")
    parts = {"train": slice(0, 700), "val": slice(700, 850), "test": slice(850, n)}
    x_tr, x_va, x_te = (x[parts[p]] for p in ("train", "val", "test"))
    (d_tr, e_tr), (d_va, e_va), (d_te, e_te) = ((durations[parts[p]], events[parts[p]])
                                                for p in ("train", "val", "test"))
    hidden = [int(h) for h in s["hidden"].split(",")]
    truth = Truth()

    def train(model, y_train, y_val):
        log = model.fit(x_tr, y_train, batch_size=s["batch_size"], epochs=s["epochs"],
                        callbacks=[tt.callbacks.EarlyStopping()], verbose=True,
                        val_data=(x_va, y_val))
        for epoch, row in zip(log.epochs, log.to_pandas().itertuples(index=False)):
            truth.add(epoch, train_loss=row.train_loss, val_loss=row.val_loss)

    def evaluate(surv):
        ev = EvalSurv(surv, d_te, e_te, censor_surv="km")
        scores = {"test concordance_td": ev.concordance_td("antolini")}
        for name, value in scores.items():
            print(f"{name}: {value:.4f}", flush=True)
        truth.add(**scores)

    print("\nCoxPH", flush=True)
    net = tt.practical.MLPVanilla(s["covariates"], hidden, 1, batch_norm=True,
                                  dropout=s["dropout"])
    cox = CoxPH(net, tt.optim.Adam(s["lr"]))
    train(cox, (d_tr, e_tr), (d_va, e_va))
    cox.compute_baseline_hazards()
    evaluate(cox.predict_surv_df(x_te))

    print("\nLogisticHazard", flush=True)
    labtrans = LogisticHazard.label_transform(s["cuts"])
    y_tr = labtrans.fit_transform(d_tr, e_tr)
    y_va = labtrans.transform(d_va, e_va)
    net = tt.practical.MLPVanilla(s["covariates"], hidden, labtrans.out_features,
                                  batch_norm=True, dropout=s["dropout"])
    hazard = LogisticHazard(net, tt.optim.Adam(s["lr"]), duration_index=labtrans.cuts)
    train(hazard, y_tr, y_va)
    evaluate(hazard.interpolate(10).predict_surv_df(x_te))
    truth.write("torchtuples' TrainingLogger (fit's return; to_pandas(): train_loss, val_loss "
                "at the 0-based epoch) and pycox EvalSurv concordance_td('antolini') of the "
                "test part",
                libraries=("pycox", "torchtuples", "torch", "numpy", "pandas"), params=s,
                rel=1e-4, abs_tol=5e-5)  # %.4f


if __name__ == "__main__":
    main(__file__, {"pycox": run}, root=HELDOUT14)
