"""LEADER_ROWS' parenthesised header names: IPOPT sets every column name in parentheses (asides,
``(scaled)  (unscaled)``), read without them; R prints a model's intercept as ``(Intercept)``
beside plain term names, a name kept as printed. Checked on invented tables."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_header_of_names_all_in_parentheses_is_read_without_them():
    text = ("Number of Iterations....: 12\n"
            "\n"
            "                                   (scaled)                 (unscaled)\n"
            "Objective...............:   2.5000000000000000e+01    5.0000000000000000e+01\n"
            "Dual infeasibility......:   3.1000000000000000e-09    3.1000000000000000e-09\n"
            "\n")
    got = values(text)
    assert got["Objective/scaled"] == [25.0]
    assert got["Objective/unscaled"] == [50.0]


def test_a_parenthesised_name_beside_plain_ones_keeps_its_parentheses():
    text = ("Coefficients:\n"
            "           (Intercept)  Petal.Width  Sepal.Width\n"
            "setosa        4.125000    -1.250000     0.330000\n"
            "virginica    -3.500000     2.750000    -0.125000\n"
            "\n")
    got = values(text)
    assert got["setosa/(Intercept)"] == [4.125]
    assert got["virginica/(Intercept)"] == [-3.5]
    assert "setosa/Intercept" not in got
