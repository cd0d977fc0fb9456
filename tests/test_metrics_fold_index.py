"""A cross-validation fold printed as a pair (FOLD_INDEX: ``fold: 2``) says which split the
values are of, no measure: it is no series."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_fold_pair_beside_results_is_no_series():
    points = read("fold=0 epoch=1 auc=0.71\nfold=0 epoch=2 auc=0.74\nfold=1 epoch=1 auc=0.69\n")
    assert "fold" not in points
    assert [value for _, value in points["auc"]] == [0.71, 0.74, 0.69]


def test_a_result_named_after_folds_stays():
    points = read("epoch=1 fold_mean_auc=0.875\nepoch=2 fold_mean_auc=0.9\n")
    assert points["fold_mean_auc"] == [(1.0, 0.875), (2.0, 0.9)]
