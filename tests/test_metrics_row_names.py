"""How a table whose rows open with a label names its cells (ENTITY_NAMES, STEP_LABELS,
WRAPPED_LABEL in docs/metric-rules.rst): rows of things give ``<row>/<column>``, whichever
axis holds the quantities; rows ordered by a time or a step give one series per column."""

from __future__ import annotations

from expctl.metrics.row_names import is_when, label_name, row_name, steps_rows
from tests.metric_reading import read

SYSTEMS = ("system         WER     MER     CER\n"
           "greedy       25.76   24.29   10.19\n"
           "beam         19.70   18.57    8.02\n")
BY_SYSTEM = {"greedy/WER": [(0.0, 25.76)], "greedy/MER": [(0.0, 24.29)],
             "greedy/CER": [(0.0, 10.19)], "beam/WER": [(0.0, 19.7)],
             "beam/MER": [(0.0, 18.57)], "beam/CER": [(0.0, 8.02)]}


def test_a_named_label_column_of_systems_names_each_cell_by_row_and_column():
    assert read(SYSTEMS) == BY_SYSTEM


def test_an_unnamed_label_column_names_the_cells_the_same_way():
    assert read(SYSTEMS.replace("system", "      ")) == BY_SYSTEM


def test_a_pandas_index_name_line_over_models_names_each_cell_by_model():
    text = ("        rmse     mae\n"
            "model              \n"
            "ridge  0.4100  0.3200\n"
            "lasso  0.4500  0.3500\n")
    assert read(text) == {"ridge/rmse": [(0.0, 0.41)], "ridge/mae": [(0.0, 0.32)],
                          "lasso/rmse": [(0.0, 0.45)], "lasso/mae": [(0.0, 0.35)]}


def test_rows_of_statistics_over_columns_of_classes_are_named_row_first():
    # pycm's class statistics and R's matrices alike: the row, then the column
    classes = ("Classes          bird          cat\n"
               "ACC              0.865         0.835\n"
               "F1               0.75676       0.8\n")
    assert read(classes) == {"ACC/bird": [(0.0, 0.865)], "ACC/cat": [(0.0, 0.835)],
                             "F1/bird": [(0.0, 0.75676)], "F1/cat": [(0.0, 0.8)]}
    models = ("             EEE,3        VVE,2\n"
              "BIC      -2314.316 -2320.432980\n"
              "BIC diff     0.000    -6.116684\n")
    assert read(models) == {"BIC/EEE,3": [(0.0, -2314.316)], "BIC/VVE,2": [(0.0, -2320.43298)],
                            "BIC diff/EEE,3": [(0.0, 0.0)], "BIC diff/VVE,2": [(0.0, -6.116684)]}


def test_a_step_column_beside_the_label_steps_each_things_series():
    text = ("   model  fold  accuracy\n"
            "0  ridge     0    0.9100\n"
            "1  ridge     1    0.9300\n"
            "2  lasso     0    0.8800\n")
    assert read(text) == {"ridge/accuracy": [(0.0, 0.91), (1.0, 0.93)],
                          "lasso/accuracy": [(0.0, 0.88)]}


def test_a_phase_label_is_the_phase_and_a_section_label_a_thing():
    text = ("| split   | loss   | acc    |\n"
            "|---------|--------|--------|\n"
            "| test    | 0.2615 | 0.9375 |\n"
            "| holdout | 0.3    | 0.9    |\n")
    assert read(text) == {"test/loss": [(0.0, 0.2615)], "test/acc": [(0.0, 0.9375)],
                          "holdout/loss": [(0.0, 0.3)], "holdout/acc": [(0.0, 0.9)]}


def test_rows_labelled_by_their_time_are_steps_of_one_series_a_column():
    aligned = ("stamp                  loss    acc\n"
               "2026-01-02 10:00:01    0.90   0.50\n"
               "2026-01-02 10:00:02    0.41   0.70\n")
    assert read(aligned) == {"loss": [(0.0, 0.9), (1.0, 0.41)], "acc": [(0.0, 0.5), (1.0, 0.7)]}
    barred = ("| when                | epoch | loss  |\n"
              "|---------------------|-------|-------|\n"
              "| 2026-01-02 10:00:01 | 1     | 0.90  |\n"
              "| 2026-01-02 10:00:02 | 2     | 0.41  |\n")
    assert read(barred) == {"loss": [(1.0, 0.9), (2.0, 0.41)]}


