"""GRID_CELLS (value_grid): rows of ``label value`` cells whose values end where the row
above's do."""

from __future__ import annotations

from tests.metric_reading import values


def test_rows_under_a_grid_row_are_read_cell_by_cell():
    text = ("Obs           500    LR chi2      61.40    R2       0.188    C       0.701    \n"
            " 0            260    d.f.             3    R2(3,500)0.112    Dxy     0.402    \n"
            " 1            240    Pr(> chi2) <0.0001    R2(3,374)0.151    gamma   0.403    \n"
            "\n")
    got = values(text)
    assert got["R2(3,500)"] == [0.112] and got["R2(3,374)"] == [0.151]
    assert got["Dxy"] == [0.402] and got["gamma"] == [0.403]
    assert "Pr(> chi2)" not in got and "0" not in got


def test_a_table_of_bare_numbers_is_no_grid():
    text = ("epoch      loss      acc\n"
            "    1    0.5012   0.8812\n"
            "    2    0.4410   0.8901\n")
    got = values(text)
    assert got["loss"] == [0.5012, 0.441]


def test_rows_whose_values_do_not_line_up_are_no_grid():
    text = ("Obs           500    LR chi2      61.40    R2       0.188\n"
            " 0        260    d.f.      3    R2(3,500)0.112    Dxy  0.402\n")
    assert "R2(3,500)" not in values(text)
