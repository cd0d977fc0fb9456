"""A hand-written loop's counter, however it is spelt, is the step of what the line reports
(GLUED_STEP, GLUED_COUNT, STEP_FRACTION, PASS_STEP, PHASE_STEP set in); an averaged count is a
measure (AVERAGED_COUNT); a phase heading names the run of pairs under it, flush left too
(PHASE_HEADING). docs/metric-rules.rst has each rule's row; the lines here are invented."""

from __future__ import annotations

import pytest

from tests.metric_reading import read, read_with_params

EPOCHS = (1, 2, 3)


def loop(template: str, steps=EPOCHS) -> str:
    return "".join(template.format(e=e, n=len(steps), v=1 / e, w=2 / e) + "\n" for e in steps)


@pytest.mark.parametrize("template", [
    "iteration:{e} cost: [{v:.6f}]",  # GLUED_STEP
    "step:{e} | loss: {v:.6f}",
    "[batch:{e}] loss: {v:.6f}",
    "Epoch{e}/{n},Loss: {v:.6f}",  # GLUED_COUNT
    "ep{e}/{n} loss: {v:.6f}",
    "Epoch: {e}/{n} (50%) | loss: {v:.6f}",  # STEP_FRACTION
    "Update {e}: loss = {v:.6f}",  # PASS_STEP
    "Cycle {e} | loss {v:.6f}",
])
def test_the_counter_is_the_step(template):
    points = {name.lower(): series for name, series in read(loop(template)).items()}
    assert points["loss" if "cost" not in template else "cost"] == [
        (e, pytest.approx(1 / e, abs=1e-6)) for e in EPOCHS]


@pytest.mark.parametrize("line", ["iteration:3", "connected to host:8080 loss: 0.5",
                                  "Cycle of life: 3 reasons"])
def test_what_only_looks_like_a_counter_gives_no_step(line):
    points = read(line + "\n")
    assert all(step == 0 for series in points.values() for step, _ in series)


def test_a_name_ending_in_digits_has_no_total():
    assert read("acc5/1 loss: 0.5\n").get("loss", [(0, 0.5)])[0][0] == 0


def test_a_set_in_phase_word_before_a_bracketed_count_names_the_phase():
    text = loop("  train [{e}] loss: {v:.4f}, ppl: {w:.4f}") + "  val [3] loss: 0.2500, ppl: 1.5000\n"
    points = read(text)
    assert points["train/loss"] == [(e, pytest.approx(1 / e, abs=1e-4)) for e in EPOCHS]
    assert points["val/ppl"] == [(3, 1.5)]


@pytest.mark.parametrize("name", ["Avg Steps", "mean episode length", "eval_avg_steps"])
def test_an_averaged_count_is_a_measure(name):
    assert read(loop(f"Episode {{e}}, Avg Reward: {{w:.2f}}, {name}: {{v:.2f}}"))[name]


@pytest.mark.parametrize("name", ["warmup steps", "num_samples"])
def test_a_count_alone_stays_setup(name):
    assert name not in read(loop(f"Episode {{e}}, Avg Reward: {{w:.2f}}, {name}: {{e}}"))


def test_a_phase_heading_names_its_whole_flush_left_run():
    points = read("Test results:\nloss: 0.31\naccuracy: 0.92\nf1: 0.88\n")
    assert set(points) == {"test/loss", "test/accuracy", "test/f1"}


def test_a_line_of_another_shape_ends_the_heading_run():
    points = read("Test results:\nloss: 0.31\nepoch 4 loss 0.2 acc 0.9\n")
    assert "test/loss" in points and points["loss"] == [(4, 0.2)]


@pytest.mark.parametrize("line, name", [
    ("Validation Loss: 2.19 Acc: 37.3%", "val/Acc"),
    ("Test loss: 0.31, accuracy: 0.92", "test/accuracy"),
    ("epoch: 3, Train Loss: 0.5, Acc: 0.9", "train/Acc"),
])
def test_a_phase_opening_the_first_name_names_the_line(line, name):
    assert name in read(line + "\n")


@pytest.mark.parametrize("line", ["Train loss: 0.5, val loss: 0.4", "Test of normality: 0.5, p: 0.3"])
def test_a_line_naming_its_own_phases_keeps_them(line):
    assert not any(name.startswith(("train/", "test/", "val/")) for name in read(line + "\n"))


@pytest.mark.parametrize("line, names", [
    ("Epoch 2 | Accuracy Train = 52.9% | Accuracy Test = 49.9%", {"train/Accuracy", "test/Accuracy"}),
    ("Epoch 2 | Loss train: 0.4 | Loss val: 0.5", {"train/Loss", "val/Loss"}),
])
def test_a_phase_word_closing_a_name_is_its_phase(line, names):
    assert names <= set(read(line + "\n"))


