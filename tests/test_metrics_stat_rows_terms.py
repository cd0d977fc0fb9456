"""STAT_ROWS with R's model terms as row labels: a posterior summary (a parameter per row,
its mean, sd and quantiles as columns) names ``(Intercept)`` as it names any other row."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_parenthesised_term_labels_a_row_of_statistics():
    got = values("Estimates:\n"
                 "              mean   sd     5%    50%    95% \n"
                 "(Intercept) -1.118  0.402 -1.790 -1.110 -0.470\n"
                 "dose         0.562  0.118  0.371  0.560  0.759\n"
                 "\n")
    assert got["(Intercept)/mean"] == [-1.118]
    assert got["(Intercept)/95%"] == [-0.47]
    assert got["dose/sd"] == [0.118]


def test_a_row_under_no_header_of_statistics_is_no_stat_row():
    got = values("              total   used    free\n"
                 "(Intercept)  -1.118  0.402  -1.790\n")
    assert "(Intercept)/mean" not in got and "(Intercept)/total" not in got
