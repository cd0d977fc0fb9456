"""Rules written from the structure of output (issue 11, items 1-5), each checked on invented
lines: one that the rule reads, and a look-alike it must leave alone."""

from __future__ import annotations

import pytest

from tests.metric_reading import read_with_params


def read(data: str, chunk: int = 4096) -> tuple[dict[str, list[tuple[float, float]]], list]:
    """(name -> [(step, value)], config entries) as the recorder reads `data` on one stream."""
    return read_with_params(data, chunk)


# -- GROUPED_PAIRS --------------------------------------------------------------------------------


def test_pairs_grouped_under_a_label_are_named_by_both():
    metrics, _ = read("fold 2 done; loss: (train=0.41, valid=0.47) f1: (train=0.81, valid=0.76)\n"
                      "spread: loss: (mean=0.52, std=0.03)\n")
    # "fold 2" is the step of the fold's report and of the line after it (FOLD_STEP)
    assert metrics == {"train/loss": [(2.0, 0.41)], "val/loss": [(2.0, 0.47)],
                       "train/f1": [(2.0, 0.81)], "val/f1": [(2.0, 0.76)],
                       "loss/mean": [(2.0, 0.52)], "loss/std": [(2.0, 0.03)]}


def test_pairs_in_parentheses_without_a_label_keep_their_names():
    metrics, _ = read("loss=0.5 (train=0.4, valid=0.6)\n")
    assert metrics == {"loss": [(0.0, 0.5)], "train": [(0.0, 0.4)], "valid": [(0.0, 0.6)]}


def test_settings_before_a_semicolon_then_grouped_results():
    text = ("[fit 1/2] depth=3, leaves=8; auc: (train=0.97, test=0.91) total time= 1.2s\n"
            "[fit 2/2] depth=4, leaves=8; auc: (train=0.99, test=0.90) total time= 1.3s\n")
    metrics, _ = read(text)
    assert metrics == {"train/auc": [(0.0, 0.97), (1.0, 0.99)],
                       "test/auc": [(0.0, 0.91), (1.0, 0.9)]}


# -- an aligned table's rows read by position -------------------------------------------------------


TABLE = (" round    mae    best    time\n"
         "-------  -----  ------  ------\n"
         "      1  0.512      *    1.0s\n"
         "      2  0.498           1.1s\n")


def test_a_marker_cell_and_an_empty_cell_keep_a_row_in_its_columns():
    assert read(TABLE)[0] == {"mae": [(1.0, 0.512), (2.0, 0.498)]}


def test_a_row_whose_cell_stands_across_two_columns_is_no_row():
    assert read(TABLE + "      3     0.4711111   1.2s\n")[0] == {
        "mae": [(1.0, 0.512), (2.0, 0.498)]}


# -- SPREAD_OBJECT and CONFIG_RECORD -------------------------------------------------------------------

SPREAD = ("{'epoch': 3,\n"
          " 'eval': {'f1': 0.71, 'loss': 0.52},\n"
          " 'lr': 0.002}\n"
          "{'epoch': 4,\n"
          " 'eval': {'f1': 0.74, 'loss': 0.49},\n"
          " 'lr': 0.0015}\n")


@pytest.mark.parametrize("chunk", [4096, 7, 40])
def test_a_dict_printed_over_lines_is_one_record(chunk):
    metrics, params = read(SPREAD, chunk)
    assert metrics == {"epoch": [(3.0, 3.0), (4.0, 4.0)],
                       "eval/f1": [(3.0, 0.71), (4.0, 0.74)],
                       "eval/loss": [(3.0, 0.52), (4.0, 0.49)],
                       "lr": [(3.0, 0.002), (4.0, 0.0015)]} and params == []


def _summary_with_a_matrix(size: int) -> str:
    import json
    summary = {"best_epoch": 4, "test_loss": 0.41, "test_accuracy": 0.87,
               "test_confusion_matrix": [[i * size + j for j in range(size)] for i in range(size)],
               "test_f1": 0.8}
    return "Ep1: TrLoss=2.1603 TrAcc=27.49%\n" + json.dumps(summary, indent=2) + "\n"


@pytest.mark.parametrize("size", [3, 10])
@pytest.mark.parametrize("chunk", [4096, 1, 16])
def test_an_object_holding_a_list_spread_one_number_a_line_is_read_whatever_the_reads(size, chunk):
    # json.dumps(indent=2) of a confusion matrix: its numbers alone on their lines are inside
    # the object, and an object over 100 lines read a line at a time is read whole all the same
    metrics, _ = read(_summary_with_a_matrix(size), chunk)
    assert {name: points[-1][1] for name, points in metrics.items() if name.startswith("test")} == {
        "test_loss": 0.41, "test_accuracy": 0.87, "test_f1": 0.8}


INDENTED_CONFIG = ('{\n  "model": "gru",\n  "layers": {"hidden": 128, "dropout": 0.3},\n'
                   '  "seed": 7\n}\nstep 1 loss 0.9 acc 0.31\n')


@pytest.mark.parametrize("chunk", [4096, 9])
def test_settings_spread_over_lines_before_training_are_config(chunk):
    metrics, params = read(INDENTED_CONFIG, chunk)
    assert set(metrics) == {"step", "loss", "acc"}
    assert dict(params) == {"model": "gru", "layers.hidden": "128", "layers.dropout": "0.3",
                            "seed": "7"}


