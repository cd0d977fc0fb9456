"""The built-in formats of real libraries, their look-alikes, steps, redraws, and the block path.

Lines are copied from real output (see tests/corpus for whole captures); each case says what a
user should see stored, including which look-alikes must give nothing.
"""

from __future__ import annotations

import math
import re
import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from expctl.errors import UsageError
from expctl.metrics import LineSplitter, MetricParser
from expctl.metrics.prefixes import StepPrefix
from expctl.metrics.splitter import AsciiLines


def points(*lines: str) -> list[tuple[str, float, float]]:
    """Points of `lines` read in order by one fresh parser."""
    parser = MetricParser()
    return [point for line in lines for point in parser.parse(line)]


def split(data: bytes, parser: MetricParser | None = None, **kwargs) -> list[str]:
    splitter = LineSplitter(frame_key=parser.frame_key if parser else None, **kwargs)
    return splitter.feed(data) + splitter.flush()


# ---------------------------------------------------------------- formats of real libraries

LIBRARY_LINES = [
    # XGBoost: the round is the step; names with "-" kept whole
    ("[5]\tvalidation_0-logloss:0.25146\tvalidation_1-error:0.11000",
     [("validation_0-logloss", 5, 0.25146), ("validation_1-error", 5, 0.11)]),
    # LightGBM: names with a space and an apostrophe
    ("[10]\tvalid_0's l2: 22099.6\tvalid_0's l1: 118.46",
     [("valid_0's l2", 10, 22099.6), ("valid_0's l1", 10, 118.46)]),
    # CatBoost: "best: v (i)" is a metric; total and remaining are durations
    ("3:\tlearn: 0.4431286\ttest: 0.4571829\tbest: 0.4571829 (3)\ttotal: 47.5ms\tremaining: 23.7ms",
     [("learn", 3, 0.4431286), ("test", 3, 0.4571829), ("best", 3, 0.4571829)]),
    ("bestTest = 0.4056801784", [("bestTest", 0, 0.4056801784)]),
    # scikit-learn's MLP: "Iteration 3," is a step key, kept as a metric
    ("Iteration 3, loss = 1.08473936", [("Iteration", 3, 3), ("loss", 3, 1.08473936)]),
    ("Validation score: 0.333333", [("Validation score", 0, 0.333333)]),
    # Hugging Face Trainer: a Python dict of strings; "epoch" is the step
    ("{'loss': '0.6955', 'grad_norm': '0.4022', 'learning_rate': '8.333e-05', 'epoch': '0.3333'}",
     [("loss", 0.3333, 0.6955), ("grad_norm", 0.3333, 0.4022), ("learning_rate", 0.3333, 8.333e-05),
      ("epoch", 0.3333, 0.3333)]),
    ("{'eval_loss': np.float64(0.69), 'eval_accuracy': np.float32(0.5), 'epoch': 2.0}",
     [("eval_loss", 2, 0.69), ("eval_accuracy", 2, 0.5), ("epoch", 2, 2)]),
    # Keras 3 verbose=2, and an end-of-epoch frame of verbose=1
    ("5/5 - 0s - 76ms/step - accuracy: 0.5750 - loss: 0.7144 - val_accuracy: 0.3750 - val_loss: 0.8271",
     [("accuracy", 0, 0.575), ("loss", 0, 0.7144), ("val_accuracy", 0, 0.375), ("val_loss", 0, 0.8271)]),
    # tqdm postfix; the description "Epoch 1:" gives the step, not a metric; "33%|" is the bar
    ("Epoch 1:  33%|███▎      | 4/12 [00:00<00:00, 32.12it/s, acc=0.592, loss=0.563]",
     [("acc", 1, 0.592), ("loss", 1, 0.563)]),
    # PyTorch Lightning's tqdm bar and Rich bar ("Epoch 1/1" is a progress count)
    ("Epoch 0: 100%|██████████| 4/4 [00:00<00:00, 17.63it/s, v_num=0, train_loss=0.481]",
     [("train_loss", 0, 0.481)]),  # v_num is the bar's bookkeeping, not a metric
    ("Epoch 1/1  ━━━━━━━━━━ 4/4 0:00:00 • 0:00:00 18.46it/s v_num: 0.000 train_loss: 0.481",
     [("train_loss", 1, 0.481)]),
    # Rich's console.log: time in brackets, source location at the end
    ("[08:55:56] epoch 1 loss 0.5634 acc 0.615                          gen_rich.py:48",
     [("epoch", 1, 1), ("loss", 1, 0.5634), ("acc", 1, 0.615)]),
    # plain prints
    ("epoch 4 loss 0.2231 val_acc 0.874", [("epoch", 4, 4), ("loss", 4, 0.2231), ("val_acc", 4, 0.874)]),
    ("epoch 1 | val_loss 0.5218 | val_acc 0.7969 | lr 3.125e-01",
     [("epoch", 1, 1), ("val_loss", 1, 0.5218), ("val_acc", 1, 0.7969), ("lr", 1, 0.3125)]),
    # "iter 3:" labels the line with its step (the step word is no metric before a colon)
    ("iter 3: loss 0.5524, time 0.09ms, mfu 2.31%", [("loss", 3, 0.5524), ("mfu", 3, 2.31)]),
    ("step 6: train loss 0.5114, val loss 0.5218",
     [("train loss", 6, 0.5114), ("val loss", 6, 0.5218)]),
    # the PyTorch tutorials
    ("Epoch [1/3], Step [2/6], Loss: 0.5907", [("Loss", 1, 0.5907)]),  # the epoch's step
    # PHASE_STEP_KEY: "Train Epoch" is the epoch, as "Epoch: 1 [16/96 (17%)]" is
    # the line opens with its phase: the loss is the training phase's (PHASE_STEP)
    ("Train Epoch: 1 [16/96 (17%)]\tLoss: 0.693147", [("Train Epoch", 1, 1), ("train/Loss", 1, 0.693147)]),
    # logging with prefixes
    ("INFO:root:epoch=1 step=3 loss=0.5993", [("epoch", 3, 1), ("step", 3, 3), ("loss", 3, 0.5993)]),
    ("2026-01-01 12:00:00 INFO loss: 0.2", [("loss", 0, 0.2)]),
    ("[2026-11-28 08:56:51,006][__main__][INFO] - epoch=1, val_loss=0.5218",
     [("epoch", 1, 1), ("val_loss", 1, 0.5218)]),
    # JSON lines
    ('{"epoch": 1, "step": 6, "val": {"loss": 0.52, "acc": 0.79}, "best": false}',
     [("epoch", 6, 1), ("step", 6, 6), ("val/loss", 6, 0.52), ("val/acc", 6, 0.79)]),
]


