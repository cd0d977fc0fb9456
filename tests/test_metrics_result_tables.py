"""Rules for result tables and labelled result blocks of any tool (issue 11: general, not fitted),
each checked on invented lines: one the rule reads, and a look-alike it must leave alone."""

from __future__ import annotations

from tests.metric_reading import read_with_params, read


# -- TEST_COLUMNS, BRACKETED_CELL, PACKED_CELLS, RULED_ONE_ROW (entities) --------------------------

ESTIMATES = ("              est    s.e.         z      P>|z|     90% Conf. Int.\n"
             "-----------------------------------------------------------------\n"
             "slope       1.2500   0.2000     6.250  4.100e-10 [  0.921,  1.579]\n"
             "shift      -0.3000   0.1000    -3.000  2.700e-03 [-4.6e-01,-1.4e-01]\n"
             "=================================================================\n")


def test_a_report_table_with_p_values_and_aligned_intervals_is_read_by_label():
    assert read(ESTIMATES) == {
        "slope/est": [(0.0, 1.25)], "slope/s.e.": [(0.0, 0.2)], "slope/z": [(0.0, 6.25)],
        "slope/P>|z|": [(0.0, 4.1e-10)], "shift/est": [(0.0, -0.3)], "shift/s.e.": [(0.0, 0.1)],
        "shift/z": [(0.0, -3.0)], "shift/P>|z|": [(0.0, 0.0027)],
        # LEVEL_INTERVAL: the interval under its level's column, both bounds
        "slope/90% Conf. Int.": [(0.0, 0.921), (1.0, 1.579)],
        "shift/90% Conf. Int.": [(0.0, -0.46), (1.0, -0.14)]}


def test_numbers_grown_into_the_gap_between_columns_are_two_cells():
    text = ("             est         z      P>|z|\n"
            "-------------------------------------\n"
            "slope    12.5000    31.250 1.100e-214\n"
            "shift     0.5000     2.000  4.550e-02\n\n")
    assert read(text) == {"slope/est": [(0.0, 12.5)], "slope/z": [(0.0, 31.25)],
                          "slope/P>|z|": [(0.0, 1.1e-214)], "shift/est": [(0.0, 0.5)],
                          "shift/z": [(0.0, 2.0)], "shift/P>|z|": [(0.0, 0.0455)]}


def test_a_ruled_one_row_table_keeps_its_label_an_unruled_frame_does_not():
    ruled = ("           est    s.e.      P>|z|\n"
             "----------------------------------\n"
             "theta     2.5000  0.2500  1.000e-08\n\n")
    assert read(ruled) == {"theta/est": [(0.0, 2.5)], "theta/s.e.": [(0.0, 0.25)],
                           "theta/P>|z|": [(0.0, 1e-08)]}
    frame = ("           est       z      P>|z|\n"
             "theta     2.5000  10.000  1.000e-08\n\n")
    assert read(frame) == {"est": [(0.0, 2.5)], "z": [(0.0, 10.0)], "P>|z|": [(0.0, 1e-08)]}
    # TERM_ONE_ROW: beside its standard error an estimate is a model's term, ruled or not
    termed = frame.replace("      z", "   s.e.").replace("10.000", "0.2500")
    assert read(termed)["theta/s.e."] == [(0.0, 0.25)]


def test_look_alikes_a_word_after_a_number_or_an_unclosed_bracket_stay_no_row():
    # a number then a word in one cell is no pair of cells; a bracket never closed is no cell
    text = ("             est         z\n"
            "--------------------------\n"
            "slope    12.5000    31.250 high\n"
            "shift     0.5000 [2.000\n\n")
    assert read(text) == {}


# -- CASE_TABLE (cases) ----------------------------------------------------------------------------

CASES = ("┌─────────┬──────────────┬──────────┬──────────┬─────────┐\n"
         "│ (index) │ task         │ hz       │ p75 (ms) │ samples │\n"
         "├─────────┼──────────────┼──────────┼──────────┼─────────┤\n"
         "│ 0       │ 'parse json' │ 5120.5   │ 0.21     │ 64      │\n"
         "│ 1       │ 'walk tree'  │ 880      │ 1.4      │ 32      │\n"
         "└─────────┴──────────────┴──────────┴──────────┴─────────┘\n")