def test_a_spread_record_that_names_a_result_or_a_step_is_no_config():
    metrics, params = read('{\n  "val_loss": 0.41,\n  "note": "best"\n}\n')
    assert metrics == {"val_loss": [(0.0, 0.41)]} and params == []
    metrics, params = read('{\n  "step": 40,\n  "kl": 0.02,\n  "env": "maze"\n}\n')
    assert metrics == {"step": [(40.0, 40.0)], "kl": [(40.0, 0.02)]} and params == []


@pytest.mark.parametrize("chunk", [4096, 1, 5])
def test_a_brace_line_at_a_reads_end_that_opens_no_object_is_read_alone_all_the_same(chunk):
    # The line after it cannot be part of an object: the brace line is read on its own, whether
    # that line came in the same read or in a later one (it waits, it is not left pending).
    metrics, _ = read("epoch 1 loss 0.5\n{acc: 0.7\ndone\n", chunk)
    assert metrics == {"epoch": [(1.0, 1.0)], "loss": [(1.0, 0.5)], "acc": [(1.0, 0.7)]}


def test_an_indented_quoted_key_outside_any_object_is_read_alone():
    assert read("summary\n  'val_acc': 0.88\n")[0] == {"val_acc": [(0.0, 0.88)]}


# -- step headers with a sentence, time-named pairs ------------------------------------------------


def test_a_step_numbered_with_no_or_hash_and_a_sentence_heads_what_follows():
    # (the step line must be a candidate line: a colon before its number, as here)
    text = ("Iteration No: 1 started. Sampling a point.\nobjective: 0.52\n"
            "Iteration No: 2 started. Sampling a point.\nobjective: 0.47\n"
            "Epoch #3\nobjective: 0.41\n")
    assert read(text)[0] == {"objective": [(1.0, 0.52), (2.0, 0.47), (3.0, 0.41)]}


def test_a_step_followed_by_numbers_or_a_bar_heads_nothing():
    text = ("Epoch 4: 12 batches, 3.5s\nobjective: 0.52\n"
            "Epoch 5:  40%|####      | 2/5\nobjective: 0.47\n")
    assert read(text)[0] == {"objective": [(0.0, 0.52), (1.0, 0.47)]}


def test_a_pair_named_as_a_time_is_no_metric_but_a_rate_is():
    metrics, _ = read("epoch 1 loss 0.5 acc 0.9\nTime spent: 0.0195\nelapsed: 3.5\n"
                      "samples/sec: 260.5\nframes_per_second: 30.5\n")
    assert set(metrics) == {"epoch", "loss", "acc", "samples/sec", "frames_per_second"}


# -- counts and bounds -------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "setup"), [
    ("n_estimators", True), ("num_layers", True), ("nb_filters", True), ("n_correct", False),
    ("out_channels", False), ("in_features", True), ("Warmup steps", True), ("steps_done", False),
    ("max_features", True), ("min_samples_leaf", True), ("max_grad_norm", True),
    ("max_acc", False), ("min_val_loss", False), ("max_memory", False), ("Time taken", True),
    ("eval_runtime", False), ("tokens/sec", False), ("correct_samples", False),
    ("No. Observations", True), ("no_improve_loss", False), ("elapsed_s", True),
    ("wait_ms", False), ("tokens_s", False), ("Process index", True), ("indexed_recall", False),
    ("ms/batch", True), ("s/it", True), ("samples/s", False), ("img/sec", False),
])
def test_counts_bounds_and_times_are_told_by_their_words(name, setup):
    from expctl.metrics import rules

    assert rules.is_setup_name(name) is setup


# -- aligned tables of the same width, one after the other ------------------------------------------


def test_a_table_counting_its_steps_again_under_a_new_header_is_another_table():
    first = (" epoch   mse    mae\n"
             "------  -----  -----\n"
             "     1  0.50   0.61\n"
             "     2  0.40   0.52\n")
    second = ("model: Linear(in_features=4, out_features=1)\n"
              " epoch   r2     mae\n"
              "------  -----  -----\n"
              "     1  0.30   0.71\n"
              "     2  0.35   0.66\n")
    assert read(first + second)[0] == {"mse": [(1.0, 0.5), (2.0, 0.4)],
                                       "mae": [(1.0, 0.61), (2.0, 0.52), (1.0, 0.71), (2.0, 0.66)],
                                       "r2": [(1.0, 0.3), (2.0, 0.35)]}


def test_a_table_reprinted_whole_is_read_once():
    table = (" epoch   mse\n------  -----\n     1  0.50\n     2  0.40\n")
    assert read(table + table)[0] == {"mse": [(1.0, 0.5), (2.0, 0.4)]}


# -- QUOTED_TEXT and STEP_IN_NAME ------------------------------------------------------------------------


def test_pairs_inside_a_quoted_message_are_words_of_it():
    text = ("12:00:01 | INFO | model event {'msg': 'building with depth=3 lr=0.1', 'at': 'x'}\n"
            "status {'note': 'acc=0.9 reached', 'loss': 0.31}\n")
    assert read(text)[0] == {"loss": [(0.0, 0.31)]}


def test_a_quoted_message_outside_a_dict_is_read():
    assert read('level=info msg="epoch done; loss=0.31; ok"\n')[0] == {"loss": [(0.0, 0.31)]}


