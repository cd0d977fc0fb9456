"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Community ecology statistics with scikit-bio (PyPI ``scikit-bio``): a seeded table of counts of
12 taxa in 12 samples from two groups, its Bray-Curtis distance matrix (``beta_diversity``), and
the tests of group differences ``permanova``, ``anosim`` and ``permdisp`` (999 permutations,
seeded), each printed as the pandas Series it returns (``method name  PERMANOVA``, ``test
statistic name  pseudo-F``, ``sample size 12``, ``number of groups 2``, ``test statistic
11.757962``, ``p-value 0.002``, ``number of permutations 999``, ``Name: PERMANOVA results,
dtype: object``); then each sample's Shannon diversity (``alpha_diversity``, a Series printed
``s0    2.404125``), a principal coordinate analysis (``print(pcoa(dm))``: a summary of the
result's parts and sizes; scikit-bio warns on stderr about dimensions and negative
eigenvalues) and the first four components' ``proportion_explained``.

Truth: the returned Series and ordination: ``test statistic`` (one value per test),
``p-value`` optional, ``sample size`` and ``number of groups`` optional (counts); the Shannon
diversities optional under the sample ids (a statistic of each sample of the data, which the
other halves' truths leave out of the results: SERIES_OF_THINGS, a data set's features and
their correlations); the proportions explained under the component names
(``PC1``). The permutation count is a param; the ordination summary's sizes (``Eigvals: 12``)
are optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main


def run() -> None:
    import numpy as np
    from skbio.diversity import alpha_diversity, beta_diversity
    from skbio.stats.distance import anosim, permanova, permdisp
    from skbio.stats.ordination import pcoa

    rng = np.random.default_rng(0)
    means = np.r_[np.full((6, 12), 5.0), np.full((6, 12), 5.0) * rng.uniform(0.2, 2, 12)]
    counts = rng.poisson(means, size=(12, 12))
    ids = [f"s{i}" for i in range(12)]
    dm = beta_diversity("braycurtis", counts, ids)
    grouping = ["A"] * 6 + ["B"] * 6
    truth = Truth()
    for test in (permanova, anosim, permdisp):
        result = test(dm, grouping, permutations=999, seed=0)
        print(result)
        truth.add(**{"test statistic": result["test statistic"]})
        truth.allow(**{"p-value": result["p-value"], "sample size": result["sample size"],
                       "number of groups": result["number of groups"]})
    shannon = alpha_diversity("shannon", counts, ids)
    print(shannon)
    truth.allow(**shannon.to_dict())  # an attribute of each sample: SERIES_OF_THINGS
    ordination = pcoa(dm)
    print(ordination)
    truth.allow(Eigvals=len(ordination.eigvals),
                **{"Proportion explained": len(ordination.proportion_explained)})
    explained = ordination.proportion_explained.head(4)
    print(explained)
    truth.add(**explained.to_dict())
    truth.write("scikit-bio: the Series permanova, anosim and permdisp return (test statistic; "
                "p-value and counts optional) and the ordination's proportion_explained by "
                "component; alpha_diversity's Series by sample id optional",
                libraries=("scikit-bio", "numpy"), params={"number of permutations": 999},
                rel=1e-5, abs_tol=5e-7)  # six decimals


if __name__ == "__main__":
    main(__file__, {"scikit-bio": run}, root=HELDOUT20)
