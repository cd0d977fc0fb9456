"""PLACED_COLUMNS (placed): a short row (an ANOVA table's ``Error`` row, no test) is placed under
its header however many rows of its table other readers read above it."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_short_row_under_many_full_rows_finds_its_header():
    text = ("ANOVA TABLE:\n"
            "\n"
            "Source                   Sum Sq.    d.f.    Mean Sq.  R Sq.            F  Prob>F\n"
            "--------------------------------------------------------------------------------\n"
            "soil                      2.1544       2     1.07722  0.635        10.43    .002 \n"
            "water                        4.5       1         4.5  0.881        89.01    .001 \n"
            "light                     0.3311       2     0.16555  0.201         3.21    .070 \n"
            "soil*water                  0.13       2       0.065  0.176         1.29    .312 \n"
            "Error                    0.60667      12    0.050556\n"
            "Total                     7.7155      19 \n")
    got = values(text)
    assert got["Error/Sum Sq."] == [0.60667]
    assert got["Error/Mean Sq."] == [0.050556]
    assert got["Total/Sum Sq."] == [7.7155]