def test_a_table_of_cases_and_statistics_names_each_cell_by_its_case():
    assert read(CASES) == {"parse json/hz": [(0.0, 5120.5)], "parse json/p75": [(0.0, 0.21)],
                           "walk tree/hz": [(0.0, 880.0)], "walk tree/p75": [(0.0, 1.4)]}


def test_a_markdown_table_of_cases_printed_twice_is_read_once():
    table = ("| case | median | stddev |\n|---|---|---|\n"
             "| gzip -1 | 12.5 | 0.4 |\n| gzip -9 | 30.25 | 1.5 |\n")
    assert read(table + "\n" + table) == {
        "gzip -1/median": [(0.0, 12.5)], "gzip -1/stddev": [(0.0, 0.4)],
        "gzip -9/median": [(0.0, 30.25)], "gzip -9/stddev": [(0.0, 1.5)]}


def test_look_alikes_columns_naming_quantities_or_one_statistic_are_no_case_table():
    models = ("| model | mean accuracy | std accuracy |\n|---|---|---|\n"
              "| knn | 0.91 | 0.02 |\n| svm | 0.93 | 0.01 |\n")
    assert read(models) == {"knn/mean accuracy": [(0.0, 0.91)], "knn/std accuracy": [(0.0, 0.02)],
                            "svm/mean accuracy": [(0.0, 0.93)], "svm/std accuracy": [(0.0, 0.01)]}
    one = "| case | mean | accuracy |\n|---|---|---|\n| a | 1.5 | 0.9 |\n| b | 2.5 | 0.8 |\n"
    assert "a/mean" not in read(one)


# -- STEP_HEADING (prefixes; grammar's ENDS_IN_HEADING), LISTED_VALUE (cells) ---------------------


def test_a_step_heading_with_a_colon_heads_the_indented_lines_under_it():
    text = "Epoch 4:\n  loss: 0.25\n  recall: 0.75\n"
    assert read(text) == {"loss": [(4.0, 0.25)], "recall": [(4.0, 0.75)]}


def test_a_heading_naming_the_step_it_reports_gives_that_step():
    text = ("Saved checkpoint after iteration 1200:\n  val loss: 0.125\n  val score: [0.5]\n\n"
            "Snapshot at epoch 7:\n  val loss: 0.0625\n")
    assert read(text) == {"val loss": [(1200.0, 0.125), (7.0, 0.0625)],
                          "val score": [(1200.0, 0.5)]}


def test_look_alikes_a_heading_without_a_step_word_or_with_text_after_it_gives_no_step():
    assert read("Summary of run 3:\n  loss: 0.25\n  recall: 0.75\n") == {
        "loss": [(0.0, 0.25)], "recall": [(0.0, 0.75)]}
    assert read("Checked at step 3: fine\nloss: 0.25, recall: 0.75\n") == {
        "loss": [(0.0, 0.25)], "recall": [(0.0, 0.75)]}


def test_a_value_listed_alone_is_the_value_a_bracketed_integer_is_a_tag():
    assert read("score: [0.875] recall: [2.5e-01]\n") == {"score": [(0.0, 0.875)],
                                                           "recall": [(0.0, 0.25)]}
    assert read("phase: [2]  loss: 0.5  acc: 0.25\n") == {"loss": [(0.0, 0.5)], "acc": [(0.0, 0.25)]}
    assert read("scores: [0.5, 0.25]\n") == {}


# -- RESULT_SECTION (sections, printed_config, held_config) ----------------------------------------


def test_results_nested_in_sections_are_named_by_them_before_training_output_too():
    text = ("gbm:\n  auc: 0.875\n  loss: 0.25\nknn:\n  auc: 0.75\n  loss: 0.5\n"
            "refit:\n  test:\n    auc: 0.625\n")
    assert read(text) == {"gbm/auc": [(0.0, 0.875)], "gbm/loss": [(0.0, 0.25)],
                          "knn/auc": [(0.0, 0.75)], "knn/loss": [(0.0, 0.5)],
                          "test/refit/auc": [(0.0, 0.625)]}


def test_a_phase_section_qualifies_and_a_results_section_adds_nothing():
    text = "iter 1 loss 0.5\nvalidation:\n  recall: 0.5\nresults:\n  recall: 0.25\n"
    points = read(text)
    assert points["val/recall"] == [(1.0, 0.5)] and points["recall"] == [(1.0, 0.25)]