@pytest.mark.parametrize("line, name", [
    ("Wald test = 29.93", "Wald test"), ("Likelihood ratio test= 30.5", "Likelihood ratio test"),
    ("Prior dev  : 0.4253", "Prior dev"),
])
def test_a_statistical_test_or_deviation_is_no_phase(line, name):
    assert name in read(line + "\n")


def test_the_imagenet_example_s_tab_fields_closed_by_a_tab_are_read_at_their_epoch():
    line = "Epoch: [{e:03d}][4/8]\tTime 0.002\tLoss {v:.4f} \tAccuracy {w:.4f} \t"
    points = read(loop(line))
    assert points["Loss"] == [(e, pytest.approx(1 / e, abs=1e-4)) for e in EPOCHS]
    assert "Time" not in points


def test_words_after_a_step_label_open_the_name():
    points = read(loop("====> Epoch {e} Average train loss: {v:.4f}"))
    assert points["Average train loss"] == [(e, pytest.approx(1 / e, abs=1e-4)) for e in EPOCHS]


def test_a_sentence_after_a_step_label_keeps_its_last_name():
    assert read(loop("Generation {e} has ChiSquare: {v:.4f}"))["ChiSquare"][0][0] == 1


def test_each_part_of_a_barred_line_has_its_own_phase():
    points = read("Epoch 1/2 - Train Loss: 1.29, Acc: 42.7% | Val Loss: 1.09, Acc: 65.6%, F1: 0.63\n")
    assert points["train/Acc"] == [(1, 42.7)] and points["val/Acc"] == [(1, 65.6)]
    assert points["val/F1"] == [(1, 0.63)]


def test_a_bar_redrawn_on_new_rows_reports_each_state_once():
    bar = "Average reward after {n} episodes: {v:.2f}: {p:3d}%|#####     | {i}/600 [00:00<00:00, 99.1it/s]\n"
    text = "".join(bar.format(n=n, v=v, p=p, i=i) for n, v, p, i in [
        (0, 0.0, 0, 1), (0, 0.0, 16, 94), (100, 0.25, 17, 101), (100, 0.25, 31, 188), (200, 0.5, 34, 201)])
    assert read(text)["Average reward"] == [(0, 0.0), (100, 0.25), (200, 0.5)]


def test_a_bar_line_that_gave_nothing_is_no_state_to_repeat():
    text = ("Epochs:  20%|##   | 4/20 [00:03<00:10, loss=1.06]WARNING: slow\n"
            "Epochs:  25%|##   | 5/20 [00:03<00:11, loss=1.06]\n")
    assert read(text)["loss"] == [(0, 1.06)]


def test_statistics_after_a_step_are_owned_by_their_label():
    points = read(loop("Episode {e} reward stats: mean={v:.2f}, std={w:.2f}, min=-1.00, max=3.00"))
    assert points["reward stats/mean"] == [(e, pytest.approx(1 / e, abs=0.01)) for e in EPOCHS]
    assert "mean" not in points


def test_a_json_loop_record_s_decimal_strings_are_numbers():
    points = read(loop('{{"epoch": {e}, "loss": "{v}", "tag": "0042", "version": "1.2"}}'))
    assert points["loss"] == [(e, pytest.approx(1 / e)) for e in EPOCHS]
    assert set(points) <= {"epoch", "loss"}


def test_a_json_record_without_a_step_keeps_its_strings_text():
    assert read('{"python": "3.11", "torch": "2.1"}\n') == {}


def test_a_padded_count_in_parentheses_is_the_step():
    points = read("".join(f"Epoch ({e:10d}/{300:10d}) cost: {1 / (e + 1):.4f}\n" for e in (0, 100, 200)))
    assert [step for step, _ in points["cost"]] == [0, 100, 200]


def test_a_unit_after_a_value_is_no_word_of_the_next_name():
    assert set(read("PSNR: 13.4153 dB SSIM: 0.4965\n")) == {"PSNR", "SSIM"}


def test_a_banner_past_a_log_prefix_names_the_phase_of_its_run():
    lead = "12/07/2026 08:24:18 - INFO - root -   "
    points = read(f"{lead}***** Eval results *****\n{lead}  acc = 0.97\n{lead}  f1 = 0.98\n")
    assert set(points) == {"eval/acc", "eval/f1"}


def test_a_plain_print_s_leading_phase_names_the_line():
    assert "train/accuracy" in read("Train loss 0.675 accuracy 0.559\n")


