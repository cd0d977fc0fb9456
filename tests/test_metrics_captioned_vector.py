"""CAPTIONED_VECTOR (`expctl.metrics.counted`): a vector printed under counted names is named
by a caption closed by a colon right above the names."""

from __future__ import annotations

from tests.metric_reading import read

NAMES = "(Intercept)      1 comps      2 comps      3 comps  \n"
VECTOR = "   -0.07545      0.97070      0.97688      0.99388  \n"


def test_a_caption_names_the_vector_under_the_counted_names():
    points = read("fat model, R2:\n" + NAMES + VECTOR)
    assert points == {"R2": [(0.0, -0.07545), (1.0, 0.9707), (2.0, 0.97688), (3.0, 0.99388)]}
    assert read("RMSEP:\n" + NAMES + VECTOR)["RMSEP"][1] == (1.0, 0.9707)


def test_a_vector_without_a_caption_or_under_a_sentence_names_nothing():
    assert read("\n" + NAMES + VECTOR) == {}
    assert read("Here are the values we computed for the model:\n" + NAMES + VECTOR) == {}
    assert read("fat model, R2\n" + NAMES + VECTOR) == {}  # no colon: no caption


def test_a_labelled_row_keeps_its_own_label_under_a_caption():
    table = "       (Intercept)  1 comps  2 comps\nCV           27.46    4.532    4.026\n"
    assert set(read("fat model, RMSEP:\n" + table)) == {"CV"}


def test_a_caption_of_a_phrase_describes_the_vector_and_names_nothing():
    assert read("Per layer count:\n" + NAMES + VECTOR) == {}
    assert read("fat model, cross-validated R2:\n" + NAMES + VECTOR) == {}
