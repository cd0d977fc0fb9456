"""RESTATED_SETTINGS: a sentence whose pairs each restate a setting the run printed before,
on invented lines."""

from __future__ import annotations

from tests.metric_reading import read_with_params, values

_DUMP = ("config: dropout=0.1, mixup=0.2, epochs=2\n"
         "Epoch 1 loss=0.52\n"
         "Epoch 2 loss=0.41\n")


def test_a_sentence_restating_settings_gives_nothing():
    points = values(_DUMP + "Fine-tuning 800 images for dropout=0.1 at mixup=0.2\n")
    assert points == {"loss": [0.52, 0.41]}


def test_the_settings_stay_the_dumps():
    _, params = read_with_params(_DUMP + "Fine-tuning 800 images for dropout=0.1 at mixup=0.2\n")
    assert ("dropout", "0.1") in params and ("mixup", "0.2") in params


def test_a_value_that_changed_is_output():
    points = values(_DUMP + "Fine-tuning 800 images for dropout=0.3 at mixup=0.2\n")
    assert points["dropout"] == [0.3]


def test_a_result_beside_a_restated_setting_keeps_the_line():
    points = values(_DUMP + "Final check for mixup=0.2 gave loss=0.35\n")
    assert points["loss"] == [0.52, 0.41, 0.35]


def test_the_same_pairs_without_prose_are_no_sentence():
    points = values(_DUMP + "Epoch 3 dropout=0.1 mixup=0.2\n")
    assert points.get("mixup") == [0.2]
