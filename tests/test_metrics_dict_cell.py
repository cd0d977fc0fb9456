"""A dict printed as a cell of a data frame's row (DICT_CELL), on invented lines in the shape
a grid search's results frame prints."""

from __future__ import annotations

from tests.metric_reading import values

FRAME = ("            lags          params  mean_absolute_error   alpha\n"
         "0  [1, 2, 3, 4]  {'alpha': 0.05}             0.412023    0.05\n"
         "1  [1, 2, 3, 4]     {'alpha': 2}             0.452386    2.00\n")


def test_the_dict_cells_pairs_are_no_pairs_of_the_line():
    assert "alpha" not in values(FRAME)


def test_a_dict_record_alone_or_closing_a_line_is_still_read():
    assert values("{'loss': 0.25, 'acc': 0.75}\n") == {"loss": [0.25], "acc": [0.75]}
    assert values("epoch 3  {'loss': 0.25}\n")["loss"] == [0.25]
