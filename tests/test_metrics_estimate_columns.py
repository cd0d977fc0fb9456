"""ESTIMATE_COLUMNS (labelled): a frame of groups under a header naming an estimate's standard
error or confidence bound is read as results; a data set's description is not."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_groupby_summary_with_a_standard_error_is_read_by_group():
    text = ("          N     Mean      SD      SE  95% Conf.  Interval\n"
            "arm                                                      \n"
            "placebo  40  50.0291  7.5958  1.2010    47.5998   52.4584\n"
            "drug     40  55.7292  9.6919  1.5324    52.6296   58.8288\n")
    got = values(text)
    assert got["placebo/Mean"] == [50.0291] and got["drug/SE"] == [1.5324]
    assert got["drug/95% Conf."] == [52.6296] and got["placebo/Interval"] == [52.4584]


def test_without_a_spread_of_an_estimate_the_frame_gives_nothing():
    text = ("          N     Mean      SD    Min    Max\n"
            "arm                                      \n"
            "placebo  40  50.0291  7.5958  31.20  66.10\n"
            "drug     40  55.7292  9.6919  35.40  77.30\n")
    assert "placebo/Mean" not in values(text)
