"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Differential expression with PyDESeq2 (PyPI ``pydeseq2``), seeded: negative-binomial counts of
eight genes in eight samples (two conditions, three genes changed), ``DeseqDataSet(...,
quiet=False).deseq2()``, then ``DeseqStats(..., quiet=False).summary()`` and ``lfc_shrink()``.
PyDESeq2 prints its steps with times (``Fitting size factors...`` / ``... done in 0.00
seconds.``, ``Replacing 0 outlier genes.``), then ``Log2 fold change & Wald test p-value:
condition B vs A`` and the results frame ``baseMean log2FoldChange lfcSE stat pvalue padj`` by
gene, and after shrinking ``Shrunk log2 fold change & Wald test p-value: ...`` with the frame
again (shrunk ``log2FoldChange`` and ``lfcSE``).

Truth, from ``results_df`` after ``summary()`` and again after ``lfc_shrink()``: per gene
``<gene>/baseMean``, ``<gene>/log2FoldChange``, ``<gene>/lfcSE`` (two values each, one a
table); ``stat``, ``pvalue`` and ``padj`` optional (test statistic and p-values). The step
times and the outlier count have no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main


def run() -> None:
    import numpy as np
    import pandas as pd
    from pydeseq2.dds import DeseqDataSet
    from pydeseq2.default_inference import DefaultInference
    from pydeseq2.ds import DeseqStats

    rng = np.random.default_rng(27)
    n_genes = 8
    mu = rng.uniform(20, 200, n_genes)
    fold = np.ones(n_genes)
    fold[:3] = [3.0, 0.4, 2.0]
    counts = np.vstack([rng.negative_binomial(5, 5 / (5 + mu * (fold if i >= 4 else 1)))
                        for i in range(8)])
    counts = pd.DataFrame(counts, index=[f"s{i}" for i in range(8)],
                          columns=[f"gene{j}" for j in range(n_genes)])
    metadata = pd.DataFrame({"condition": ["A"] * 4 + ["B"] * 4}, index=counts.index)
    inference = DefaultInference(n_cpus=1)
    dds = DeseqDataSet(counts=counts, metadata=metadata, design="~condition",
                       inference=inference, quiet=False)
    dds.deseq2()
    stats = DeseqStats(dds, contrast=["condition", "B", "A"], inference=inference, quiet=False)
    truth = Truth()

    def record(frame):
        for gene, row in frame.iterrows():
            truth.add(**{f"{gene}/{col}": row[col] for col in ("baseMean", "log2FoldChange",
                                                                 "lfcSE")})
            truth.allow(**{f"{gene}/{col}": row[col] for col in ("stat", "pvalue", "padj")})

    stats.summary()
    record(stats.results_df.copy())
    sys.stdout.flush()
    stats.lfc_shrink(coeff="condition[T.B]")
    record(stats.results_df.copy())
    truth.write("pydeseq2: DeseqStats.results_df after summary() and after lfc_shrink()",
                libraries=("pydeseq2", "anndata", "pandas", "numpy"), rel=5e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"pydeseq2": run}, root=HELDOUT27)