@pytest.mark.parametrize(("line", "expected"), LIBRARY_LINES)
def test_library_lines(line, expected):
    assert points(line) == [(n, float(s), float(v)) for n, s, v in expected]


LOOK_ALIKES = [
    # from the issue
    "time: 12:30:45", "[00:01<00:01, 45.2it/s]", "date: 2026-01-01", "torch: 2.1.0",
    "speed: 45.2it/s", "throughput: 3.1s/step", "batch: 32/32", "id: 0x1f3a",
    "http://x:8080/", "listening on 127.0.0.1:5000", "total: 1.2ms\tremaining: 3s",
    "/data/run: 5", " 45%|████▌     | 45/100 [00:02<00:03, 15.2it/s]",
    # progress bars: a description's percentage, a count
    "Training:  50%|█████     | 50/100 [00:01<00:01, 45.2it/s]",
    "model.safetensors:  36%|███▌      | 0.96M/2.67M [00:00<00:00, 9.6MB/s]",
    "tokenizing: 80it [00:00, 771.85it/s]",
    "dataset.tar.gz ━━━━━━━━━━╺━━━━━━ 0.7/2.7 MB 4.5 MB/s eta 0:00:01",
    # tools and environment reports
    "| NVIDIA-SMI 535.104.05             Driver Version: 535.104.05   CUDA Version: 12.2     |",
    "Python 3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]",
    "run id: 3fa2b1c9  uuid: 3fa2b1c9-4d5e-4f60-a1b2-c3d4e5f60718",
    "sha256: 9a129038d9a00aed  commit: 3fa2b1c  parent: 9e8d7c6b",
    "Saved checkpoint: /tmp/run-601va_8v/epoch=1-step=8.ckpt",
    "Loading weights from /tmp/run/lr=0.001,bs=32/best.pt",
    "Remote: https://example.com:8443/runs/42?loss=0.5#step=3 (dashboard)",
    "GET http://127.0.0.1:42277/metrics?loss=0.5&acc=0.9 -> 404 File not found",
    " 1 file changed, 3 insertions(+), 2 deletions(-)",
    "Done in 0.006s (elapsed: 00:00:01, ETA: 0:00:00)",
    "graphviz            0.21",
    "Page 3 of 10",
    # sentences that hold a colon and a number
    "TPU available: False, using: 0 TPU cores",
    "[LightGBM] [Info] Number of data points in the train set: 200, number of used features: 6",
    "[LightGBM] [Info] Number of positive: 161, number of negative: 139",
    "[LightGBM] [Info] [binary:BoostFromScore]: pavg=0.536667 -> initscore=0.146930",
    "Total training time: 0.01 seconds.",
    "(4) is smaller than the logging interval Trainer(log_every_n_steps=50). Set a lower value",
    "Learning rate set to 0.217903",
    # a header alone gives no point (it sets the step of what follows)
    "Epoch 3/10",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_look_alikes_give_nothing(line):
    assert points(line) == []


# ---------------------------------------------------------------- steps

def test_a_header_sets_the_step_of_the_lines_that_follow():
    assert points("Epoch 1/3", "loss: 0.5 - acc: 0.9", "Epoch 2/3", "loss: 0.4") == [
        ("loss", 1.0, 0.5), ("acc", 1.0, 0.9), ("loss", 2.0, 0.4)]


def test_a_line_own_step_key_outranks_the_header():
    assert points("Epoch 1/3", "step: 7 loss: 0.5") == [("step", 7.0, 7.0), ("loss", 7.0, 0.5)]


def test_a_step_prefix_is_carried_like_a_header():
    assert points("Iteration 2, loss = 0.9", "Validation score: 0.3") == [
        ("Iteration", 2.0, 2.0), ("loss", 2.0, 0.9), ("Validation score", 2.0, 0.3)]


def test_booster_rounds_do_not_advance_counters():
    assert points("[3]\ttrain-rmse:1.5", "rmse: 2") == [("train-rmse", 3.0, 1.5), ("rmse", 0.0, 2.0)]


def test_without_any_step_each_name_counts():
    assert points("loss: 1", "loss: 2 acc: 3", "loss: 4") == [
        ("loss", 0.0, 1.0), ("loss", 1.0, 2.0), ("acc", 0.0, 3.0), ("loss", 2.0, 4.0)]


def test_plain_prints_need_a_decimal_and_two_pairs():
    assert points("loss 0.5") == []
    assert points("epoch 3 batch 4") == []
    assert points("epoch 3 loss 0.5 acc") == []


# ---------------------------------------------------------------- redraws

def test_an_identical_frame_is_stored_once():
    assert split(b"\rloss=0.5\rloss=0.4\rloss=0.4\n") == ["loss=0.5", "loss=0.4"]


def test_the_same_line_on_a_new_row_is_a_new_report():
    assert split(b"loss: 0.5\nloss: 0.5\n") == ["loss: 0.5", "loss: 0.5"]


def test_a_redraw_with_unchanged_metrics_is_one_report():
    frames = [" 0/12 [00:00<?, ?it/s, loss=0.5]", " 4/12 [00:00<00:00, 32.1it/s, loss=0.5]",
              " 4/12 [00:00<00:00, 32.1it/s, loss=0.4]", " 8/12 [00:00<00:00, 31.9it/s]"]
    data = "".join("\r" + frame for frame in frames).encode() + b"\n"
    assert split(data) == frames  # every frame differs as text
    assert split(data, MetricParser()) == [frames[0], frames[2], frames[3]]  # loss=0.5 once


def test_keras_backspace_frames():
    frame = b"\r1/5 \xe2\x94\x81\xe2\x94\x81 0s 88ms/step - loss: 0.7572" + b"\b" * 20
    final = b"\r5/5 \xe2\x94\x81\xe2\x94\x81 1s 164ms/step - loss: 0.7144 - val_loss: 0.8271\n"
    data = b"Epoch 1/3\n" + frame + frame + final
    parser = MetricParser()
    lines = split(data, parser)
    assert [p for line in lines for p in parser.parse(line)] == [
        ("loss", 1.0, 0.7572), ("loss", 1.0, 0.7144), ("val_loss", 1.0, 0.8271)]


def test_rich_redraws_a_block_of_rows_with_cursor_moves():
    one = b"Epoch 1/1 \xe2\x94\x81 4/4 17.5it/s v_num: 0 train_loss: 0.481\nval_loss: 0.605 val_acc: 0.688"
    two = b"Epoch 1/1 \xe2\x94\x81 4/4 18.1it/s v_num: 0 train_loss: 0.481\nval_loss: 0.528 val_acc: 0.688"
    redraw = b"\r\x1b[2K\x1b[1A\x1b[2K"
    parser = MetricParser()
    lines = split(one + redraw + one + redraw + two + b"\n", parser)
    # The second draw is a refresh (nothing new): nothing. The third is a new state: all of
    # its rows count, the unchanged first row too (it is part of that state).
    assert [p for line in lines for p in parser.parse(line)] == [
        ("train_loss", 1.0, 0.481), ("val_loss", 1.0, 0.605), ("val_acc", 1.0, 0.688),
        ("train_loss", 1.0, 0.481), ("val_loss", 1.0, 0.528), ("val_acc", 1.0, 0.688)]


def test_a_frame_drawn_again_below_a_message_is_one_report():
    # tqdm.write and Rich's console.log clear the bar, print the message, redraw the bar below
    data = b"\rbar 40% loss: 0.62\r\x1b[2Kepoch 1 done\nbar 40% loss: 0.62\rbar 50% loss: 0.55\n"
    assert split(data, MetricParser()) == ["bar 40% loss: 0.62", "epoch 1 done", "bar 50% loss: 0.55"]


# ---------------------------------------------------------------- equivalences (properties)

PIECES = st.sampled_from([
    b"loss: 0.5", b"loss: 0.4", b"acc=0.9", b"step: 3 ", b"Epoch 2/5", b"epoch 1 loss 0.25 acc 0.5",
    b" ", b"x", b"\n", b"\r", b"\r\n", b"\b", b"\x1b[2K", b"\x1b[1A", b"\x1b[2B", b"\x1b[32m", b"\x1b",
    b"[", b"\xe2\x94\x81", b"\xff", b"12", b"{\"a\": 1}", b"\t",
])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=50).map(b"".join),
       st.lists(st.integers(0, 400), max_size=8), st.sampled_from([4, 16, 64 * 1024]),
       st.booleans())
