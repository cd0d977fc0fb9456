"""HELD-OUT fixture (eleventh half, see generate/heldout11/README.md): do not read while tuning
the parser.

Summarisation scoring with Google's rouge-score, as its README uses it:
``scorer = rouge_scorer.RougeScorer(['rouge1', 'rouge2', 'rougeL', 'rougeLsum'],
use_stemmer=True)``, then ``print(scorer.score(target, prediction))`` for each of six
reference/summary pairs written in the script (a dict of ``Score(precision=0.75,
recall=0.6666666666666666, fmeasure=0.7058823529411765)`` namedtuples, under an
``example 3:`` line), and the corpus-level bootstrap of ``scoring.BootstrapAggregator`` for two
systems, printed as its result dict (``AggregateScore(low=Score(...), mid=Score(...),
high=Score(...))``), and once more key by key as the README's loop does
(``rouge1: P=0.6012 R=...``).

Truth: the ``Score`` and ``AggregateScore`` objects rouge-score returns, with their full
precision: a pair's scores as ``<rouge type>/<field>`` (``rouge1/precision``), without a step
(the ``example 3:`` line is a label, not a step); the aggregates as ``<rouge type>/<low, mid or
high>/<field>`` for the dict and ``<rouge type>/P`` ... for the loop's lines (``mid``). The
settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT11, Truth, main

SETTINGS = {"rouge_types": "rouge1,rouge2,rougeL,rougeLsum", "use_stemmer": True,
            "bootstrap_samples": 1000, "seed": 11}

PAIRS = [
    ("The cat sat on the mat near the door.", "A cat was sitting on the mat by the door."),
    ("Stocks rallied on Friday as inflation cooled more than expected.",
     "Stocks rose Friday after inflation cooled faster than expected."),
    ("The committee approved the new budget after a long debate.\nSpending on schools rises.",
     "After long debate the committee approved the budget.\nSchool spending will rise."),
    ("Heavy rain flooded several streets in the old town overnight.",
     "Streets in the old town were flooded by overnight rain."),
    ("The team won the final in extra time with a late header.",
     "A late header in extra time won the final for the team."),
    ("Researchers found that the new drug reduced symptoms in most patients.",
     "The drug reduced symptoms in most patients, researchers said."),
]
SECOND_SYSTEM = [
    "A cat sat by the door.",
    "Inflation cooled and stocks moved on Friday.",
    "The budget was approved.\nSchools get more.",
    "Rain fell in the old town.",
    "The team won the final.",
    "A new drug helped patients.",
]


def run() -> None:
    import random

    import numpy as np
    from rouge_score import rouge_scorer, scoring

    s = SETTINGS
    truth = Truth()
    random.seed(s["seed"])
    np.random.seed(s["seed"])
    types = s["rouge_types"].split(",")
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    scorer = rouge_scorer.RougeScorer(types, use_stemmer=s["use_stemmer"])
    systems = {"system A": [p for _, p in PAIRS], "system B": SECOND_SYSTEM}
    for system, predictions in systems.items():
        print(f"\n== {system}", flush=True)
        aggregator = scoring.BootstrapAggregator(n_samples=s["bootstrap_samples"])
        for i, ((target, _), prediction) in enumerate(zip(PAIRS, predictions), 1):
            scores = scorer.score(target, prediction)
            print(f"example {i}:", flush=True)
            print(scores, flush=True)
            for rouge_type, score in scores.items():
                truth.add(**{f"{rouge_type}/{field}": getattr(score, field)
                             for field in score._fields})
            aggregator.add_scores(scores)
        result = aggregator.aggregate()
        print("aggregate:", flush=True)
        print(result, flush=True)
        for rouge_type, agg in result.items():
            for bound in agg._fields:
                score = getattr(agg, bound)
                truth.add(**{f"{rouge_type}/{bound}/{field}": getattr(score, field)
                             for field in score._fields})
        for rouge_type, agg in result.items():
            mid = agg.mid
            print(f"{rouge_type}: P={mid.precision:.4f} R={mid.recall:.4f} "
                  f"F={mid.fmeasure:.4f}", flush=True)
            truth.add(**{f"{rouge_type}/P": mid.precision, f"{rouge_type}/R": mid.recall,
                         f"{rouge_type}/F": mid.fmeasure})
    truth.write("rouge-score Score/AggregateScore objects (full precision; the README loop's "
                "four decimals) as <rouge type>/<field>, <rouge type>/<bound>/<field>, "
                "<rouge type>/P|R|F; settings = params",
                libraries=("rouge-score", "nltk", "numpy"), params=s,
                rel=1e-9, abs_tol=5.1e-5)  # repr, and the loop's %.4f


if __name__ == "__main__":
    main(__file__, {"rouge-score": run}, root=HELDOUT11)
