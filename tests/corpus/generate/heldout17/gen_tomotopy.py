"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Topic models with tomotopy (PyPI ``tomotopy``, a C++ library for Python), on 200 seeded
synthetic documents of 40 words drawn from four topics of 25 words: two ``LDAModel`` fits (``k =
4`` with term weight ``ONE``, ``k = 6`` with ``IDF``; ``optim_interval`` 10, seeded, one
worker), each trained as tomotopy's own README shows, 10 iterations at a time with
``print('Iteration: {}\\tLog-likelihood: {}'.format(i, mdl.ll_per_word))`` (written as the same
f-string here; the loop variable ``i`` is the iteration count before those 10), then
``mdl.summary(topic_word_top_n=5)``: sections ``<Basic Info>``, ``<Training Info>``, ``<Initial
Parameters>``, ``<Parameters>``, ``<Topics>``, each line led by ``| `` (``| Log-likelihood per
word: -4.33642``, ``| min_cf: 0 (minimum collection frequency of words)``, the fitted ``alpha``
as a NumPy array on the line after its label, ``| #1 (1877) : w1_0 w1_18 ...``).

Truth: the model's own attributes, read by the same process: ``ll_per_word`` after each
10-iteration ``train`` as ``Log-likelihood`` (stepped by the printed ``Iteration``) and after
the last as ``Log-likelihood per word`` (unstepped). Params (printed configuration): the
``<Initial Parameters>`` the model was made with (``min_cf``, ``min_df``, ``rm_top``, ``k``,
``alpha``, ``eta``, ``seed``) and ``Optimization Interval``, ``Burn-in steps``. Optional: the
fitted priors (``alpha``, one value per topic, and ``eta``, from ``mdl.alpha``, ``mdl.eta``),
the corpus counts and entropies (``Total Vocabs``, ``Used Vocabs``, ``Entropy of words``,
``Entropy of term-weighted words``, from ``mdl.vocabs``, ``mdl.used_vocabs`` and the
entropy of ``mdl.used_vocab_freq``, computed as the summary computes it) and ``Iterations``
(``global_step``). Printed, no truth: the IDF model's ``Entropy of term-weighted words``
(computed from weights the model does not expose). Judgement: the fitted priors are the
model's parameters, not a score of it (optional); the words per topic (``#1 (1877)``) are
counts of assignments (prose beside the words); ``alpha`` is both a given param (``alpha:
0.1``) and an optional fitted value.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main


def run() -> None:
    import math

    import numpy as np
    import tomotopy as tp

    rng = np.random.default_rng(0)
    docs = []
    for _ in range(200):
        theta = rng.dirichlet([0.3] * 4)
        docs.append([f"w{t}_{rng.integers(25)}" for t in rng.choice(4, size=40, p=theta)])
    truth = Truth()
    params: dict[str, object] = {}
    for k, tw in ((4, tp.TermWeight.ONE), (6, tp.TermWeight.IDF)):
        mdl = tp.LDAModel(tw=tw, k=k, alpha=0.1, eta=0.01, seed=1)
        for words in docs:
            mdl.add_doc(words)
        for i in range(0, 100, 10):
            mdl.train(10, workers=1)
            print(f'Iteration: {i}\tLog-likelihood: {mdl.ll_per_word}')
            truth.add(at=i, **{"Log-likelihood": mdl.ll_per_word})
        mdl.summary(topic_word_top_n=5)
        truth.add(**{"Log-likelihood per word": mdl.ll_per_word})
        for a in np.atleast_1d(mdl.alpha):
            truth.allow(alpha=float(a))
        truth.allow(eta=mdl.eta, Iterations=mdl.global_step,
                    **{"Total Vocabs": len(mdl.vocabs), "Used Vocabs": len(mdl.used_vocabs)})
        freqs = np.array(mdl.used_vocab_freq, dtype=float)
        entropy = -float(np.sum(freqs / freqs.sum() * np.log(freqs / freqs.sum())))
        truth.allow(**{"Entropy of words": entropy})
        if tw == tp.TermWeight.ONE:
            truth.allow(**{"Entropy of term-weighted words": entropy})
        params.update({"min_cf": 0, "min_df": 0, "rm_top": 0, "alpha": 0.1, "eta": 0.01,
                       "seed": 1, "Optimization Interval": mdl.optim_interval,
                       "Burn-in steps": mdl.burn_in})
        params.setdefault("k", k)
        assert not math.isnan(mdl.ll_per_word)
    truth.write(f"tomotopy {tp.__version__}: ll_per_word after each train(10) as Log-likelihood "
                "stepped by the printed Iteration, and after the last as Log-likelihood per "
                "word; the initial parameters as params; fitted priors, vocabulary counts, "
                "entropies and iterations optional", libraries=("tomotopy", "numpy"),
                params=params, rel=1e-5, abs_tol=0.0)  # the summary's six significant digits


if __name__ == "__main__":
    main(__file__, {"tomotopy": run}, root=HELDOUT17)
