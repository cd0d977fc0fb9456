"""SPREAD_LABEL_ROWS, padded: a headerless row ``value ± spread  label`` is read
whether its numbers are printed at their own width (``0.2223 ± 0.3506``) or padded to a
fixed width (``%6.3f ± %6.3f``: `` 0.412 ±  0.031``). Made-up rows, none a fixture's."""

from __future__ import annotations

from expctl.metrics import MetricParser


def _read(text: str) -> dict[str, list[float]]:
    parser, out = MetricParser(), {}
    parser.parse_text(text, 0.0, out)
    parser.finish(0.0, out)
    return {name: list(series.values) for name, series in out.items()}


def test_a_fixed_width_spread_is_read_as_a_tight_one():
    tight = "0.4125 ± 0.0310  petal_width\n0.0981 ± 0.0052  sepal_len\n"
    padded = (" 0.412 ±  0.031  petal_width\n"
              " 0.098 ±  0.005  sepal_len\n"
              "-0.012 ±  0.140  noise_col\n")
    assert _read(tight) == {"petal_width": [0.4125], "sepal_len": [0.0981]}
    assert _read(padded) == {"petal_width": [0.412], "sepal_len": [0.098], "noise_col": [-0.012]}


def test_a_padded_spread_with_whole_numbers_only_stays_unread():
    assert _read("    12 ±   3  apples\n     7 ±   1  pears\n") == {}