def test_an_apostrophe_in_prose_quotes_nothing():
    assert read("it's done, don't wait: loss=0.25 acc=0.75\n")[0] == {
        "loss": [(0.0, 0.25)], "acc": [(0.0, 0.75)]}


def test_a_name_that_says_its_step():
    text = "Perplexity after epoch 1: 41.5\nPerplexity after epoch 2: 33.25\nacc at step 300: 0.8\n"
    assert read(text)[0] == {"Perplexity": [(1.0, 41.5), (2.0, 33.25)], "acc": [(300.0, 0.8)]}


def test_a_sentence_about_a_step_gives_nothing():
    assert read("the best of epoch 3: 0.5\nwaiting for the epoch 4: 10 s\n")[0] == {}


# -- an identifier after prose; key: value lines under a config heading ------------------------------


def test_an_identifier_after_words_of_a_sentence_stands_alone():
    assert read("Early stop: reached the end of the data with top_f1 = 0.82\n")[0] == {
        "top_f1": [(0.0, 0.82)]}
    assert read("loss 0.5 acc 0.6\nthe number of items in the cache: 12\n")[0] == {
        "loss": [(0.0, 0.5)], "acc": [(0.0, 0.6)]}


def test_key_value_lines_under_a_config_heading_are_config_but_a_result_is_not():
    text = ("epoch 1 loss 0.5 acc 0.6\n"
            "Chosen settings:\n  dropout: 0.25\n  optimizer: sgd\n  warmup_ratio: 0.1\n"
            "  val_f1: 0.81\n")
    metrics, params = read(text)
    assert metrics == {"epoch": [(1.0, 1.0)], "loss": [(1.0, 0.5)], "acc": [(1.0, 0.6)],
                       "val_f1": [(1.0, 0.81)]}  # (the step of "epoch 1", carried)
    assert dict(params) == {"dropout": "0.25", "warmup_ratio": "0.1"}


def test_key_value_lines_under_a_results_heading_stay_metrics():
    text = "epoch 1 loss 0.5 acc 0.6\nFinal results:\n  dropout_rate: 0.25\n  val_f1: 0.81\n"
    metrics, params = read(text)
    assert metrics["dropout_rate"] == [(1.0, 0.25)] and params == []


# -- ROW_LABELS ------------------------------------------------------------------------------------------


def test_a_first_column_of_names_labels_the_rows_of_a_barred_table():
    text = ("| Phase | Loss  | F1   |\n"
            "|-------|-------|------|\n"
            "| train | 0.21  | 0.91 |\n"
            "| valid | 0.34  | 0.85 |\n"
            "| noisy | 0.52  | 0.70 |\n")
    assert read(text)[0] == {"train/Loss": [(0.0, 0.21)], "train/F1": [(0.0, 0.91)],
                             "val/Loss": [(0.0, 0.34)], "val/F1": [(0.0, 0.85)],
                             "noisy/Loss": [(0.0, 0.52)], "noisy/F1": [(0.0, 0.7)]}


def test_a_row_with_text_beside_its_label_is_no_row():
    text = ("| Block | Shape      | Weights |\n"
            "|-------|------------|---------|\n"
            "| conv1 | (8, 3, 3)  | 216     |\n")
    assert read(text)[0] == {}


def test_a_speed_printed_as_a_pair_is_a_rate_but_a_speed_column_is_bookkeeping():
    metrics, _ = read("epoch 1 loss 0.5 acc 0.9\nthroughput: 812.5\n")
    assert metrics["throughput"] == [(1.0, 812.5)]
    table = " epoch    mse    speed\n------  -----  -------\n     1  0.50    812.5\n"
    assert read(table)[0] == {"mse": [(1.0, 0.5)]}


def test_a_boosting_round_opens_a_line_as_a_step_word_does():
    assert read("round 5: auc 0.91\nRound 6/10\nauc: 0.93\n")[0] == {
        "auc": [(5.0, 0.91), (6.0, 0.93)]}
    assert read("round trip time: 5\n")[0] == {}


def test_a_phase_in_parentheses_after_the_step_word_qualifies_the_names():
    text = ("03/07 09:15:02 - trainer - INFO - Epoch(train) [2][ 40/80]  loss: 0.4312  eta: 0:00:09\n"
            "03/07 09:15:09 - trainer - INFO - Epoch(val) [2][8/8]    mAP: 0.6125\n")
    assert read(text)[0] == {"train/loss": [(2.0, 0.4312)], "val/mAP": [(2.0, 0.6125)]}


def test_a_word_in_parentheses_that_is_no_phase_names_nothing():
    assert read("Epoch(warmup) [1][5/10]  loss: 0.9\n")[0] == {"loss": [(1.0, 0.9)]}


# -- LABELLED_ROWS ----------------------------------------------------------------------------------


def test_rows_labelled_under_an_unnamed_column_are_different_quantities():
    text = ("           hit rate   miss score   samples\n"
            "\n"
            "     cats       0.81         0.25        40\n"
            "     dogs       0.77         0.31        35\n"
            "\n"
            "  overall                    0.29        75\n")
    assert read(text)[0] == {"cats/hit rate": [(0.0, 0.81)], "cats/miss score": [(0.0, 0.25)],
                             "dogs/hit rate": [(0.0, 0.77)], "dogs/miss score": [(0.0, 0.31)],
                             "overall": [(0.0, 0.29)]}


