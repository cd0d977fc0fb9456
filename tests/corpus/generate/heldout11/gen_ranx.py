"""HELD-OUT fixture (eleventh half, see generate/heldout11/README.md): do not read while tuning
the parser.

Ranking evaluation with ranx, as its README evaluates and compares retrieval runs: synthetic
relevance judgements (``Qrels``) for 40 queries and four systems' runs of different quality,
``print(evaluate(qrels, run, [...]))`` for one run (a dict of ``np.float64`` values, names
such as ``map@100``), then ``print(compare(...))``: a table with one row per run (``#``
letter, ``Model``, then ``MAP@100  MRR  NDCG@10  P@5  Recall@10``) whose values carry
superscript letters of the runs they beat significantly (``0.711ᵃᵇ``); a second comparison
with a reciprocal-rank fusion of two runs (``fuse(..., method="rrf")``), other metrics
(``Hits@5  R-Prec  F1@10``), four digits and Fisher's randomisation test. Numba's type-safety
warnings come out on stderr.

Truth: ranx's own results: ``evaluate``'s dict (names as printed) and the ``Report`` objects'
``to_dict()`` scores, as ``<model>/<column>`` (the row's model name, the printed column
header, which ranx derives from the metric: ``bm25/MAP@100``, ``rrf/R-Prec``); the
superscripts are not part of the value. The p-values and win/tie/loss counts, which the table
does not print, are in neither map. The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT11, Truth, main

SETTINGS = {"seed": 3, "queries": 40, "docs": 60, "relevant_per_query": 5, "max_p": 0.05}
FIRST = ["map@100", "mrr", "ndcg@10", "precision@5", "recall@10"]
SECOND = ["hits@5", "r-precision", "f1@10", "ndcg@5"]


def run() -> None:
    import numpy as np
    from ranx import Qrels, Run, compare, evaluate, fuse

    s = SETTINGS
    truth = Truth()
    rng = np.random.default_rng(s["seed"])
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    judged = {f"q_{i}": {f"d_{j}": int(rng.integers(1, 3))
                         for j in rng.choice(s["docs"], s["relevant_per_query"], replace=False)}
              for i in range(s["queries"])}

    def make_run(name: str, signal: float) -> Run:
        scores = {}
        for query, relevant in judged.items():
            ranked = {f"d_{j}": float(rng.normal()) for j in range(s["docs"])}
            for doc, grade in relevant.items():
                ranked[doc] += signal * grade / 2
            scores[query] = ranked
        return Run(scores, name=name)

    qrels = Qrels(judged)
    runs = [make_run("bm25", 1.0), make_run("dense", 1.6), make_run("hybrid", 2.2),
            make_run("splade", 1.9)]
    print("\n== evaluate bm25", flush=True)
    scores = evaluate(qrels, runs[0], ["map@100", "mrr", "ndcg@10"])
    print(scores, flush=True)
    truth.add(**{name: float(value) for name, value in scores.items()})

    print("\n== compare (Student's t-test)", flush=True)
    report = compare(qrels, runs[:3], metrics=FIRST, max_p=s["max_p"])
    print(report, flush=True)
    record(truth, report)

    print("\n== compare with a reciprocal-rank fusion (Fisher's randomization test)", flush=True)
    fused = fuse(runs=[runs[0], runs[1]], method="rrf")
    fused.name = "rrf"
    report = compare(qrels, [runs[0], runs[3], fused], metrics=SECOND, max_p=s["max_p"],
                     stat_test="fisher", rounding_digits=4)
    print(report, flush=True)
    record(truth, report)
    truth.write("ranx evaluate() dict and Report.to_dict() scores as <model>/<printed column> "
                "(the header ranx derives from the metric name); settings = params",
                libraries=("ranx", "numpy", "numba"), params=s,
                rel=1e-9, abs_tol=5.1e-4)  # three (second table: four) decimals


def record(truth: Truth, report) -> None:
    data = report.to_dict()
    for model in data["model_names"]:
        for metric, value in data[model]["scores"].items():
            truth.add(**{f"{model}/{report.get_metric_label(metric)}": float(value)})


if __name__ == "__main__":
    main(__file__, {"ranx": run}, root=HELDOUT11)
