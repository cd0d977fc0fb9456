"""A bar drawn of block characters after a line's figures (BAR_ROW: ``...  64: 25% ━━━━ 1/4``)
is cut: the figures are read as the line would be without it."""

from __future__ import annotations

from tests.metric_reading import read

HEADER = "      Epoch    GPU_mem   box_loss   cls_loss  Instances       Size\n"


def test_rows_redrawn_with_a_bar_are_read_under_their_header():
    text = (HEADER + "        1/2         0G     0.6653      1.018         10         64: 0% ━━━━━━━━ 0/4  0.2s\n"
            "        1/2         0G      3.648      2.661         12         64: 25% ━━━━━━━━ 1/4 2.9it/s 0.3s\n")
    got = read(text)
    assert got["box_loss"] == [(1.0, 0.6653), (1.0, 3.648)] and got["cls_loss"][1] == (1.0, 2.661)


def test_a_scans_percentage_is_no_value_of_the_word_before_it():
    text = "train: Scanning /data/labels... 32 images, 0 corrupt: 100% ━━━━━━━━━━━━ 32/32 2.8Kit/s 0.0s\n"
    assert "corrupt" not in " ".join(read(text))
