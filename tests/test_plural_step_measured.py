"""PLURAL_STEP without a known result name: a plural step word opening a line steps it when a
value beside it is printed with four significant digits or more, as a measurement is, whatever
the tool calls it; a line of settings (short, round values) keeps the word a count."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def read(data: str) -> dict[str, list[tuple[float, float]]]:
    return read_with_params(data, 4096)[0]


def test_a_plural_step_word_beside_a_measured_value_of_an_unknown_name_gives_the_step():
    text = ("iterations 100 zorvel 0.26150504588653317 rate 0.1\n"
            "iterations 200 zorvel 0.2619556907442442 rate 0.1\n"
            "generations 5 fitness 12.375\n")
    metrics = read(text)
    assert metrics["zorvel"] == [(100.0, 0.26150504588653317), (200.0, 0.2619556907442442)]
    assert metrics["rate"] == [(100.0, 0.1), (200.0, 0.1)]
    assert metrics["fitness"] == [(5.0, 12.375)]
    assert "iterations" not in metrics and "generations" not in metrics


def test_short_round_values_beside_a_plural_step_word_leave_it_a_count():
    # Settings are printed short: 0.1, 0.0005, 1000.0 have fewer than four significant digits.
    metrics = read("epochs 10 lr 0.1 wd 0.0005 warmup 1000.0\n"
                   "epochs 20 lr 0.1 wd 0.0005 warmup 1000.0\n")
    assert metrics["lr"] == [(0.0, 0.1), (1.0, 0.1)]
    assert metrics["warmup"] == [(0.0, 1000.0), (1.0, 1000.0)]
