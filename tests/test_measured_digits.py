"""MEASURED_DIGITS: a run of flush-left ``Words: value`` lines that would pass for a tool's
setup (WORDED_SETTINGS: values of words, no key naming a result) is a fit's report when a
value there holds four significant digits or more after a decimal point, whatever its keys
are called: its lines are read one by one. A value of ``key=number`` pairs is numbers, no
value of words. Made-up reports, none a fixture's."""

from __future__ import annotations

from expctl.metrics import MetricParser


# the runs below come after some output, as a fit's summary does (before any, CONFIG_BLOCK reads them)
_BEFORE = "epoch 1 loss 0.52\nepoch 2 loss 0.31\n\n"


def _read(text: str) -> tuple[dict[str, list[float]], dict[str, str]]:
    parser, out = MetricParser(), {}
    parser.parse_text(_BEFORE + text, 0.0, out)
    parser.finish(0.0, out)
    return {name: list(series.values) for name, series in out.items()}, dict(parser.params)


def test_a_computed_value_makes_a_worded_run_a_report():
    text = ("kernel family: matern\n"
            "optimiser used: lbfgs\n"
            "zorpity: 412.0871\n"
            "restarts done: 3\n")
    series, params = _read(text)
    assert series["zorpity"] == [412.0871]
    assert "zorpity" not in params


def test_scientific_notation_counts_its_mantissa():
    text = ("link: logit\n"
            "family: binomial\n"
            "blorf: -1.5037e+02\n"
            "chains: 4\n")
    series, _ = _read(text)
    assert series["blorf"] == [-150.37]


def test_typed_settings_stay_a_setup():
    text = ("query mode: simple\n"
            "storage kind: memory mapped\n"
            "decay rate: 0.0005\n"
            "tolerance: 1.000\n"
            "scaling factor: 1\n")
    series, params = _read(text)
    assert set(series) == {"epoch", "loss"}
    assert params["decay rate"] == "0.0005"
    assert params["query mode"] == "simple"


def test_named_numbers_are_no_value_of_words():
    text = ("estimated: mu=0.41, kappa=2.3\n"
            "held fixed: none of them\n"
            "vexa: 0.7\n"
            "cache entries: 0\n")
    series, _ = _read(text)
    assert series["vexa"] == [0.7]


def test_two_worded_values_and_named_numbers_stay_a_setup():
    text = ("start point: x=0.5, y=1\n"
            "method: simplex\n"
            "bounds: none given\n"
            "budget: 200\n")
    series, params = _read(text)
    assert "budget" not in series
    assert params["method"] == "simplex"
