"""TITLED_STATISTICS (`expctl.metrics.titled_stats`): a thing's statistics, names over values
(wrapped over several such pairs), in a block titled by the thing's name alone."""

from __future__ import annotations

from tests.metric_reading import values

RULE = "-" * 60 + "\n"
BLOCK = ("val_loss \n"
         "       n  missing     Mean      Gmd      .05      .10 \n"
         "     288       12   0.7991   0.1338   0.6111   0.6376 \n"
         "     .25      .50      .75 \n"
         "  0.7191   0.8098   0.8962 \n")


def test_each_statistic_is_named_by_the_block_title():
    points = values(RULE + BLOCK + RULE)
    assert points["val_loss/Mean"] == [0.7991]
    assert points["val_loss/.05"] == [0.6111]
    assert points["val_loss/.75"] == [0.8962]  # the wrapped row's
    assert points["val_loss/missing"] == [12.0]
    assert "val_loss/n" not in points  # a count column


def test_two_blocks_keep_two_series():
    text = RULE + BLOCK + RULE + BLOCK.replace("val_loss", "train_loss") + RULE
    points = values(text)
    assert points["val_loss/Mean"] == [0.7991] and points["train_loss/Mean"] == [0.7991]
    assert "Mean" not in points


def test_a_title_that_is_no_lone_word_under_a_rule_titles_nothing():
    points = values("results so far\n" + BLOCK.split("\n", 1)[1])
    assert not any(name.startswith(("val_loss/", "results")) for name in points)
    text = RULE + "some words here\n" + BLOCK.split("\n", 1)[1]
    assert not any("/" in name for name in values(text))


def test_a_header_without_a_statistic_is_no_block_of_statistics():
    text = RULE + "resnet\n    loss     acc\n  0.3123  0.9120\n"
    assert not any(name.startswith("resnet/") for name in values(text))


def test_a_table_with_a_step_column_under_a_title_is_a_table_of_steps():
    text = RULE + "training\n  epoch    mean     max\n      1    0.50    0.90\n      2    0.40    0.95\n"
    assert not any(name.startswith("training/") for name in values(text))


LEVELS = ("optimizer \n"
          "       n  missing distinct \n"
          "     300        0        3 \n"
          "                            \n"
          "Value       adam adamw   sgd\n"
          "Frequency     88    98   114\n"
          "Proportion 0.293 0.327 0.380\n")


def test_the_table_of_levels_closing_a_titled_block_is_named_by_title_row_and_level():
    points = values(RULE + LEVELS + RULE)
    assert points["optimizer/Proportion/adam"] == [0.293]
    assert points["optimizer/Proportion/sgd"] == [0.380]
    assert points["optimizer/Frequency/adamw"] == [98.0]
    assert "Proportion/adam" not in points


def test_two_blocks_of_the_same_levels_keep_apart():
    text = RULE + LEVELS + RULE + LEVELS.replace("optimizer", "scheduler") + RULE
    points = values(text)
    assert points["optimizer/Proportion/adam"] == [0.293]
    assert points["scheduler/Proportion/adam"] == [0.293]


def test_a_table_right_under_a_title_is_no_table_of_levels():
    text = RULE + "results\nValue       adam adamw   sgd\nProportion 0.293 0.327 0.380\n"
    assert not any(name.startswith("results/") for name in values(text))


def test_levels_that_are_numbers_head_their_table_too():
    text = (RULE + "gear \n"
            "       n  missing distinct     Info     Mean      Gmd \n"
            "      32        0        3    0.866    3.688   0.7641 \n"
            "                            \n"
            "Value          3     4     5\n"
            "Frequency     15    12     5\n"
            "Proportion 0.469 0.375 0.156\n" + RULE)
    points = values(text)
    assert points["gear/Mean"] == [3.688]
    assert points["gear/Proportion/3"] == [0.469]
    assert points["gear/Proportion/5"] == [0.156]
