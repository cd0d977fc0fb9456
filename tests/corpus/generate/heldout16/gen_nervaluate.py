"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Named-entity evaluation with nervaluate (the SemEval-2013 9.1 scheme: ``strict``, ``exact``,
``partial`` and ``ent_type`` matching): BIO tag sequences of 40 generated sentences, the gold
ones and a noisy "prediction" made from them by the script (a seeded random generator drops,
shortens, extends and relabels entities of ``PER``, ``LOC``, ``ORG``, ``MISC``), evaluated with
``Evaluator(true, pred, tags=..., loader="list").evaluate()``; printed by nervaluate's
``summary_report()`` (``Scenario: all``: one row per strategy, columns ``correct incorrect
partial missed spurious precision recall f1-score``) and ``summary_report(mode="entities",
scenario=...)`` for ``strict`` and ``partial`` (one row per tag), at ``digits=4``.

Truth: the ``EvaluationResult`` objects ``evaluate()`` returns (``overall[<strategy>]`` and
``entities[<tag>][<scenario>]``): ``<row>/precision``, ``<row>/recall``, ``<row>/f1-score``
(its ``f1``), where the row is the strategy or the tag. Optional: the counts (``correct``,
``incorrect``, ``partial``, ``missed``, ``spurious``). Judgement: the two per-tag tables
(strict, partial) share row names and are unstepped; the ``Scenario:`` heading names the
table, not the values.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

TAGS = ("PER", "LOC", "ORG", "MISC")
COUNTS = ("correct", "incorrect", "partial", "missed", "spurious")


def sentences(rng, n: int):
    """Gold BIO sequences and a corrupted copy of each."""
    gold, pred = [], []
    for _ in range(n):
        seq = ["O"] * rng.randint(8, 16)
        spans = []
        pos = rng.randint(0, 2)
        while pos < len(seq) - 1:
            length = rng.randint(1, 3)
            if pos + length > len(seq):
                break
            spans.append((pos, length, rng.choice(TAGS)))
            pos += length + rng.randint(1, 4)
        for start, length, tag in spans:
            seq[start:start + length] = [f"B-{tag}"] + [f"I-{tag}"] * (length - 1)
        out = ["O"] * len(seq)
        for start, length, tag in spans:
            roll = rng.random()
            if roll < 0.1:
                continue  # missed
            if roll < 0.2:
                tag = rng.choice(TAGS)  # wrong type
            elif roll < 0.3 and length > 1:
                length -= 1  # partial
            out[start:start + length] = [f"B-{tag}"] + [f"I-{tag}"] * (length - 1)
        if rng.random() < 0.15 and out[-1] == "O":
            out[-1] = f"B-{rng.choice(TAGS)}"  # spurious
        gold.append(seq)
        pred.append(out)
    return gold, pred


def add(truth: Truth, row: str, result) -> None:
    truth.add(**{f"{row}/precision": result.precision, f"{row}/recall": result.recall,
                 f"{row}/f1-score": result.f1})
    truth.allow(**{f"{row}/{c}": getattr(result, c) for c in COUNTS})


def run() -> None:
    import random

    from nervaluate import Evaluator

    gold, pred = sentences(random.Random(7), 40)
    evaluator = Evaluator(gold, pred, tags=list(TAGS), loader="list")
    results = evaluator.evaluate()
    print(evaluator.summary_report(digits=4))
    truth = Truth()
    for strategy in ("ent_type", "exact", "partial", "strict"):
        add(truth, strategy, results["overall"][strategy])
    for scenario in ("strict", "partial"):
        print(evaluator.summary_report(mode="entities", scenario=scenario, digits=4))
        for tag in sorted(TAGS):
            add(truth, tag, results["entities"][tag][scenario])
    sys.stdout.flush()
    truth.write("Evaluator.evaluate()'s EvaluationResult objects: overall per strategy and "
                "entities per tag and scenario, <row>/precision, <row>/recall, <row>/f1-score; "
                "the counts optional; unstepped", libraries=("nervaluate",), params=None,
                rel=1e-4, abs_tol=5e-5)  # digits=4


if __name__ == "__main__":
    main(__file__, {"nervaluate": run}, root=HELDOUT16)
