"""UNDERLINED_HEADING and RESTATED_SETTING: a title over a rule of its own length heads the
block under it as ``Title:`` would; a summary's line restating a printed setting stays one."""

from __future__ import annotations

from tests.metric_reading import values

_SUMMARY = ("settings: ndim=3, nlive=300, bound=multi, seed=7\n"
            "Summary\n"
            "=======\n"
            "nlive: 300\n"
            "logz: -9.307 +/-  0.263\n"
            "\n"
            "posterior:\n"
            "  x0: mean  0.9981  std 1.0028\n")


def test_a_block_under_an_underlined_result_title_reports():
    got = values(_SUMMARY)
    assert got["logz"] == [-9.307]
    assert got["x0/mean"] == [0.9981]


def test_a_restated_setting_in_the_summary_stays_a_setting():
    assert "nlive" not in values(_SUMMARY)


def test_a_rule_of_another_length_is_no_underline():
    text = _SUMMARY.replace("=======\n", "==========================\n")
    assert "logz" not in values(text)


def test_an_underlined_config_title_keeps_its_block_config():
    text = ("Hyperparameters\n"
            "---------------\n"
            "lr: 0.05\n"
            "momentum: 0.9\n"
            "epoch 1 loss 0.5\n")
    got = values(text)
    assert "lr" not in got and "momentum" not in got
    assert got["loss"] == [0.5]
