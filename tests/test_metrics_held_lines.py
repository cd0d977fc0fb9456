"""HOLD_UNDECIDED (expctl.metrics.holding): a line that a rule reads by the lines after it waits
for them when the read ends first, so output fed one line per read (a training loop printing a
line, then pausing) gives the points the whole output gives in one read. Each test feeds small
real-looking output of one such rule whole and line by line, through `parse_lines` (the
corpus judge's way) and through `parse_text` (the recorder's), and checks what it reads."""

from __future__ import annotations

from expctl.metrics import LineSplitter, MetricParser


def _points(out) -> list[tuple]:
    return sorted((name, step, value) for name, series in out.items()
                  for step, value in zip(series.steps, series.values))


def whole(text: str) -> list[tuple]:
    parser, out = MetricParser(), {}
    parser.parse_lines(text.split("\n"), 0.0, out)
    parser.finish(0.0, out)
    return _points(out)


def line_by_line(text: str) -> list[tuple]:
    parser, out = MetricParser(), {}
    for line in text.split("\n"):
        parser.parse_lines([line], 0.0, out)
    parser.finish(0.0, out)
    return _points(out)


def read_by_read(text: str) -> list[tuple]:
    """As the recorder reads a pipe that gets one line at a time."""
    parser, out, splitter = MetricParser(), {}, LineSplitter()
    for line in text.encode().splitlines(keepends=True):
        parser.parse_text(splitter.feed_text(line), 0.0, out)
    parser.parse_text(splitter.flush_text(), 0.0, out)
    parser.finish(0.0, out)
    return _points(out)


def same_every_way(text: str) -> list[tuple]:
    points = whole(text + "\n")
    assert line_by_line(text) == points
    assert read_by_read(text + "\n") == points
    return points


OPTIM_TRACE = """\
initial  value 24.200000
iter  10 value 1.370040
iter  20 value 0.132618
final  value 0.000000
converged
initial  value 22.180710
iter   2 value 14.050929
iter   4 value 8.811575
final  value 5.029557
converged"""


def test_an_optimiser_trace_reads_the_same_fed_line_by_line():
    points = same_every_way(OPTIM_TRACE)
    assert ("initial value", 0.0, 24.2) in points and ("initial value", 1.0, 22.18071) in points


POWER_CALCULATION = """\

     Two-sample t test power calculation

              n = 20
          delta = 1
             sd = 1
      sig.level = 0.05
          power = 0.8689528
    alternative = two.sided

NOTE: n is number in *each* group


     Two-sample comparison of proportions power calculation

              n = 50
             p1 = 0.5
             p2 = 0.75
      sig.level = 0.05
          power = 0.7401659
    alternative = two.sided

NOTE: n is number in *each* group
"""


def test_a_power_calculation_block_waits_for_its_last_line():
    points = same_every_way(POWER_CALCULATION)
    names = {name for name, _, _ in points}
    assert "power" in names and "n" not in names and "sd" not in names  # given, not solved


POLARS_SERIES = """\
shape: (100,)
Series: 'loss' [f64]
[
\t0.693147
\t0.679969
\t0.653266
\t…
\t0.565846
\t0.507716
]"""


def test_a_polars_series_reads_the_same_fed_line_by_line():
    points = same_every_way(POLARS_SERIES)
    assert [(step, value) for name, step, value in points if name == "loss"] == [
        (0.0, 0.693147), (1.0, 0.679969), (2.0, 0.653266), (98.0, 0.565846), (99.0, 0.507716)]


VERTICAL_BLOCKS = """\
----------------------------------
| rollout/           |          |
|    ep_len_mean     | 22.3     |
|    ep_rew_mean     | 22.3     |
| time/              |          |
|    fps             | 291      |
|    iterations      | 1        |
|    total_timesteps | 256      |
----------------------------------
----------------------------------
| rollout/           |          |
|    ep_len_mean     | 25.6     |
|    ep_rew_mean     | 25.6     |
| time/              |          |
|    fps             | 293      |
|    iterations      | 2        |
|    total_timesteps | 512      |
----------------------------------"""


def test_a_vertical_block_reads_the_same_fed_line_by_line():
    points = same_every_way(VERTICAL_BLOCKS)
    assert ("rollout/ep_rew_mean", 256.0, 22.3) in points
    assert ("rollout/ep_rew_mean", 512.0, 25.6) in points


LABELLED_RUNS = """\
mean over 5 examples:
rouge1: P=0.8009 R=0.7498 F=0.7710
rouge2: P=0.4402 R=0.4122 F=0.4252
rougeL: P=0.5824 R=0.5482 F=0.5639

mean over 5 examples:
rouge1: P=0.7302 R=0.4033 F=0.5151
rouge2: P=0.4306 R=0.2130 F=0.2803
rougeL: P=0.6595 R=0.3581 F=0.4600"""


