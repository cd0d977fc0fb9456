"""PHASE_STEP and SETTINGS_RECORD (docs/metric-rules.rst): a phase word before a line's step
names the line's phase, so a loop printing a line per phase keeps its phases apart; a Python
dict of settings printed before the loop is configuration, held until the output tells."""

from __future__ import annotations

import pytest

from expctl.metrics import LineSplitter, MetricParser
from expctl.metrics.grammar import may_hold_metrics


def run(text: str) -> tuple[dict, list]:
    parser, out, splitter = MetricParser(), {}, LineSplitter()
    parser.parse_text(splitter.feed_text(text.encode()), 0.0, out)
    parser.parse_text(splitter.flush_text(), 0.0, out)
    parser.finish(0.0, out)
    return {name: (list(s.steps), list(s.values)) for name, s in out.items()}, list(parser.params)


@pytest.mark.parametrize("train, val", [
    ("Train Epoch {e}/3 | nll: {a}", "Val Epoch {e}/3 | nll: {b}"),
    ("[train] Epoch {e}; nll {a}", "[valid] Epoch {e}; nll {b}"),
    ("INFO:root:train [{e}/3]; nll {a}", "INFO:root:valid [{e}/3]; nll {b}"),
    ("2026-03-01 10:00:00,123 - INFO - [train] [{e}/3] - nll {a}",
     "2026-03-01 10:00:00,123 - INFO - [dev] [{e}/3] - nll {b}"),
    ("Round {e} - Training: nll {a}", "Round {e} - Validation: nll {b}"),
])
def test_each_phase_keeps_its_own_series(train, val):
    text = "".join(f"{train}\n{val}\n".format(e=e, a=1 / e, b=2 / e) for e in range(1, 4))
    series, _ = run(text)
    assert series["train/nll"] == ([1.0, 2.0, 3.0], [1.0, 0.5, 1 / 3])
    assert series["val/nll"] == ([1.0, 2.0, 3.0], [2.0, 1.0, 2 / 3])


def test_a_settings_dict_printed_before_the_loop_is_configuration():
    series, params = run("{'lr': 0.05, 'width': 64, 'seed': 3}\n"
                         + "".join(f"epoch {e} loss {1 / e:.3f}\n" for e in range(1, 4)))
    assert ("width", "64") in params and ("lr", "0.05") in params
    assert set(series) <= {"epoch", "loss"}


def test_a_dict_of_results_printed_every_epoch_stays_metrics():
    series, params = run("".join(f"{{'mse': {1 / e}, 'r2': {e / 10}}}\n" for e in range(1, 4)))
    assert series["mse"][1] == [1.0, 0.5, 1 / 3] and params == []


@pytest.mark.parametrize("line", ["epoch 3; loss 0.41; time 1.6s", "epoch 3\tloss 0.41\ttime 1.6s",
                                  "epoch 3  loss 0.41  time 1.6s", "epoch 3, loss:0.41, time:1.60s"])
def test_a_line_of_fields_closed_by_a_time_is_a_candidate(line):
    assert may_hold_metrics(line)
    assert ("loss", 3.0, 0.41) in MetricParser().parse(line)


def test_prose_closed_by_a_time_is_no_candidate():
    assert not may_hold_metrics("Done in 0.52s")


def test_a_phase_opening_the_step_key_names_the_lines_phase():
    # the PyTorch MNIST example's lines: the training loss and the test set's are two series
    text = "".join(f"Train Epoch: {e} [640/6000 (11%)]\tLoss: {1 / e:.6f}\n"
                   f"Test set: Average loss: {2 / e:.4f}, Accuracy: 9{e}00/10000 (9{e}%)\n" for e in (1, 2))
    series, _ = run(text)
    assert series["train/Loss"][1] == [1.0, 0.5]
    assert "Loss" not in series and "test/Average loss" in series


def test_a_logged_phase_line_of_fields_closed_by_a_time_is_read():
    # " - " parts the fields; the time closing the line is no metric, its fields are
    series, _ = run("INFO:root:valid [1/3] - loss 0.7857 - acc 0.6071 - time 0.90s\n"
                    "[train] Epoch 1/3; loss:0.6667; acc 66.67%\n")
    assert series["val/loss"] == ([1.0], [0.7857]) and series["train/acc"] == ([1.0], [66.67])
    assert not any("time" in name for name in series)
