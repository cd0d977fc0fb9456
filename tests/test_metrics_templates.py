"""The template fast path gives exactly what the general scan gives."""

from __future__ import annotations

import math

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from expctl.metrics import MetricParser

NAMES = st.sampled_from(["step", "epoch", "loss", "acc", "val/acc", "train.loss", "lr", "it", "Step", "x",
                         "x_0", "x_1", "acc5", "acc1"])  # digits in a name are part of it
NUMBERS = st.one_of(
    st.integers(-10**6, 10**6).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["1e-3", "5e-05", ".5", "1.", "nan", "-inf", "93.7%", "0x1f", "1.2.3", "12:30:45",
                     "45.2it/s", "32/32", "1,234", "5ms", "2026-01-01"]),
)
SEPARATORS = st.sampled_from([": ", "=", " = ", ":", ": "])
JOINERS = st.sampled_from([" ", ", ", " | ", "\t", " - ", "  ", "; "])
NOISE = st.sampled_from(["", "INFO ", "Epoch 3/10 ", "[12:00:01] ", "train ", "{"])


@st.composite
def lines(draw):
    pairs = draw(st.lists(st.tuples(NAMES, SEPARATORS, NUMBERS), min_size=0, max_size=5))
    joiner = draw(JOINERS)
    body = joiner.join(f"{n}{s}{v}" for n, s, v in pairs)
    return draw(NOISE) + body + draw(st.sampled_from(["", " ", " done", ","]))


def _same(a, b) -> bool:
    return len(a) == len(b) and all(
        x[0] == y[0] and _eq(x[1], y[1]) and _eq(x[2], y[2]) for x, y in zip(a, b)
    )


def _eq(x: float, y: float) -> bool:
    return (math.isnan(x) and math.isnan(y)) or x == y


@settings(max_examples=150, deadline=None)
@given(st.lists(lines(), min_size=1, max_size=30))
def test_parse_with_templates_equals_without(batch):
    """150 batches (the default suite's time); the heavy twin draws 1,500."""
    _same_with_and_without_templates(batch)


@pytest.mark.heavy
@settings(max_examples=1500, deadline=None)
@given(st.lists(lines(), min_size=1, max_size=30))
def test_parse_with_templates_equals_without_in_many_batches(batch):
    _same_with_and_without_templates(batch)


def _same_with_and_without_templates(batch: list[str]) -> None:
    fast, slow = MetricParser(), MetricParser(templates=False)
    for line in batch + batch:  # the second pass runs on learned templates
        assert _same(fast.parse(line), slow.parse(line)), line


def _points(parser: MetricParser, batch: list[str]) -> dict:
    out: dict = {}
    parser.parse_lines(batch, 1.0, out)
    parser.parse_lines(batch, 2.0, out)
    parser.finish(2.0, out)  # a line the general rules hold for the next read (HOLD_UNDECIDED) is read by now
    return {
        name: sorted(zip(s.steps, s.times, s.values), key=lambda p: tuple(repr(v) for v in p))
        for name, s in out.items()
    }


@settings(max_examples=150, deadline=None)
@given(st.lists(lines(), min_size=1, max_size=30))
@example(["", "loss = 0"])  # held at the end of a read without templates, read at once with one
@example(["INFO ", "loss: 0"])  # a key's line under a word alone is no row of a named-index frame
@example(["acc5: 0,", "", "acc5: 0,", "{acc5: 0"])  # an object open at a read's end waits (SPREAD_OBJECT)
def test_parse_lines_with_templates_holds_the_same_points(batch):
    """150 batches (the default suite's time); the heavy twin draws 1,500."""
    _same_points_with_and_without_templates(batch)


@pytest.mark.heavy
@settings(max_examples=1500, deadline=None)
@given(st.lists(lines(), min_size=1, max_size=30))
def test_parse_lines_with_templates_holds_the_same_points_in_many_batches(batch):
    _same_points_with_and_without_templates(batch)


def _same_points_with_and_without_templates(batch: list[str]) -> None:
    fast = _points(MetricParser(), batch)
    slow = _points(MetricParser(templates=False), batch)
    assert fast.keys() == slow.keys()
    for name in fast:
        assert len(fast[name]) == len(slow[name])
        assert all(all(_eq(a, b) for a, b in zip(p, q)) for p, q in zip(fast[name], slow[name])), name


def test_a_repeating_shape_uses_its_template():
    parser = MetricParser()
    out: dict = {}
    # (A line opening with "Epoch 3/10" or "[3/10]" has a step prefix, which sets state: no
    # template.)
    parser.parse_lines([f"<{i}> step: {i} loss: {1 / (i + 1):.4f}" for i in range(100)], 1.0, out)
    assert parser._templates and parser._templates[0].hits >= 99
    assert list(out["loss"].steps) == [float(i) for i in range(100)]


def test_learning_stops_when_shapes_never_repeat():
    parser = MetricParser()
    for i in range(200):
        parser.parse(f"{'w' * (i % 50)}{i} | step: {i} v{i}: 1")
    assert not parser._learning


def test_digits_inside_a_name_are_no_wildcard_of_its_template():
    parser = MetricParser()
    lines = ["x_0 = 1.5", "x_1 = 0.0", "x_2 = 4.0", "acc1: 0.5", "acc5: 0.9"]
    assert [parser.parse(line) for line in lines] == [
        [("x_0", 0.0, 1.5)], [("x_1", 0.0, 0.0)], [("x_2", 0.0, 4.0)],
        [("acc1", 0.0, 0.5)], [("acc5", 0.0, 0.9)]]


def test_digits_standing_apart_still_match_any_digits():
    parser = MetricParser()
    parser.parse("12:00:01 step: 30 loss: 0.5")
    assert parser.parse("12:00:02 step: 40 loss: 0.4") == [("step", 40.0, 40.0), ("loss", 40.0, 0.4)]
    assert parser._templates[0].hits == 1  # the second line took the first one's template


def test_a_step_key_alone_makes_no_template():
    """``step: 0`` heads the lines after it (LONE_STEP), ``step: 0.5`` is a point: a template
    learned from the second would read the first as a point (hypothesis found it)."""
    lines = ["step: 0", "step: 0.5", "step: 0", "step: 0.5"]
    fast, slow = MetricParser(), MetricParser(templates=False)
    assert [fast.parse(line) for line in lines] == [slow.parse(line) for line in lines]
    assert not fast._templates


def test_a_step_key_in_exponent_form_is_read_as_the_general_path_reads_it():
    """MEASURED_STEP_KEY decides by a value's text (``step: 1e-3`` is a measurement), so a
    template learned from ``step: 0`` must not step a later ``step: 1e-3`` by 0.001, line by
    line or in a block the compiled match reads."""
    batch = ["step: 0 loss: 0.5", "step: 1e-3 loss: 0.4"]
    fast, slow = MetricParser(), MetricParser(templates=False)
    for line in batch + batch:
        assert _same(fast.parse(line), slow.parse(line)), line
    block = [f"step: {i} loss: 0.{i}" for i in range(1, 50)] + ["step: 2.5e-3 loss: 0.9"]
    fast_points, slow_points = _points(MetricParser(), block), _points(MetricParser(templates=False), block)
    assert fast_points == slow_points
    assert 0.0025 not in [step for step, _, _ in fast_points["loss"]]
