"""Rules written from the structure of output the fifth to ninth halves showed the parser
missing (issue 11: a norm printed as ``|x|``, a method written as a function before a name, ...),
each checked on invented lines: one that the rule reads, and a look-alike it must leave alone."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def read(data: str, chunk: int = 4096) -> tuple[dict[str, list[tuple[float, float]]], list]:
    """(name -> [(step, value)], config entries) as the recorder reads `data` on one stream."""
    return read_with_params(data, chunk)


# -- NORM_NAME: a norm written with bars around one word --------------------------------------------


def test_a_norm_written_with_bars_is_a_name():
    text = ("sweep= 1 F= -3.25  |r|= 0.5  |dx|= 1.5e-2\n"
            "sweep= 2 F= -3.5  |r|= 0.125  |dx|= 4e-3\n")
    found = read(text)[0]
    assert found["|r|"] == [(0.0, 0.5), (1.0, 0.125)]
    assert found["|dx|"] == [(0.0, 0.015), (1.0, 0.004)]


def test_bars_of_a_table_are_no_norm():
    # A look-alike: a barred row's cells are parted by bars with spaces, no name glued in them.
    assert "|x|" not in read("| x | 0.5 |\n|x|y\n")[0]


def test_a_word_written_as_a_function_opens_a_name_of_words():
    found = read("MP4(SDQ) triples correction = -0.0125\n")[0]
    assert found == {"MP4(SDQ) triples correction": [(0.0, -0.0125)]}


# -- CHOICE_NAME: a name the printed configuration set to a word -----------------------------------


def test_a_number_under_a_name_configured_as_a_word_is_no_metric():
    text = ("run settings: method=bisect, tol=0.001, seed=4\n"
            "step 1 method=0 obj=0.52\n"
            "step 2 method=1 obj=0.31\n")
    found, params = read(text)
    assert found == {"obj": [(1.0, 0.52), (2.0, 0.31)]}
    assert ("method", "bisect") in params and ("seed", "4") in params


def test_a_choice_printed_later_drops_only_what_follows_it_however_the_output_is_cut():
    """CHOICE_NAME holds from the choice on: the points read before it stay, in one read or
    in a read per line (the recorder stores each read's points as they come)."""
    text = ("step 1 method=0 obj=0.52\n"
            "run settings: method=bisect, tol=0.001, seed=4\n"
            "step 2 method=1 obj=0.31\n")
    whole = read(text)[0]
    assert whole == {"method": [(1.0, 0.0)], "obj": [(1.0, 0.52), (2.0, 0.31)]}
    assert read(text, chunk=1)[0] == whole


def test_a_result_configured_as_a_word_stays_a_metric():
    # A look-alike: "loss=mse" chooses the loss function; the loss printed later is the loss.
    text = ("run settings: loss=mse, warmup=none, seed=1\n"
            "step 1 loss=0.5 warmup=0.1\n"
            "step 2 loss=0.25 warmup=0.2\n")
    found = read(text)[0]
    assert found["loss"] == [(1.0, 0.5), (2.0, 0.25)]
    assert found["warmup"] == [(1.0, 0.1), (2.0, 0.2)]


# -- EVENT_MESSAGE: a structured record's message repeats its fields --------------------------------


def test_a_structured_records_fields_are_read_without_its_message():
    text = ("10:00:01 [info     ] evaluated: acc=0.91 round=3          acc=0.9132 round=3\n"
            "10:00:02 [info     ] evaluated: acc=0.93 round=4          acc=0.9301 round=4\n")
    found = read(text)[0]
    assert found["acc"] == [(3.0, 0.9132), (4.0, 0.9301)]
    assert found["round"] == [(3.0, 3.0), (4.0, 4.0)]


def test_a_structured_record_without_fields_is_read_from_its_message():
    # A look-alike: no gap and no fields after the message: its pairs are the record's.
    found = read("10:00:01 [info     ] evaluated: acc=0.91 round=3\n")[0]
    assert found["acc"] == [(3.0, 0.91)]


# -- ASSIGNED_SETTINGS: a run of "words = value" lines holding a word --------------------------------

_ASSIGNED = ("solver mode = fast\n"
             "grid points = 64\n"
             "relax factor = 0.7\n"
             "trust radius = 1.5\n")


def test_a_run_of_assignments_holding_a_word_is_settings_wherever_it_stands():
    text = "iter 1 resid = 0.5\n" + _ASSIGNED + "iter 2 resid = 0.25\n"
    found, params = read(text)
    assert found == {"resid": [(1.0, 0.5), (2.0, 0.25)]}
    assert ("relax factor", "0.7") in params and ("solver mode", "fast") in params


def test_a_short_run_or_one_naming_a_result_stays_metrics():
    # Look-alikes: three assignments are too few; a result among them makes them a report.
    short = "iter 1 resid = 0.5\n" + "".join(_ASSIGNED.splitlines(True)[:3])
    assert read(short)[0]["relax factor"] == [(1.0, 0.7)]
    report = "iter 1 resid = 0.5\n" + _ASSIGNED + "final loss = 0.125\n"
    assert read(report)[0]["trust radius"] == [(1.0, 1.5)]


# -- STATISTIC_TIME: a statistic of measured times, with its unit -----------------------------------


def test_a_statistic_of_times_with_its_unit_is_a_pair():
    text = "case fast\n  Mean: 12.5 ms\ncase slow\n  Mean: 40.25 ms\n"
    assert read(text)[0] == {"Mean": [(0.0, 12.5), (1.0, 40.25)]}


def test_a_time_with_its_unit_under_another_name_is_no_pair():
    # A look-alike: how long a step took is bookkeeping of the run, not its result.
    assert read("  Took: 12.5 ms\n  Elapsed: 3.5 s\n")[0] == {}


# -- HEADED_BLOCK: a report's heading, rows of words among its rows -------------------------------


def test_rows_under_a_report_heading_are_read_past_rows_of_words():
    text = ("Fit report\n"
            "  Outcome       converged\n"
            "  Final energy  -12.5\n"
            "  Residual      0.003\n")
    assert read(text)[0] == {"Final energy": [(0.0, -12.5)], "Residual": [(0.0, 0.003)]}


def test_rows_under_a_heading_naming_no_results_stay_nothing():
    # A look-alike: the same rows under a heading that names the machine give nothing.
    text = ("Host layout\n"
            "  Vendor        acme\n"
            "  Sockets       2.5\n"
            "  Bandwidth     0.003\n")
    assert read(text)[0] == {}


# -- PAIRS_DICT, BEST_PHASE: a labelled dict printed as its list of pairs ---------------------------


def test_a_dict_printed_as_its_pairs_is_read_under_its_label():
    text = ("07 Mar 10:01    INFO  eval scores: OrderedDict([('mrr', 0.25), ('hits@3', 0.5)])\n"
            "07 Mar 10:02    INFO  best eval : OrderedDict([('mrr', 0.375), ('hits@3', 0.625)])\n")
    assert read(text)[0] == {"eval/mrr": [(0.0, 0.25)], "eval/hits@3": [(0.0, 0.5)],
                             "best eval/mrr": [(0.0, 0.375)], "best eval/hits@3": [(0.0, 0.625)]}


def test_a_list_of_pairs_with_words_for_values_stays_nothing():
    # A look-alike: a list of (key, word) pairs is a listing of settings, no dict of values.
    assert read("INFO  layout: OrderedDict([('head', 'linear'), ('act', 'relu')])\n")[0] == {}


def test_best_before_a_word_that_is_no_phase_is_dropped_as_a_label():
    assert read("best run: {'mrr': 0.5}\n")[0] == {"mrr": [(0.0, 0.5)]}


# -- NAME_ADVERB, STEP_SIZE: "step size now 0.75" ---------------------------------------------------


def test_a_logged_step_size_now_is_the_step_size():
    text = ("INFO     fit epoch 1/4 - loss 0.75 - acc 0.5\n"
            "DEBUG    fit.sched step size now 0.75\n"
            "INFO     fit epoch 2/4 - loss 0.5 - acc 0.625\n"
            "DEBUG    fit.sched step size now 0.5625\n")
    assert read(text)[0]["step size"] == [(1.0, 0.75), (2.0, 0.5625)]
    assert read("DEBUG    fit.sched momentum now 0.85\n")[0] == {"momentum": [(0.0, 0.85)]}


def test_a_batch_size_now_stays_no_metric():
    # A look-alike: the size of a batch counts examples; only a step's size is a length.
    assert read("DEBUG    fit.loader batch size now 64.0\n")[0] == {}


# -- ACRONYM_NAME: a method's acronym opening a name is part of it ---------------------------------


def test_an_acronym_opening_a_name_is_part_of_it():
    assert read("MLE final loss: 12.5\nKL divergence: 0.25\n")[0] == {
        "MLE final loss": [(0.0, 12.5)], "KL divergence": [(0.0, 0.25)]}


def test_a_shouted_label_word_is_still_dropped():
    # A look-alike: a word in capitals (four letters or more) labels the line, as RESULT does.
    assert read("RESULT divergence: 0.25\n")[0] == {"divergence": [(0.0, 0.25)]}


# -- STEP_RANGE: the steps a value is averaged over, between its name and its colon -----------------


def test_a_range_of_steps_before_the_colon_is_no_part_of_the_name():
    text = "fit: 40%| 40/100 [00:01<00:01, 39.5it/s, mean cost [31-40]: 12.75]\n"
    assert read(text)[0] == {"mean cost": [(0.0, 12.75)]}


def test_a_bracketed_word_before_the_colon_still_opens_a_field():
    # A look-alike: "[D loss: 0.5]" is a field of its own (BRACKET_FIELD), no range.
    assert read("[D loss: 0.5] [G loss: 0.75]\n")[0] == {"D loss": [(0.0, 0.5)], "G loss": [(0.0, 0.75)]}


# -- COUNT_NAME: a name opening with a count and a hyphen ------------------------------------------


def test_a_name_opening_with_a_count_is_a_name():
    text = "k=  8  3-recall=0.5  (1.5 ms)\nk= 16  3-recall=0.75  (2.5 ms)\n"
    assert read(text)[0]["3-recall"] == [(8.0, 0.5), (16.0, 0.75)]  # at k: INDEX_STEP


def test_a_file_name_of_steps_stays_no_name():
    # A look-alike: "epoch=2-step=40.ckpt" names a file; its "2-step" is no metric.
    assert "2-step" not in read("saved epoch=2-step=40 to disk, loss=0.5\n")[0]


# -- ASYMMETRIC_SPREAD: a value and its distances to two quantiles ---------------------------------


def test_a_value_with_a_minus_and_a_plus_distance_is_the_value():
    text = "slope = 1.25 -0.5 +0.75\nk(x) = -2.5 -0.125 +0.25\n"
    assert read(text)[0] == {"slope": [(0.0, 1.25)], "k(x)": [(0.0, -2.5)]}


def test_a_value_before_other_bare_numbers_stays_no_pair():
    # A look-alike: a row of numbers after a label (ROW_OF_NUMBERS) belongs to its columns.
    assert read("total = 1.25 0.5 0.75\n")[0] == {}


# -- RESULT_FOR_LABEL: a result for one of a kind, in a sentence ------------------------------------


def test_a_result_for_one_of_a_kind_is_named_by_it():
    text = "Recall for fruit: apple  is 75.5 %\nRecall for fruit: pear   is 50.0 %\n"
    assert read(text)[0] == {"apple/Recall": [(0.0, 75.5)], "pear/Recall": [(0.0, 50.0)]}


def test_a_sentence_of_a_word_naming_no_result_stays_no_pair():
    # A look-alike: "Colour for fruit: apple is 3" says nothing measured.
    assert read("Colour for fruit: apple is 3 %\n")[0] == {}


def test_a_log_of_assignments_printing_a_key_again_stays_metrics():
    # A look-alike: the same keys printed again are a log of values, not one listing.
    text = "mode = warm\nrate = 0.5\ngain = 1.5\nmode = hot\nrate = 0.25\ngain = 2.5\n"
    found = read("iter 1 resid = 0.5\n" + text)[0]
    assert found["rate"] == [(1.0, 0.5), (1.0, 0.25)] and found["gain"] == [(1.0, 1.5), (1.0, 2.5)]
