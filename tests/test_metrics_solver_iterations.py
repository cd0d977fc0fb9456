"""A solver's or an optimiser's iteration output, on invented text: MEASURED_STEP_COLUMN,
DASH_CELL, ABBREVIATED_STEP (a column), HEADED_SETTINGS, BOUND_OF, FIELD_MARKS' ``&`` and COMPUTED_LIST."""

from __future__ import annotations

from tests.metric_reading import read, read_with_params

_IPM = ("iter   primal       dual        gap       step    \n"
        "----------------------------------------------------\n"
        "  0  -1.2000e+00  -4.0000e+01  3.10e+01  ------  \n"
        "  1  -2.1000e+00  -5.5000e+00  1.70e+00  8.80e-01\n"
        "  2  -2.9000e+00  -3.1000e+00  2.00e-01  9.90e-01\n")


def test_a_step_length_column_leaves_the_rows_to_the_iteration_column():
    points = read(_IPM)
    assert points["gap"] == [(0.0, 31.0), (1.0, 1.7), (2.0, 0.2)]
    assert points["primal"][0] == (0.0, -1.2)


def test_a_whole_step_column_still_orders_the_rows():
    text = ("iter  step   loss\n"
            "   1   100   0.50\n"
            "   2   200   0.40\n")
    assert read(text)["loss"] == [(100.0, 0.5), (200.0, 0.4)]


def test_a_run_of_dashes_is_an_empty_cell():
    text = ("epoch  train_loss  val_loss\n"
            "    1      0.9000  --------\n"
            "    2      0.7000    0.6500\n")
    points = read(text)
    assert points["train_loss"] == [(1.0, 0.9), (2.0, 0.7)]
    assert points["val_loss"] == [(2.0, 0.65)]


def test_a_step_word_cut_with_a_stop_names_a_step_column():
    text = ("It.  |Err         \n"
            "-------------------\n"
            "    0|2.500000e-01|\n"
            "   10|6.100000e-02|\n"
            "   20|2.400000e-02|\n")
    points = read(text)
    assert points["Err"] == [(0.0, 0.25), (10.0, 0.061), (20.0, 0.024)]
    assert "It." not in points


def test_pairs_indented_under_a_settings_heading_are_settings():
    text = ("settings:\n"
            "  max iter = 50, tol = 1.0e-8\n"
            "  refine: on, reltol = 1.0e-13, abstol = 1.0e-12,\n"
            "          stop ratio = 5.0\n"
            "\n"
            "iter  objective\n"
            "   0     4.2000\n"
            "   1     3.1000\n")
    points, params = read_with_params(text)
    assert set(points) == {"objective"}
    assert ("reltol", "1.0e-13") in params and ("stop ratio", "5.0") in params


def test_pairs_under_a_parameters_heading_stay_results():
    text = ("Parameters:\n"
            "  a = 1.2345, b = 0.5432\n")
    assert set(read(text)) == {"a", "b"}


def test_a_result_under_a_settings_heading_is_still_reported():
    text = ("options:\n"
            "  loss = 0.4321, accuracy = 0.8765\n")
    assert set(read(text)) == {"loss", "accuracy"}


def test_the_least_of_a_quantity_written_as_a_function_is_a_metric():
    text = ("  * Generation 0: best_y 8.73768e+00, min(y) 9.10000e+00 & Evaluations 8\n"
            "  * Generation 25: best_y 3.10386e+00, min(y) 3.50000e+00 & Evaluations 208\n")
    points = read(text)
    assert points["min(y)"] == [(0.0, 9.1), (25.0, 3.5)]
    assert points["best_y"] == [(0.0, 8.73768), (25.0, 3.10386)]


def test_a_function_name_is_no_word_of_a_longer_name():
    text = ("        exp(coef) exp(-coef) lower .95 upper .95\n"
            "age        1.0111     0.9890    0.9929    1.0297\n")
    assert "exp(coef) exp(-coef) lower" not in read(text)


_CLS = ("{\n"
        '    "CLs_exp": [\n'
        "        0.02673327847605607,\n"
        "        0.08009972533587204\n"
        "    ],\n"
        '    "CLs_obs": 0.35770888638271314\n'
        "}\n")


def test_a_list_printed_at_full_precision_is_a_computed_series():
    points = read(_CLS)
    assert [value for _, value in points["CLs_exp"]] == [0.02673327847605607, 0.08009972533587204]
    assert [value for _, value in points["CLs_obs"]] == [0.35770888638271314]


def test_a_typed_list_keeps_a_record_settings():
    text = _CLS.replace("0.02673327847605607", "0.9").replace("0.08009972533587204", "0.999")
    points, params = read_with_params(text)
    assert points == {}
    assert params
