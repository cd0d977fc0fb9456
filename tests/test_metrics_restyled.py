"""RESTYLED_TABLE (tables): a barred table's header drawn again in another style starts a new
print whose rows are read again; re-drawn in the same style, its rows are read once. Invented
lines."""

from __future__ import annotations

from tests.metric_reading import read_with_params

BOXED = ("┌───────┬───────┬───────┐\n"
         "│ round │ error │ score │\n"
         "├───────┼───────┼───────┤\n"
         "│ 1     │ 0.420 │ 0.710 │\n"
         "└───────┴───────┴───────┘\n"
         "┌───────┬───────┬───────┐\n"
         "│ round │ error │ score │\n"
         "├───────┼───────┼───────┤\n"
         "│ 2     │ 0.380 │ 0.745 │\n"
         "└───────┴───────┴───────┘\n")
MARKDOWN = ("all rounds:\n"
            "| round | error | score |\n"
            "|-------|-------|-------|\n"
            "| 1     | 0.420 | 0.710 |\n"
            "| 2     | 0.380 | 0.745 |\n")


def read(data: str) -> dict[str, list[tuple[float, float]]]:
    return read_with_params(data, 4096)[0]


def test_a_history_printed_in_another_style_after_boxed_rows_is_read_again():
    assert read(BOXED + MARKDOWN) == {"error": [(1.0, 0.42), (2.0, 0.38), (1.0, 0.42), (2.0, 0.38)],
                                      "score": [(1.0, 0.71), (2.0, 0.745), (1.0, 0.71), (2.0, 0.745)]}


def test_the_same_rows_redrawn_in_the_same_style_are_read_once():
    assert read(MARKDOWN + MARKDOWN) == {"error": [(1.0, 0.42), (2.0, 0.38)],
                                         "score": [(1.0, 0.71), (2.0, 0.745)]}
    assert read(BOXED + BOXED) == {"error": [(1.0, 0.42), (2.0, 0.38)],
                                   "score": [(1.0, 0.71), (2.0, 0.745)]}