def test_piped_glued_fields_in_a_bar_description_are_read_whole():
    bar = "T|loss:{v:.2f}|best val:{w:.2f}|cur val:{w:.2f}:   0%|          | 0/8 [00:00<?, ?it/s]"
    points = read(loop(bar))
    assert {"loss", "best val", "cur val"} <= set(points)


@pytest.mark.parametrize("line", ["host:8080|port:22", "T|a b c d e:0.5|x:0.2"])
def test_what_only_looks_like_piped_fields_is_not_read_so(line):
    assert "host" not in read(line + "\n") and "a b c d e" not in read(line + "\n")


def test_a_result_of_one_thing_of_a_kind_is_named_by_the_thing():
    points = read("Accuracy of plane : 55 %\nAccuracy of   cat : 41 %\n")
    assert points == {"plane/Accuracy": [(0, 55.0)], "cat/Accuracy": [(0, 41.0)]}
    assert "Accuracy of the network" in next(iter(read("Accuracy of the network on the 10 test images: 9 %\n")))


@pytest.mark.parametrize("key", ["Batch_id", "batch_idx", "step_idx"])
def test_a_step_word_s_index_is_the_step(key):
    points = read("".join(f"Loss={1 / (i + 1):.4f} {key}={i}   Accuracy={i * 10}.5\n" for i in (0, 5, 9)))
    assert [step for step, _ in points["Loss"]] == [0, 5, 9] and key not in points


def test_a_count_inside_the_step_does_not_stop_the_fields():
    points = read(loop("epoch {e}, step 3/8 loss => {v:.4f}, acc => {w:.4f}"))
    assert points["loss"] == [(e, pytest.approx(1 / e, abs=1e-4)) for e in EPOCHS] and "acc" in points


@pytest.mark.parametrize("line, name", [
    ("accuracy on test set: 67%", "test/accuracy"), ("Loss on the validation set: 0.31", "val/Loss"),
    ("[1 / 5]: Accuracy on test set: 50.0 %", "test/Accuracy"),
])
def test_the_data_a_result_was_measured_on_is_its_phase(line, name):
    assert name in read(line + "\n")


def test_a_result_on_a_split_may_have_other_fields_after_it_but_no_sentence():
    text = "".join(f"accuracy on test set: {a}%   [correct: {4 * a} , total: 400 ]\n" for a in (67, 68))
    assert read(text)["test/accuracy"] == [(0, 67), (1, 68)]
    assert read("loss on the validation data: 0.31, acc: 0.9\n")["val/loss"] == [(0, 0.31)]
    assert "test/Accuracy" not in read("Accuracy on test set: 67.5 and loss: 0.3\n")


def test_a_title_with_settings_between_rules_gives_params():
    rule = "=" * 36 + "\n"
    points, params = read_with_params(rule + "algo1, lr=0.03\n" + rule + loop("step: {e}, R: {v:.3f}"))
    assert ("lr", "0.03") in params and "lr" not in points
    assert read(rule + "final, acc=0.93\n" + rule)["acc"] == [(0, 0.93)]


def test_a_phase_word_inside_a_label_names_its_pairs():
    points = read("Final test metrics: loss = 0.39, accuracy = 0.97\n")
    assert set(points) == {"test/loss", "test/accuracy"}


def test_a_label_naming_a_step_of_a_phase_leaves_the_names():
    assert "best_reward" in read("Initial test step: test_reward: 9.1, best_reward: 9.1\n")


def test_a_step_with_an_equals_sign_labels_the_line():
    points = read(loop("step = {e}: loss = {v:.4f}"))
    assert points["loss"] == [(e, pytest.approx(1 / e, abs=1e-4)) for e in EPOCHS]


def test_an_arrow_from_a_name_to_its_value_is_a_pair():
    assert read("[Mon, 07 Dec 2026 11:01:08] INFO: Overall mean IoU -> 0.674\n") == {"Overall mean IoU": [(0, 0.674)]}
    assert read("pavg=0.53 -> initscore=0.14\n") == {}


@pytest.mark.parametrize("header", ["Epoch: {e:02} | Time: 0m 12s", "Epoch: {e} | Epoch Time: 1m 4s",
                                    "Step: {e} (took 12.3s)"])
def test_a_step_header_carrying_its_time_still_heads_the_lines_under_it(header):
    text = "".join(header.format(e=e) + f"\n\tTrain Loss: {1 / e:.3f} | Train PPL: {2 / e:.3f}\n" for e in EPOCHS)
    points = read(text)
    assert points["Train Loss"] == [(e, round(1 / e, 3)) for e in EPOCHS]
    assert set(points) == {"Train Loss", "Train PPL"}  # the time is no metric, the step no series
