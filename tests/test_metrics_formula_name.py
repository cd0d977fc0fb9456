"""FORMULA_NAME: a line of one formula and its value is one pair named by the formula; on
invented lines."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_formula_with_nested_calls_and_operators_names_its_value():
    text = ("2*Var(Ln(like)) = 1.960720\n"
            "Ln(mean 1/like) = 2.221727\n"
            "-Ln(mean like)  = 0.700692\n")
    assert read(text) == {"2*Var(Ln(like))": [(0.0, 1.96072)],
                          "Ln(mean 1/like)": [(0.0, 2.221727)],
                          "-Ln(mean like)": [(0.0, 0.700692)]}


def test_words_before_a_call_belong_to_the_name():
    assert read("Best fit sample -log(Like) = 0.000332\n") == {
        "Best fit sample -log(Like)": [(0.0, 0.000332)]}


def test_an_aside_in_brackets_is_no_formula():
    assert "Confusion Matrix (Act/Pred) for max f1 @ threshold" not in read(
        "Confusion Matrix (Act/Pred) for max f1 @ threshold = 0.4337\n")


def test_cells_parted_by_a_gap_are_no_formula():
    assert not any("  " in name for name in read("0  Diff(a - b) =   -5.7001\n"))
