"""WRAPPED_COUNTS (`expctl.metrics.counted`): a table or vector under counted names wrapped by
R into parts goes on under the next part's names when they go on counting."""

from __future__ import annotations

from tests.metric_reading import read

TABLE = ("       (Intercept)  1 comps  2 comps  3 comps\n"
         "CV           27.46    4.532    4.026    2.071\n"
         "adjCV        27.46    4.151    4.073    2.054\n")


def test_a_wrapped_part_of_one_column_goes_on_with_each_row():
    points = read(TABLE + "       4 comps\nCV      0.7505\nadjCV   0.7148\n")
    assert points["CV"][-2:] == [(3.0, 2.071), (4.0, 0.7505)]
    assert points["adjCV"][-1] == (4.0, 0.7148)


def test_a_captioned_vector_goes_on_under_its_name():
    text = ("fat model, R2:\n(Intercept)      1 comps      2 comps\n   -0.07545      0.97070      0.97688\n"
            "    3 comps\n    0.99388\n")
    assert read(text) == {"R2": [(0.0, -0.07545), (1.0, 0.9707), (2.0, 0.97688), (3.0, 0.99388)]}


def test_names_that_count_again_or_count_another_thing_go_on_with_nothing():
    assert read(TABLE + "       2 comps\nCV      0.7505\n")["CV"][-1] == (3.0, 2.071)
    assert read(TABLE + "       4 trees\nCV      0.7505\n")["CV"][-1] == (3.0, 2.071)
    assert read(TABLE + "\n       4 comps\nCV      0.7505\n")["CV"][-1] == (3.0, 2.071)
