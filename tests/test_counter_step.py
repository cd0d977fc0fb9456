"""COUNTER_STEP (`expctl.metrics.counter_step`): a whitespace-aligned table's leftmost numeric
column of whole numbers going up is its rows' step, whatever its header, decided row by row.
The tables are made up."""

from __future__ import annotations

import pytest

from expctl.metrics.parser import MetricParser
from tests.metric_reading import read


def per_line(text: str) -> dict[str, list[tuple[float, float]]]:
    """name -> [(step, value)] when each line comes in a read of its own (a live loop)."""
    parser, out = MetricParser(), {}
    for line in text.splitlines():
        parser.parse_lines([line], 0.0, out)
    parser.finish(0.0, out)
    return {name: list(zip(series.steps, series.values)) for name, series in out.items()}


def table(header: str, counts, right: bool = True) -> str:
    """An aligned table of `counts` under `header` (a counter's name, then two metrics)."""
    cell = "{:>6}" if right else "{:<6}"
    lines = [f"{cell.format(header)}  {'loss':>8}  {'acc':>8}"]
    lines += [f"{cell.format(count)}  {1 / (i + 2):>8.4f}  {0.5 + i / 100:>8.4f}" for i, count in enumerate(counts)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("right", [True, False], ids=["right", "left"])
@pytest.mark.parametrize("counts", [[1, 2, 3], [0, 1, 2, 3], [1, 2, 3, 10, 20, 30], [5, 10, 15]],
                         ids=["from-1", "from-0", "skipping", "by-5"])
def test_a_counter_under_an_unknown_word_is_the_step(counts, right):
    text = table("Zq", counts, right)
    found = read(text)
    assert "Zq" not in found
    assert [step for step, _ in found["loss"]] == counts
    assert [step for step, _ in found["acc"]] == counts
    assert per_line(text) == found == read(text, 1)


def test_the_rows_come_one_per_read_as_in_a_live_loop():
    text = table("Kx", [1, 2, 3, 10, 20, 30])
    assert per_line(text) == read(text) == read(text, 7)
    assert [step for step, _ in per_line(text)["loss"]] == [1, 2, 3, 10, 20, 30]


def test_a_result_word_of_whole_numbers_stays_a_metric():
    text = "correct    loss\n     10   0.500\n     12   0.400\n     15   0.300\n"
    found = read(text)
    assert [value for _, value in found["correct"]] == [10, 12, 15]
    assert per_line(text) == found


def test_r_row_names_over_things_are_left_to_the_frame_rules():
    text = "  weight  height\n1   61.5   170.2\n2   72.0   181.9\n3   55.3   162.4\n"
    found = read(text)
    assert [value for _, value in found["weight"]] == [61.5, 72.0, 55.3]
    assert per_line(text) == found


def test_a_first_column_of_whole_numbers_not_going_up_is_no_counter_after_it_turns():
    text = "  Zq    loss     acc\n   7  0.5000  0.7000\n   3  0.4000  0.7500\n   9  0.3000  0.8000\n"
    found = read(text)
    assert found["loss"][0] == (7, 0.5)  # decided on the first row, as it came
    assert [value for _, value in found["Zq"]] == [3, 9]  # a metric from the row that turned
    assert per_line(text) == found


def test_a_fraction_first_is_no_counter():
    text = "  Zq    loss\n 1.5  0.5000\n 2.5  0.4000\n"
    assert [value for _, value in read(text)["Zq"]] == [1.5, 2.5]


def test_a_known_step_column_wins():
    text = "  epoch   Zq    loss\n      1    4  0.5000\n      2    9  0.4000\n"
    found = read(text)
    assert [step for step, _ in found["loss"]] == [1, 2]
    assert [value for _, value in found["Zq"]] == [4, 9]


def test_degrees_of_freedom_are_no_counter():
    text = "  Df   %Dev  Lambda\n   0  0.000  2.3900\n   2  6.480  2.1800\n   2 12.310  1.9900\n"
    found = read(text)
    assert [step for step, _ in found["Lambda"]] == [0, 1, 2]  # the row's place, as before


def test_a_count_of_evaluations_going_up_is_the_step():
    text = "  nfev    fun\n     4  3.100\n     9  1.200\n    15  0.400\n"
    assert read(text) == {"fun": [(4, 3.1), (9, 1.2), (15, 0.4)]} == per_line(text)