def test_rows_labelled_under_a_named_column_are_things_named_by_row_and_column():
    named = ("         recall_at_5  train_seconds\n"
             "ranker                            \n"
             "bm25            0.4120           3.50\n"
             "dense           0.5230          12.25\n")
    assert read(named)[0] == {"bm25/recall_at_5": [(0.0, 0.412)], "dense/recall_at_5": [(0.0, 0.523)]}
    indexed = ("  learner  fold  top_error\n"
               "0   ridge     0     0.1250\n"
               "1   ridge     1     0.1375\n")
    assert read(indexed)[0] == {"ridge/top_error": [(0.0, 0.125), (1.0, 0.1375)]}  # the fold steps


def test_labelled_rows_describing_data_are_no_table():
    # A header naming no result makes an entity table (ENTITY_ROWS, test_metrics_entities);
    # pandas's describe() of data holds one count in every row (DATA_TABLE): the input.
    text = ("            count      mean       std       min\n"
            "height     250.0    170.20      8.10    150.00\n"
            "weight     250.0     70.30      9.90     48.00\n")
    assert read(text)[0] == {}
    series = "colour\nred      12\nblue      7\n"  # a pandas Series: one name is no header
    assert read(series)[0] == {}


# -- COUNT_PREFIX and a phase in brackets ------------------------------------------------------------


def test_a_bracketed_count_before_a_name_is_the_step_of_its_report():
    text = "[500] hit rate: 71.5%\nmiss rate: 3.25%\n[1,000] hit rate: 74.0%\nmiss rate: 3.5%\n"
    assert read(text)[0] == {"hit rate": [(500.0, 71.5), (1000.0, 74.0)],
                             "miss rate": [(500.0, 3.25), (1000.0, 3.5)]}


def test_a_bracketed_count_before_a_number_or_a_tab_is_no_count_prefix():
    metrics, _ = read("[7] 0.25 0.5\n[3]\tholdout-mae:0.125\n")
    assert metrics == {"holdout-mae": [(3.0, 0.125)]}


def test_a_phase_alone_in_brackets_qualifies_the_names():
    text = "[dev] iteration: 4, cost: 0.375\n[INFO] iteration: 4, cost: 0.5\n"
    assert read(text)[0] == {"val/cost": [(4.0, 0.375)], "cost": [(4.0, 0.5)],
                             "iteration": [(4.0, 4.0)]}  # no phase: the step key keeps its series


def test_the_runs_global_counter_is_the_step_and_no_metric():
    text = "global_step=64, episode_reward=12.5\nstep=3 cost=0.5\n"
    assert read(text)[0] == {"episode_reward": [(64.0, 12.5)], "step": [(3.0, 3.0)],
                             "cost": [(3.0, 0.5)]}


# -- LOG_LEAD -----------------------------------------------------------------------------------------


def test_a_plain_print_after_a_log_records_prefix_and_a_progress_count():
    text = ("2026-01-02 10:11:12.345 | INFO     | app.fit:run:17 - Round 2/5 | cost 0.4250 | hit 0.81\n"
            "2026-01-02 10:11:12.400 | INFO     | app.fit:run:20 - dev | cost 0.5000 | hit 0.75\n")
    assert read(text)[0] == {"cost": [(2.0, 0.425)], "hit": [(2.0, 0.81)],
                             "val/cost": [(2.0, 0.5)], "val/hit": [(2.0, 0.75)]}


def test_a_log_prefix_before_words_and_numbers_that_are_no_pairs_gives_nothing():
    text = "2026-01-02 10:11:12.345 | INFO     | app:run:17 - Loaded 3 files in 2 dirs\n"
    assert read(text)[0] == {}


def test_an_index_or_id_is_no_metric_but_a_result_beside_it_is():
    metrics, _ = read("Worker index: 3\nShard id: 7\nindexed_recall: 0.75\n")
    assert metrics == {"indexed_recall": [(0.0, 0.75)]}


# -- TAB_FIELDS ---------------------------------------------------------------------------------------


def test_the_words_of_a_tab_separated_field_name_its_pair():
    text = ("[tuner: 01-02 10:11:12] {88} INFO - iteration 4, current model knn\n"
            "[tuner: 01-02 10:11:12] {90} INFO -  at 0.2s,\tmodel knn's best cost=0.125,"
            "\toverall best cost=0.1\n")
    assert read(text)[0] == {"model knn's best cost": [(4.0, 0.125)],
                             "overall best cost": [(4.0, 0.1)]}


def test_a_tab_before_a_pair_with_a_sentence_or_a_number_in_its_field_keeps_the_name():
    text = "summary\tround 3 took 2 s, cost=0.25\nnote\tcost=0.75\n"
    assert read(text)[0] == {"cost": [(0.0, 0.25), (1.0, 0.75)]}


# -- BAR_LABEL ----------------------------------------------------------------------------------------


def test_the_label_after_a_drawn_bar_and_its_count_is_a_pair():
    text = "\rRound 2/3  [######------]  4/8  chunk cost 0.4250\n"
    assert read(text)[0] == {"chunk cost": [(2.0, 0.425)]}


