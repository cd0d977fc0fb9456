"""FIELD_COUNT and FRAME_STEP: a field counting the run's steps (``3 gen from 25``,
``generation 3 of 25``) steps its line, and a redraw in place at a new count is a new report
even when its values stay; on invented lines."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_count_after_an_ellipsis_steps_the_line():
    text = ("searching...1 gen from 4...best value = 4.25\n"
            "searching...2 gen from 4...best value = 3.5\n")
    assert read(text)["best value"] == [(1.0, 4.25), (2.0, 3.5)]


def test_a_step_word_before_its_count_between_bars_steps_the_line():
    text = ("evolve | generation 7 of 30 | fitness = 0.52\n"
            "evolve | generation 8 of 30 | fitness = 0.61\n")
    assert read(text)["fitness"] == [(7.0, 0.52), (8.0, 0.61)]


def test_a_count_without_a_step_word_steps_nothing():
    text = ("loading...3 files from 25...mean ratio = 0.5\n"
            "loading...4 files from 25...mean ratio = 0.25\n")
    assert [step for step, _ in read(text)["mean ratio"]] == [0.0, 1.0]


def test_a_redraw_at_a_new_count_keeps_a_repeated_value():
    frames = "".join(f"\r|{'#' * g}{'_' * (5 - g)}| run...{g} gen from 5...best value = {v}|"
                     for g, v in ((1, 2.5), (2, 2.5), (3, 2.5), (4, 1.75), (5, 1.75)))
    assert read(frames + "\n")["best value"] == [(1.0, 2.5), (2.0, 2.5), (3.0, 2.5), (4.0, 1.75),
                                                 (5.0, 1.75)]


def test_a_redraw_of_the_same_count_is_one_report():
    frames = "".join(f"\r|{'#' * n}{'_' * (4 - n)}| run...2 gen from 5...best value = 2.5|"
                     for n in range(1, 5))
    assert read(frames + "\n")["best value"] == [(2.0, 2.5)]


def test_a_bar_label_at_a_new_epoch_with_the_old_values_is_no_new_report():
    frames = ("\rEpoch 0: 100%|##########| 4/4 [00:01<00:00, loss=0.601]"
              "\rEpoch 1:   0%|          | 0/4 [00:00<?, loss=0.601]"
              "\rEpoch 1: 100%|##########| 4/4 [00:01<00:00, loss=0.512]\n")
    assert [value for _, value in read(frames)["loss"]] == [0.601, 0.512]


def test_a_redraw_with_an_unchanged_nan_is_one_report():
    frames = ("\rfitting:   0%|     | 0/20 [00:00<?, loss=1.31, prev_loss=nan]"
              "\rfitting:   5%|#    | 1/20 [00:01<00:13, loss=1.31, prev_loss=nan]"
              "\rfitting:   5%|#    | 1/20 [00:01<00:13, loss=1.17, prev_loss=1.31]\n")
    assert [value for _, value in read(frames)["loss"]] == [1.31, 1.17]
