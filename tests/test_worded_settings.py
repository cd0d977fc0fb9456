"""WORDED_SETTINGS: a run of flush-left ``Words: value`` lines, values of words among them and
no result named, is a tool's setup: its numbers are params, never metrics; a report's
sentences, a log of values and a two-column summary stay what they were."""

from __future__ import annotations

from expctl.metrics import MetricParser

SETUP = ("pgbench (15.18)\n"
         "transaction type: <builtin: TPC-B (sort of)>\n"
         "scaling factor: 1\n"
         "query mode: simple\n"
         "number of clients: 2\n"
         "duration: 4 s\n"
         "latency average = 2.117 ms\n"
         "tps = 286.020856 (without initial connection time)\n")


def _read(text: str) -> tuple[dict[str, list[float]], dict[str, str]]:
    parser, out = MetricParser(), {}
    parser.parse_text(text, 0.0, out)
    parser.finish(0.0, out)
    return {name: list(series.values) for name, series in out.items()}, dict(parser.params)


def test_a_setup_run_of_worded_labels_is_params():
    series, params = _read(SETUP)
    assert "scaling factor" not in series
    assert params["scaling factor"] == "1"
    assert params["query mode"] == "simple"
    assert series["tps"] == [286.020856]


def test_the_setup_is_params_after_results_too():
    series, params = _read(SETUP + SETUP.replace("286.020856", "13.158302"))
    assert "scaling factor" not in series
    assert series["tps"] == [286.020856, 13.158302]


def test_a_result_among_the_labels_keeps_them_sentences():
    text = "model name: resnet\nloader mode: fast\nscaling factor: 1\nTest loss: 0.3612\n"
    series, _ = _read(text)
    assert series["scaling factor"] == [1.0]
    assert series["Test loss"] == [0.3612]


def test_a_two_column_summary_is_no_run_of_settings():
    text = ("Dep. Variable:                      y   R-squared:                       0.652\n"
            "Model:                            OLS   Adj. R-squared:                  0.641\n"
            "Method:                 Least Squares   F-statistic:                     59.85\n"
            "Df Model:                           3                                         \n"
            "Covariance Type:            nonrobust                                         \n")
    series, _ = _read(text)
    assert series["R-squared"] == [0.652]


def test_a_measured_memory_keeps_a_report_of_words_a_report():
    text = "device kind: cuda\nmodel name: resnet18\nwall clock: 12.3 s\npeak memory: 1.25 GB\n"
    series, params = _read(text)
    assert "peak memory" not in params
    assert "model name" not in params


def test_a_p_value_among_the_labels_keeps_them_sentences():
    # linearmodels' poolability test, a blank line and the effects line after it: fed one line
    # per read the blank line may fall between reads, and the run must not become settings.
    text = ("F-test for Poolability: 11.764\n"
            "P-value: 0.0000\n"
            "Distribution: F(59,418)\n"
            "Included effects: Entity\n")
    series, params = _read(text)
    assert series["P-value"] == [0.0] and "P-value" not in params
