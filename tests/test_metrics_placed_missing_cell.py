"""NO_NUMBER_CELL in a PLACED_COLUMNS row (placed): R's ``NA`` after a row's first value holds
its column's place and gives nothing; the row's other values are read under their names."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_missing_value_holds_its_column_in_a_placed_row():
    text = ("Coefficients:\n"
            "            Estimate Std. Error t value Pr(>|t|)    \n"
            "(Intercept)  2.21660    0.38279   5.791 3.32e-07 ***\n"
            "x            0.51740    0.02306  22.435  < 2e-16 ***\n"
            "V1.x        -0.79744    0.02980 -26.759       NA    \n")
    got = values(text)
    assert got["V1.x/Estimate"] == [-0.79744]
    assert got["V1.x/t value"] == [-26.759]
    assert "V1.x/Pr(>|t|)" not in got
