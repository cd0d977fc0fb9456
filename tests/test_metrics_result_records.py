"""RESULT_RECORD: a record's repr whose type is named as an outcome reports its numeric fields,
on invented lines."""

from __future__ import annotations

from tests.metric_reading import read_with_params, values


def test_a_scipy_like_result_tuple_reports():
    got = values("TtestResult(statistic=2.104, pvalue=0.0412, df=18.0)\n")
    assert got["statistic"] == [2.104]
    assert got["df"] == [18.0]


def test_numpy_scalar_reprs_and_a_verdict_word_are_read_as_a_report():
    text = ("Trend_Test(trend='increasing', h=np.True_, z=np.float64(2.0660300112), "
            "s=np.float64(426.0), var_s=42316.0)\n"
            "Trend_Test_Yue_Approach(trend='no trend', h=np.False_, z=np.float64(1.1317076),"
            " s=np.float64(229.0), var_s=40588.3)\n")
    got = values(text)
    assert got["z"] == [2.0660300112, 1.1317076]
    assert got["s"] == [426.0, 229.0]
    assert got["var_s"] == [42316.0, 40588.3]
    assert "trend" not in got and "h" not in got


def test_a_repr_of_settings_stays_config():
    points, params = read_with_params("Booster(lr=0.2, depth=3, objective=binary)\n")
    assert points == {}
    assert ("lr", "0.2") in params


def test_a_settings_type_named_for_a_test_stays_config():
    points, params = read_with_params("TestConfig(batch=32, shuffle=True, seed=7)\n")
    assert points == {}
    assert ("batch", "32") in params

