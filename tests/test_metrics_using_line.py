"""A line announcing the settings a run uses (USING_LINE), on invented lines."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def test_settings_announced_with_using_are_config_even_under_a_result_name():
    metrics, params = read_with_params("Using no_dims = 2, perplexity = 20.000000\n"
                                       "Iteration 50: error is 49.925411\n")
    assert "perplexity" not in metrics
    assert ("perplexity", "20.000000") in params
    assert metrics["error"] == [(50.0, 49.925411)]


def test_a_using_line_naming_what_it_uses_before_its_pairs_keeps_them_as_metrics():
    metrics, params = read_with_params("Using best model: val_loss=0.31\n")
    assert metrics["val_loss"] == [(0.0, 0.31)] and params == []
    metrics, _ = read_with_params("After using it, perplexity = 20.5\n")
    assert "perplexity" in metrics
