"""STATED_QUANTITY: a quantity's statistics stated after its name and a colon."""

from expctl.metrics.parser import MetricParser


def _parse(text: str) -> dict:
    parser, series = MetricParser(), {}
    parser.parse_text(text, 0.0, series)
    parser.finish(0.0, series)
    return {name: list(s.values) for name, s in series.items()}


def test_statistics_after_a_named_quantity_are_named_by_it():
    got = _parse("  -> scores       : min = 0.12, mean = 0.48, max = 0.97\n"
                 "  -> residuals    : min = -0.8, mean = 0.01, max = 0.75\n")
    assert got["scores/mean"] == [0.48]
    assert got["residuals/min"] == [-0.8]
    assert "mean" not in got


def test_other_pairs_after_a_colon_keep_their_names():
    got = _parse("results: loss = 0.31, acc = 0.88\n")
    assert "results/loss" not in got
