"""UNNAMED_LABEL_CELLS and TOUCHING_NAME (placed): a placed row's label of several cells that
no header word names, and a header word that touches its value instead of standing over it."""

from __future__ import annotations

from tests.metric_reading import values


def test_label_cells_under_no_header_word_name_the_row_together():
    text = ("Residual checks:\n"
            "                           Score   p\n"
            " Portmanteau Test  raw     12.731  0.4110\n"
            " Portmanteau Test  sq      8.502   0.7450\n"
            " Normality Test    raw     0.9911  0.2030\n"
            "\n")
    assert values(text) == {"Portmanteau Test raw/Score": [12.731], "Portmanteau Test raw/p": [0.411],
                            "Portmanteau Test sq/Score": [8.502], "Portmanteau Test sq/p": [0.745],
                            "Normality Test raw/Score": [0.9911], "Normality Test raw/p": [0.203]}


def test_label_columns_named_in_the_header_give_their_levels():
    text = ("Components:\n"
            " Block    Part       Var      SD\n"
            " plot     (base)     41.20    6.419\n"
            " Noise               10.89    3.300\n"
            "\n")
    assert values(text) == {"plot/(base)/Var": [41.2], "plot/(base)/SD": [6.419],  # LABEL_LEVELS
                            "Noise/Var": [10.89], "Noise/SD": [3.3]}


def test_a_name_beside_its_value_names_it():
    text = ("          Est     S.E.   z     Pr(>|z|)\n"
            "const     12.5834 2.8152 31.11 <0.0001 \n"
            "dose       0.6392 0.0528 12.10 <0.0001 \n"
            "group=b    3.8840 1.0165  3.82 0.0002  \n"
            "\n")
    got = values(text)
    assert got["group=b/z"] == [3.82] and got["group=b/Est"] == [3.884]
    assert got["const/z"] == [31.11]


def test_a_name_hanging_past_its_value_joins_the_word_over_it():
    text = ("          Est     S.E.   Wald Z Pr(>|Z|)\n"
            "const     -5.3887 0.8397 -6.42  <0.0001 \n"
            "group=b    0.4234 0.2565  1.65  0.0988  \n"
            "\n")
    got = values(text)
    assert got["const/Wald Z"] == [-6.42] and got["group=b/Wald Z"] == [1.65]
    assert got["group=b/Pr(>|Z|)"] == [0.0988]
