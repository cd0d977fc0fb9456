"""BAR_GROUPED_ROWS (`expctl.metrics.group_bars`), NUMBERED_ONE and PERCENT_LABEL: a fit's
components printed as numbered axes (``Dim.1``), rows whose values bars part in groups, and a
row labelled by a share (``% of var.``)."""

from __future__ import annotations

from tests.metric_reading import values

ROWS = """Individuals (the 2 first)
                Dist    Dim.1    ctr   cos2    Dim.2    ctr   cos2
alpha       |  1.565 | -0.683  0.380  0.191 |  0.791  1.270  0.255 |
beta        |  2.085 | -0.793  0.512  0.144 | -1.427  4.135  0.468 |
"""


def test_rows_of_grouped_values_are_named_by_label_and_column():
    points = values(ROWS)
    assert points["alpha/Dist"] == [1.565]
    assert points["alpha/Dim.1"] == [-0.683]
    assert points["alpha/ctr"] == [0.380, 1.270]  # one column name per group: a value each
    assert points["beta/cos2"] == [0.144, 0.468]
    assert len(points) == 10


def test_a_label_opening_with_a_digit_is_a_label_before_its_bar():
    text = ("               Dim.1    ctr   cos2    Dim.2    ctr   cos2\n"
            "100m        |  0.816 22.235  0.666 |  0.113  1.068  0.013 |\n")
    points = values(text)
    assert points["100m/Dim.1"] == [0.816]
    assert points["100m/ctr"] == [22.235, 1.068]


def test_a_row_without_a_header_of_as_many_names_gives_nothing_of_the_shape():
    text = ("                Dist    Dim.1    ctr\n"
            "alpha       |  1.565 | -0.683  0.380  0.191 |  0.791  1.270  0.255 |\n")
    assert not any(name.startswith("alpha/") for name in values(text))


def test_one_value_per_bar_is_left_to_the_barred_tables():
    text = ("        |    MAE |   RMSE\n"
            "------- + ------ + ------\n"
            "MostPop | 1.8981 | 2.0822\n"
            "MF      | 1.1805 | 1.2730\n")
    assert values(text) == {"MostPop/MAE": [1.8981], "MostPop/RMSE": [2.0822],
                            "MF/MAE": [1.1805], "MF/RMSE": [1.2730]}


def test_numbered_axes_name_columns_of_a_fit_and_a_share_labels_a_row():
    text = ("Eigenvalues\n"
            "                       Dim.1   Dim.2   Dim.3\n"
            "Variance               2.993   1.200   0.590\n"
            "% of var.             49.885  20.003   9.836\n"
            "Cumulative % of var.  49.885  69.889  79.725\n")
    points = values(text)
    assert points["Variance/Dim.1"] == [2.993]
    assert points["% of var./Dim.2"] == [20.003]
    assert points["Cumulative % of var./Dim.3"] == [79.725]
    assert len(points) == 9


def test_a_size_word_without_a_number_after_it_is_still_a_size():
    assert "Variance/dim" not in values("           dim   loss\nVariance    64   0.5\n")
    assert values("hidden dim: 64\n") == {}


def test_one_group_of_values_and_a_scaled_name_are_read_too():
    text = ("Rows\n"
            "            Iner*1000    Dim.1    ctr   cos2\n"
            "row1      |    12.345 |  0.123  4.567  0.890 |\n"
            "\n"
            "Categorical variables (eta2)\n"
            "                Dim.1 Dim.2 Dim.3\n"
            "Var1          | 0.123 0.456 0.789 |\n")
    points = values(text)
    assert points["row1/Iner*1000"] == [12.345]
    assert points["row1/cos2"] == [0.890]
    assert points["Var1/Dim.3"] == [0.789]
