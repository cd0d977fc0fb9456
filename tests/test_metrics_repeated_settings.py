"""REPEATED_SETTINGS: a settings block printed again, key for key, for a second model after the
first one's results stays config; a key printed again alone, or in a block of other keys, is a
result as before. Checked on invented fit summaries."""

from __future__ import annotations

from tests.metric_reading import read_with_params, values

_FIT = ("Forest result\n"
        "Kind:                  {kind}\n"
        "Number of trees:       300\n"
        "Leaf size:             5\n"
        "Mtry:                  {mtry}\n"
        "Split rule:            {rule}\n"
        "Out-of-bag error:      {error}\n")


def test_a_second_models_settings_block_stays_config():
    text = (_FIT.format(kind="Classification", mtry=2, rule="gini", error=4.2)
            + _FIT.format(kind="Regression", mtry=4, rule="variance", error=6.9))
    got, params = read_with_params(text)
    assert "Mtry" not in got
    assert [value for _, value in got["Out-of-bag error"]] == [4.2, 6.9]
    assert ("Mtry", "2") in params


def test_a_setting_printed_again_among_results_is_a_result():
    text = (_FIT.format(kind="Classification", mtry=2, rule="gini", error=4.2)
            + "Tuning the forest\n"
            + "Mtry:                  3\n"
            + "Out-of-bag error:      3.9\n")
    assert values(text)["Mtry"] == [3.0]


def test_a_repeated_block_holding_a_result_or_a_step_is_a_report():
    from expctl.metrics.repeated_settings import repeats_settings
    block = ["Kind:      Regression", "Trees:     300", "Mtry:      4", "Leaf:      5"]
    assert repeats_settings(["Forest result", *block, "Forest result", *block[:2]], block[2], block[3:])
    report = ["Epoch:     1", "lr:        0.1", "momentum:  0.9"]
    assert not repeats_settings([*report, "", *report[:1]], "lr:        0.09", report[2:])
    scores = ["lr:        0.1", "momentum:  0.9", "loss:      0.5"]
    assert not repeats_settings([*scores, "", "lr:        0.09"], "momentum:  0.9", ["loss:      0.4"])
