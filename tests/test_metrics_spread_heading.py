"""SPREAD_HEADING: ``name| value`` rows under a line naming spreads are ``<heading>/<name>``."""

from __future__ import annotations

from tests.metric_reading import values


def test_rows_under_a_heading_of_standard_deviations_are_named_by_it():
    text = ("Parameters:\n"
            "        slope          intercept   \n"
            "    ------------- -----------------\n"
            "    2.01833410477 0.512281104612\n"
            "standard deviations\n"
            "slope    | 0.021\n"
            "intercept| 0.104\n")
    found = values(text)
    assert found["standard deviations/slope"] == [0.021]
    assert found["standard deviations/intercept"] == [0.104]
    assert 0.021 not in found.get("slope", [])


def test_standard_errors_heading_with_a_colon():
    text = ("Standard errors:\n"
            "alpha| 0.31\n"
            "beta | 0.07\n")
    assert values(text) == {"Standard errors/alpha": [0.31], "Standard errors/beta": [0.07]}


def test_rows_under_another_heading_stay_bare():
    text = ("final scores\n"
            "alpha| 0.31\n"
            "beta | 0.07\n")
    assert values(text) == {"alpha": [0.31], "beta": [0.07]}


def test_a_line_between_heading_and_rows_ends_its_reach():
    text = ("standard deviations\n"
            "computed from the covariance, see docs for details\n"
            "alpha| 0.31\n"
            "beta | 0.07\n")
    assert values(text) == {"alpha": [0.31], "beta": [0.07]}
