"""INTERVAL_SETTING: a name closed by ``interval`` or ``every`` says how often the run does
something, a setting; a confidence interval a statistic estimates stays a result."""

from __future__ import annotations

from expctl.metrics import MetricParser
from expctl.metrics.vocabulary import is_setup_name


def _names(text: str) -> dict[str, list[float]]:
    parser, out = MetricParser(), {}
    parser.parse_text(text, 0.0, out)
    parser.finish(0.0, out)
    return {name: list(series.values) for name, series in out.items()}


def test_how_often_names_are_settings():
    assert is_setup_name("Optimization Interval")
    assert is_setup_name("log_interval")
    assert is_setup_name("eval_every")
    assert not is_setup_name("95 percent confidence interval")
    assert not is_setup_name("credible interval")
    assert not is_setup_name("interval_loss")  # the word must close the name


def test_a_summary_block_keeps_its_results_not_its_interval():
    text = ("<Training Info>\n"
            "| Iterations: 100, Burn-in steps: 0\n"
            "| Optimization Interval: 10\n"
            "| Log-likelihood per word: -4.16712\n")
    names = _names(text)
    assert "Optimization Interval" not in names
    assert names["Log-likelihood per word"] == [-4.16712]


def test_a_logged_interval_beside_a_loss_is_no_series():
    names = _names("step 10 loss 0.52 log_interval 10\nstep 20 loss 0.47 log_interval 10\n")
    assert names["loss"] == [0.52, 0.47]
    assert "log_interval" not in names


def test_the_word_alone_names_no_setting_and_a_frame_keeps_its_upper_bound():
    assert not is_setup_name("Interval")
    assert not is_setup_name("every")
    text = ("   Group     N       Mean        SD  95% Conf.   Interval\n"
            "0    low  40.0  50.029115  7.595835  47.599849  52.458381\n"
            "1   high  40.0  55.729198  9.691886  52.629583  58.828814\n"
            "2    all  80.0  52.879157  9.114854  50.850745  54.907568\n")
    got = _names(text)
    assert got["low/Interval"] == [52.458381] and got["high/95% Conf."] == [52.629583]