def test_the_fast_splitter_path_gives_what_the_segment_path_gives(data, cuts, max_line, keyed):
    bounds = sorted({0, len(data), *(c for c in cuts if c <= len(data))})
    pieces = [data[a:b] for a, b in zip(bounds, bounds[1:])]
    results = []
    for fast in (True, False):
        parser = MetricParser() if keyed else None
        splitter = LineSplitter(max_line, fast=fast, frame_key=parser.frame_key if parser else None)
        lines = [line for piece in pieces for line in splitter.feed(piece)] + splitter.flush()
        results.append((lines, splitter.truncated))
    assert results[0] == results[1]


LINES = st.sampled_from([
    "loss: 0.5", "step: 3 loss: 0.25 acc: 0.5", "Epoch 2/5", "epoch 1 loss 0.25 acc 0.5",
    "plain text", "12:30:45 done", "x=1", "[4]\ttrain-rmse:1.5", "{'loss': '0.3', 'epoch': '1'}",
    '{"a": {"b": 2}}', "Iteration 3, loss = 0.41", "", "   ", "lr 0.1 ", "a: nan b: 1", "value 7",
    "Validation score: 0.3", "1:\tlearn: 0.5\ttotal: 3ms", "\u0663", "100%", "loss:\x1c0.5",
    "a:\x0b1 b=\x1f2", "acc 93.7%",
])