def test_a_run_of_labelled_lines_reads_the_same_fed_line_by_line():
    points = same_every_way(LABELLED_RUNS)
    assert ("rouge2/P", 0.0, 0.4402) in points and ("rougeL/F", 1.0, 0.46) in points
    assert ("rouge1/P", 0.0, 0.8009) in points  # the first of the run is no settings line


CONFIG_THEN_TRAINING = """\
model:
  hidden: 64
  dropout: 0.1
optimizer:
  lr: 0.003
epochs: 3
epoch 1 loss=0.91 acc=0.62
epoch 2 loss=0.55 acc=0.78
epoch 3 loss=0.41 acc=0.84"""


def test_a_config_dump_stays_params_fed_line_by_line():
    points = same_every_way(CONFIG_THEN_TRAINING)
    assert {name for name, _, _ in points} == {"loss", "acc"}
    parser, out = MetricParser(), {}
    for line in CONFIG_THEN_TRAINING.split("\n"):
        parser.parse_lines([line], 0.0, out)
    parser.finish(0.0, out)
    assert ("optimizer.lr", "0.003") in parser.params and "lr" not in out


def test_a_held_line_is_released_by_the_line_that_decides_it():
    parser, out = MetricParser(), {}
    parser.parse_lines(["initial  value 24.200000 "], 0.0, out)
    assert out == {}  # the trace's end decides it: not printed yet
    parser.parse_lines(["iter  10 value 1.370040"], 0.0, out)
    parser.parse_lines(["final  value 0.000000 "], 0.0, out)
    parser.parse_lines(["converged"], 0.0, out)
    assert "initial value" in out  # released as its trace ended, before the output's end


def _times(out, name: str) -> list[tuple[float, float]]:
    return list(zip(out[name].steps, out[name].times))


def test_a_held_line_keeps_the_time_it_was_printed():
    lines = OPTIM_TRACE.split("\n")  # the i-th line printed at time i
    parser, out = MetricParser(), {}
    for when, line in enumerate(lines):
        parser.parse_lines([line], float(when), out)
    parser.finish(99.0, out)
    assert _times(out, "initial value") == [(0.0, 0.0), (1.0, 5.0)]  # not the trace's end
    parser, out, splitter = MetricParser(), {}, LineSplitter()  # the recorder's way
    for when, line in enumerate(lines):
        parser.parse_text(splitter.feed_text(line.encode() + b"\n"), float(when), out)
    parser.finish(99.0, out)
    assert _times(out, "initial value") == [(0.0, 0.0), (1.0, 5.0)]


def test_lines_held_over_several_reads_keep_each_its_time():
    parser, out = MetricParser(), {}
    lines = POWER_CALCULATION.split("\n")  # its "key = value" lines wait for the block's end
    for when, line in enumerate(lines):
        parser.parse_lines([line], float(when), out)
    parser.finish(99.0, out)
    printed = [at for at, line in enumerate(lines) if line.strip().startswith("power =")]
    assert _times(out, "power") == [(0.0, float(printed[0])), (1.0, float(printed[1]))]


def test_lines_that_look_at_nothing_after_them_are_not_held():
    parser, out = MetricParser(), {}
    for epoch, loss in enumerate((0.9, 0.7, 0.5), 1):
        parser.parse_lines([f"epoch {epoch} loss={loss}"], 0.0, out)
        assert list(out["loss"].values)[-1] == loss  # each one as it is printed


def test_what_is_held_at_the_end_of_output_is_read_by_finish():
    parser, out = MetricParser(), {}
    for line in POLARS_SERIES.split("\n")[:-1]:  # no closing "]" printed
        parser.parse_lines([line], 0.0, out)
    parser.finish(0.0, out)
    whole_parser, whole_out = MetricParser(), {}
    whole_parser.parse_lines(POLARS_SERIES.split("\n")[:-1], 0.0, whole_out)
    whole_parser.finish(0.0, whole_out)
    assert _points(out) == _points(whole_out)


def test_the_state_kept_for_a_held_line_is_a_copy_that_shares_only_functions():
    from expctl.metrics.holding import _copied
    from expctl.metrics.tables import TableReader

    reader = TableReader()
    reader.config.append(("lr", "0.1"))
    state = {"reader": reader, "seen": {("a", 1.0)}, "counts": {"loss": 2.0}, "rows": [[1, 2]]}
    copied = _copied(state, {})
    copied["reader"].config.append(("seed", "0"))
    copied["seen"].add(("b", 2.0))
    copied["counts"]["loss"] = 3.0
    copied["rows"][0].append(3)
    assert reader.config == [("lr", "0.1")] and state["seen"] == {("a", 1.0)}
    assert state["counts"] == {"loss": 2.0} and state["rows"] == [[1, 2]]
    assert copied["reader"]._ahead is reader._ahead  # a function is shared
