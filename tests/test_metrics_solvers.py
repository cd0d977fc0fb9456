"""Rules written from the structure of optimisers', solvers' and simulations' output (issue 11,
the fifth half's failure classes), each checked on invented lines: one that the rule reads, and
a look-alike it must leave alone."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def read(data: str, chunk: int = 4096) -> tuple[dict[str, list[tuple[float, float]]], list]:
    """(name -> [(step, value)], config entries) as the recorder reads `data` on one stream."""
    return read_with_params(data, chunk)


# -- CHAPTERS: bars between the titles, runs without one ----------------------------------------


def test_titles_between_bars_name_the_columns_of_their_runs_only():
    text = ("     |      Crowd        |         Leader          |\n"
            "----- ------------------- ------------------------- ------\n"
            "Round   Mean        Cost      Mean    Cost  Spread    Wait\n"
            "    1   12.5        0.75         3    0.25   0.125    1.5s\n"
            "    2   10.5        0.50         4   0.125    0.25    0.5s\n")
    assert read(text)[0] == {
        "Crowd/Cost": [(1.0, 0.75), (2.0, 0.5)], "Leader/Cost": [(1.0, 0.25), (2.0, 0.125)],
        "Leader/Spread": [(1.0, 0.125), (2.0, 0.25)],
        "Crowd/Mean": [(1.0, 12.5), (2.0, 10.5)], "Leader/Mean": [(1.0, 3.0), (2.0, 4.0)]}


def test_a_bar_standing_over_a_dashed_run_is_a_drawing_and_titles_nothing():
    # A look-alike: the bar is inside a run, so the line above is no row of titles.
    text = ("      |    Crowd     |   \n"
            "-----------------------------\n"
            "Round    Cost    Spread\n"
            "    1    0.75     0.125\n")
    assert read(text)[0] == {"Cost": [(1.0, 0.75)], "Spread": [(1.0, 0.125)]}


# -- CALL_ARGS: an object's repr on one line ------------------------------------------------------


def test_a_repr_of_keyword_arguments_on_one_line_is_config():
    metrics, params = read("Booster(depth=3, rate=0.25, kind='wide and deep')\nround 1 cost: 0.5\n")
    assert metrics == {"cost": [(1.0, 0.5)]}
    assert params == [("depth", "3"), ("rate", "0.25"), ("kind", "wide and deep")]


def test_a_repr_naming_results_is_no_config():
    # A look-alike: a result object's repr reports; none of it is a setting.
    metrics, params = read("Scores(val_acc=0.93, f1=0.91, split='val')\n")
    assert params == [] and metrics == {"val_acc": [(0.0, 0.93)], "f1": [(0.0, 0.91)]}


def test_a_call_with_more_than_keywords_is_no_repr():
    # A look-alike: a positional argument; the call is not an object's settings.
    assert read("Fit(3, rate=0.25)\n")[1] == []


# -- COUNT_STEP and TAGGED_STEP's comma ------------------------------------------------------------


def test_a_step_word_with_a_colon_and_a_count_gives_the_step_after_a_tag():
    text = ("Trial 1, iteration: 1/50, cost: 0.75\n"
            "Trial 1, iteration: 2/50, cost: 0.5\n"
            "Trial: 2, iteration: 1/50, cost: 0.625\n")
    assert read(text)[0] == {"cost": [(1.0, 0.75), (2.0, 0.5), (1.0, 0.625)]}


def test_a_name_with_a_colon_and_a_count_is_no_step():
    # A look-alike: "hits: 3/10" is a count of something that is no step word: no step, no point.
    assert read("hits: 3/10, cost: 0.5\nhits: 4/10, cost: 0.25\n")[0] == {
        "cost": [(0.0, 0.5), (1.0, 0.25)]}


def test_a_tag_without_a_step_word_after_it_stays_a_pair():
    assert read("Trial: 2, cost: 0.5\n")[0] == {"Trial": [(0.0, 2.0)], "cost": [(0.0, 0.5)]}


# -- RUN_WITH: a dict after "with", and after training has begun ----------------------------------


def test_settings_after_with_are_config_in_a_dict_and_between_runs():
    text = ("Search for 40 rounds with {'c1': 0.5, 'w': 0.9}\n"
            "round 1 cost: 0.5\n"
            "Search for 25 rounds with {'c1': 0.6, 'k': 3}\n"
            "round 1 cost: 0.25\n")
    metrics, params = read(text)
    assert metrics == {"cost": [(1.0, 0.5), (1.0, 0.25)]}
    assert params == [("c1", "0.5"), ("w", "0.9"), ("k", "3")]


def test_a_step_line_ending_with_settings_keeps_its_pairs_after_training_began():
    # A look-alike: a line with a step says what happened at that step.
    metrics, params = read("round 1 cost: 0.5\nround 2 restarted with rate=0.25\n")
    assert metrics == {"cost": [(1.0, 0.5)], "rate": [(2.0, 0.25)]} and params == []


# -- AT_POINT -------------------------------------------------------------------------------------


def test_pairs_after_a_number_and_at_are_where_it_was_found():
    metrics, params = read("round 1 cost: 0.5\nRidge: best cost 0.0013 at x=1.02, y=1.04\n")
    # the point gives nothing; the optimum before it is read (LOCATED_VALUE)
    assert metrics == {"cost": [(1.0, 0.5)], "best cost": [(1.0, 0.0013)]} and params == []


def test_pairs_after_at_without_a_number_before_it_stay_pairs():
    assert read("evaluated at x=1.02, y=1.04\n")[0] == {"x": [(0.0, 1.02)], "y": [(0.0, 1.04)]}


# -- CONFIG_BLOCK: a text value holding a glued pair is no YAML value -----------------------------


def test_a_bars_text_after_a_name_and_colon_is_read_not_held_as_config():
    text = "search.global:   0%|      |0/40, best_cost=0.358\rsearch.global:   0%|      |0/40, best_cost=0.0752\n"
    assert read(text) == ({"best_cost": [(0.0, 0.358), (1.0, 0.0752)]}, [])


def test_a_text_value_before_training_is_still_config():
    metrics, params = read("model: resnet\noptimizer: sgd\nrate: 0.1\nround 1 cost: 0.5\n")
    assert metrics == {"cost": [(1.0, 0.5)]}
    assert params == [("model", "resnet"), ("optimizer", "sgd"), ("rate", "0.1")]


# -- HEADED_BLOCK: comments and blank lines inside a block of settings, a channel before it --------


def test_settings_under_a_logged_config_heading_with_comments_between_sections():
    text = ("INFO: runner: round 1: cost = 0.5\n"
            "INFO: runner: Solver config:\n"
            "# Settings of search:\n"
            "search.rate = 0.25\n"
            "search.depth = 3\n"
            "\n"
            "# Settings of pool:\n"
            "pool.limit = 8\n"
            "INFO: runner: round 2: cost = 0.25\n")
    metrics, params = read(text)
    assert metrics == {"cost": [(1.0, 0.5), (2.0, 0.25)]}
    assert params == [("search.rate", "0.25"), ("search.depth", "3"), ("pool.limit", "8")]


def test_pairs_under_a_logged_heading_naming_no_config_stay_metrics():
    # A look-alike: the heading names no configuration.
    text = ("INFO: runner: Pool state:\n"
            "# after round 1\n"
            "pool.cost = 0.25\n")
    assert read(text)[0] == {"pool.cost": [(0.0, 0.25)]}


# -- PIPE_FIELDS: a phase opening a sentence that ends in a step; CHANNEL_LEAD in a plain print ---


def test_a_phase_opening_a_field_that_ends_in_a_step_qualifies_the_fields():
    text = ("[2026-01-02 10:00:00.1] NOTICE: runner.check: validation at step 40 | cost 0.46 | hit 78.12%\n"
            "[2026-01-02 10:00:00.2] NOTICE: runner.check: validation at step 80 | cost 0.42 | hit 79.69%\n")
    assert read(text)[0] == {"val/cost": [(40.0, 0.46), (80.0, 0.42)],
                             "val/hit": [(40.0, 78.12), (80.0, 79.69)]}


def test_a_field_ending_in_a_step_without_a_phase_keeps_the_step_as_a_pair():
    # A look-alike: no phase opens the sentence; the convention keeps the step's own series.
    assert read("end of epoch 3 | cost 0.46 | hit 78.12%\n")[0] == {
        "epoch": [(3.0, 3.0)], "cost": [(3.0, 0.46)], "hit": [(3.0, 78.12)]}


# -- LABELLED_ROWS in tables drawn with bars; a phase as a row's label; WRAPPED_CELL --------------


def test_a_named_label_column_drawn_with_bars_names_each_row_wrapped_label_joined():
    text = ("+---------------+-----------+---------+\n"
            "|    solver     | mean cost | std gap |\n"
            "+===============+===========+=========+\n"
            "| Greedy        | 0.9807    | 0.0065  |\n"
            "| AnnealingSear | 0.9631    | 0.0170  |\n"
            "| ch(steps=50)  |           |         |\n"
            "| Tabu          | 0.9649    | 0.0096  |\n"
            "+---------------+-----------+---------+\n")
    assert read(text)[0] == {"Greedy/mean cost": [(0.0, 0.9807)], "Greedy/std gap": [(0.0, 0.0065)],
                             "AnnealingSearch(steps=50)/mean cost": [(0.0, 0.9631)],
                             "AnnealingSearch(steps=50)/std gap": [(0.0, 0.017)],
                             "Tabu/mean cost": [(0.0, 0.9649)], "Tabu/std gap": [(0.0, 0.0096)]}


def test_a_label_column_named_as_sections_names_each_row():
    # A column named as sections (Phase, Split, Stage): each row its own, <row>/<column>.
    text = ("| Stage  | cost | gap  |\n"
            "|--------|------|------|\n"
            "| coarse | 0.98 | 0.07 |\n"
            "| fine   | 0.96 | 0.01 |\n")
    assert read(text)[0] == {"coarse/cost": [(0.0, 0.98)], "coarse/gap": [(0.0, 0.07)],
                             "fine/cost": [(0.0, 0.96)], "fine/gap": [(0.0, 0.01)]}


def test_a_phase_labelling_a_row_of_a_named_label_column_qualifies_it():
    text = ("split    loss    acc\n"
            "====================\n"
            "test    0.2615   0.9375\n")
    assert read(text)[0] == {"test/loss": [(0.0, 0.2615)], "test/acc": [(0.0, 0.9375)]}


# -- PLAIN_NAMES: a name with a slash after a number; a label of words ending in a colon -----------


def test_a_slashed_name_after_a_number_is_the_next_pair_not_a_rate_unit():
    text = "round  1  cost/fit 0.4712  cost/check 0.5293\nround  2  cost/fit 0.4446  cost/check 0.5107\n"
    assert read(text)[0] == {"round": [(1.0, 1.0), (2.0, 2.0)],
                             "cost/fit": [(1.0, 0.4712), (2.0, 0.4446)],
                             "cost/check": [(1.0, 0.5293), (2.0, 0.5107)]}


def test_a_rate_unit_after_a_number_still_glues_to_it():
    # A look-alike: "ms/iter" with no number after it is the unit of the number before it.
    assert read("cost 0.5 | 2.85 ms/iter | hit 0.9\n")[0] == {"cost": [(0.0, 0.5)],
                                                              "hit": [(0.0, 0.9)]}


def test_words_ending_in_a_colon_before_plain_pairs_are_a_label():
    assert read("test results: cost 0.4068, hit 0.8594\n")[0] == {
        "test/cost": [(0.0, 0.4068)], "test/hit": [(0.0, 0.8594)]}
    assert read("final stats: cost 0.4068, hit 0.8594\n")[0] == {  # no phase: no part of a name
        "cost": [(0.0, 0.4068)], "hit": [(0.0, 0.8594)]}


# -- SETTINGS_LINE ----------------------------------------------------------------------------------


def test_a_line_of_settings_before_training_output_is_config():
    metrics, params = read("rate=1.5 decay=0.9 rounds=7 seed=5\nround 1 cost: 0.5\n")
    assert metrics == {"cost": [(1.0, 0.5)]}
    assert params == [("rate", "1.5"), ("decay", "0.9"), ("rounds", "7"), ("seed", "5")]


def test_a_line_of_pairs_printed_again_is_metrics():
    # A look-alike: the same names come back line after line: a log of values, not settings.
    metrics, params = read("rate=1.5 decay=0.9\nrate=1.25 decay=0.8\n")
    assert metrics == {"rate": [(0.0, 1.5), (1.0, 1.25)], "decay": [(0.0, 0.9), (1.0, 0.8)]}
    assert params == []


def test_a_line_of_pairs_naming_a_result_is_never_held():
    metrics, params = read("cost=0.5 loss=0.9\nround 1 hit: 0.5\n")
    assert metrics["loss"] == [(0.0, 0.9)] and params == []


# -- COUNTED_PLURAL ---------------------------------------------------------------------------------


def test_a_plural_noun_with_a_whole_number_is_a_count():
    text = "round: 1/50, moves: 43, cost: 521.0\nround: 2/50, moves: 20, cost: 520.5\n"
    assert read(text)[0] == {"cost": [(1.0, 521.0), (2.0, 520.5)]}


def test_a_plural_result_or_a_decimal_value_is_no_count():
    # Look-alikes: "errors" and "rewards" name results; "0.5" is a measurement.
    metrics, _ = read("errors: 3, rewards: 12, moves: 0.5, bias: 2\n")
    assert metrics == {"errors": [(0.0, 3.0)], "rewards": [(0.0, 12.0)],
                       "moves": [(0.0, 0.5)], "bias": [(0.0, 2.0)]}


# -- TIME_COLUMNS: a one-word name glued to a time ---------------------------------------------------


def test_a_one_word_name_ending_in_time_is_a_timing():
    metrics, _ = read("objective: 64\nwalltime: 0.0262\nusertime: 0.0262\ndtime: 0.0019\n")
    assert metrics == {"objective": [(0.0, 64.0)]}


def test_a_time_word_inside_a_longer_name_keeps_its_own_rule():
    # A look-alike: "eval_runtime" is a measured result (TIME_COLUMNS judge words, not letters).
    assert read("eval_loss: 0.5, eval_runtime: 0.0144, lifetime_reward: 3.5\n")[0] == {
        "eval_loss": [(0.0, 0.5)], "eval_runtime": [(0.0, 0.0144)],
        "lifetime_reward": [(0.0, 3.5)]}


# -- FIELD_MARKS, a logger's name without a colon, a config label before plain pairs ---------------


def test_bullets_rules_and_arrows_separate_fields_after_a_level_and_a_logger():
    text = ("INFO     runner round 1/8 \u2500 cost 0.4978 \u2022 hit 80.47%\n"
            "INFO     runner round 2/8 \u2500 cost 0.4500 \u2022 hit 81.25%\n"
            "INFO     runner.check test \u2192 cost 0.3789 \u2022 hit 85.94%\n")
    assert read(text)[0] == {"cost": [(1.0, 0.4978), (2.0, 0.45)], "hit": [(1.0, 80.47), (2.0, 81.25)],
                             "test/cost": [(2.0, 0.3789)], "test/hit": [(2.0, 85.94)]}


def test_an_arrow_between_two_numbers_is_no_field_mark():
    # A look-alike: "0.50 → 0.41" is a change of one value (grammar's ARROW), not two fields.
    assert read("cost 0.50 \u2192 0.41 \u2022 hit 0.9\n")[0] == {}


def test_plain_pairs_after_a_config_label_are_config():
    metrics, params = read("INFO     runner hyper-parameters \u2192 rate 1.4 \u00b7 decay 0.88 \u00b7 seed 9\n"
                           "INFO     runner round 1/8 \u2500 cost 0.4978 \u2022 hit 80.47%\n")
    assert metrics == {"cost": [(1.0, 0.4978)], "hit": [(1.0, 80.47)]}
    assert params == [("rate", "1.4"), ("decay", "0.88"), ("seed", "9")]


# -- TRANSPOSED_TABLE -------------------------------------------------------------------------------


def test_rows_naming_results_under_a_header_of_folds_are_each_a_quantity():
    text = ("\n"
            "                  Part 1  Part 2  Mean    Std     \n"
            "RMSE (holdout)    0.9882  0.9737  0.9922  0.0169  \n"
            "Cover (holdout)   0.8366  0.8255  0.8415  0.0155  \n"
            "Fit time          0.01    0.01    0.01    0.00    \n")
    assert read(text)[0] == {
        "RMSE (holdout)/Part 1": [(0.0, 0.9882)], "RMSE (holdout)/Part 2": [(0.0, 0.9737)],
        "RMSE (holdout)/Mean": [(0.0, 0.9922)], "RMSE (holdout)/Std": [(0.0, 0.0169)],
        "Cover (holdout)/Part 1": [(0.0, 0.8366)], "Cover (holdout)/Part 2": [(0.0, 0.8255)],
        "Cover (holdout)/Mean": [(0.0, 0.8415)], "Cover (holdout)/Std": [(0.0, 0.0155)]}


def test_rows_naming_no_result_under_such_a_header_describing_data_are_no_table():
    # A look-alike: a summary of data (pandas's describe()): neither the header nor the first
    # row names a result, and its count row holds one value throughout (DATA_TABLE).
    text = ("\n"
            "           Part 1  Part 2  Mean\n"
            "count         250     250   250\n"
            "height     170.20  168.10  169.15\n"
            "weight      70.30   69.90   70.10\n")
    assert read(text)[0] == {}


# -- PIPE_FIELDS: a unit after a field's number; a labelled count's field -------------------------


def test_a_unit_after_a_fields_number_and_a_labelled_count_field_are_skipped():
    text = ("rep 1/4 | mean wait 53.2137 min | usage 0.9955\n"
            "rep 2/4 | mean wait 60.6106 min | usage 0.9912\n")
    # the replication's count opening each line moves on: it is their step (LEAD_COUNTER)
    assert read(text)[0] == {"mean wait": [(1.0, 53.2137), (2.0, 60.6106)],
                             "usage": [(1.0, 0.9955), (2.0, 0.9912)]}


def test_two_words_after_a_fields_number_are_prose_and_no_unit():
    # A look-alike: "min in all" after the number is words, no unit; the line is no plain print.
    assert read("cost 0.5 | mean wait 3.2 min in all | usage 0.9\n")[0] == {}


# -- NOT_METRIC_WORDS: a tolerance --------------------------------------------------------------------


def test_a_tolerance_is_a_bound_set_for_the_run():
    assert read("Gap 0.5 (tolerance: 0.01%)\nround 1 gap: 0.25\n")[0] == {"gap": [(1.0, 0.25)]}


def test_a_name_holding_tol_inside_a_word_is_no_tolerance():
    # A look-alike: words are compared whole ("total_cost", "stolen").
    assert read("total_cost: 0.5, stolen: 0.25\n")[0] == {"total_cost": [(0.0, 0.5)],
                                                          "stolen": [(0.0, 0.25)]}


# -- CODE_SPAN and QUOTED_ROW -------------------------------------------------------------------------


def test_a_pair_in_backquotes_is_code_in_a_sentence():
    text = "    to keep it, set `{'overwrite': 0}` or `rate=0.5` in the file (cost 0.25)\n"
    assert read(text)[0] == {}
    assert read("hint `rate=0.5` cost=0.25\n")[0] == {"cost": [(0.0, 0.25)]}
    assert read("rate=0.5 cost=0.25\n")[0] == {"rate": [(0.0, 0.5)], "cost": [(0.0, 0.25)]}


def test_indented_quoted_labels_over_a_column_gap_are_a_statistics_tables_rows():
    text = ("Solver bounds     Num\n"
            "  'initial':       1\n"
            "     'main':       2\n")
    assert read(text)[0] == {}


def test_the_pieces_of_a_dict_printed_over_lines_keep_their_pairs():
    # A look-alike: quoted keys ending in "," or "}" are a dict's pieces, not a table's rows.
    assert read("x = {'a': 0.5,\n     'b':  0.25,\n     'c':  0.125}\n")[0] == {
        "a": [(0.0, 0.5)], "b": [(0.0, 0.25)], "c": [(0.0, 0.125)]}


# -- NOISE_LINE: a JSON record at a warning level ---------------------------------------------------


def test_a_json_record_logged_at_a_warning_level_keeps_its_fields():
    text = '{"levelname": "WARNING", "message": "norm high", "epoch": 1, "grad_norm": 0.25}\n'
    assert read(text)[0] == {"epoch": [(1.0, 1.0)], "grad_norm": [(1.0, 0.25)]}


def test_a_plain_warning_line_stays_noise():
    # A look-alike: a warning's text, not a record: its numbers are thresholds and limits.
    assert read("WARNING: grad_norm: 0.25 above limit, epoch: 1\n")[0] == {}


# -- PROSE_WORDS: a name after an article ends a sentence ---------------------------------------------


def test_a_name_after_an_article_is_the_end_of_a_sentence_not_a_name():
    assert read("5-NN hit rate on the embedding: 0.9520 (5-fold CV)\n")[0] == {}


def test_a_label_ending_in_with_keeps_its_pair_and_an_identifier_stands_alone():
    # Look-alikes: "with value:" labels the pair; "the best_acc" names a program's variable.
    assert read("Trial 0 finished with value: 0.8125 and parameters: {'C': 1.5}\n")[0] == {
        "value": [(0.0, 0.8125)]}
    assert read("2x faster than the best_acc = 0.71\n")[0] == {"best_acc": [(0.0, 0.71)]}


# -- MID_PHASES: a phase named mid-line --------------------------------------------------------------


def test_two_phases_on_one_line_keep_their_own_series():
    text = ("epoch 1 | train: loss 1.41 acc 0.92 | valid: loss 1.46 acc 0.87\n"
            "epoch 2 - train: loss=1.27, acc=0.93 - val: loss=1.32, acc=0.88\n")
    metrics = read(text)[0]
    assert metrics["train/acc"] == [(1.0, 0.92), (2.0, 0.93)]
    assert metrics["val/acc"] == [(1.0, 0.87), (2.0, 0.88)]
    assert metrics["val/loss"] == [(1.0, 1.46), (2.0, 1.32)] and "acc" not in metrics


def test_a_phase_word_as_a_name_or_inside_one_marks_nothing():
    # Look-alikes: "test: 0.5" is a pair named test; "pretest:" and "val_loss:" are no phase.
    metrics = read("step 3 test: 0.5 acc=0.3\nstep 4 pretest: loss=0.25 val_loss: 0.75\n")[0]
    assert metrics == {"test": [(3.0, 0.5)], "acc": [(3.0, 0.3)], "loss": [(4.0, 0.25)],
                       "val_loss": [(4.0, 0.75)]}
