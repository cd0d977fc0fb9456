"""R's right-aligned tables with blank cells at a row's end (BLANK_TAIL) and a cell of words
among the numbers (TEXT_CELL), on invented lines in the shape R prints them."""

from __future__ import annotations

from expctl.metrics.right_aligned import RightAlignedReader
from tests.metric_reading import read, values

INERTIA = ("              Inertia Proportion Rank\n"
           "Total         84.1237     1.0000     \n"
           "Constrained   29.2307     0.3475    3\n"
           "Unconstrained 54.8930     0.6525   16\n")

ANOVA = ("        Model df      AIC      BIC    logLik   Test  L.Ratio p-value\n"
         "m_int       1  5 444.8565 458.2671 -217.4282                        \n"
         "m_slope     2  7 446.8352 465.6101 -216.4176 1 vs 2 2.021324   0.364\n")


def test_a_row_with_its_last_cells_blank_is_read_by_the_names_it_ends_under():
    found = values(INERTIA)
    assert found["Total/Inertia"] == [84.1237] and found["Total/Proportion"] == [1.0]
    assert "Total/Rank" not in found
    assert found["Unconstrained/Proportion"] == [0.6525]


def test_a_cell_of_words_among_the_numbers_gives_nothing_and_keeps_the_columns():
    found = values(ANOVA)
    assert found["m_int/AIC"] == [444.8565] and found["m_int/logLik"] == [-217.4282]
    assert found["m_slope/L.Ratio"] == [2.021324] and found["m_slope/BIC"] == [465.6101]
    assert not any(name.endswith("/Test") for name in found)
    assert "AIC" not in found  # the first row's numbers are no vector under the header's words


def test_a_text_run_ending_under_no_name_or_holding_no_word_is_no_row():
    cut = ("        Model df      AIC   Test  L.Ratio\n"
           "m_slope     2  7 446.8352 1 vs 2x 2.021324\n")  # "2x" ends under no name
    assert "m_slope/AIC" not in read(cut)
    listed = ("               T dof alternative     p_val        CI95  cohen_d\n"
              "T_test   2.449595  29   two-sided  0.020578 [0.0, 0.02] 0.523443\n")
    assert not any(name.startswith("T_test/") for name in read(listed))


def test_blank_cells_not_printed_leave_a_first_row_to_the_other_readers():
    # no spaces printed for the blank cells: the row ends short of the header's last name
    short = ("              Inertia Proportion Rank\n"
             "Total         84.1237     1.0000\n")
    assert "Total/Inertia" not in read(short)
    padded = short.replace("1.0000\n", "1.0000     \n")
    assert read(padded)["Total/Inertia"] == [(0.0, 84.1237)]


def test_a_cell_of_words_in_the_first_row_is_no_right_aligned_row():
    first = ("        Model df      AIC   Test  L.Ratio\n"
             "m_slope     2  7 446.8352 1 vs 2 2.021324\n")
    assert "m_slope/AIC" not in read(first)


def test_significance_stars_after_a_row_and_an_f_tests_p_value_column_keep_the_row():
    # one space between R's columns, a code of stars after the row (SIGNIF_STARS), and the
    # p-value of an F test named Pr(>F) (TEST_COLUMNS), no pipes in it
    text = ("              F Resid.Df    Pr(>F)\n"
            "model 15.557123 703.0000 2.449e-07 ***\n")
    header, row = text.splitlines()
    assert RightAlignedReader().read(row, lambda n: [header]) == [(
        [("model/F", "15.557123"), ("model/Resid.Df", "703.0000"), ("model/Pr(>F)", "2.449e-07")], None)]
    assert values(text)["model/Pr(>F)"] == [2.449e-07]
