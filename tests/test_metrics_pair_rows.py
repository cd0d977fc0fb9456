"""ALL_PAIRS and EDGE_HEADER: a pandas frame whose rows are every unordered pair of a set of
things, once each, names each value ``<first>/<second>/<column>``; pairs that miss one, or
repeat one, are records and give nothing. Its header, names one space apart, is parted at the
rows' right edges. Checked on invented pairwise comparisons."""

from __future__ import annotations

from tests.metric_reading import values

PAIRS = ("  Model A Model B  Wins A  Mean Gap\n"
         "0     gbm     mlp      31  0.041200\n"
         "1     gbm     svm      28  0.022500\n"
         "2     mlp     svm      19  0.018700\n")


def test_every_pair_once_names_each_value_by_the_pair():
    got = values(PAIRS)
    assert got["gbm/mlp/Mean Gap"] == [0.0412]
    assert got["mlp/svm/Mean Gap"] == [0.0187]
    assert got["gbm/svm/Wins A"] == [28]


def test_a_missing_pair_leaves_records_that_give_nothing():
    got = values(PAIRS.rsplit("2     mlp", 1)[0])
    assert not any("/" in name for name in got)


def test_a_pair_twice_leaves_records_that_give_nothing():
    got = values(PAIRS + "3     svm     gbm      12  0.010000\n")
    assert not any("/" in name for name in got)
