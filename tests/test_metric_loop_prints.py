"""Hand-written loops' prints, read by the real parser: a result's name and its number with
nothing between them among other text (BARE_RESULT), a
fraction under a step word's spelling (MEASURED_STEP_KEY), a step key coarser than the one that
gives the step (COARSER_KEY), a line wholly in brackets (BRACKETED_LINE) or of bracketed names (BRACKETED_NAMES), ``bits per dimension``
(PER_UNIT), a second value after a slash (SECOND_VALUE), ``Avg L`` before another letter's pair
(INDEXED_FAMILY), a logger's name (LOGGER_NAME), a count per step (COUNT_PER_STEP), a phase over a count
(PHASE_INDEX), a field's words back to a bar (COMMA_FIELD) a name after an ellipsis (STOPPED_NAME) and a label field parted by a dash (LABEL_FIELD). docs/metric-rules.rst has the rows; the
output here is invented in the shapes the rows name."""

from __future__ import annotations

import pytest

from expctl.metrics.bare_results import bare_result
from expctl.metrics.phase_keys import phase_index
from tests.metric_reading import read


@pytest.mark.parametrize("chunk", [1, 4096])
def test_a_result_right_before_the_first_pair_is_read(chunk):
    text = "".join(f"Game {n} Score {s} Record: {r}\n" for n, s, r in ((1, 3, 3), (2, 0, 3), (3, 5, 5)))
    assert read(text, chunk) == {"Score": [(1, 3), (2, 0), (3, 5)], "Record": [(1, 3), (2, 3), (3, 5)]}


def test_a_result_closing_a_line_of_prose_counts_is_read_at_the_lines_step():
    text = ("Episode 1 finished after 50 timesteps with reward 49\n"
            "Episode 2 finished after 13 timesteps with total reward 12.5\n")
    assert read(text) == {"reward": [(1, 49)], "total reward": [(2, 12.5)]}


@pytest.mark.parametrize("line", [
    "Episode 1 finished after 50 timesteps with 3 lives",  # a count closing the line is no result
    "Episode 1 finished after 50 timesteps with weight 4",  # no result's word
    "Epoch 0 (Training) Loss 2.6712 CER 0.7802",  # a decimal before it: a plain print's line
    "Reward 12 was the best",  # the number closes nothing
])
def test_no_bare_result_elsewhere(line):
    assert bare_result(line, 9, len(line)) is None


def test_a_fraction_under_a_generation_word_is_a_phase_result():
    text = "".join(f"Epoch {n}/3\nTrain - Disc: {d} Gen: {g}\n\n"
                   for n, d, g in ((1, 0.62813, 0.61201), (2, 0.53142, 0.60186), (3, 0.56, 0.63)))
    assert read(text) == {"train/Disc": [(1, 0.62813), (2, 0.53142), (3, 0.56)],
                          "train/Gen": [(1, 0.61201), (2, 0.60186), (3, 0.63)]}


def test_a_coarser_step_key_printed_as_a_label_is_no_point():
    text = "".join(f"Episode : {e} \t\t Timestep : {t} \t\t Average Reward : {r}\n"
                   for e, t, r in ((14, 400, 27.5), (31, 800, 23.29)))
    assert read(text) == {"Timestep": [(400, 400), (800, 800)], "Average Reward": [(400, 27.5), (800, 23.29)]}
    text = "".join(f"loss: {v}, epoch: 0, iterations: {i}\n" for i, v in ((1, 0.15), (2, 0.14)))
    assert read(text) == {"loss": [(1, 0.15), (2, 0.14)]}


def test_a_records_coarser_field_is_kept():
    text = "".join(f"epoch={e} step={s} loss={v}\n" for e, s, v in ((1, 1, 0.69), (1, 2, 0.59)))
    assert read(text)["epoch"] == [(1, 1), (2, 1)]


def test_a_progress_line_in_brackets_is_read_inside_them():
    text = "[1/22: loss 1.0753  accuracy 39.33%]\n[2/22: loss 0.76906  accuracy 69.33%]\n"
    assert read(text) == {"loss": [(1, 1.0753), (2, 0.76906)], "accuracy": [(1, 39.33), (2, 69.33)]}
    settings = "[d.tol = 0.0001221, M = 100, h = 4.467e-06]\n[d.tol = 0.0001221, M = 100, h = 4.546e-06]\n"
    assert read(settings) == {}


