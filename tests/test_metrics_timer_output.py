"""Output that is timings only (TIMER_OUTPUT), in the shape a timer library prints, against a
time printed after other output, which stays bookkeeping."""

from __future__ import annotations

from tests.metric_reading import read, values

TIMINGS = ("Elapsed time: 0.0648 seconds\n"
           "Elapsed time: 0.0097 seconds\n"
           "sort: 66.15 ms\n"
           "squares: 14.56 ms\n")


def test_a_timers_lines_are_its_results():
    assert values(TIMINGS) == {"Elapsed time": [0.0648, 0.0097], "sort": [66.15],
                               "squares": [14.56]}


def test_the_timings_do_not_depend_on_the_reads():
    assert read(TIMINGS, 3) == read(TIMINGS)


def test_a_time_after_training_output_stays_bookkeeping():
    text = "epoch 1 loss 0.52\nepoch 2 loss 0.48\nTraining time: 12.3 s\n"
    assert "Training time" not in values(text)


def test_a_line_of_other_text_above_ends_a_timers_output():
    assert values("Fitting the model\nElapsed time: 0.0648 seconds\n") == {}


def test_the_timers_unit_is_a_setting_but_opens_its_output():
    found = values("Timer unit: 1e-06 s\n\nTotal time: 0.0115707 s\n")
    assert found == {"Total time": [0.0115707]}


def test_one_time_alone_or_times_set_in_are_bookkeeping():
    assert values("elapsed: 3.2s\n") == {}
    assert values("  Took: 12.5 ms\n  Elapsed: 3.5 s\n") == {}