def test_a_label_wrapped_over_two_rows_of_a_barred_table_is_read_whole():
    text = ("+--------------------------+---------------+---------+\n"
            "|          model           | mean accuracy | mean f1 |\n"
            "+==========================+===============+=========+\n"
            "| RandomForestClassifier(n | 0.9631        | 0.9708  |\n"
            "| _estimators=50)          |               |         |\n"
            "| Gradient Boosting        | 0.9500        | 0.9600  |\n"
            "| Classifier               |               |         |\n"
            "+--------------------------+---------------+---------+\n")
    assert read(text) == {
        "RandomForestClassifier(n_estimators=50)/mean accuracy": [(0.0, 0.9631)],
        "RandomForestClassifier(n_estimators=50)/mean f1": [(0.0, 0.9708)],
        "Gradient Boosting Classifier/mean accuracy": [(0.0, 0.95)],
        "Gradient Boosting Classifier/mean f1": [(0.0, 0.96)]}


def test_a_row_of_numbers_under_a_label_is_no_continuation_of_it():
    # a look-alike: the next row has values of its own, so it is a row, not the label's end
    text = ("| model   | acc  | f1   |\n"
            "|---------|------|------|\n"
            "| knn     | 0.91 | 0.90 |\n"
            "| svm     | 0.93 | 0.92 |\n")
    assert read(text) == {"knn/acc": [(0.0, 0.91)], "knn/f1": [(0.0, 0.9)],
                          "svm/acc": [(0.0, 0.93)], "svm/f1": [(0.0, 0.92)]}


def test_the_naming_helpers():
    assert label_name("greedy", "WER") == "greedy/WER"
    assert label_name("Validation", "loss") == "val/loss"
    assert label_name("2026-01-02 10:00:01", "loss") == "loss"
    assert row_name("timestamp", "x", "loss") == "loss" and row_name("epoch", "x", "loss") == "loss"
    assert row_name("model", "knn", "acc") == "knn/acc" and row_name("", "knn", "acc") == "knn/acc"
    assert steps_rows("timestamp") and steps_rows("Epoch") and not steps_rows("system")
    assert not steps_rows("")
    assert is_when("2026-01-02") and is_when("10:00:01") and is_when("2026-01-02T10:00:01.5")
    assert not is_when("greedy") and not is_when("2026") and not is_when("1:2")


def test_a_two_column_barred_table_of_things_names_its_rows_by_label_and_column():
    text = ("| model | mean accuracy |\n"
            "|-------|---------------|\n"
            "| knn   | 0.91          |\n"
            "| svm   | 0.93          |\n")
    assert read(text) == {"knn/mean accuracy": [(0.0, 0.91)], "svm/mean accuracy": [(0.0, 0.93)]}


def test_a_two_column_table_of_named_quantities_or_a_key_value_block_stays_by_key():
    quantities = ("| Metric   | Value |\n"
                  "|----------|-------|\n"
                  "| accuracy | 0.91  |\n"
                  "| loss     | 0.30  |\n")
    assert read(quantities) == {"accuracy": [(0.0, 0.91)], "loss": [(0.0, 0.3)]}
    block = ("-----------------------------------\n"
             "| rollout/           |          |\n"
             "|    ep_rew_mean     | 22.1     |\n"
             "| time/              |          |\n"
             "|    total_timesteps | 2048     |\n"
             "-----------------------------------\n")
    assert read(block) == {"rollout/ep_rew_mean": [(2048.0, 22.1)]}


def test_a_short_heading_row_after_a_row_is_no_wrapped_part_of_its_label():
    # a look-alike: "SVMs" would have fit after "knn" in its cell, so no wrapper moved it there
    text = ("| model      | acc  | f1   |\n"
            "|------------|------|------|\n"
            "| knn        | 0.91 | 0.90 |\n"
            "| SVMs       |      |      |\n"
            "| rf         | 0.93 | 0.92 |\n")
    assert read(text) == {"knn/acc": [(0.0, 0.91)], "knn/f1": [(0.0, 0.9)],
                          "rf/acc": [(0.0, 0.93)], "rf/f1": [(0.0, 0.92)]}
