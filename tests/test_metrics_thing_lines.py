"""One line per thing, ``<thing> <key> <decimal> <remark>`` (THING_LINES), and the candidate
rule that lets such lines be read (ENDS_IN_DURATION), on invented AutoML output."""

from __future__ import annotations

from expctl.metrics.grammar import may_hold_metrics
from tests.metric_reading import read, values

LEADERBOARD = ("* Step simple models will try 2 models\n"
               "1_Dummy rmse 4.125 trained in 1.02 seconds\n"
               "2_Tree rmse 2.5 trained in 2.31 seconds\n"
               "* Step boosted models will try 1 model\n"
               "3_Xgb rmse 1.75 trained in 6.10 seconds\n"
               "* Step stacking will try 1 model\n"
               "Stack rmse 1.5 trained in 0.93 seconds\n"
               "fit time: 10.4 seconds\n")


def test_each_things_key_is_named_by_the_thing_across_a_step_line():
    points = values(LEADERBOARD)
    assert {name: vals for name, vals in points.items() if "/" in name} == {
        "1_Dummy/rmse": [4.125], "2_Tree/rmse": [2.5], "3_Xgb/rmse": [1.75], "Stack/rmse": [1.5]}
    assert not any(name.startswith(("trained", "rmse")) for name in points)


def test_the_names_do_not_depend_on_how_the_output_is_cut_into_reads():
    for chunk in (1, 13, 70):
        assert read(LEADERBOARD, chunk) == read(LEADERBOARD)


def test_one_line_alone_or_other_keys_give_nothing():
    assert read("1_Dummy rmse 4.125 trained in 1.02 seconds\n") == {}
    assert read("1_Dummy rmse 4.125 trained in 1.02 seconds\n"
                "2_Tree mae 2.5 trained in 2.31 seconds\n") == {}
    far = ("1_Dummy rmse 4.125 trained in 1.02 seconds\n" + "* Step next\n" * 3
           + "2_Tree rmse 2.5 trained in 2.31 seconds\n")
    assert read(far) == {}


def test_a_step_word_is_no_thing():
    text = "epoch loss 0.52 after warmup\nstep loss 0.48 after warmup\n"
    assert not any("/" in name for name in read(text))


def test_a_line_closed_by_a_duration_is_a_candidate_and_alone_gives_nothing():
    assert may_hold_metrics("3_Linear logloss 0.290633 trained in 5.74 seconds")
    assert may_hold_metrics("done in 1.5 mins")
    assert not may_hold_metrics("waited 5 seconds")  # a whole count of seconds: prose
    assert not may_hold_metrics("Downloading shard 3 of 8 from the mirror")
    assert read("Finished training in 12.5 seconds\n") == {}
