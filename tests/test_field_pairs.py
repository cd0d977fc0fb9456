"""FIELD_PAIRS and LOGGED_STEP (docs/metric-rules.rst): a line that is wholly a run of ``name
value`` fields is read field by field, whatever joins a name to its value and whatever parts the
fields; a step word after Python logging's ``INFO:root:`` opens the line as it would alone."""

from __future__ import annotations

import pytest

from expctl.metrics import MetricParser
from expctl.metrics.field_pairs import field_pairs


def read(line: str) -> list[tuple[str, float, float]]:
    return MetricParser().parse(line)


@pytest.mark.parametrize("line, expected", [
    ("Epoch [2/6] - loss:0.42 - acc:0.62", [("loss", 2.0, 0.42), ("acc", 2.0, 0.62)]),
    ("epoch=2; loss 0.4219; acc 0.6156", [("epoch", 2.0, 2.0), ("loss", 2.0, 0.4219), ("acc", 2.0, 0.6156)]),
    ("Step: 7 | nll 1.25 | bits/char 1.8", [("Step", 7.0, 7.0), ("nll", 7.0, 1.25), ("bits/char", 7.0, 1.8)]),
    ("Round 4/9 mean reward:12.5 episode len:200.0",
     [("mean reward", 4.0, 12.5), ("episode len", 4.0, 200.0)]),
    ("gen 3 - best fitness:0.91 - diversity:0.33", [("best fitness", 3.0, 0.91), ("diversity", 3.0, 0.33)]),
    ("INFO:root:Epoch 3 | top-1 72.5% | top-5 91.0%", [("Epoch", 3.0, 3.0), ("top-1", 3.0, 72.5), ("top-5", 3.0, 91.0)]),
    ("INFO:trainer:epoch: 5 | kl 0.031 | recon 12.9", [("epoch", 5.0, 5.0), ("kl", 5.0, 0.031), ("recon", 5.0, 12.9)]),
    ("Iteration 12 Training Loss = 0.25 Validation Loss = 0.31",
     [("Training Loss", 12.0, 0.25), ("Validation Loss", 12.0, 0.31)]),
])
def test_a_line_of_fields_is_read_field_by_field(line, expected):
    assert read(line) == expected


@pytest.mark.parametrize("line", [
    "Processed 5 files in 3.2 s",  # prose: "s" is no field
    "For alpha = 0.05 and n = 5",  # a sentence's words join the names
    "mean in group 1 mean in group 2",  # one name twice: a header
    "Set train for run 3",  # one field, no step, no mark
    "graphviz            0.21",  # parted and joined by spaces alone: the plain reader's
    "trainer.py:81 - started",  # a source line glued to its colon
])
def test_a_line_that_is_no_list_of_measurements_is_no_run_of_fields(line):
    assert field_pairs(line, 0, 0) is None


def test_a_cut_name_takes_back_only_its_phase_word():
    assert read("Epoch 2 Train Loss: 0.42 Val Acc: 0.61") == [("Train Loss", 2.0, 0.42), ("Val Acc", 2.0, 0.61)]
    assert read("Epoch 2 FINAL val_acc: 0.73 best: 0.75")[0][0] == "val_acc"  # no phase: kept cut


def test_fields_read_from_a_logged_loop_carry_their_steps():
    parser, out = MetricParser(), {}
    lines = [f"INFO:__main__:epoch={e}\tLoss:{1 / e:.4f}\tAcc@1:{e / 10:.4f}" for e in range(1, 5)]
    parser.parse_lines(lines, 0.0, out)
    parser.finish(0.0, out)
    assert list(out["Acc@1"].steps) == [1.0, 2.0, 3.0, 4.0]
    assert list(out["Loss"].values) == [1.0, 0.5, 0.3333, 0.25]


@pytest.mark.parametrize("line, expected", [
    # the PyTorch CIFAR-10 tutorial's "[epoch, batch] loss": the counters open the line
    ("[2,  4000] loss:1.234", [("loss", 1.234)]),
    # Keras's verbose=2 epoch line opens with the epoch's time, no measurement
    ("- 3s - loss:0.4486 - acc:0.9347 - val_loss:0.4629", [("loss", 0.4486), ("acc", 0.9347), ("val_loss", 0.4629)]),
    ("epoch 4 - reward => 12.5 - entropy => 0.81", [("reward", 12.5), ("entropy", 0.81)]),
])
def test_counters_a_leading_time_and_arrows_around_fields(line, expected):
    assert [(name, value) for name, _, value in read(line) if name != "epoch"] == expected


def test_a_time_after_fields_is_no_opening():
    # poutyne's "Train steps: 6 Val steps: 2 0.02s loss: ...": a time amid the fields ends them
    assert field_pairs("Train steps: 6 Val steps: 2 0.02s loss: 0.6 acc: 71.2", 0, 0) is None