def test_look_alike_a_config_dump_stays_params_its_result_keys_aside():
    data = ("optimizer:\n  lr: 0.125\n  loss_weight: 0.5\nmodel:\n  depth: 4\n  name: tiny\n"
            "iter 1 loss 0.5\n")
    points, params = read_with_params(data)
    assert points == {"iter": [(1.0, 1.0)], "loss": [(1.0, 0.5)]}
    assert dict(params) == {"optimizer.lr": "0.125", "optimizer.loss_weight": "0.5",
                            "model.depth": "4", "model.name": "tiny"}


def test_a_key_and_a_word_over_indented_results_labels_them_by_the_word():
    text = ("step 3 loss 0.5\nencoder: cnn\n  recall: 0.75\n  note: first\n"
            "encoder: 'rnn'\n  recall: 0.625\n")
    points = read(text)
    assert points["cnn/recall"] == [(3.0, 0.75)] and points["rnn/recall"] == [(3.0, 0.625)]


def test_look_alike_a_result_word_among_settings_of_a_section_stays_a_setting():
    data = "trainer:\n  precision: 16\n  max_epochs: 10\nstep 1 loss 0.5\n"
    points, params = read_with_params(data)
    assert points == {"step": [(1.0, 1.0)], "loss": [(1.0, 0.5)]}
    assert dict(params) == {"trainer.precision": "16", "trainer.max_epochs": "10"}


# -- COUNTED_WORDS, PHASE_VERB (prefixes, phases); GLUED_ASIDE (glued), ENDS_IN_TIMED_ASIDE ---------


def test_words_and_a_count_before_pairs_give_the_step_a_phase_of_a_loop_qualifies():
    text = "Fit shard 2/8 score=0.5\nFit shard 3/8 score=0.25\nValid batch 4/10 loss=0.125\n"
    assert read(text) == {"score": [(2.0, 0.5), (3.0, 0.25)], "val/loss": [(4.0, 0.125)]}


def test_a_phase_word_before_a_unit_of_no_loop_is_a_verb():
    assert read("Train forest 5/9 auc=0.75 gini=0.5\n") == {"auc": [(5.0, 0.75)], "gini": [(5.0, 0.5)]}


def test_a_run_of_glued_fields_closed_by_a_bracketed_timing_aside():
    text = ("Grow net 1/20 fit-loss:0.875 hold-loss:0.9375 [total:0.02s iter:0.01s]\n"
            "Grow net 2/20 fit-loss:0.75 hold-loss:0.875 [total:0.03s iter:0.01s]\n"
            "Grow net 3/20 err:0.5 [index:3 total:0.04s]\n")
    assert read(text) == {"fit-loss": [(1.0, 0.875), (2.0, 0.75)],
                          "hold-loss": [(1.0, 0.9375), (2.0, 0.875)], "err": [(3.0, 0.5)]}


def test_look_alikes_a_count_in_prose_a_time_aside_alone_a_lone_glued_token():
    assert read("Downloading shard 3/8 from mirror\n") == {}
    assert read("done in 3 steps [elapsed 0.02s]\n") == {}
    assert read("Serving on host:8080 [pid 4s]\n") == {}


# -- FINAL_ROW (cells, tables) ---------------------------------------------------------------------


def test_a_final_row_under_a_step_column_gives_the_values_without_a_step():
    text = ("     Iter          Loss      Acc\n"
            "        1       -0.6875    0.500\n"
            "        2       -0.5625    0.250\n"
            "    Final       -0.5125    0.125\n")
    points = read(text)
    assert points["Loss"][:2] == [(1.0, -0.6875), (2.0, -0.5625)]
    assert [value for _, value in points["Loss"]] == [-0.6875, -0.5625, -0.5125]
    assert [value for _, value in points["Acc"]] == [0.5, 0.25, 0.125]


def test_look_alike_a_final_line_of_prose_is_no_row():
    assert read("     Iter      Objective\n        1       -0.6875\nFinal answer   42\n") == {
        "Objective": [(1.0, -0.6875)]}


# -- MEASURED_VALUE (printed_config, held_config) --------------------------------------------------


def test_results_printed_with_a_percent_or_a_spread_are_no_config_dump():
    points, params = read_with_params("recall: 87.5%\nprecision: 0.75\nencoder: lstm\n")
    assert points == {"recall": [(0.0, 87.5)], "precision": [(0.0, 0.75)]}
    assert params == [("encoder", "lstm")]
    assert read("mean: 0.5 ± 0.125\nmedian: 0.375\n") == {"mean": [(0.0, 0.5)],
                                                          "median": [(0.0, 0.375)]}


