"""KEY_ASIDE: pairs in one parenthesis closing a key's words before its colon say how the key's
value was got: params, no points; a pair outside it, a result or a step among them, reports."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def test_a_key_s_aside_of_settings_gives_params():
    got, params = read_with_params(
        "step 1 loss=0.9\n --> Number of clusters (method 'firstSEmax', SE.factor=1): 2\n")
    assert "SE.factor" not in got
    assert ("SE.factor", "1") in params


def test_pairs_outside_the_aside_still_report():
    got, _ = read_with_params("step 1 loss=0.9\nScore (alpha=0.1): acc=0.93 f1=0.9\n")
    assert got["acc"] == [(1.0, 0.93)]


def test_a_result_in_the_aside_reports():
    got, params = read_with_params("step 1 loss=0.9\nBest model (val_loss=0.31): resnet\n")
    assert got["val_loss"] == [(1.0, 0.31)]
    assert params == []


def test_a_qualified_name_keeps_its_value():
    got, _ = read_with_params("step 1 loss=0.9\nAccuracy (k=5): 0.91\n")
    assert got["Accuracy (k=5)"] == [(1.0, 0.91)]
