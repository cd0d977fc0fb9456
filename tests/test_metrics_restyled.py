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


# -- FOOTING_ROW (tables) ---------------------------------------------------------------------------

PER_CLASS = ("+-------+-----+--------+-------+\n"
             "| class | n   | recall | ap    |\n"
             "+-------+-----+--------+-------+\n"
             "| cat   | 120 | 0.810  | 0.775 |\n"
             "| fox   | 95  | 0.640  | 0.702 |\n"
             "+-------+-----+--------+-------+\n"
             "| mean  |     |        | 0.739 |\n"
             "+-------+-----+--------+-------+\n")


def test_a_footing_row_of_one_value_under_a_table_of_classes_is_named_by_its_label():
    assert read(PER_CLASS) == {"cat/n": [(0.0, 120.0)], "cat/recall": [(0.0, 0.81)],
                               "cat/ap": [(0.0, 0.775)], "fox/n": [(0.0, 95.0)],
                               "fox/recall": [(0.0, 0.64)], "fox/ap": [(0.0, 0.702)],
                               "mean": [(0.0, 0.739)]}


def test_a_one_value_row_of_a_table_of_other_things_is_named_by_row_and_column():
    # a label column naming models (ENTITY_NAMES): the one-value row is <label>/<column> too
    models = PER_CLASS.replace("| class |", "| model |")
    assert read(models)["mean/ap"] == [(0.0, 0.739)]
    assert read(models)["fox/ap"] == [(0.0, 0.702)]
    assert "mean" not in read(models) and "ap" not in read(models)
