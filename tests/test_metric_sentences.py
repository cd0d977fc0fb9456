"""A value told in a sentence of change (UPDATED_VALUE), once (RESTATED_UPDATE); a dict whose label
names the measure (MEASURED_DICT); one value per phase after a measure's label (PHASE_KEYS); and
the candidate rule that lets an arrow's line be read (ARROW_NUMBER). docs/metric-rules.rst has
each rule's row; the lines here are invented in the shapes the rows name."""

from __future__ import annotations

import pytest

from expctl.metrics import grammar, scan
from tests.metric_reading import read, read_with_params, values

LOSSES = (0.91, 0.62, 0.48)


def test_an_early_stopping_helper_s_lines_give_the_new_value_of_each_improvement():
    text, best = "", float("inf")
    for epoch, loss in enumerate(LOSSES):
        text += f"Validation loss decreased ({best:.6f} --> {loss:.6f}).  Saving model ...\n"
        text += f"EarlyStopping counter: {epoch + 1} out of 4\n" if epoch == 1 else ""
        best = loss
    assert values(text) == {"Validation loss": list(LOSSES)}


def test_keras_checkpoint_lines_alone_give_the_monitored_value_at_each_epoch():
    text = ("Epoch 1: val_loss improved from inf to 0.91234, saving model to best.h5\n"
            "Epoch 2: val_loss improved from 0.91234 to 0.62345, saving model to best.h5\n"
            "Epoch 3: val_loss did not improve from 0.62345\n")
    assert read(text) == {"val_loss": [(1, 0.91234), (2, 0.62345)]}


def test_a_checkpoint_line_restating_the_value_just_printed_adds_no_point():
    text = ""
    for epoch, loss in enumerate(LOSSES, 1):
        text += f"Epoch {epoch}/3\n8/8 - 0s - loss: 0.5000 - val_loss: {loss:.4f}\n\n"
        text += f"Epoch {epoch}: val_loss improved from inf to {loss + 0.00001:.5f}, saving model to m.keras\n"
    assert read(text)["val_loss"] == [(e, loss) for e, loss in enumerate(LOSSES, 1)]
    logged = "".join(f"INFO: validation perplexity: {v:.4f}\nINFO: writing model\n"
                     f"INFO: validation perplexity reduced 99.0 -> {v:.4f}\n" for v in LOSSES)
    assert values(logged) == {"validation perplexity": list(LOSSES)}


@pytest.mark.parametrize("line", ["lr decreased from 0.1 to 0.01",
                                  "Cutoff increment increased from 1e-05 to 0.9999",
                                  "batch size increased (32 --> 64). Restarting ..."])
def test_a_setting_that_changed_is_no_metric(line):
    assert read(line + "\n") == {}


def test_a_dict_after_a_measure_s_label_is_that_measure_per_key():
    text = ("per-class accuracy: {'cat': 0.91, 'dog': 0.85}\n"
            "[12:00:01] INFO: Training IoU -> {'03001627': 0.6469, '02958343': 0.6449}\n"
            "Validation IoU = {'03001627': 0.7, '02958343': 0.8}\n")
    assert values(text) == {"per-class accuracy/cat": [0.91], "per-class accuracy/dog": [0.85],
                            "train/IoU/03001627": [0.6469], "train/IoU/02958343": [0.6449],
                            "val/IoU/03001627": [0.7], "val/IoU/02958343": [0.8]}


def test_a_dict_keyed_by_results_or_settings_keeps_its_own_names():
    points, params = read_with_params("Test metrics: {'loss': 0.5, 'acc': 0.9}\n"
                                      "Best parameters: {'C': 1.5, 'gamma': 0.01}\n")
    assert {name: [v for _, v in series] for name, series in points.items()} == {
        "test/loss": [0.5], "test/acc": [0.9]}
    assert dict(params) == {"C": "1.5", "gamma": "0.01"}


