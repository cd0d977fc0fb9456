"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Constrained DNA sequence optimisation with DNA Chisel (PyPI ``dnachisel``), seeded: two random
sequences (300 and 500 bp) with hard constraints (no BsaI site; GC content between 30% and 70%
in 50-bp windows) and three objectives (a GC-content target of 40% or 45% over windows, no
hairpins, unique 9-mers), each printed before and after ``resolve_constraints()`` and
``optimize()``: ``constraints_text_summary()`` (``===> FAILURE: 1 constraints evaluations
failed``, `` FAIL ┍ AvoidPattern[0-300](pattern:BsaI(GGTCTC))``, ``│ Failed. Pattern found at
positions [97-103(-)]``) and ``objectives_text_summary()`` (``===> TOTAL OBJECTIVES SCORE:
-0.09``, per objective its score before the label, ``     -0.09 ┍
EnforceGCContent[0-300](target:0.40, window:50)``, and its message, ``│ Score: 0. Locations:
[]``). The solver draws tqdm bars on stderr (``constraint: 0%| | 0/2``, ``location:``,
``objective:``).

Truth: ``problem.objectives_evaluations()`` at each print: ``scores_sum()`` as ``TOTAL
OBJECTIVES SCORE`` and each evaluation's ``score`` under its specification's printed label
(``label(with_location=True)``, the spec's parameters in it as printed); where an objective's
message repeats the score (``Score: -2.``) it is the same state, listed once. Constraints
print no score. The tqdm counters, the positions in the labels and messages, and the
pattern are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main


def run() -> None:
    import numpy as np
    from dnachisel import (AvoidHairpins, AvoidPattern, DnaOptimizationProblem,
                           EnforceGCContent, UniquifyAllKmers, random_dna_sequence)

    truth = Truth()

    def report(problem):
        print(problem.constraints_text_summary(), flush=True)
        print(problem.objectives_text_summary(), flush=True)
        evaluations = problem.objectives_evaluations()
        truth.add(**{"TOTAL OBJECTIVES SCORE": evaluations.scores_sum()})
        for ev in evaluations.evaluations:
            truth.add(**{ev.specification.label(with_location=True): ev.score})

    for length, target, seed in ((300, 0.40, 26), (500, 0.45, 27)):
        np.random.seed(seed)
        problem = DnaOptimizationProblem(
            sequence=random_dna_sequence(length, seed=seed),
            constraints=[AvoidPattern("BsaI_site"),
                         EnforceGCContent(mini=0.3, maxi=0.7, window=50)],
            objectives=[EnforceGCContent(target=target, window=50),
                        AvoidHairpins(stem_size=8, hairpin_window=100),
                        UniquifyAllKmers(k=9)])
        report(problem)
        problem.resolve_constraints()
        problem.optimize()
        report(problem)
    truth.write("DNA Chisel: problem.objectives_evaluations() (scores_sum and each "
                "evaluation's score) at each printed summary",
                libraries=("dnachisel",), rel=5e-3, abs_tol=5e-3)  # two decimals


if __name__ == "__main__":
    main(__file__, {"dnachisel": run}, root=HELDOUT26)