def test_a_bar_followed_by_words_of_a_sentence_or_no_bar_gives_nothing():
    text = ("Round 2/3  [######------]  4/8  copied to disk 3\n"
            "Round 2/3  4/8  chunk cost 0.4250 remaining\n")
    assert read(text)[0] == {}


# -- RUN_WITH -----------------------------------------------------------------------------------------


def test_pairs_after_with_before_training_are_config():
    metrics, params = read("Fitting with rate=0.25 depth=3\nround 1: cost=0.5\n")
    assert metrics == {"cost": [(1.0, 0.5)]}
    assert ("rate", "0.25") in params


def test_pairs_after_with_that_name_a_result_stay_metrics():
    metrics, _ = read("Finished with loss=0.5 hit=0.75\n")
    assert metrics == {"loss": [(0.0, 0.5)], "hit": [(0.0, 0.75)]}


# -- PLAIN_NAMES --------------------------------------------------------------------------------------


def test_a_plain_print_of_names_spelt_as_pairs_after_a_bullet():
    assert read(" * Hit@3 41.250 Hit@10 77.500\n")[0] == {"Hit@3": [(0.0, 41.25)],
                                                          "Hit@10": [(0.0, 77.5)]}


def test_two_bullets_or_a_bullet_inside_the_line_is_no_plain_print():
    assert read(" * * Hit@3 41.250 Hit@10 77.500\nHit@3 41.250 * Hit@10 77.500\n")[0] == {}


# -- LABELLED_COUNT -----------------------------------------------------------------------------------


def test_a_label_and_a_count_before_a_separator_give_the_step():
    text = ("[2026-01-02 10:11:12] Subsets: 3/5 -- hit_score: 0.75[Pool(n=2)]: Done 4 out of 4\n"
            "Subsets: 4/5 | hit_score: 0.8\n")
    assert read(text)[0] == {"hit_score": [(3.0, 0.75), (4.0, 0.8)]}


def test_a_count_without_a_separator_or_a_lower_case_bracket_gives_no_step():
    text = "Subsets: 3/5 done, hit_score: 0.75\nhit_score: 0.5[x]\n"
    assert read(text)[0] == {"hit_score": [(0.0, 0.75)]}


# -- CALL_ARGS ----------------------------------------------------------------------------------------


def test_keyword_arguments_of_a_call_printed_over_lines_are_config():
    text = ("round 1: cost=0.5\nfitted: Booster(rate=0.25,\n"
            "        shrink=0.125, leaves=7)\nround 2: cost=0.25\n")
    metrics, params = read(text)
    assert metrics == {"cost": [(1.0, 0.5), (2.0, 0.25)]}
    assert ("shrink", "0.125") in params


def test_indented_pairs_under_a_closed_call_or_no_call_stay_metrics():
    text = "fitted Booster(rate=0.25)\n    cost=0.5,\nsummary (final)\n    hit=0.75,\n"
    assert read(text)[0] == {"cost": [(0.0, 0.5)], "hit": [(0.0, 0.75)]}


# -- IDENTIFIER_NAME ----------------------------------------------------------------------------------


def test_words_before_an_identifier_qualify_it_and_plain_words_join_the_name():
    text = "Top hit_rate: 0.75 (round 3)\nTop hit rate: 0.5\n"
    assert read(text)[0] == {"hit_rate": [(0.0, 0.75)], "Top hit rate": [(0.0, 0.5)]}


def test_a_phase_a_name_and_a_number_alone_on_a_line_are_a_pair():
    assert read("Dev hit_rate 0.75\nTest cost 12.5\n")[0] == {"val/hit_rate": [(0.0, 0.75)],
                                                              "test/cost": [(0.0, 12.5)]}
    assert read("Loaded files 12.5\nTest cost 12.5 s\n")[0] == {}


def test_a_bracketed_step_prefix_closes_and_name_number_pairs_follow():
    # The bracket opened before the step word closes after its total: the pairs are read.
    points, _ = read("[epoch 3/10] loss 0.41 acc 0.9\n[ep 04/10] loss 0.38 acc 0.92 | lr 1.5e-03\n")
    assert points == {"loss": [(3.0, 0.41), (4.0, 0.38)], "acc": [(3.0, 0.9), (4.0, 0.92)],
                      "lr": [(4.0, 0.0015)]}
    # A look-alike: the same prefix before a sentence with a count holds no metric.
    assert read("[ep 2/5] saved 3 files to disk\n")[0] == {}


# -- TAGGED_STEP ----------------------------------------------------------------------------------


def test_a_tag_before_a_step_prefix_leaves_the_step_to_the_step_word():
    text = "worker 3: round 2/9  hit_rate 0.75  cost 1.5\nworker 3: round 3/9  hit_rate 0.5  cost 1.25\n"
    assert read(text)[0] == {"hit_rate": [(2.0, 0.75), (3.0, 0.5)],
                             "cost": [(2.0, 1.5), (3.0, 1.25)]}


def test_a_tag_before_words_that_are_no_step_prefix_gives_nothing():
    # A look-alike: a tag, then a sentence with numbers, no step word.
    assert read("worker 3: copied 2 files 0.5 0.25\n")[0] == {}


# -- STEP_COLUMNS: a step column spelt as its number, a generation ------------------------------


