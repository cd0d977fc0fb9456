"""CLOCK_SYMBOL_INDEX (docs/metric-rules.rst): a pandas frame indexed by ``t``, a simulated
clock's symbol, steps its rows by their labels (TIME_INDEX), one column or several; any other
named index still names things (NAMED_INDEX)."""

from __future__ import annotations

from expctl.metrics import MetricParser


def points(text: str) -> dict[str, list[tuple[float, float]]]:
    parser, series = MetricParser(), {}
    parser.parse_lines(text.split("\n"), 0.0, series)
    return {name: list(zip(s.steps, s.values)) for name, s in series.items()}


def test_one_column_frame_under_t_is_a_series_by_tick():
    text = ("     infected\n"
            "t            \n"
            "0       0.010\n"
            "1       0.025\n"
            "2       0.031\n")
    assert points(text) == {"infected": [(0.0, 0.01), (1.0, 0.025), (2.0, 0.031)]}


def test_several_columns_under_t_step_by_their_labels():
    text = ("     prey  predators\n"
            "t                   \n"
            "0   120.0       15.0\n"
            "5   131.5       14.2\n"
            "10  118.9       17.8\n")
    found = points(text)
    assert found["prey"] == [(0.0, 120.0), (5.0, 131.5), (10.0, 118.9)]
    assert found["predators"] == [(0.0, 15.0), (5.0, 14.2), (10.0, 17.8)]


def test_one_column_frame_under_a_time_word_too():
    text = ("         energy\n"
            "time           \n"
            "0.0       -3.20\n"
            "0.5       -3.45\n")
    found = points(text)
    assert list(found) == ["energy"]
    assert [value for _, value in found["energy"]] == [-3.2, -3.45]


def test_an_index_of_things_keeps_its_labels():
    text = ("          share\n"
            "sector         \n"
            "energy    0.310\n"
            "retail    0.220\n")
    found = points(text)
    assert "energy/share" in found and "share" not in found
