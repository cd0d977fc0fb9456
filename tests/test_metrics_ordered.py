"""Solver and simulation tables (issue 11, item 1): a header of names one space apart over
right-aligned numbers (ORDERED_COLUMNS), a solver's marks glued to its numbers (MARKED_CELL),
formula columns beside an objective (PROBED_POINTS), a count column of whole numbers
(WHOLE_COLUMN). Each layout is written with names and numbers of our own."""

from __future__ import annotations

from tests.test_metrics_tables import read

ORDERED = ("Cycle done\n"
           "Step Energy Drift Radius \n"
           "      10     -1.250000    0.0312500    4.5000000 \n"
           "      20     -1.375000    0.0625000    4.7500000 \n"
           "      30    -1.4375000    0.1250000    4.8750000 \n"
           "All cycles done\n")


def test_names_one_space_apart_over_wider_numbers_are_read_in_order():
    assert read(ORDERED) == {
        "Energy": [(10.0, -1.25), (20.0, -1.375), (30.0, -1.4375)],
        "Drift": [(10.0, 0.03125), (20.0, 0.0625), (30.0, 0.125)],
        "Radius": [(10.0, 4.5), (20.0, 4.75), (30.0, 4.875)]}


def test_a_second_header_of_other_names_starts_another_table_at_its_own_step():
    text = ORDERED + ("Step Energy Width \n"
                      "      30    -1.4375000      2.00500 \n"
                      "      40    -1.5000000      2.01000 \n")
    found = read(text)
    assert found["Energy"][-3:] == [(30.0, -1.4375), (30.0, -1.4375), (40.0, -1.5)]
    assert found["Width"] == [(30.0, 2.005), (40.0, 2.01)]


def test_ordered_rows_need_as_many_values_as_names_and_a_decimal():
    fewer = "Step Energy Drift Radius\n      10     -1.25    0.5\n"
    whole = "Step Energy Drift Radius\n      10     4    7    9\n"
    assert read(fewer) == {}
    assert read(whole) == {}


def test_a_sentence_over_numbers_is_no_header():
    text = "values of the run\n      10     -1.25    0.5    3.5\n"
    assert read(text) == {}


def test_a_letter_glued_to_a_number_in_exponent_notation_is_a_mark():
    text = ("iter   merit     gap   alpha  width\n"
            "   0  4.0e+00 2.0e-01 0.0e+00  0.50\n"
            "   1  3.0e+00 1.0e-01 5.0e-01k 0.25\n"
            "   2  2.5e+00 5.0e-02 1.0e+00q 0.75\n")
    assert read(text)["alpha"] == [(0.0, 0.0), (1.0, 0.5), (2.0, 1.0)]


def test_formula_columns_beside_an_objective_are_measures_not_probed_settings():
    text = ("iter  objective  lg(tau)  ||g||\n"
            "   0  5.0000e+00   -1.0  2.5e-01\n"
            "   1  4.0000e+00   -2.0  1.5e-01\n")
    assert read(text) == {"objective": [(0.0, 5.0), (1.0, 4.0)],
                          "lg(tau)": [(0.0, -1.0), (1.0, -2.0)],
                          "||g||": [(0.0, 0.25), (1.0, 0.15)]}
    probed = ("iter  objective  depth  rate\n"
              "   0  5.0000e+00    3.5  0.25\n")
    assert read(probed) == {"objective": [(0.0, 5.0)]}


def test_a_solver_column_of_whole_numbers_counts_and_gives_nothing():
    text = ("iter   merit     gap  tries\n"
            "   0  4.0e+00 2.0e-01   0\n"
            "   1  3.0e+00 1.0e-01   2\n"
            "   2  2.5e+00 5.0e-02   1\n")
    found = read(text)
    assert "tries" not in found and found["gap"] == [(0.0, 0.2), (1.0, 0.1), (2.0, 0.05)]


def test_a_whole_number_first_then_decimals_keeps_the_decimals_and_the_first():
    text = ("Step Heat Flux Load \n"
            "       0            3    0.2500000    1.5000000 \n"
            "       5    2.7500000    0.1250000    1.6250000 \n")
    assert read(text)["Heat"] == [(0.0, 3.0), (5.0, 2.75)]  # HELD_WHOLES: the 3 was held


MODELS = ("      |   AUC |  Hits | Fit (s)\n"
          "----- + ----- + ----- + -------\n"
          "Alpha | 0.610 | 0.120 |  0.0400\n"
          "Beta  | 0.720 | 0.150 |  0.0500\n")


