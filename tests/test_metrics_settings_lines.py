"""CALL_ARGS and SPACED_CALL_ECHO: a line wholly one square-bracketed list of spaced keywords
naming no result (an R printer's restated settings), and an indented R call echo under its
label, are settings; a bracketed list naming a result still reports. BANNER_SETTINGS: a banner
titled with a result word heads results. Invented lines."""

from __future__ import annotations

from tests.metric_reading import read_with_params, values


def test_a_bracketed_line_of_spaced_keywords_is_settings():
    points, params = read_with_params("[rel.tol = 1e-08, maxit = 500, k = 3]\nlogLik: -12.5\n")
    assert {name: [v for _, v in series] for name, series in points.items()} == {"logLik": [-12.5]}
    assert ("maxit", "500") in params and ("k", "3") in params


def test_a_bracketed_line_naming_a_result_still_reports():
    assert values("[acc = 0.91, f1 = 0.88]\n") == {"acc": [0.91], "f1": [0.88]}


def test_an_indented_spaced_call_under_its_label_is_settings():
    text = "\nModel:\n   arfima(y = w, p = 2, q = 1) \n\nsigma2 = 0.97\n"
    points, params = read_with_params(text)
    assert "p" not in points and "q" not in points
    assert ("p", "2") in params and ("q", "1") in params


def test_a_results_banner_heads_results_not_settings():
    text = "###### Solver summary ######\nbest objective = 0.0421\nfinal gap = 1e-06\n"
    assert values(text) == {"best objective": [0.0421], "final gap": [1e-06]}


def test_an_objects_banner_still_heads_its_settings():
    text = "**** <class 'Solver'> ****\nmax_cycle = 50\nconv_tol = 1e-09\n"
    assert values(text) == {}
