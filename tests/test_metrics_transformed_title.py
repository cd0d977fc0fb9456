"""A named vector under a title of two words opened by a participle of a transform
(TRANSFORMED_TITLE: ``Exponentiated coefficients:``) is named ``<title>/<name>``: the values are
the quantity transformed; ``Coefficients:`` and ``Estimated coefficients:`` leave names bare."""

from __future__ import annotations

from tests.test_metrics_tables import read

VECTOR = ("        x         w \n"
          "0.3120644 3.5948843 \n"
          "\n")


def test_a_transformed_quantity_names_its_values():
    assert read("Exponentiated coefficients:\n" + VECTOR) == {
        "Exponentiated coefficients/x": [(0.0, 0.3120644)],
        "Exponentiated coefficients/w": [(0.0, 3.5948843)]}


def test_the_quantity_itself_leaves_its_names_bare():
    bare = {"x": [(0.0, 0.3120644)], "w": [(0.0, 3.5948843)]}
    assert read("Coefficients:\n" + VECTOR) == bare
    assert read("Estimated coefficients:\n" + VECTOR) == bare
