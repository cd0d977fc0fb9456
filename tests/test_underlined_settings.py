"""UNDERLINED_SETTINGS: a solver's report opens with a titled, underlined section of the
settings it runs with; their pairs are params, not results, and the report's own figures
after the section still are. Made-up reports."""

from __future__ import annotations

from tests.metric_reading import read, read_with_params

_REPORT = """\
{title}
{rule}
Method: Powell  Strategy: trust region (radius = 1.5)
abstol = 1e-10 reltol = 1e-06 maxfev = 500

Progress
--------
step: 1 residual: 0.5
step: 2 residual: 0.25
"""


def test_an_underlined_settings_section_gives_params():
    for title in ("Solver settings", "Control parameters", "Options"):
        series, params = read_with_params(_REPORT.format(title=title, rule="-" * len(title)))
        assert "abstol" not in series and "reltol" not in series, title
        assert ("abstol", "1e-10") in [(key, str(value)) for key, value in params], title
        assert series["residual"] == [(1.0, 0.5), (2.0, 0.25)]


def test_a_title_of_results_keeps_its_pairs():
    text = "Fit results\n-----------\nrmse = 0.25 mae = 0.125\n"
    assert read(text)["rmse"] == [(0.0, 0.25)]


def test_bare_parameters_stay_estimates():
    text = "Parameters\n----------\nalpha = 0.52 beta = 1.75\n"
    assert read(text)["alpha"] == [(0.0, 0.52)]
