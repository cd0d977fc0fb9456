"""BAR_DESCRIPTION: the values a tqdm bar's description states are read, on invented bars."""

from __future__ import annotations

from tests.metric_reading import values
from expctl.metrics.bar_descriptions import described


def test_a_value_closing_the_description_is_read():
    text = ("critic: 0.734:  10%|#         | 1/10 [00:01<00:09,  1.00it/s]\n"
            "critic: 0.611:  20%|##        | 2/10 [00:02<00:08,  1.00it/s]\n")
    assert values(text) == {"critic": [0.734, 0.611]}


def test_named_values_in_parentheses_parted_by_bars_are_read():
    text = ("Actor (+02.50) | Critic (-00.31):  50%|#####     | 1/2 [00:01<00:01,  1.00it/s]\n"
            "Actor (+02.25) | Critic (-00.12): 100%|##########| 2/2 [00:02<00:00,  1.00it/s]\n")
    assert values(text) == {"Actor": [2.5, 2.25], "Critic": [-0.31, -0.12]}


def test_a_description_ending_in_no_value_is_left_as_printed():
    line = "Epoch 3:  40%|####      | 4/10 [00:04<00:06,  1.00it/s]"
    assert described(line) == line
    line = "Shard (2):  40%|####      | 4/10 [00:04<00:06,  1.00it/s]"
    assert described(line) == line
