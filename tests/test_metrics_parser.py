"""The metric parser and the line splitter: formats, look-alikes, chunking, and never crashing."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expctl.errors import UsageError
from expctl.metrics import LineSplitter, MetricParser

INF = math.inf


def parse_one(line: str) -> list[tuple[str, float, float]]:
    """Points of `line` for a fresh parser (so counters start at 0)."""
    return MetricParser().parse(line)


# ---------------------------------------------------------------- key-value lines

FORMATS = [
    ("loss: 0.5", [("loss", 0, 0.5)]),
    ("loss = 0.5", [("loss", 0, 0.5)]),
    ("loss=0.5", [("loss", 0, 0.5)]),
    ("loss :\t0.5", [("loss", 0, 0.5)]),
    ("  loss: 0.5  ", [("loss", 0, 0.5)]),
    ("loss: 0.5 acc: 0.9", [("loss", 0, 0.5), ("acc", 0, 0.9)]),
    ("loss=0.5, acc=0.9", [("loss", 0, 0.5), ("acc", 0, 0.9)]),
    ("loss=0.5,acc=0.9", [("loss", 0, 0.5), ("acc", 0, 0.9)]),
    ("loss: 0.5\tacc: 0.9", [("loss", 0, 0.5), ("acc", 0, 0.9)]),
    ("loss: 0.5 | acc: 0.9", [("loss", 0, 0.5), ("acc", 0, 0.9)]),
    ("loss: 0.5|acc: 0.9", [("loss", 0, 0.5), ("acc", 0, 0.9)]),
    ("loss: 0.5 - acc: 0.9", [("loss", 0, 0.5), ("acc", 0, 0.9)]),
    ("loss: 0.5; acc: 0.9", [("loss", 0, 0.5), ("acc", 0, 0.9)]),
    ("(loss: 0.5) [acc=0.9]", [("loss", 0, 0.5), ("acc", 0, 0.9)]),
    ("{'loss': 0.5, 'lr': 5e-05}", [("loss", 0, 0.5), ("lr", 0, 5e-05)]),
    ('"loss": 0.5', [("loss", 0, 0.5)]),
    # names
    ("val/acc: 0.9", [("val/acc", 0, 0.9)]),
    ("train.loss: 0.9", [("train.loss", 0, 0.9)]),
    ("val_loss: 0.9", [("val_loss", 0, 0.9)]),
    ("_private: 1", [("_private", 0, 1)]),
    ("top-5: 0.8", [("top-5", 0, 0.8)]),
    ("acc.: 0.9", [("acc", 0, 0.9)]),
    ("acc-: 0.9", [("acc", 0, 0.9)]),
    ("Loss: 0.9", [("Loss", 0, 0.9)]),
    ("Train Loss: 0.9", [("Train Loss", 0, 0.9)]),  # words opening a field name it
    ("précision: 0.9", [("précision", 0, 0.9)]),
    # values
    ("n: 42", [("n", 0, 42)]),
    ("n: -42", [("n", 0, -42)]),
    ("n: +42", [("n", 0, 42)]),
    ("x: .5", [("x", 0, 0.5)]),
    ("x: 1.", [("x", 0, 1.0)]),
    ("lr: 1e-3", [("lr", 0, 1e-3)]),
    ("lr: 5e-05", [("lr", 0, 5e-05)]),
    ("big: +2E+10", [("big", 0, 2e10)]),
    ("x: -1.5e3", [("x", 0, -1500.0)]),
    ("acc: 93.7%", [("acc", 0, 93.7)]),
    ("acc: 93.7%, top5: 99%", [("acc", 0, 93.7), ("top5", 0, 99)]),
    (
        "a: inf b: -inf c: Infinity d: INF",
        [("a", 0, INF), ("b", 0, -INF), ("c", 0, INF), ("d", 0, INF)],
    ),
    ("n: 1" + "0" * 400, [("n", 0, INF)]),
    # whole lines from real tools
    (
        "313/313 [==============================] - 2s 5ms/step - loss: 0.1234 - accuracy: 0.9612",
        [("loss", 0, 0.1234), ("accuracy", 0, 0.9612)],
    ),
    (
        " 45%|████▌     | 45/100 [00:02<00:03, 15.2it/s, loss=0.123, lr=1e-4]",
        [("loss", 0, 0.123), ("lr", 0, 1e-4)],
    ),
    (
        "2026-01-01 12:30:45,123 - trainer - INFO - epoch 3 finished: val_loss=0.3 val_acc=0.91",
        [("val_loss", 3, 0.3), ("val_acc", 3, 0.91)],  # a step word after the cookbook's prefix
    ),
    (
        "Epoch [3/10], Step [100/600], Loss: 0.2154",  # the bracketed epoch count gives the step
        [("Loss", 3, 0.2154)],
    ),
]


@pytest.mark.parametrize(("line", "expected"), FORMATS)
def test_formats(line, expected):
    assert parse_one(line) == [(n, float(s), float(v)) for n, s, v in expected]


def test_nan_values():
    points = parse_one("a: nan b=NaN c: -nan")
    assert [name for name, _, _ in points] == ["a", "b", "c"]
    assert all(math.isnan(value) for _, _, value in points)


@pytest.mark.parametrize("line", ["a: 1 x: \u0131nf", "a: 1 x: \u0130nfinity", "a: 1 x: n\u0430n"])
def test_look_alike_letters_in_nan_and_inf_are_not_numbers(line):
    assert parse_one(line) == [("a", 0.0, 1.0)]


def test_digits_of_other_scripts_are_numbers():
    assert parse_one("x: \u0663.\u0661") == [("x", 0.0, 3.1)]


def test_every_returned_number_is_a_float():
    for _name, step, value in parse_one("step: 3 n: 42"):
        assert type(step) is float and type(value) is float


# ---------------------------------------------------------------- look-alikes

NOT_METRICS = [
    "",
    "Downloading shard 3 of 8 from /data/train",
    "12:30:45",
    "time: 12:30:45",
    "started at 2026-01-01 12:30:45",
    "date: 2026-01-01",
    "date=2026-01-01",
    "torch: 2.1.0",
    "version=1.2.3",
    "1.2.3",
    "speed: 45.2it/s",
    "45.2it/s",
    "throughput: 3.1s/step",
    "batch: 32/32",
    "32/32",
    "id: 0x1f3a",
    "commit: 3fa2b1c",
    "run_id=12ab34",
    "serving on http://x:8080",
    "url: https://example.com:443/path",
    "listening on 127.0.0.1:5000",
    "host: 127.0.0.1",
    "host=127.0.0.1:5000",
    "localhost:5000",
    "loss:0.5",
    "loss: 5ms",
    "elapsed: 3.2s",
    "eta=5s",
    "samples: 1,234",
    "shape=(3,4)",
    "loss: 0.5.",
    "loss: 0.5/1.0",
    "loss: nano",
    "info: information",
    "a == 5",
    "x >= 5",
    "2loss: 5",
    "/tmp/run: 5",
    "xs: [1, 2, 3]",
    "loss: '0.5'",
    "Epoch 3/10",
    "WARNING:root:lr is 5",
]


@pytest.mark.parametrize("line", NOT_METRICS)
def test_look_alikes_give_nothing(line):
    assert parse_one(line) == []


def test_look_alike_next_to_a_metric_keeps_the_metric():
    line = "2026-01-01 12:30:45 torch: 2.1.0 on 127.0.0.1:5000 - 45.2it/s - loss: 0.25"
    assert parse_one(line) == [("loss", 0.0, 0.25)]


# ---------------------------------------------------------------- steps

STEPS = [
    ("step: 10 loss: 0.5", [("step", 10, 10), ("loss", 10, 0.5)]),
    ("loss: 0.5 step: 10", [("loss", 10, 0.5), ("step", 10, 10)]),
    ("step: 10", []),  # LONE_STEP: a header for the lines after it, no point
    (
        "epoch: 3 step: 1200 loss: 0.5",
        [("step", 1200, 1200), ("loss", 1200, 0.5)],  # COARSER_KEY: the epoch is no point
    ),
    # RUN_COUNTER: the run's global counter gives the step and is no series of its own
    ("global_step=7 epoch=1 loss=2", [("epoch", 7, 1), ("loss", 7, 2)]),
    ("step=1 global_step=7", [("step", 1, 1)]),
    ("iter: 5 epoch: 2", [("iter", 5, 5)]),  # COARSER_KEY
    ("iteration: 5 it: 9", [("iteration", 5, 5)]),
    ("iter: 5 iteration: 6", [("iter", 5, 5), ("iteration", 5, 6)]),  # equal rank: first wins
    ("it: 4 batch: 9", [("it", 4, 4)]),
    ("iter=5 epoch=2", [("iter", 5, 5), ("epoch", 5, 2)]),  # a record's fields are each kept
    # NESTED_COUNTER: a batch counts within its epoch, and is no point of its own then
    ("batch: 9 epoch: 2 acc: 1", [("epoch", 2, 2), ("acc", 2, 1)]),
    ("epoch: 2 acc: 0.5", [("epoch", 2, 2), ("acc", 2, 0.5)]),
    ("Step: 3 Loss: 1", [("Step", 3, 3), ("Loss", 3, 1)]),
    ("EPOCH: 3 loss: 1", [("EPOCH", 3, 3), ("loss", 3, 1)]),
    ("{'loss': 0.45, 'learning_rate': 5e-05, 'epoch': 0.01}",
     [("loss", 0.01, 0.45), ("learning_rate", 0.01, 5e-05), ("epoch", 0.01, 0.01)]),
    ("train/step: 3 loss: 1", [("train/step", 0, 3), ("loss", 0, 1)]),  # only exact names
    ("steps_done: 3 loss: 1", [("steps_done", 0, 3), ("loss", 0, 1)]),
]


@pytest.mark.parametrize(("line", "expected"), STEPS)
def test_step_association(line, expected):
    assert parse_one(line) == [(n, float(s), float(v)) for n, s, v in expected]


def test_non_finite_step_key_is_an_ordinary_metric():
    [(name, step, value), loss] = parse_one("step: nan loss: 1")
    assert (name, step, loss) == ("step", 0.0, ("loss", 0.0, 1.0)) and math.isnan(value)
    assert parse_one("step: inf loss: 1") == [("step", 0.0, INF), ("loss", 0.0, 1.0)]


def test_per_metric_counters():
    parser = MetricParser()
    lines = ["loss: 0.9", "loss: 0.8 acc: 0.1", "val_loss: 1", "loss: 0.7", "loss: 1 loss: 2"]
    points = [point for line in lines for point in parser.parse(line)]
    assert points == [
        ("loss", 0.0, 0.9),
        ("loss", 1.0, 0.8),
        ("acc", 0.0, 0.1),
        ("val_loss", 0.0, 1.0),
        ("loss", 2.0, 0.7),
        ("loss", 3.0, 1.0),
        ("loss", 4.0, 2.0),
    ]


def test_stepped_points_do_not_advance_counters():
    parser = MetricParser()
    assert parser.parse("loss: 1") == [("loss", 0.0, 1.0)]
    assert parser.parse("step: 100 loss: 2") == [("step", 100.0, 100.0), ("loss", 100.0, 2.0)]
    assert parser.parse("loss: 3") == [("loss", 1.0, 3.0)]


def test_parsers_keep_separate_counters():
    first, second = MetricParser(), MetricParser()
    first.parse("loss: 1")
    assert second.parse("loss: 1") == [("loss", 0.0, 1.0)]


# ---------------------------------------------------------------- JSON lines

JSON_LINES = [
    ('{"loss": 0.5, "step": 3}', [("loss", 3, 0.5), ("step", 3, 3)]),
    ('  {"loss": 0.5}  ', [("loss", 0, 0.5)]),
    ('{"loss":0.5,"acc":1}', [("loss", 0, 0.5), ("acc", 0, 1)]),
    ('{"train": {"loss": 0.5, "inner": {"x": 2}}, "val": {"acc": 0.9}}',
     [("train/loss", 0, 0.5), ("train/inner/x", 0, 2), ("val/acc", 0, 0.9)]),
    ('{"ok": true, "no": false, "name": "run", "xs": [1, 2], "none": null, "n": 3}', [("n", 0, 3)]),
    ('{"a": Infinity, "b": -Infinity}', [("a", 0, INF), ("b", 0, -INF)]),
    ('{"": 1, " ": 2, " padded ": 3}', [("padded", 0, 3)]),
    (
        '{"big": 1' + "0" * 400 + ', "small": -1' + "0" * 400 + "}",
        [("big", 0, INF), ("small", 0, -INF)],
    ),
    ('{"msg": "step: 5 loss: 0.3"}', []),
    ("{}", []),
    ('{"train": {"step": 4}, "loss": 1}', [("train/step", 0, 4), ("loss", 0, 1)]),
    ("{loss=0.5}", [("loss", 0, 0.5)]),  # not JSON: read as key-value pairs
]


@pytest.mark.parametrize(("line", "expected"), JSON_LINES)
def test_json_lines(line, expected):
    assert parse_one(line) == [(n, float(s), float(v)) for n, s, v in expected]


def test_json_nan_value():
    [(name, step, value)] = parse_one('{"loss": NaN}')
    assert (name, step) == ("loss", 0.0) and math.isnan(value)


def test_absurdly_deep_json_does_not_crash():
    assert parse_one("{" + '"a": {' * 100_000 + "}" * 100_001) == []
    deep = '{"a": ' * 500 + "1" + "}" * 500
    assert parse_one(deep) == [("/".join(["a"] * 500), 0.0, 1.0)]


# ---------------------------------------------------------------- user patterns

def test_user_pattern_with_step_group():
    pattern = re.compile(r"Iter (?P<step>\d+): (?P<name>\w+) is (?P<value>[\d.]+)")
    parser = MetricParser(patterns=[pattern])
    assert parser.parse("Iter 7: loss is 0.25") == [("loss", 7.0, 0.25)]


def test_user_pattern_without_step_uses_line_step_or_counters():
    parser = MetricParser(patterns=[r"(?P<name>\w+) (?P<value>[\d.]+%?)"])
    assert parser.parse("loss 0.5 acc 93%") == [("loss", 0.0, 0.5), ("acc", 0.0, 93.0)]
    assert parser.parse("loss 0.4") == [("loss", 1.0, 0.4)]
    assert parser.parse("step 9 loss 0.3") == [("step", 9.0, 9.0), ("loss", 9.0, 0.3)]


def test_user_match_replaces_builtins_on_that_line_only():
    parser = MetricParser(patterns=[r"TOTAL (?P<name>\w+) (?P<value>\d+)"])
    assert parser.parse("TOTAL tokens 5 loss: 1") == [("tokens", 0.0, 5.0)]
    assert parser.parse("loss: 1") == [("loss", 0.0, 1.0)]


def test_builtin_formats_can_be_turned_off():
    assert MetricParser(builtin=False).parse("loss: 1") == []
    parser = MetricParser(patterns=[r"L=(?P<value>\S+) (?P<name>\w+)"], builtin=False)
    assert parser.parse("loss: 1 L=oops x") == []


def test_user_pattern_unreadable_value_is_skipped():
    parser = MetricParser(patterns=[r"(?P<name>\w+)~(?P<value>\S+)"])
    assert parser.parse("a~1.5 b~xyz c~2") == [("a", 0.0, 1.5), ("c", 0.0, 2.0)]


@pytest.mark.parametrize("pattern", [r"(?P<name>\w+)", r"(?P<value>\d+)", r"(\w+)=(\d+)"])
def test_user_pattern_needs_name_and_value_groups(pattern):
    with pytest.raises(UsageError, match="lacks the named group"):
        MetricParser(patterns=[pattern])


def test_user_pattern_must_compile():
    with pytest.raises(UsageError, match="not a valid regular expression") as caught:
        MetricParser(patterns=["(?P<name>"])
    assert caught.value.hint


# ---------------------------------------------------------------- parser properties

# Fragments the formats care about, plus look-alikes (dotless i, Kelvin sign, Arabic-Indic digits),
# glued in random order: far likelier than random characters to reach every branch.
FRAGMENTS = [
    "loss", "step", "Epoch", "x", "_", "val/acc", "a.b-", "'", '"', ": ", ":", "=", " = ", " ",
    "\t",
    ",", ", ", "|", ";", " - ", "(", ")", "[", "]", "{", "}", "0", "42", "-", "+", ".", "e", "E-",
    "%", "nan", "NaN", "inf", "-Infinity", "\u0131nf", "\u0130nf", "\u212a", "\u0663", "\u00e9",
    "12:30:45", "2.1.0", "5ms", "1,234", "/", "0x1f", "{\"a\": ", "true", "null", "1e999",
]
VALUE_FRAGMENTS = ["0", "42", "-", "+", ".", "e", "E", "%", "nan", "inf", "inity", "I", "N", "x",
                   "\u0131", "\u0130", "\u0663", "\u00b2"]
PAIRISH = st.tuples(
    st.sampled_from(["loss", "step", "'a'", "_x", "v/a.b-", "\u00e9t\u00e9"]),
    st.sampled_from([": ", "=", " = ", ":\t", ":"]),
    st.lists(st.sampled_from(VALUE_FRAGMENTS), min_size=1, max_size=6).map("".join),
    st.sampled_from([" ", ", ", "|", ")", "", ",1", "."]),
).map("".join)
METRICISH = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=25).map("".join),
    st.lists(PAIRISH, min_size=1, max_size=4).map("".join),
)


@settings(max_examples=1000)
@given(st.one_of(st.text(), METRICISH))
def test_parse_never_raises_and_returns_floats(line):
    parser = MetricParser()
    for text in (line, line, "{" + line + "}"):
        for name, step, value in parser.parse(text):
            assert isinstance(name, str) and name
            assert type(step) is float and type(value) is float


@given(st.lists(st.sampled_from(["loss", "acc", "val/acc", "_x"]), max_size=20))
def test_counters_count_per_name(names):
    parser = MetricParser()
    steps = [parser.parse(f"{name}: 1")[0][1] for name in names]
    assert steps == [float(names[:i].count(name)) for i, name in enumerate(names)]


# ---------------------------------------------------------------- LineSplitter

def split_whole(data: bytes, max_line: int = 64 * 1024) -> list[str]:
    splitter = LineSplitter(max_line)
    return splitter.feed(data) + splitter.flush()


def split_pieces(pieces: list[bytes], max_line: int = 64 * 1024) -> list[str]:
    splitter = LineSplitter(max_line)
    lines = [line for piece in pieces for line in splitter.feed(piece)]
    return lines + splitter.flush()


SPLITS = [
    (b"a\nb\n", ["a", "b"]),
    (b"a\nb", ["a", "b"]),
    (b"a\r\nb\r\n", ["a", "b"]),
    (b"10%\r20%\r30%\n", ["10%", "20%", "30%"]),
    (b"|\x08/\x08-\x08", ["|", "/", "-"]),
    (b"a\n\n\r\n\nb\n", ["a", "", "", "", "b"]),  # blank lines, a pty's too
    (b"  \n", ["  "]),
    (b"caf\xc3\xa9\n", ["café"]),
    (b"bad \xff\xfe byte\n", ["bad \ufffd\ufffd byte"]),
    (b"cut \xe2\x82\n", ["cut \ufffd"]),
    (b"\x1b[32mloss: 0.5\x1b[0m\n", ["loss: 0.5"]),
    (b"\x1b[2K\r\x1b[1A step: 3\n", [" step: 3"]),
    (b"\x1b]0;my title\x07loss: 1\n", ["loss: 1"]),
    (b"\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\\n", ["link"]),
    (b"\x1b(Bplain\x1b7\x1b8\n", ["plain"]),
    (b"\x1b[0m\n\x1b[?25l\n", ["", ""]),  # lines of escapes only: blank
    (b"lone \x1b\n", ["lone "]),
    (b"\x1b]0;unterminated title\nnext\n", ["", "next"]),
    (b"", []),
]


@pytest.mark.parametrize(("data", "expected"), SPLITS)
def test_splitter(data, expected):
    assert split_whole(data) == expected
    assert split_pieces([data[i : i + 1] for i in range(len(data))]) == expected


def test_cr_and_lf_in_separate_chunks_are_one_ending():
    assert split_pieces([b"a\r", b"\nb\r", b"\n"]) == ["a", "b"]


def test_multibyte_character_split_across_chunks():
    assert split_pieces([b"\xe2", b"\x82", b"\xac 5\n"]) == ["€ 5"]


def test_lines_come_out_as_soon_as_they_end():
    splitter = LineSplitter()
    assert splitter.feed(b"first\nsec") == ["first"]
    assert splitter.feed(b"ond\rthi") == ["second"]
    assert splitter.flush() == ["thi"]
    assert splitter.flush() == []


def test_flush_starts_afresh():
    splitter = LineSplitter()
    splitter.feed(b"partial \xe2\x82")
    assert splitter.flush() == ["partial \ufffd"]
    assert splitter.feed(b"next\n") == ["next"]


def test_long_line_is_cut_and_the_rest_discarded():
    splitter = LineSplitter(max_line=10)
    lines = splitter.feed(b"x" * 25 + b"\nshort\n" + b"y" * 11)
    assert lines + splitter.flush() == ["x" * 10, "short", "y" * 10]
    assert splitter.truncated == 2


def test_long_line_without_newline_keeps_memory_bounded():
    splitter = LineSplitter(max_line=1000)
    chunk = b"z" * 65536
    emitted = [line for _ in range(160) for line in splitter.feed(chunk)]  # 10 MiB, no newline
    # White-box on purpose: the bound on what is held back is the contract under test.
    assert len(splitter._pending) <= 1000
    assert emitted == ["z" * 1000]
    assert splitter.feed(b"tail\nnext\n") == ["next"]
    assert splitter.truncated == 1


def test_max_line_must_be_positive():
    with pytest.raises(ValueError):
        LineSplitter(max_line=0)


PIECES = st.sampled_from(
    [b"loss: 0.5", b"a", b" ", b"\n", b"\r", b"\r\n", b"\b", b"\x1b[32m", b"\x1b[2K",
     b"\x1b]0;t\x07", b"\x1b", b"[", b"\xc3\xa9", b"\xe2\x82\xac", b"\xff", b"\xe2\x82",
     b"0123456789"]
)


@settings(max_examples=300)
@given(
    data=st.one_of(st.lists(PIECES, max_size=40).map(b"".join), st.binary(max_size=200)),
    cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=12),
    max_line=st.sampled_from([1, 3, 8, 64 * 1024]),
)
def test_chunking_does_not_change_lines(data, cuts, max_line):
    bounds = sorted({0, len(data), *(c for c in cuts if c <= len(data))})
    pieces = [data[a:b] for a, b in zip(bounds, bounds[1:])]
    whole = split_whole(data, max_line)
    assert split_pieces(pieces, max_line) == whole
    assert all(not {"\n", "\r", "\b", "\x1b"} & set(line) for line in whole)  # "": a blank line
    assert all(len(line) <= max_line for line in whole)
