"""Rules written from the structure of the sixth half's output (issue 11: Rich's log records,
lmfit's fit report), each checked on invented lines: one that the rule reads, and a look-alike
it must leave alone."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def read(data: str, chunk: int = 4096) -> tuple[dict[str, list[tuple[float, float]]], list]:
    """(name -> [(step, value)], config entries) as the recorder reads `data` on one stream."""
    return read_with_params(data, chunk)


# -- BLANK_TIME: Rich's record under a repeated time -----------------------------------------------


def test_a_record_under_a_blank_time_column_gives_its_own_step():
    text = ("[10:00:01] INFO     Round 1/4 - cost=0.75          run.py:12\n"
            "           INFO     Round 2/4 - cost=0.5           run.py:12\n"
            "           DEBUG    Round 3/4 - cost=0.25          run.py:12\n")
    assert read(text)[0] == {"cost": [(1.0, 0.75), (2.0, 0.5), (3.0, 0.25)]}


def test_a_blank_run_before_a_word_that_is_no_level_is_no_log_frame():
    # A look-alike: an indented line whose first word only starts like a level; it is no
    # record's frame, so the step word after it opens nothing and the carried step stays.
    text = ("Round 1/4 - cost=0.75\n"
            "           INFORMAL Round 2/4 - cost=0.5\n")
    assert read(text)[0] == {"cost": [(1.0, 0.75), (1.0, 0.5)]}


# -- START_ASIDE: where a fitted value started is a setting ----------------------------------------


def test_a_start_value_in_parentheses_after_a_value_is_its_param():
    text = ("[[Variables]]\n"
            "    amp:      9.0356 +/- 0.0821 (0.91%) (init = 10)\n"
            "    center:   5.0861 +/- 0.0082 (0.16%) (init = 5)\n")
    metrics, params = read(text)
    assert metrics == {"amp": [(0.0, 9.0356)], "center": [(0.0, 5.0861)]}
    assert params == [("amp.init", "10"), ("center.init", "5")]


def test_an_aside_naming_no_start_stays_a_pair():
    # A look-alike: the aside reports another value of the run (its best), not where it began.
    assert read("cost: 0.5 (best = 0.25)\n") == ({"cost": [(0.0, 0.5)], "best": [(0.0, 0.25)]},
                                                 [])


# -- PHASE_FIELD: a phase word opening a field of its own ------------------------------------------


def test_a_phase_word_opening_a_count_field_qualifies_nothing():
    text = ("Epoch: 1/3 Train steps: 6 Val steps: 2 0.02s loss: 0.60 val_loss: 0.55\n"
            "Epoch: 2/3 Train steps: 6 Val steps: 2 0.02s loss: 0.40 val_loss: 0.45\n")
    assert read(text)[0] == {"loss": [(1.0, 0.6), (2.0, 0.4)], "val_loss": [(1.0, 0.55), (2.0, 0.45)]}


def test_a_phase_label_before_its_fields_still_qualifies_them():
    # The look-alike: the phase word is the line's label, its fields follow under it.
    text = ("Training Results - Epoch: 1  Avg loss: 0.30\n"
            "Validation Results - Epoch: 1  Avg loss: 0.35\n")
    assert read(text)[0] == {"train/Avg loss": [(1.0, 0.3)], "val/Avg loss": [(1.0, 0.35)]}


# -- TIMED_FIELD: how long a step took closes a line of fields -------------------------------------


def test_a_closing_field_saying_how_long_it_took_is_left_out():
    text = ("Iteration 50, divergence 2.1659, 50 iterations in 0.1797 sec\n"
            "round 2 | cost 0.52 | done in 3.2 s\n"
            "epoch 3, loss 0.51, acc 0.82, took 2.1s\n")
    metrics = read(text)[0]
    assert metrics["divergence"] == [(50.0, 2.1659)]
    assert metrics["cost"] == [(2.0, 0.52)]
    assert (metrics["loss"], metrics["acc"]) == ([(3.0, 0.51)], [(3.0, 0.82)])
    assert not [name for name in metrics if "sec" in name or "took" in name or "done" in name]


def test_a_named_amount_of_time_is_a_value_not_bookkeeping():
    # The look-alike: a field that names what took the time (a simulated wait) is a result.
    metrics = read("rep 1 | cost 0.5 | wait 53.2 min\n")[0]
    assert [value for _, value in metrics["wait"]] == [53.2]


def test_a_line_ending_in_a_time_without_fields_is_prose():
    assert read("Finished the whole download in 0.25 s\n")[0] == {}


# -- MEASURED_BOUND: max beside mean is a statistic -------------------------------------------------


def test_max_beside_a_mean_of_the_same_thing_is_a_metric():
    metrics = read("rep 1/4 | mean wait 53.2 | max wait 99.6\n")[0]
    assert set(metrics) == {"mean wait", "max wait"}


def test_max_of_a_setting_alone_stays_a_bound():
    assert "max depth" not in read("round 1 | max depth 8 | loss 0.42\n")[0]


# -- COMMA_FIELD: a postfix key of several words ---------------------------------------------------


def test_a_postfix_key_goes_back_to_its_comma():
    line = "Warmup:  3%|#    | 12/450 [00:01, 61.3it/s, step rate=6.67e-02, acc. prob=0.741]\n"
    assert read(line)[0] == {"step rate": [(0.0, 0.0667)], "acc. prob": [(0.0, 0.741)]}


def test_a_sentence_before_a_glued_key_is_no_part_of_its_name():
    assert read("done, and then best=0.25\n")[0] == {"best": [(0.0, 0.25)]}


# -- EVENT_FIELD: a logfmt record's message names its phase or its config -------------------------


def test_a_logfmt_message_naming_a_phase_qualifies_the_record():
    text = ("level=info logger=app msg=\"end of epoch\" epoch=1 loss=0.61 acc=0.70\n"
            "level=info logger=app msg=eval epoch=1 loss=0.65 acc=0.68\n")
    assert read(text)[0] == {"epoch": [(1.0, 1.0)], "loss": [(1.0, 0.61)], "acc": [(1.0, 0.7)],
                             "eval/loss": [(1.0, 0.65)], "eval/acc": [(1.0, 0.68)]}


def test_a_logfmt_message_naming_config_gives_params():
    text = ("level=info msg=hparams lr=0.03 seed=7\n"
            "level=info msg=step step=1 loss=0.5\n")
    metrics, params = read(text)
    assert params == [("lr", "0.03"), ("seed", "7")]
    assert "lr" not in metrics and metrics["loss"] == [(1.0, 0.5)]


def test_a_logger_name_ending_in_a_phase_word_qualifies_nothing():
    # The look-alike: the logger names the code that logged, not the record's phase.
    assert "loss" in read("level=info logger=job.eval msg=done step=3 loss=0.25\n")[0]


# -- LONE_STEP and ENDS_IN_DECORATION: headers alone on their line ---------------------------------


def test_a_step_key_alone_on_its_line_heads_the_lines_after_it():
    # (the step key is stored as a point too, as on any line that prints one)
    text = "Generation = 1\nFitness    = 0.81\nGeneration = 2\nFitness    = 0.85\n"
    assert read(text)[0]["Fitness"] == [(1.0, 0.81), (2.0, 0.85)]
    assert read("step: 3\nEpoch: 4\nloss: 0.5\n")[0]["loss"] == [(4.0, 0.5)]


def test_a_header_framed_in_decoration_gives_its_step():
    for header in ("=== Epoch 3 ===", "*** Running generation 3 ***", "### round 3 ###"):
        assert read(f"{header}\nscore: 0.5\n")[0] == {"score": [(3.0, 0.5)]}, header


def test_a_count_of_steps_alone_is_no_header():
    # The look-alike: "epochs = 3" is how many epochs run (a setting), no step of its own.
    assert read("epochs = 3\nloss: 0.5\nloss: 0.4\n") == (
        {"loss": [(0.0, 0.5), (1.0, 0.4)]}, [("epochs", "3")])


def test_how_far_a_run_has_come_is_no_metric():
    line = "Progress: 100.0% words/sec/thread:  123456 lr:  0.000000 avg.loss:  0.512345 ETA:   0h 0m 0s\n"
    assert "Progress" not in read(line)[0] and "avg.loss" in read(line)[0]


# -- SENTENCE_RESULT: a sentence naming a result ---------------------------------------------------


def test_a_sentence_opened_by_a_result_word_names_its_value():
    text = "Accuracy of the model on the 500 held-out images: 71 %\n"
    assert read(text)[0] == {"Accuracy of the model on the 500 held-out images": [(0.0, 71.0)]}


def test_a_sentence_naming_a_count_or_a_download_stays_prose():
    text = ("Number of images in the test set: 360\n"
            "Downloading the files from the server: 45 %\n")
    assert read(text)[0] == {}


# -- COMMA_TABLE, FRACTION_PERCENT and bracketed step counts ---------------------------------------


def test_csv_printed_as_written_is_a_table():
    text = "epoch,loss,acc\n1,0.52,0.81\n2,0.41,0.84\n"
    assert read(text)[0] == {"loss": [(1.0, 0.52), (2.0, 0.41)], "acc": [(1.0, 0.81), (2.0, 0.84)]}


def test_a_sentence_with_commas_is_no_csv_row():
    assert read("we ran it, then, at last,  0.5\nwords,more words\n")[0] == {}


def test_a_count_with_its_percentage_is_the_percentage():
    assert read("Test set: Average loss: 0.0341, Accuracy: 9903/10000 (99%)\n")[0] == {
        "test/Average loss": [(0.0, 0.0341)], "test/Accuracy": [(0.0, 99.0)]}


def test_a_bracketed_epoch_count_gives_the_step():
    text = "Epoch [1/10], Step [100/600], Loss: 0.2345\nEpoch [2/10], Step [100/600], Loss: 0.1345\n"
    assert read(text)[0] == {"Loss": [(1.0, 0.2345), (2.0, 0.1345)]}


# -- TOKEN_COLUMNS: numbers one space apart under a header in columns ------------------------------


def test_numbers_one_space_apart_are_placed_under_their_columns():
    text = ("Iterat #Evals   objective value  ratio\n"
            "    1      8 4.342893342552870e+01 1.0e+00\n"
            "  note: something happened in between\n"
            "    2     16 2.263193953868509e+01 1.2e+00 -\n")
    metrics = read(text)[0]
    assert metrics["objective value"] == [(1.0, 43.4289334255287), (2.0, 22.63193953868509)]
    assert metrics["ratio"] == [(1.0, 1.0), (2.0, 1.2)]
    assert "Iterat" not in metrics  # a step word cut to its column: the step


def test_numbers_under_no_header_of_names_are_no_table():
    # The look-alike: a dump of numbers under a sentence is no table.
    assert read("we printed these numbers below\n  1 2.5 3.5 4.5\n  2 2.6 3.6 4.6\n")[0] == {}


def test_data_beside_time_is_the_loaders_wait():
    line = "Epoch: [0]  [ 3/10]  eta: 0:00:01  lr: 0.0478  loss: 2.3203 (2.3321)  time: 0.0026  data: 0.0001\n"
    assert set(read(line)[0]) == {"lr", "loss"}


# -- CONFIG_MARKERS: a tool's defaults in parentheses ----------------------------------------------


def test_pairs_after_defaults_in_parentheses_are_params():
    metrics, params = read("ranker: ready (defaults: folds=5 recall_floor=0.25 shuffle=True)\n")
    assert metrics == {} and params == [("folds", "5"), ("recall_floor", "0.25")]


def test_pairs_after_a_word_that_is_no_config_label_stay_metrics():
    # A look-alike: "(best: ...)" reports results, as any other label before pairs does.
    metrics, params = read("ranker: ready (best: folds=5 recall_floor=0.25)\n")
    assert params == [] and metrics["recall_floor"] == [(0.0, 0.25)]


# -- TAB_FIELDS: name, value and running average between tabs --------------------------------------


def test_tab_separated_fields_with_running_averages_are_pairs():
    text = ("Epoch: [1][ 5/40]\tTime  0.120 ( 0.130)\tLoss 1.2500e+00 (1.3000e+00)\tTop1  61.50 ( 58.25)\n"
            "Test: [2/8]\tTime  0.010 ( 0.012)\tLoss 9.0000e-01 (9.5000e-01)\tTop1  70.00 ( 69.00)\n")
    metrics = read(text)[0]
    assert [value for _, value in metrics["Loss"]] == [1.25]
    assert [value for _, value in metrics["test/Top1"]] == [70.0]
    assert "Time" not in metrics and "test/Time" not in metrics


def test_a_tab_field_of_words_makes_no_tab_fields():
    assert read("run\tfinished in time\tloss 0.5 (0.6)\n")[0] == {}


def test_names_one_space_apart_over_parted_cells_and_a_best_mark():
    text = ("epoch train_loss train_acc   val_loss        lr    time\n"
            "--------------------------------------------------------\n"
            "    1     2.2098    33.07%     1.9928   0.05000   0.07s *\n"
            "    2     1.5834    77.81%     1.0333   0.04878   0.03s\n")
    metrics = read(text)[0]
    assert metrics["train_loss"] == [(1.0, 2.2098), (2.0, 1.5834)]
    assert metrics["lr"] == [(1.0, 0.05), (2.0, 0.04878)]
    assert "time" not in metrics and "epoch" not in metrics


def test_header_names_with_colons_name_their_columns():
    text = ("   Gen:        Fevals:         best:\n"
            "      1             12        30.1563\n"
            "      6             72        13.7888\n")
    assert read(text)[0]["best"] == [(1.0, 30.1563), (6.0, 13.7888)]


def test_a_first_field_that_is_a_sentence_is_left_out():
    assert read("| End of training | test loss  6.54 | test ppl   690.65\n")[0] == {
        "test loss": [(0.0, 6.54)], "test ppl": [(0.0, 690.65)]}
