"""HELD-OUT fixture (tenth half, see generate/heldout10/README.md): do not read while tuning the
parser.

Recommender-system comparison with Cornac, as its README's quick start writes it: a
``RatioSplit`` of explicit ratings (train, validation and test, ``verbose=True``, which prints
the split's settings and each part's statistics), four models (``MostPop``, ``MF`` with
biases, ``PMF``, ``BPR``; ``MF`` and ``BPR`` with ``verbose=True``) and rating and ranking
metrics (``MAE``, ``RMSE``, ``AUC``, ``NDCG@10``, ``Precision@10``, ``Recall@10``) run by a
``cornac.Experiment``. Cornac prints ``[MF] Training started!``, the models' tqdm bars
(``MF``'s postfix ``loss=2210.63``, ``BPR``'s ``correct=51.19%, skipped=21.95%``), tqdm bars
while it evaluates (``Rating``, ``Ranking``), then a ``VALIDATION:`` and a ``TEST:`` table,
one row per model, one column per metric plus its timings. Data: 150 users and 90 items from
seeded latent factors (no download), 24 ratings per user. The experiment runs from a
temporary folder, where Cornac writes its ``CornacExp-<time>.log`` file.

Truth: the Experiment's own results, ``exp.val_result`` and ``exp.result``: each model's
``metric_avg_results``; the tables' rows are different models, so ``<phase>/<model>/<metric>``
(``val/MF/MAE``, ``test/BPR/NDCG@10``; the section header gives the phase); the timing columns
(``Time (s)``, ``Train (s)``, ``Test (s)``) in neither map. The bars' postfix values: a
wrapper of tqdm's ``set_postfix`` keeps what the models hand it (Cornac formats them itself,
``"%.2f"``) and one of tqdm's ``display`` records them each time a bar is drawn (which states
are drawn depends on timing): ``loss``, ``correct``, ``skipped`` a point per drawn state, no
step (the bar's count is progress). The split's statistics (``Number of users = 150``,
``Max rating``, ``Global mean``) optional, from the split's own sets; its printed settings
(``rating_threshold = 4.0``, ``exclude_unknowns = True``) and the script's model settings are
params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT10, Truth, main

SETTINGS = {"users": 150, "items": 90, "ratings_per_user": 24, "k": 10, "seed": 1,
            "mf_epochs": 25, "pmf_epochs": 50, "bpr_epochs": 40}


def ratings(rng):
    import numpy as np

    s = SETTINGS
    users = rng.normal(size=(s["users"], 3))
    items = rng.normal(size=(s["items"], 3))
    data = []
    for u in range(s["users"]):
        for i in rng.choice(s["items"], s["ratings_per_user"], replace=False):
            score = 3.0 + users[u] @ items[i] + rng.normal(scale=0.5)
            data.append((f"u{u}", f"i{i}", float(np.clip(np.rint(score), 1, 5))))
    return data


def watch_bars(truth):
    """Record the postfix values each time a bar that has them is drawn."""
    import tqdm.std

    set_postfix, display = tqdm.std.tqdm.set_postfix, tqdm.std.tqdm.display

    def recording_set_postfix(self, ordered_dict=None, refresh=True, **kwargs):
        values = dict(ordered_dict or {}, **kwargs)
        self._corpus_postfix = {k: float(str(v).rstrip("%")) for k, v in values.items()}
        return set_postfix(self, ordered_dict, refresh, **kwargs)

    def recording_display(self, *args, **kwargs):
        values = getattr(self, "_corpus_postfix", None)
        if values:
            truth.add(**values)
        return display(self, *args, **kwargs)

    tqdm.std.tqdm.set_postfix = recording_set_postfix
    tqdm.std.tqdm.display = recording_display


def run() -> None:
    import os
    import tempfile

    import numpy as np

    import cornac
    from cornac.eval_methods import RatioSplit
    from cornac.metrics import AUC, MAE, NDCG, RMSE, Precision, Recall
    from cornac.models import BPR, MF, PMF, MostPop

    s = SETTINGS
    truth = Truth()
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    split = RatioSplit(data=ratings(np.random.default_rng(s["seed"])), test_size=0.2,
                       val_size=0.1, rating_threshold=4.0, exclude_unknowns=True,
                       seed=s["seed"], verbose=True)
    for part in (split.train_set, split.test_set, split.val_set):
        truth.allow(**{"Number of users": part.num_users, "Number of items": part.num_items,
                       "Number of ratings": part.num_ratings})
    train = split.train_set
    truth.allow(**{"Max rating": train.max_rating, "Min rating": train.min_rating,
                   "Global mean": train.global_mean, "Number of unknown users": 0,
                   "Number of unknown items": 0, "Total users": split.total_users,
                   "Total items": split.total_items})
    models = [MostPop(),
              MF(k=s["k"], max_iter=s["mf_epochs"], learning_rate=0.01, lambda_reg=0.02,
                 use_bias=True, verbose=True, seed=s["seed"]),
              PMF(k=s["k"], max_iter=s["pmf_epochs"], learning_rate=0.001, lambda_reg=0.001,
                  seed=s["seed"]),
              BPR(k=s["k"], max_iter=s["bpr_epochs"], learning_rate=0.01, lambda_reg=0.01,
                  verbose=True, seed=s["seed"])]
    metrics = [MAE(), RMSE(), AUC(), NDCG(k=10), Precision(k=10), Recall(k=10)]
    watch_bars(truth)
    os.chdir(tempfile.mkdtemp(prefix="cornac-"))  # its CornacExp log file goes to the cwd
    experiment = cornac.Experiment(eval_method=split, models=models, metrics=metrics,
                                   user_based=True)
    experiment.run()
    sys.stdout.flush()
    sys.stderr.flush()
    for phase, results in (("val", experiment.val_result), ("test", experiment.result)):
        for result in results:
            for metric, value in result.metric_avg_results.items():
                if "(s)" not in metric:
                    truth.add(**{f"{phase}/{result.model_name}/{metric}": float(value)})
    truth.write("cornac Experiment val_result/result metric_avg_results per model (timings "
                "left out); tqdm postfix values the models handed set_postfix, at each drawn "
                "bar state; split statistics optional; split settings and script settings = "
                "params",
                libraries=("cornac", "numpy", "tqdm"),
                params={**s, "rating_threshold": 4.0, "exclude_unknowns": True},
                rel=1e-9, abs_tol=5.1e-5)  # the tables' 4 decimals; postfix values exact


if __name__ == "__main__":
    main(__file__, {"cornac": run}, root=HELDOUT10)
