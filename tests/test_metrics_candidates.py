"""Lines no candidate rule used to let through, so no reader ever saw them (issue 11): each
rule checked on invented lines of the same shape, read as the recorder reads them and as a
whole block (`parse_text`, through the candidate scan), with a look-alike left alone."""

from __future__ import annotations

import math

from expctl.metrics.parser import MetricParser
from tests.metric_reading import read_with_params


def read_block(text: str) -> dict[str, list[tuple[float, float]]]:
    """name -> [(step, value)] from `text` read as one block, through the candidate scan."""
    parser, out = MetricParser(), {}
    parser.parse_text(text, 0.0, out)
    parser.finish(0.0, out)
    return {name: list(zip(series.steps, series.values)) for name, series in out.items()}


# -- ENDS_IN_NONFINITE (grammar) and NONFINITE_VALUE (rules) --------------------------------------

DIVERGING = ("  Round 1\t elapsed 0.031s\t energy delta inf\n"
             "  Round 2\t elapsed 0.027s\t energy delta 4.25031\n"
             "  Round 3\t elapsed 0.029s\t energy delta 0.73110\n")


def test_a_first_row_whose_value_is_infinite_is_read_with_the_others():
    for points in (read_with_params(DIVERGING)[0], read_block(DIVERGING)):
        assert points["energy delta"] == [(1.0, math.inf), (2.0, 4.25031), (3.0, 0.7311)]


def test_a_nan_loss_in_a_plain_print_is_read():
    text = "step 10 loss 2.3125 grad 0.51\nstep 20 loss NaN grad -Inf\n"
    for points in (read_with_params(text)[0], read_block(text)):
        assert [step for step, _ in points["loss"]] == [10.0, 20.0]
        assert math.isnan(points["loss"][1][1]) and points["grad"][1] == (20.0, -math.inf)


def test_words_ending_as_nan_or_inf_are_no_values():
    text = "the model was trained in Iran\nstep 3 of the plan\nstage two: warmup\n"
    assert read_with_params(text)[0] == {} and read_block(text) == {}
