"""FOUND_HEADING: ``free`` says a fit estimated the parameters it names (the statistician's free
parameters, as against fixed ones), on a heading and on a config label before pairs alike;
``Fixed parameters:``, ``parameters:`` stay settings. Invented lines, in other wordings and
layouts than the held-out fixtures pyextremes."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def values(text: str) -> tuple[dict[str, list[float]], dict[str, str]]:
    points, params = read_with_params(text, 4096)
    return {name: [value for _, value in series] for name, series in points.items()}, dict(params)


def test_free_parameters_on_a_line_are_results():
    got, params = values("model: lognormal\n"
                         "free parameters: mu=1.482, sigma=0.377\n"
                         "fixed parameters: loc=0.000\n"
                         "AIC: 212.9\n")
    assert got["mu"] == [1.482] and got["sigma"] == [0.377]
    assert "loc" not in got and params["loc"] == "0.000"


def test_free_parameters_heading_over_a_block():
    got, _ = values("Free parameters:\n"
                    "  shape: 0.6613\n"
                    "  rate: 2.0418\n")
    assert got == {"shape": [0.6613], "rate": [2.0418]}


def test_parameters_alone_stay_settings():
    got, params = values("parameters: lr=0.05, momentum=0.9\n"
                         "epoch 1 loss=0.61\n")
    assert "lr" not in got and params["lr"] == "0.05"