def test_a_column_numbering_its_step_word_gives_the_rows_step():
    text = "n_round    cost     gap\n      3   0.50   0.125\n      4   0.25   0.0625\n"
    assert read(text)[0] == {"cost": [(3.0, 0.5), (4.0, 0.25)], "gap": [(3.0, 0.125), (4.0, 0.0625)]}
    text = "gen\tcost\n5\t0.5\n6\t0.25\n"
    assert read(text)[0] == {"cost": [(5.0, 0.5), (6.0, 0.25)]}


def test_a_column_counting_steps_in_the_plural_is_no_step_and_no_metric():
    # A look-alike: the number of rounds set for each row is a count, not the row's step.
    text = "n_rounds    cost     gap\n       3   0.50   0.125\n       4   0.25   0.0625\n"
    assert read(text)[0] == {"cost": [(0.0, 0.5), (1.0, 0.25)], "gap": [(0.0, 0.125), (1.0, 0.0625)]}


# -- FIRST_ROW_GAPS ---------------------------------------------------------------------------------


def test_a_first_row_with_blank_cells_is_read_under_the_header_above():
    text = ("  round     cost     drop     gain\n"
            "      0    12.50                  \n"
            "      1     6.25     6.25     0.50\n")
    assert read(text)[0] == {"cost": [(0.0, 12.5), (1.0, 6.25)], "drop": [(1.0, 6.25)],
                             "gain": [(1.0, 0.5)]}


def test_a_row_whose_cell_stands_between_two_columns_of_a_wider_header_is_no_row():
    # A look-alike: the value stands across "cost" and "drop": it belongs to neither.
    text = ("  round     cost     drop     gain\n"
            "      0        12.500000          \n")
    assert read(text)[0] == {}


# -- CHAPTERS -------------------------------------------------------------------------------------


def test_titles_over_dashed_runs_name_the_columns_under_them():
    text = ("      \t     cost      \t   depth    \n"
            "      \t---------------\t------------\n"
            "round \tmean \tbest\tmean \tbest\n"
            "1     \t0.5  \t0.25\t3.5  \t2   \n"
            "2     \t0.25 \t0.125\t4.5 \t3   \n")
    assert read(text)[0] == {"cost/mean": [(1.0, 0.5), (2.0, 0.25)],
                             "cost/best": [(1.0, 0.25), (2.0, 0.125)],
                             "depth/mean": [(1.0, 3.5), (2.0, 4.5)],
                             "depth/best": [(1.0, 2.0), (2.0, 3.0)]}


def test_a_title_without_a_dashed_run_under_it_names_no_column():
    # A look-alike: a caption above the header, no rule: the columns keep their names.
    text = ("        cost summary\n"
            "round   mean   best\n"
            "1       0.5    0.25\n")
    assert read(text)[0] == {"mean": [(1.0, 0.5)], "best": [(1.0, 0.25)]}


# -- REPR_BODY (grammar's look-alikes) -------------------------------------------------------------


def test_pairs_inside_an_objects_angle_bracketed_repr_are_no_metrics():
    text = "best so far: Candidate<score: 0.75, tries: 2, inner: Box(rate=0.5)> cost: 1.5\n"
    assert read(text)[0] == {"cost": [(0.0, 1.5)]}


def test_a_comparison_sign_before_pairs_is_no_repr():
    # A look-alike: "<" between words, no name glued to it: the pairs are read.
    assert read("gap < 0.1 so hit: 0.75, cost: 1.5\n")[0] == {"hit": [(0.0, 0.75)],
                                                              "cost": [(0.0, 1.5)]}


# -- INTEGER_LABELS ---------------------------------------------------------------------------------


def test_integers_set_in_under_a_reports_header_label_its_rows():
    text = ("         accuracy    cost\n\n"
            "    3        0.50    0.25\n"
            "    7        0.75    0.50\n")
    assert read(text)[0] == {"3/accuracy": [(0.0, 0.5)], "3/cost": [(0.0, 0.25)],
                             "7/accuracy": [(0.0, 0.75)], "7/cost": [(0.0, 0.5)]}


def test_integers_flush_left_are_a_frames_index_and_label_nothing():
    # A look-alike: pandas's index counts the rows; the columns are one series each.
    text = "   accuracy  cost\n0      0.50  0.25\n1      0.75  0.50\n"
    assert read(text)[0] == {"accuracy": [(0.0, 0.5), (1.0, 0.75)], "cost": [(0.0, 0.25), (1.0, 0.5)]}


# -- SYSLOG_LEAD and LOGGED_PAIR ------------------------------------------------------------------


def test_a_syslog_records_message_is_read_and_a_lone_logged_pair_too():
    text = ("2026-01-02 10:11:12 box runner[77] INFO round 3 cost 1.5 hit 0.75\n"
            "2026-01-02 10:11:12 box runner[77] DEBUG cost spread 0.125\n")
    assert read(text)[0] == {"round": [(3.0, 3.0)], "cost": [(3.0, 1.5)], "hit": [(3.0, 0.75)],
                             "cost spread": [(3.0, 0.125)]}


def test_a_logged_count_or_a_lone_pair_without_a_log_record_is_no_metric():
    # Look-alikes: an integer, words after the number, and no record's level before the pair.
    text = ("2026-01-02 10:11:12 INFO copied 12 files\n"
            "2026-01-02 10:11:12 INFO cost spread 3\n"
            "runner cost 0.5\n")
    assert read(text)[0] == {}


