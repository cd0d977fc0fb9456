"""RESTATED_IDENTIFIER (`expctl.metrics.restated`): an identifier followed only by words that
restate it (``val_mean_dice best value``) names the value; a statistic after it does not."""

from __future__ import annotations

from expctl.metrics.restated import restated_identifier
from tests.metric_reading import read


def test_a_trackers_best_value_line_is_named_by_its_variable():
    text = ("2026-12-05 09:58:07,816 - INFO - Key metric: val_mean_dice best value: 0.3487 at epoch: 1\n"
            "2026-12-05 09:58:08,450 - INFO - Key metric: val_mean_dice best value: 0.4119 at epoch: 2\n")
    points = read(text)
    assert list(points) == ["val_mean_dice"]
    assert [value for _, value in points["val_mean_dice"]] == [0.3487, 0.4119]


def test_a_statistic_or_a_plain_word_after_the_identifier_stays_in_the_name():
    assert read("summary: val_loss mean: 0.31\n") == {"val_loss mean": [(0.0, 0.31)]}
    assert restated_identifier(["val_loss"], "mean") is None
    assert restated_identifier(["val_loss", "best"], "value") == "val_loss"
    assert restated_identifier(["loss", "best"], "value") is None  # no identifier: words only
    assert restated_identifier(["val_loss", "smoothed"], "value") is None