def test_one_value_per_phase_after_a_measure_s_label():
    text = ("epoch 1 loss 0.5\nAccuracy: train=0.9, test=0.8\nINFO: Loss - train: 0.31 val: 0.42\n"
            "Elapsed time: train=0.0056, test=0.0058\n")
    assert read(text) == {"epoch": [(1, 1)], "loss": [(1, 0.5)], "train/Accuracy": [(1, 0.9)],
                          "test/Accuracy": [(1, 0.8)], "train/Loss": [(1, 0.31)], "val/Loss": [(1, 0.42)]}


def test_one_value_per_phase_opening_the_output_is_no_printed_config():
    points, params = read_with_params("Accuracy: train=0.9, test=0.8\nepoch 1 loss 0.5\n")
    assert points["train/Accuracy"] == [(0, 0.9)] and points["test/Accuracy"] == [(0, 0.8)]
    assert params == []


def test_a_step_prefix_is_no_measure_s_label():
    assert read("Epoch 3: train: 0.5 val: 0.6\n") == {"train": [(3, 0.5)], "val": [(3, 0.6)]}


@pytest.mark.parametrize("line", ["Validation loss decreased (0.2 --> 0.1).  Saving model ...",
                                  "score -> 0.67 (best so far)", "delta ->  -3e-4, done"])
def test_an_arrow_before_a_number_makes_a_candidate_line_in_every_scan(line):
    assert grammar.may_hold_metrics(line) and scan.may_hold(line)
    assert scan.candidate_lines("intro text\n" + line + "\nmore text\n") == [line]


@pytest.mark.parametrize("line", ["a -> b", "see docs -> section two", "x => 5 words"])
def test_an_arrow_before_words_is_no_candidate(line):
    assert not grammar.may_hold_metrics(line) and not scan.may_hold(line)


def test_a_function_of_a_function_is_a_name():
    line = "[0/3][50/120]\tLoss_D: 1.3863\tLoss_G: 0.6873\tD(x): 0.5000\tD(G(z)): 0.4900 / 0.5029\n"
    assert values(line) == {"Loss_D": [1.3863], "Loss_G": [0.6873], "D(x)": [0.5],
                            "D(G(z))": [0.49, 0.5029]}  # SECOND_VALUE: before and after D's update


@pytest.mark.parametrize("line, step", [("After 501 training step(s), validation accuracy = 0.98", 501),
                                        ("after 10 iterations: cost = 0.25", 10),
                                        ("After 3 epochs, the val loss is 0.5.", 3)])
def test_the_steps_done_counted_after_after_are_the_step(line, step):
    value = float(line.split()[-1].rstrip("."))
    assert list(read(line + "\n").values()) == [[(step, value)]]


def test_a_count_of_something_else_is_no_step():
    assert read("After 2 seconds, the loss is 0.5\n") == {}


def test_a_glued_value_closing_a_sentence_is_read():
    line = "loss_fid:3.8,nmae_test:0.12, loss_all:3.7. Training progress: 10.0 %:\n"
    assert values(line) == {"loss_fid": [3.8], "nmae_test": [0.12], "loss_all": [3.7]}


@pytest.mark.parametrize("line, expected", [
    ("batch_idx:4,loss:2.2958,acc:11.25", {"loss": [2.2958], "acc": [11.25]}),
    ("[INFO] 0m 0s D_c:3.4572 | D_w:0.2307 | G:1.0705", {"D_c": [3.4572], "D_w": [0.2307], "G": [1.0705]}),
    ("step 3 loss [1.09732591], accuracy [51.]%", {"step": [3.0], "loss": [1.09732591], "accuracy": [51.0]}),
    ("[Episode 30] Average reward of last 30 episodes: 11.64 | Elapsed time (sec): 0.007 |",
     {"Average reward of last 30 episodes": [11.64]}),
])
def test_a_loop_s_own_joints_and_wrappings_are_read(line, expected):
    assert values(line + "\n") == expected


def test_a_glued_token_alone_or_a_count_of_the_window_stays_unread():
    assert values("connected to host:8080,port:22\nNumber of last 30 episodes: 12\n") == {}