# -- PHASE_HEADING ----------------------------------------------------------------------------------


def test_lone_pairs_under_a_phase_heading_carry_the_phase():
    text = "round 1: cost=0.5\nValidation results:\n  cost = 0.25\n  hit: 0.5\n"
    assert read(text)[0] == {"cost": [(1.0, 0.5)], "val/cost": [(1.0, 0.25)],
                             "val/hit": [(1.0, 0.5)]}


def test_lone_pairs_under_a_heading_naming_no_phase_keep_their_names():
    text = "round 1: cost=0.5\nSummary of the run:\n  cost = 0.125\n"
    assert read(text)[0] == {"cost": [(1.0, 0.5), (1.0, 0.125)]}


# -- ASIDE_PAIR -----------------------------------------------------------------------------------


def test_a_name_and_a_number_in_parentheses_are_a_pair_of_a_plain_print():
    assert read("round 2 cost 0.5 (gap 0.25) hit 0.75\n")[0] == {
        "round": [(2.0, 2.0)], "cost": [(2.0, 0.5)], "gap": [(2.0, 0.25)], "hit": [(2.0, 0.75)]}


def test_words_after_a_number_in_parentheses_make_no_plain_print():
    assert read("round 3 cost 0.5 (over 3 seeds) hit 0.75\n")[0] == {}


def test_an_aside_closing_the_line_is_read_with_the_line():
    # ENDS_IN_ASIDE: a line that ends in a number and ")" is a candidate line.
    assert read("round 4 cost 0.5 hit 0.75 (gap 0.25)\n")[0] == {
        "round": [(4.0, 4.0)], "cost": [(4.0, 0.5)], "hit": [(4.0, 0.75)], "gap": [(4.0, 0.25)]}


def test_a_count_or_an_id_in_a_closing_aside_gives_nothing():
    assert read("shard written (2 of 9)\nworker up (pid 4242)\nsaved (3/8)\n")[0] == {}


def test_a_channel_after_the_level_leaves_the_step_to_the_step_word():
    # CHANNEL_LEAD: "LEVEL: channel: step N:" (Logbook's frame) gives step N.
    assert read("[12:00:01] INFO: fitter: round 7: cost = 0.5\n")[0] == {"cost": [(7.0, 0.5)]}


def test_a_name_after_the_level_before_anything_but_a_step_stays_a_name():
    assert read("INFO: cost: 0.5\nINFO: fitter: rounding 7 values\n")[0] == {"cost": [(0.0, 0.5)]}


# -- PHASES: a phase word before a key glued to its "=" ----------------------------------------------


def test_a_phase_word_before_a_glued_key_qualifies_it():
    assert read("dev hit=0.5 test hit=0.25\n")[0] == {"dev hit": [(0.0, 0.5)],
                                                      "test hit": [(0.0, 0.25)]}


def test_another_word_before_a_glued_key_is_no_part_of_its_name():
    # A look-alike: a shouted label, or a word of a sentence, names nothing.
    assert read("FINAL hit=0.5\nthe best hit=0.25\n")[0] == {"hit": [(0.0, 0.5), (1.0, 0.25)]}


# -- DONE_MARK ----------------------------------------------------------------------------------------


def test_a_success_mark_before_results_reports_them():
    assert read("\u2714 test: loss=0.25 hit_acc=0.75\n")[0] == {"test/loss": [(0.0, 0.25)],
                                                               "test/hit_acc": [(0.0, 0.75)]}


def test_a_success_mark_before_settings_or_an_info_mark_before_results_is_noise():
    # Look-alikes: a size after a success mark, and results after an info icon.
    assert read("\u2714 Wrote shard: size=12.5\n\u2139 test: loss=0.5\n")[0] == {}


def test_an_aside_closing_a_line_of_pairs_is_a_pair_but_a_steps_aside_is_not():
    text = "round 4: cost=0.5\nBest round: 4 (cost 0.5)\nBest cost: 0.5 (round 4)\n"
    assert read(text)[0] == {"cost": [(4.0, 0.5), (4.0, 0.5)],  # "Best round: 4": BEST_STEP
                             "Best cost": [(4.0, 0.5)]}


def test_a_spread_aside_is_dropped_and_another_aside_is_a_pair():
    text = "round 5 cost 97.9 (std 7.2) hit 0.5\nround 6 cost 97.5 (gap 7.25) hit 0.5\n"
    assert read(text)[0] == {"round": [(5.0, 5.0), (6.0, 6.0)], "cost": [(5.0, 97.9), (6.0, 97.5)],
                             "hit": [(5.0, 0.5), (6.0, 0.5)], "gap": [(6.0, 7.25)]}


# -- STEP_LABEL after one word --------------------------------------------------------------------------


def test_one_word_before_a_step_label_leaves_the_step_to_it():
    assert read("best round 3: cost 0.5 hit 0.25\n")[0] == {"cost": [(3.0, 0.5)],
                                                            "hit": [(3.0, 0.25)]}


def test_words_of_a_sentence_before_a_step_label_make_no_label():
    assert read("the best round 3: cost 0.5 hit 0.25\n")[0] == {}


# -- COUNT_CELLS -----------------------------------------------------------------------------------


