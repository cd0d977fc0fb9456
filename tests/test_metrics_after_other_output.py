"""A labelled table printed again after other output (AFTER_OTHER_OUTPUT: a validation table
after each epoch's training rows) gives its rows again, equal or not."""

from __future__ import annotations

from tests.metric_reading import read

TRAIN = ("      Epoch   box_loss   cls_loss       Size\n"
         "        {e}/2      0.6653      1.018         64\n")
VAL = ("           Class     Images      P      R     mAP50\n"
       "             all          8    0.5   0.25      0.3\n")


def test_the_same_validation_row_after_each_epoch_is_read_each_time():
    got = read(TRAIN.format(e=1) + VAL + TRAIN.format(e=2) + VAL)
    assert [value for _, value in got["all/mAP50"]] == [0.3, 0.3]


def test_a_table_printed_twice_in_a_row_is_read_once():
    got = read(VAL + VAL)
    assert [value for _, value in got["all/mAP50"]] == [0.3]
