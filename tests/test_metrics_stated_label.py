"""A clause closed by a copula and a colon naming the values after it (STATED_LABEL), in the
shape R's urca prints a unit-root test's statistic."""

from __future__ import annotations

from tests.metric_reading import values


def test_the_clause_names_its_value():
    assert values("Value of test-statistic is: 0.7806 \n") == {
        "Value of test-statistic is": [0.7806]}


def test_a_row_of_values_after_the_clause_are_all_its_own():
    assert values("Value of test-statistic is: -1.4891 1.4462 \n") == {
        "Value of test-statistic is": [-1.4891, 1.4462]}


def test_a_whole_number_a_word_or_no_copula_gives_no_pair_here():
    assert values("Number of lags used is: 3\n") == {}
    assert values("Type of the test is: tau\n") == {}
    assert values("Value of test-statistic: 0.7806 0.1 0.2\n") == {}