def test_a_progress_count_in_a_step_column_gives_the_rows_step():
    text = "   round    cost    gap\n     1/3    0.5    0.25\n     2/3   0.25    0.125\n"
    assert read(text)[0] == {"cost": [(1.0, 0.5), (2.0, 0.25)], "gap": [(1.0, 0.25), (2.0, 0.125)]}


def test_a_progress_count_in_another_column_is_no_value_and_no_step():
    text = "   cost    done    gap\n    0.5     1/3   0.25\n   0.25     2/3  0.125\n"
    assert read(text)[0] == {"cost": [(0.0, 0.5), (1.0, 0.25)], "gap": [(0.0, 0.25), (1.0, 0.125)]}


def test_a_labelled_row_under_another_header_is_not_read_with_the_last_one():
    text = ("        round     loss    size\n"
            "          1/2     0.5      64\n"
            "        Group   Items    acc50    gap\n"
            "          all      12     0.75   0.5\n")
    assert read(text)[0] == {"loss": [(1.0, 0.5)], "all/acc50": [(0.0, 0.75)], "all/gap": [(0.0, 0.5)]}


def test_a_header_whose_names_name_no_result_makes_an_entity_table():
    # No result word (not even step50's threshold digits): not LABELLED_ROWS but ENTITY_ROWS,
    # whose one row names its cells by column; Items is a count (COUNTED_PLURAL).
    assert read("        Group   Items    step50    gap\n          all      12     0.75   0.5\n"
                )[0] == {"step50": [(0.0, 0.75)], "gap": [(0.0, 0.5)]}


# -- PIPE_FIELDS -------------------------------------------------------------------------------------


def test_pipe_fields_skip_a_progress_count_and_read_a_steps_sentence():
    text = ("| iter   2 |    40/ 900 shards | cost 1.25 | gap 0.50\n"
            "| done with iter   2 | took: 12.5s | dev cost  1.50 | dev gap  0.75\n")
    # the step field opening a record drawn between bars is the step, no pair
    assert read(text)[0] == {"cost": [(2.0, 1.25)], "gap": [(2.0, 0.5)], "dev cost": [(2.0, 1.5)],
                             "dev gap": [(2.0, 0.75)]}


def test_a_pipe_field_of_a_count_and_words_after_it_is_prose():
    # A look-alike: "40/ 900 shards left over" is no count field; the line is no plain print.
    assert read("| iter   2 | 40/ 900 shards left over | cost 1.25 | gap 0.50\n")[0] == {}


def test_a_sentence_field_between_pipe_fields_is_left_out():
    text = "dev | iter 3 | scored on 'dev' split | cost 1.25 | gap 0.50\n"
    assert read(text)[0] == {"val/cost": [(3.0, 1.25)], "val/gap": [(3.0, 0.5)]}


def test_a_field_of_plain_words_between_pipe_fields_still_makes_no_plain_print():
    # A look-alike: a second label ("dev") after pairs may start another section: nothing read.
    assert read("iter 3 | train | cost 1.25 | dev | cost 1.5\n")[0] == {}


# -- GLOG_LEAD ------------------------------------------------------------------------------------------


def test_a_glog_records_prefix_is_skipped_before_a_plain_print():
    text = ("I0102 10:11:12.345678 4242 fit.py:42] iter 30 cost 1.25 gap 0.5\n"
            "I0102 10:11:13.345678 4242 fit.py:42] iter 60 cost 1.0 gap 0.25\n")
    assert read(text)[0] == {"iter": [(30.0, 30.0), (60.0, 60.0)],
                             "cost": [(30.0, 1.25), (60.0, 1.0)], "gap": [(30.0, 0.5), (60.0, 0.25)]}


def test_a_line_like_a_glog_prefix_without_its_source_is_no_record():
    # A look-alike: no "file:line]" after the thread id: the numbers are a sentence's.
    assert read("I0102 10:11:12.345678 4242 cost 1.25 gap 0.5\n")[0] == {}


# -- PHASE_HEADING over HEADED_BLOCK rows -------------------------------------------------------------


def test_words_alone_over_indented_rows_head_them_and_a_phase_qualifies_them():
    text = ("iter 1 cost 1.5 gap 0.75\n"
            "Final results\n  hit_rate    0.91\n  cost        0.30\n"
            "Validation results:\n  hit_rate    0.81\n")
    assert read(text)[0] == {"iter": [(1.0, 1.0)], "cost": [(1.0, 1.5), (0.0, 0.3)],
                             "gap": [(1.0, 0.75)], "hit_rate": [(0.0, 0.91)],
                             "val/hit_rate": [(0.0, 0.81)]}


def test_words_alone_over_rows_set_flush_left_or_naming_no_result_head_nothing():
    # Look-alikes: rows not indented under the words, and words naming no result.
    assert read("Final results\nhit_rate    0.91\nLoading shards\n  shards      12.5\n")[0] == {}


# -- a field opened by a bracket ----------------------------------------------------------------------


def test_words_after_a_fields_bracket_are_part_of_its_name():
    text = "[Round 2/9] [P cost: 0.5] [Q cost: 0.25]\n"
    assert read(text)[0] == {"P cost": [(2.0, 0.5)], "Q cost": [(2.0, 0.25)]}


def test_a_closed_bracketed_tag_before_a_pair_is_no_part_of_its_name():
    assert read("[ok] cost: 0.5\n")[0] == {"cost": [(0.0, 0.5)]}
