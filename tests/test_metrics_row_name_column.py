"""ROW_NAME_COLUMN (placed): a data frame's row names, flush left and unnamed, name its rows
when a text column stands named between them and the numbers; checked on invented frames, with
the two-label-cell shape (both label columns named) left to LABEL_LEVELS."""

from __future__ import annotations

from tests.metric_reading import values


def test_row_names_name_the_rows_not_the_text_column_beside_them():
    text = ("Agreement by design\n"
            "                   kind  rho   Q df     p lo bound hi bound\n"
            "pairwise_strict   rankA 0.61 8.4 11 2e-05     0.41     0.79\n"
            "pairwise_lenient  rankB 0.66 9.1 11 1e-05     0.47     0.82\n"
            "pooled_strict_all rankC 0.72 9.9 11 7e-06     0.55     0.86\n"
            "\n")
    got = values(text)
    assert got["pairwise_strict/rho"] == [0.61]
    assert got["pooled_strict_all/hi bound"] == [0.86]  # one space before the text cell
    assert got["pairwise_lenient/Q"] == [9.1]
    assert not any(name.startswith("rank") or " rank" in name for name in got)


def test_both_label_columns_named_give_both_levels():
    text = ("Components:\n"
            " Block    Part       Var      SD\n"
            " plot     (base)     41.20    6.419\n"
            " Noise               10.89    3.300\n"
            "\n")
    got = values(text)
    assert got["plot/(base)/Var"] == [41.2]  # LABEL_LEVELS, not this rule's row name alone
    assert got["Noise/SD"] == [3.3]