def test_bits_per_dimension_is_a_result_per_a_unit():
    text = "".join(f"{n} iterations, loss: {v}, bits per dimension: {b}\n" for n, v, b in ((100, 249.87, 1.40604), (200, 227.06, 1.25908)))
    assert read(text)["bits per dimension"] == [(100, 1.40604), (200, 1.25908)]


@pytest.mark.parametrize("shape", ["Epoch {n}/8 | Loss D: 1.4087 | D(G(z)): {a}/{b}\n",
                                   "[{n}/5][0/1583]\tLoss_D: 1.7410\tD(G(z)): {a} / {b}\n"])
def test_a_second_decimal_after_a_slash_is_the_names_second_point(shape):
    text = "".join(shape.format(n=n, a=a, b=b) for n, a, b in ((1, "0.5061", "0.5049"), (2, "0.4945", "0.4923")))
    assert read(text)["D(G(z))"] == [(1, 0.5061), (1, 0.5049), (2, 0.4945), (2, 0.4923)]


def test_a_count_over_a_total_is_no_second_value():
    points = read("Test set: Avg. loss: 1.5372, Accuracy: 47/360 (13%)\n")
    assert not any(value == 360 for series in points.values() for _, value in series)


def test_a_statistic_of_a_letter_keeps_its_word_before_another_letter():
    text = "".join(f"Ep {n}/150 | Avg R: {r} | Avg L: {v} | e: 0.737 | Time: 0.2s\n"
                   for n, r, v in ((10, 18.9, 0.1947), (20, 15.7, 0.2704)))
    assert read(text)["Avg L"] == [(10, 0.1947), (20, 0.2704)]


def test_a_loggers_name_is_no_phase():
    text = "".join(f"INFO:train:epoch  {n}/15, loss: {v}, val acc: 0.4850\n" for n, v in ((1, 0.6959), (2, 0.6904)))
    assert read(text)["loss"] == [(1, 0.6959), (2, 0.6904)]


def test_names_in_brackets_before_their_numbers_are_a_plain_print():
    text = "[epoch]  1        [loss]  2.358543834913205\n[epoch]  2        [loss]  2.315312993549163\n"
    assert read(text)["loss"] == [(1, 2.358543834913205), (2, 2.315312993549163)]
    assert read("[INFO] 3 files [done] 4\n[INFO] 5 files [done] 6\n") == {}


def test_a_count_per_step_is_no_metric():
    text = "Batches/epoch: 19 | Batch size: 64\nEpoch 1/2 - Avg Loss: 1.23\nBatches/epoch: 19 | Batch size: 64\nEpoch 2/2 - Avg Loss: 0.98\n"
    assert set(read(text)) == {"Avg Loss"}


def test_a_phase_over_a_count_opening_a_line_is_its_step_and_names_the_rest():
    text = "validation: 0 | loss: 11.479604 \nvalidation: 1 | loss: -0.897716 \n"
    assert read(text) == {"val/loss": [(0, 11.479604), (1, -0.897716)]}
    assert phase_index([("Train", "12"), ("Val", "6")], [0, 11]) is None  # each split's size: no step


def test_a_fields_words_go_back_to_a_bar_and_a_name_starts_after_an_ellipsis():
    text = "".join(f"Episode {n}/6000 | epsilon=0.8187 | recent avg reward={v}\n" for n, v in ((250, 0.004), (500, 0.02)))
    assert read(text)["recent avg reward"] == [(250, 0.004), (500, 0.02)]
    text = "".join(f"Completed [    {n}] simulations... Running reward: [{v}]\n" for n, v in ((20, 28.34593), (40, 30.44823)))
    assert read(text)["Running reward"] == [(20, 28.34593), (40, 30.44823)]


def test_a_label_field_parted_by_a_dash_names_the_results_after_it():
    text = "".join(f"Target: {t} - Train R^2: {a} - Val R^2: {b}\n" for t, a, b in (("Dry_Green_g", 0.0344, 0.0948), ("Dry_Clover_g", 0.0861, 0.12)))
    assert read(text) == {"Dry_Green_g/Train R^2": [(0, 0.0344)], "Dry_Green_g/Val R^2": [(0, 0.0948)],
                          "Dry_Clover_g/Train R^2": [(0, 0.0861)], "Dry_Clover_g/Val R^2": [(0, 0.12)]}