def _same(a, b) -> bool:
    return len(a) == len(b) and all(
        x[0] == y[0] and all(u == v or (math.isnan(u) and math.isnan(v)) for u, v in zip(x[1:], y[1:]))
        for x, y in zip(a, b))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(LINES, min_size=1, max_size=40), min_size=1, max_size=4), st.booleans())
# A blank line ending a block is the line above the next block's first (BETWEEN_PAIRS reads it)
@example(blocks=[["lr 0.1 ", "loss: 0.5", ""]], as_bytes=False)
@example(blocks=[["lr 0.1 ", "loss: 0.5", ""]], as_bytes=True)
@example(blocks=[["", "lr 0.1 ", "loss: 0.5"]], as_bytes=True)
@example(blocks=[["loss: 0.5"], [""], ["lr 0.1 ", "loss: 0.5"]], as_bytes=False)
@example(blocks=[["loss: 0.5"], [""], ["lr 0.1 ", "loss: 0.5"]], as_bytes=True)
@example(blocks=[["loss: 0.5"], ["", "lr 0.1 "], ["loss: 0.5"]], as_bytes=True)
def test_parse_text_gives_what_parsing_every_line_gives(blocks, as_bytes):
    # as_bytes: ASCII blocks come as the splitter's fast path gives them: a first line, then a
    # view of undecoded bytes between a partial line before and after
    # The reference reads every line of each block as one list (the lines around a line are the
    # same as those parse_text finds in the block), without templates; both finish the output.
    block_parser, line_parser = MetricParser(), MetricParser(templates=False)
    block_points, line_points = {}, {}
    for block in blocks + blocks:
        text: str | AsciiLines = "\n".join(block)  # "" is one blank line (None: no line)
        if as_bytes and text.isascii():
            # a head of None is none; "" is a blank first line before the bytes' lines
            head, rest = (block[0], "\n".join(block[1:])) if len(block) > 1 else (None, text)
            data = rest.encode()
            text = AsciiLines(head, b"12 partial\n" + data + b"\n9 tail", 11, 11 + len(data))
        block_parser.parse_text(text, 1.0, block_points)
        line_parser.parse_lines(block, 1.0, line_points)
    block_parser.finish(1.0, block_points)
    line_parser.finish(1.0, line_points)
    assert _same(_flat(block_points), _flat(line_points))