def test_look_alike_settings_with_units_and_a_whole_result_word_stay_params():
    data = "timeout: 30s\nencoder: lstm\nscore_digits: 4\nrate: 0.5\nstep 1 loss 0.25\n"
    points, params = read_with_params(data)
    assert points == {"step": [(1.0, 1.0)], "loss": [(1.0, 0.25)]}
    assert dict(params) == {"timeout": "30s", "encoder": "lstm", "score_digits": "4", "rate": "0.5"}


# -- VALUE_AT_STEP (fields, formats); STEP_IN_NAME's "@" ------------------------------------------


def test_a_value_followed_by_the_step_it_was_reached_at():
    text = "Lowest dev perplexity: 12.5 at iteration 400\nTop recall: 62.5% after epoch 7.\n"
    assert read(text) == {"Lowest dev perplexity": [(400.0, 12.5)], "Top recall": [(7.0, 62.5)]}
    assert read("Dev F1 @ epoch 2: 0.75\n") == {"Dev F1": [(2.0, 0.75)]}


def test_look_alikes_a_count_at_a_step_or_prose_after_the_value():
    assert read("Checkpoints kept: 3 at epoch 5\n") == {}
    assert read("perplexity: 12.5 at the end of the run\n") == {}


# -- FIELD_RUN (phases) ----------------------------------------------------------------------------


def test_bar_parted_lines_opened_by_a_key_and_a_word_are_named_by_the_word():
    text = "Encoder: cnn | Recall: 0.75 | MRR: 0.5\nEncoder: rnn | Recall: 0.625 | MRR: 0.25\n"
    assert read(text) == {"cnn/Recall": [(0.0, 0.75)], "cnn/MRR": [(0.0, 0.5)],
                          "rnn/Recall": [(0.0, 0.625)], "rnn/MRR": [(0.0, 0.25)]}


def test_look_alikes_one_such_line_or_other_keys_keep_the_names():
    assert read("Encoder: cnn | Recall: 0.75 | MRR: 0.5\n") == {"Recall": [(0.0, 0.75)],
                                                                 "MRR": [(0.0, 0.5)]}
    text = "Encoder: cnn | Recall: 0.75 | MRR: 0.5\nEncoder: rnn | Recall: 0.625 | Hits: 0.25\n"
    assert "cnn/Recall" not in read(text)


def test_look_alike_a_result_word_beside_a_setting_in_a_dump_stays_a_setting():
    data = "backbone: tiny\nlr: 0.125\nscore_thr: 0.05\nstep 1 loss 0.5\n"
    points, params = read_with_params(data)
    assert points == {"step": [(1.0, 1.0)], "loss": [(1.0, 0.5)]}
    assert dict(params) == {"backbone": "tiny", "lr": "0.125", "score_thr": "0.05"}


# -- NONE_SETTINGS (held_config) ------------------------------------------------------------------


def test_a_line_with_a_field_left_unset_is_settings():
    points, params = read_with_params("unigram (alpha=0.5), cache: None, shots: None, workers: 2\n"
                                      "step 1 loss 0.25\n")
    assert points == {"step": [(1.0, 1.0)], "loss": [(1.0, 0.25)]}
    assert dict(params) == {"alpha": "0.5", "workers": "2"}


def test_look_alike_a_result_beside_an_unset_field_stays_a_metric():
    assert read("loss: 0.5, best_loss: None, lr: 0.125\n") == {"loss": [(0.0, 0.5)],
                                                                "lr": [(0.0, 0.125)]}


# -- POWER_NAME (grammar) --------------------------------------------------------------------------


def test_a_name_holding_a_power_keeps_it():
    assert read("R^2 score: 0.75\nadj R^2 = 0.625\n") == {"R^2 score": [(0.0, 0.75)],
                                                          "adj R^2": [(0.0, 0.625)]}
    assert read("loss^ 0.5\n") == {}


# -- DECORATED_STEP (prefixes, formats) ------------------------------------------------------------


def test_marks_opening_a_plain_print_with_a_step_are_read_past():
    assert read("==> iteration 7 | dev loss 0.25 | dev f1 0.75\n") == {
        "iteration": [(7.0, 7.0)], "dev loss": [(7.0, 0.25)], "dev f1": [(7.0, 0.75)]}


def test_look_alike_marks_before_prose_give_nothing():
    assert read(">> Epoch 3 done, see the log\n") == {}
