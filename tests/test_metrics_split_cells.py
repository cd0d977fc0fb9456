"""A drawn table whose cells part into aligned sub-columns under a group's title (SPLIT_CELLS),
on invented tables in the shape an ensemble's training log draws."""

from __future__ import annotations

from tests.metric_reading import read

LOG = ("┏━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┓\n"
       "┃        ┃      Data: train       ┃      Data: valid       ┃\n"
       "┃ #Trees ┃         Metric         ┃         Metric         ┃\n"
       "┃        ┃  auc     logloss       ┃  auc     logloss       ┃\n"
       "┣━━━━━━━━╋━━━━━━━━━━━━━━━━━━━━━━━━╋━━━━━━━━━━━━━━━━━━━━━━━━┫\n"
       "┃   2    ┃ 0.812     0.533        ┃ 0.790     0.561        ┃\n"
       "┃   4    ┃ 0.845     0.481        ┃ 0.801     0.540        ┃\n"
       "┣━━━━━━━━╋━━━━━━━━━━━━━━━━━━━━━━━━╋━━━━━━━━━━━━━━━━━━━━━━━━┫\n"
       "┃ final  ┃ 0.845     0.481        ┃ 0.801     0.540        ┃\n"
       "┗━━━━━━━━┻━━━━━━━━━━━━━━━━━━━━━━━━┻━━━━━━━━━━━━━━━━━━━━━━━━┛\n")


def test_each_number_is_named_by_its_group_and_the_name_it_stands_under():
    found = read(LOG)
    assert found["train/auc"][:2] == [(2.0, 0.812), (4.0, 0.845)]
    assert found["valid/logloss"][:2] == [(2.0, 0.561), (4.0, 0.540)]
    assert set(found) == {"train/auc", "train/logloss", "valid/auc", "valid/logloss"}


def test_a_word_in_the_step_column_leaves_its_row_without_that_step():
    found = read(LOG)
    assert len(found["valid/auc"]) == 3
    assert found["valid/auc"][2][1] == 0.801
    assert found["valid/auc"][2][0] not in (2.0, 4.0)


def test_a_title_without_a_level_names_the_group_as_printed():
    text = ("+-------+------------------+------------------+\n"
            "|       |      train       |       test       |\n"
            "| epoch |  loss     acc    |  loss     acc    |\n"
            "+-------+------------------+------------------+\n"
            "|   1   | 0.52     0.81    | 0.60     0.77    |\n"
            "|   2   | 0.41     0.86    | 0.55     0.79    |\n"
            "+-------+------------------+------------------+\n")
    found = read(text)
    assert found["train/loss"] == [(1.0, 0.52), (2.0, 0.41)]
    assert found["test/acc"] == [(1.0, 0.77), (2.0, 0.79)]


def test_names_under_no_title_are_named_alone():
    text = ("┌───────┬──────────────────────┐\n"
            "│ epoch │   loss      acc      │\n"
            "├───────┼──────────────────────┤\n"
            "│   1   │  0.52      0.81      │\n"
            "│   2   │  0.41      0.86      │\n"
            "└───────┴──────────────────────┘\n")
    found = read(text)
    assert found["loss"] == [(1.0, 0.52), (2.0, 0.41)]
    assert found["acc"] == [(1.0, 0.81), (2.0, 0.86)]


def test_rows_labelled_by_a_name_are_no_split_table():
    matrix = ("┌───────┬──────────────────────────┐\n"
              "│       │      alpha       beta    │\n"
              "├───────┼──────────────────────────┤\n"
              "│ alpha │      0.250     -0.010    │\n"
              "│  beta │     -0.010      0.090    │\n"
              "└───────┴──────────────────────────┘\n")
    found = read(matrix)
    assert "alpha" not in found and "beta" not in found  # a column's values without the rows' labels


def test_a_number_standing_under_two_names_refuses_the_row():
    text = LOG.replace("┃   4    ┃ 0.845     0.481        ┃", "┃   4    ┃   0.84500000000        ┃")
    found = read(text)
    assert all(step != 4.0 for name in found if name.startswith("train/") for step, _ in found[name])


def test_a_column_without_a_name_gives_no_value():
    text = ("+-----+------------------+\n"
            "|     |      train       |\n"
            "|     |  loss     acc    |\n"
            "+-----+------------------+\n"
            "|  7  | 0.52     0.81    |\n"
            "|  9  | 0.41     0.86    |\n"
            "+-----+------------------+\n")
    found = read(text)
    assert "" not in found
    assert [value for _, value in found["train/acc"]] == [0.81, 0.86]