def test_a_phase_heading_above_a_barred_table_qualifies_its_cells():
    text = "VALIDATION:\n...\n" + MODELS + "\nTEST:\n...\n" + MODELS.replace("0.610", "0.630")
    found = read(text)
    assert found["val/Alpha/AUC"] == [(0.0, 0.61)] and found["test/Alpha/AUC"] == [(0.0, 0.63)]
    assert "Alpha/AUC" not in found


def test_a_heading_that_names_no_phase_or_a_sentence_qualifies_nothing():
    assert "Alpha/AUC" in read("RESULTS:\n" + MODELS)
    assert "Alpha/AUC" in read("The test of all models ran as follows today:\n" + MODELS)


def test_a_column_named_with_a_clock_unit_is_a_time_and_gives_no_metric():
    found = read(MODELS)
    assert "Alpha/Fit" not in found and found["Beta/Hits"] == [(0.0, 0.15)]


def test_a_whole_number_with_its_share_of_the_total_is_a_count():
    text = "Epoch 1: score=0.75\nLONG: 2 (40%)\nLONG: 3 (60%)\n"
    assert read(text) == {"score": [(1.0, 0.75)]}
    assert read(text.replace(" (40%)", ".5")) == {"score": [(1.0, 0.75)], "LONG": [(1.0, 2.5)]}
    assert read("Accuracy: 990/1000 (99%)\n") == {"Accuracy": [(0.0, 99.0)]}


def test_labels_closed_by_a_dot_leader_under_parenthesised_names():
    text = ("Summary of the solve\n\n"
            "                        (raw)          (normalised)\n"
            "Residual.........:   2.50e-03        5.00e-04\n"
            "Gap norm.........:   1.25e-01        2.50e-02\n"
            "Bound error:         0.00e+00        0.00e+00\n"
            "\nDone\n")
    assert read(text) == {"Residual/raw": [(0.0, 0.0025)], "Residual/normalised": [(0.0, 0.0005)],
                          "Gap norm/raw": [(0.0, 0.125)], "Gap norm/normalised": [(0.0, 0.025)],
                          "Bound error/raw": [(0.0, 0.0)], "Bound error/normalised": [(0.0, 0.0)]}


def test_a_key_with_a_colon_over_numbers_without_a_header_is_no_row():
    assert read("Residual:   2.5   5.0\nGap:   1.5   2.5\n") == {}


def test_a_whole_count_of_things_named_by_words_ending_in_a_plural_is_no_metric():
    text = "Cache refills = 12\nStale cache refills = 3\nhit ratio = 0.75\nval errors = 4\n"
    assert read(text) == {"hit ratio": [(0.0, 0.75)], "val errors": [(0.0, 4.0)]}


def test_a_forecast_heading_with_a_count_glued_on_heads_results():
    text = "3-week demand forecast:\nw.1    12.5\nw.2    13.25\n"
    assert read(text) == {"w.1": [(0.0, 12.5)], "w.2": [(0.0, 13.25)]}
    assert read("3-week demand sizes:\nw.1    12.5\nw.2    13.25\n") == {}


def test_pairs_beside_a_word_valued_setting_are_params():
    from tests.test_metrics_output_rules import read as read_params

    text = ("Epoch 1: loss=0.5\n"
            "== second fit: kernel=linear, degree=2, scale=0.5\n"
            "Epoch 2: loss=0.25\n")
    metrics, params = read_params(text)
    assert metrics == {"loss": [(1.0, 0.5), (2.0, 0.25)]}
    assert {"kernel": "linear", "degree": "2", "scale": "0.5"}.items() <= dict(params).items()
    assert read("model=small, acc=0.75\n") == {"acc": [(0.0, 0.75)]}


def test_indented_lines_under_a_setup_message_are_no_metrics():
    text = ("Preparing grid info ...\n"
            "  cell edge = 0.75\n"
            "  halo width = 1.5\n"
            "Setting up the solve ...\n"
            "  First sweep : 40\n"
            "residual=0.125\n")
    assert read(text) == {"residual": [(0.0, 0.125)]}
    shown = "Epoch 1: loss=0.5\nPreparing grid info ...\n  cell edge = 0.75\n"
    assert read(shown) == {"loss": [(1.0, 0.5)]}
    for heading in ("Extra info:", "Preparing grid info"):  # no ellipsis: no setup message
        assert "cell edge" in read(shown.replace("Preparing grid info ...", heading))
