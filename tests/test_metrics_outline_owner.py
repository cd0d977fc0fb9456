"""OUTLINE_OWNER: pairs set in under a set-in name of words are named by it."""

from expctl.metrics.parser import MetricParser


def _parse(text: str) -> dict:
    parser, series = MetricParser(), {}
    parser.parse_text(text, 0.0, series)
    parser.finish(0.0, series)
    return {name: list(s.values) for name, s in series.items()}


OUTLINE = """\
  Worst Group Coverage Error
     Bin: 0.25 -- Coverage Error: 0.081
     Bin: 0.75 -- Coverage Error: 0.042
  Best Group Coverage Error
     Bin: 0.25 -- Coverage Error: 0.013
"""


def test_each_measure_names_the_pairs_set_in_under_it():
    got = _parse(OUTLINE)
    assert got["Worst Group Coverage Error/Coverage Error"] == [0.081, 0.042]
    assert got["Best Group Coverage Error/Coverage Error"] == [0.013]


def test_a_flush_left_name_owns_nothing():
    got = _parse(OUTLINE.replace("  Best Group", "Best Group"))
    assert "Best Group Coverage Error/Coverage Error" not in got
