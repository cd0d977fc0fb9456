"""HELD-OUT fixture (eighth half, see generate/heldout8/README.md): do not read while tuning the
parser.

PyKEEN (knowledge-graph embeddings, link prediction as a recommender of missing edges) running
its ``pipeline`` as the README shows: TransE on the Nations graph that PyKEEN ships (no
download), with an early stopper evaluating on the validation triples every 5 epochs. The
script prints its configuration first (``json.dumps(config, indent=2)``); PyKEEN then draws, on
stderr, a ``Training epochs on cpu`` tqdm bar whose postfix holds ``loss=0.759,
prev_loss=0.812``, a nested ``Training batches`` bar that is cleared after each epoch, the
stopper's and evaluator's records through ``logging`` (``INFO:pykeen.stoppers.early_stopping:New
best result at epoch 5: 0.97...``, ``Evaluation took 0.80s seconds``, checkpoint notices,
warnings about automatic batch sizes), and an ``Evaluating on cpu`` bar. At the end the script
prints the realistic rank metrics of the test evaluation as a pandas table (rows are metrics,
columns the sides ``both``/``head``/``tail``) and a ``test: mrr=... hits@10=...`` line.

Truth: the tqdm states PyKEEN drew: a wrapper around tqdm's ``set_postfix`` keeps the values
PyKEEN handed the bar (its epoch losses, ``losses_per_epochs``) and one around ``display``
records them each time the bar is drawn (which states are drawn depends on timing, so it is
read from the bar, not the text): ``train/loss`` a point per drawn state (a redraw of an
unchanged postfix once, as the development half's tqdm fixture keeps it), ``train/prev_loss``
optional (a repeat of the previous epoch's loss), no step (the count is progress); the bar's
description opens with the phase word ``Training``, which names its values' phase as the third
half's ``Test:   [0/3] ... loss: 1.99`` does (``test/loss``: PHASES, COUNTED_WORDS). The stopper's
``New best result`` (``best_metric``, hits@10 on the validation triples) is a point at the
epoch the record states, read from the stopper after each ``should_stop``. The test table's
cells are ``<metric>/<side>`` from ``metric_results.to_df()``; ``test/mrr`` and ``test/hits@10``
from ``get_metric`` (the line opens with the phase word ``test:``, which names its pairs' phase
as the development half's ``eval: accuracy=...`` does: PHASES). The configuration is params (nested keys joined by ``.``). PyKEEN's home is a
temporary directory (``PYKEEN_HOME``), so its checkpoint paths change from run to run.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT8, Truth, main


def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        if isinstance(v, dict):
            out.update(flatten(v, f"{prefix}{k}."))
        else:
            out[prefix + k] = v
    return out


def run() -> None:
    import json
    import os
    import tempfile

    os.environ["PYKEEN_HOME"] = tempfile.mkdtemp(prefix="pykeen-home-")
    import tqdm.std

    truth = Truth()
    set_postfix, display = tqdm.std.tqdm.set_postfix, tqdm.std.tqdm.display

    def recording_set_postfix(self, ordered_dict=None, refresh=True, **kwargs):
        self._h8_postfix = {**(ordered_dict or {}), **kwargs}
        return set_postfix(self, ordered_dict, refresh, **kwargs)

    def recording_display(self, *args, **kwargs):
        post = getattr(self, "_h8_postfix", None)
        # a redraw of an unchanged postfix is one state (the dev tqdm fixture's convention)
        changed = post != getattr(self, "_h8_shown", None)
        self._h8_shown = dict(post or {})
        if post:
            if changed:
                truth.add(**{"train/loss": post["loss"]})
            if "prev_loss" in post:
                truth.allow(**{"train/prev_loss": post["prev_loss"]})
        return display(self, *args, **kwargs)

    tqdm.std.tqdm.set_postfix = recording_set_postfix
    tqdm.std.tqdm.display = recording_display

    from pykeen.pipeline import pipeline
    from pykeen.stoppers.early_stopping import EarlyStopper

    should_stop = EarlyStopper.should_stop

    def recording_should_stop(self, epoch):
        before = self.best_metric
        result = should_stop(self, epoch)
        if self.best_metric != before:
            truth.add(epoch, **{"New best result": self.best_metric})
        return result

    EarlyStopper.should_stop = recording_should_stop

    config = {"dataset": "Nations", "model": "TransE", "model_kwargs": {"embedding_dim": 32},
              "optimizer": "Adam", "optimizer_kwargs": {"lr": 0.01},
              "training_kwargs": {"num_epochs": 20, "batch_size": 256},
              "stopper": "early",
              "stopper_kwargs": {"frequency": 5, "patience": 4, "relative_delta": 0.002},
              "random_seed": 0, "device": "cpu"}
    print(json.dumps(config, indent=2), flush=True)
    result = pipeline(**config)
    sys.stderr.flush()
    frame = result.metric_results.to_df()
    frame = frame[frame["Rank_type"] == "realistic"].pivot(index="Metric", columns="Side",
                                                           values="Value")
    rows = ["arithmetic_mean_rank", "inverse_harmonic_mean_rank", "hits_at_1", "hits_at_3",
            "hits_at_10"]
    frame = frame.loc[rows]
    print("test (realistic):", flush=True)
    print(frame, flush=True)
    for metric, row in frame.iterrows():
        for side, value in row.items():
            truth.add(**{f"{metric}/{side}": float(value)})
    mrr, hits = result.get_metric("mrr"), result.get_metric("hits@10")
    print(f"test: mrr={mrr:.4f} hits@10={hits:.4f} epochs={len(result.losses)}", flush=True)
    truth.add(**{"test/mrr": mrr, "test/hits@10": hits})
    truth.allow(epochs=len(result.losses))
    truth.write("tqdm states PyKEEN drew (set_postfix values at each display, a redraw of "
                "unchanged values once, under the bar's phase: train/loss, train/prev_loss "
                "optional); the stopper's best_metric when it changed, at the epoch; "
                "metric_results.to_df() realistic cells <metric>/<side>; get_metric as the "
                "test line's test/mrr and test/hits@10; config = params",
                libraries=("pykeen", "torch", "tqdm"), params=flatten(config),
                rel=5.1e-3, abs_tol=5.1e-5)  # tqdm's 3 significant digits


if __name__ == "__main__":
    main(__file__, {"pykeen": run}, root=HELDOUT8)
