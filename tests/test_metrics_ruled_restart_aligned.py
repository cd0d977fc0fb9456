"""An aligned row right under a rule and a line of names other than its table's header
(RULED_RESTART) is the next table's, though as wide: small ruled summaries printed one after
another, names one space apart."""

from __future__ import annotations

from tests.metric_reading import values

TWO = ("      Distribution of Estimate     \n"
       "=========================================\n"
       "std_point pct_point_lower pct_point_upper\n"
       "-----------------------------------------\n"
       "    0.435           0.171           1.826\n"
       "     Total Variance of Estimate     \n"
       "==========================================\n"
       "stderr_point ci_point_lower ci_point_upper\n"
       "------------------------------------------\n"
       "       0.441          0.108          1.868\n"
       "------------------------------------------\n")


def test_the_second_table_row_takes_its_own_names():
    got = values(TWO)
    assert got["stderr_point"] == [0.441] and got["ci_point_upper"] == [1.868]


def test_the_first_table_keeps_only_its_own_row():
    assert values(TWO)["std_point"] == [0.435]