def _flat(out: dict) -> list:
    return sorted((name, step, value) for name, series in out.items()
                  for step, value in zip(series.steps, series.values))


def test_metric_free_text_is_not_cut_into_lines():
    text = "\n".join(f"Downloading shard {i} of 8 from /data/train 12:30:{i % 60:02d}" for i in range(2000))
    parser = MetricParser()
    out: dict = {}
    parser.parse_text(text, 1.0, out)
    assert out == {}


# ---------------------------------------------------------------- never raises, never blocks

@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_binary_garbage_never_raises(data):
    parser = MetricParser()
    splitter = LineSplitter(frame_key=parser.frame_key)
    out: dict = {}
    parser.parse_text(splitter.feed_text(data), 1.0, out)
    parser.parse_text(splitter.flush_text(), 1.0, out)
    for series in out.values():
        assert len(series.steps) == len(series.values)


def _long_line(shape: int, n: int) -> str:
    """Lines of about `n` to 2`n` characters that a backtracking pattern would take minutes
    over: quadratic work on 200 KB is already minutes; linear work on 2 MB is seconds."""
    return ["9" * 2 * n, "loss: " + "1" * 2 * n + "x", "a " * n + "b: 1", "{" + "'a': {" * (n // 5),
            "epoch 1 " + "loss 0.5 " * (n // 5), "[1]\t" + "x:1\t" * (n // 5), ":\t" * n,
            "Epoch " + "1" * n + "/3"][shape]


def _parse_in_linear_time(line: str) -> None:
    started = time.process_time()
    MetricParser().parse(line)
    splitter = LineSplitter(max_line=len(line) + 1)
    splitter.feed(line.encode() + b"\r" + line.encode() + b"\n")
    # Catastrophic backtracking would take minutes; linear work takes well under this.
    assert time.process_time() - started < 20


@pytest.mark.parametrize("shape", range(8))
def test_long_lines_take_linear_time(shape):
    _parse_in_linear_time(_long_line(shape, 100_000))


@pytest.mark.heavy
@pytest.mark.parametrize("shape", range(8))
def test_multi_megabyte_lines_take_linear_time(shape):
    _parse_in_linear_time(_long_line(shape, 1_000_000))


# ---------------------------------------------------------------- user patterns

def test_a_pattern_without_a_name_group_takes_the_given_name():
    parser = MetricParser(patterns=[r"ACC (?P<value>\d+)%"], name="accuracy")
    assert parser.parse("ACC 93% ACC 94%") == [("accuracy", 0.0, 93.0), ("accuracy", 1.0, 94.0)]


def test_a_pattern_without_a_name_group_needs_a_name():
    with pytest.raises(UsageError, match="lacks the named group name") as caught:
        MetricParser(patterns=[r"ACC (?P<value>\d+)"])
    assert "--metric-name" in caught.value.hint


def test_user_patterns_use_the_carried_header_step():
    parser = MetricParser(patterns=[r"score=(?P<value>\d+)"], name="score")
    assert parser.parse("Epoch 4/9") == []
    assert parser.parse("score=7") == [("score", 4.0, 7.0)]


def test_frame_key_changes_no_state():
    parser = MetricParser()
    assert parser.frame_key("Epoch 5/9") == ()
    assert parser.frame_key("loss: 0.5 acc: 1") == (("loss", 0.5), ("acc", 1.0))
    assert parser.parse("loss: 0.5") == [("loss", 0.0, 0.5)]


def _readings_equal(first, second) -> bool:
    return all(_slot_equal(getattr(first, slot), getattr(second, slot)) for slot in first.__slots__)


def _slot_equal(first, second) -> bool:
    """Equal values; a step prefix (no __eq__ of its own) by its fields."""
    if isinstance(first, StepPrefix) and isinstance(second, StepPrefix):
        return all(getattr(first, slot) == getattr(second, slot) for slot in StepPrefix.__slots__)
    return first == second


_NUMBER_ROW = st.lists(st.sampled_from(list("0123456789|│┃║") + ["-", "+", ".", ":", "%", "/", " ", "  ",
                                                                "s", "ms", "e", "GB", "x", "µs"]),
                       min_size=1, max_size=40).map("".join)


_CELL = st.sampled_from(["", " ", "  ", "1", "0.5", "-2", "3/10", "00:01", "54 %", "1e-3", "2.34s",
                         "12MB", "1st", "4x", "5 ms", "0.5e", "3it/s", "7min"])
_BARRED_ROW = st.tuples(st.sampled_from(["", " ", "  "]), st.sampled_from("|│┃║"),
                        st.lists(_CELL, min_size=1, max_size=6), st.booleans()).map(
    lambda row: row[0] + row[1] + row[1].join(row[2]) + (row[1] if row[3] else ""))


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(_NUMBER_ROW | _BARRED_ROW)
@example("0: s:0")  # INDEX_COLON's prefix: two readings of it are equal by their fields
def test_numbers_only_skips_no_reading(line):
    """NUMBERS_ONLY: a line of numbers reads as the full path of formats reads it (nothing)."""
    from expctl.metrics import formats

    shortcut = formats.read_line(line)
    pattern, formats._NUMBERS_ONLY = formats._NUMBERS_ONLY, re.compile(r"(?!)")
    try:
        full = formats.read_line(line)
    finally:
        formats._NUMBERS_ONLY = pattern
    assert _readings_equal(shortcut, full)


def test_numbers_only_rows_of_the_corpora_read_as_before():
    """Every numbers-only line of every captured output (all halves) reads as without it, and
    there are such lines (the shortcut is taken)."""
    from pathlib import Path

    from expctl.metrics import formats

    lines = {line for path in Path(__file__).parent.joinpath("corpus").rglob("std*.txt")
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
             if formats._NUMBERS_ONLY.match(line)}
    assert len(lines) > 100
    shortcuts = {line: formats.read_line(line) for line in lines}
    pattern, formats._NUMBERS_ONLY = formats._NUMBERS_ONLY, re.compile(r"(?!)")
    try:
        assert [line for line in lines
                if not _readings_equal(shortcuts[line], formats.read_line(line))] == []
    finally:
        formats._NUMBERS_ONLY = pattern
