"""Rules written from the structure of the sixth half's output (issue 11: Rich's log records,
lmfit's fit report), each checked on invented lines: one that the rule reads, and a look-alike
it must leave alone."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def read(data: str, chunk: int = 4096) -> tuple[dict[str, list[tuple[float, float]]], list]:
    """(name -> [(step, value)], config entries) as the recorder reads `data` on one stream."""
    return read_with_params(data, chunk)


# -- BLANK_TIME: Rich's record under a repeated time -----------------------------------------------


def test_a_record_under_a_blank_time_column_gives_its_own_step():
    text = ("[10:00:01] INFO     Round 1/4 - cost=0.75          run.py:12\n"
            "           INFO     Round 2/4 - cost=0.5           run.py:12\n"
            "           DEBUG    Round 3/4 - cost=0.25          run.py:12\n")
    assert read(text)[0] == {"cost": [(1.0, 0.75), (2.0, 0.5), (3.0, 0.25)]}


def test_a_blank_run_before_a_word_that_is_no_level_is_no_log_frame():
    # A look-alike: an indented line whose first word only starts like a level; it is no
    # record's frame, so the step word after it opens nothing and the carried step stays.
    text = ("Round 1/4 - cost=0.75\n"
            "           INFORMAL Round 2/4 - cost=0.5\n")
    assert read(text)[0] == {"cost": [(1.0, 0.75), (1.0, 0.5)]}


# -- START_ASIDE: where a fitted value started is a setting ----------------------------------------


def test_a_start_value_in_parentheses_after_a_value_is_its_param():
    text = ("[[Variables]]\n"
            "    amp:      9.0356 +/- 0.0821 (0.91%) (init = 10)\n"
            "    center:   5.0861 +/- 0.0082 (0.16%) (init = 5)\n")
    metrics, params = read(text)
    assert metrics == {"amp": [(0.0, 9.0356)], "center": [(0.0, 5.0861)]}
    assert params == [("amp.init", "10"), ("center.init", "5")]


def test_an_aside_naming_no_start_stays_a_pair():
    # A look-alike: the aside reports another value of the run (its best), not where it began.
    assert read("cost: 0.5 (best = 0.25)\n") == ({"cost": [(0.0, 0.5)], "best": [(0.0, 0.25)]},
                                                 [])


# -- CONFIG_MARKERS: a tool's defaults in parentheses ----------------------------------------------


def test_pairs_after_defaults_in_parentheses_are_params():
    metrics, params = read("ranker: ready (defaults: folds=5 recall_floor=0.25 shuffle=True)\n")
    assert metrics == {} and params == [("folds", "5"), ("recall_floor", "0.25")]


def test_pairs_after_a_word_that_is_no_config_label_stay_metrics():
    # A look-alike: "(best: ...)" reports results, as any other label before pairs does.
    metrics, params = read("ranker: ready (best: folds=5 recall_floor=0.25)\n")
    assert params == [] and metrics["recall_floor"] == [(0.0, 0.25)]
