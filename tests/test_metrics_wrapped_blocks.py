"""WRAPPED_BLOCKS and TEXT_LABEL's R terms: a data frame R wrapped into blocks of columns,
its rows numbered and named by a text column in the first block only, on invented lines."""

from __future__ import annotations

from tests.metric_reading import values

# a pooled regression summary as a data frame of default row names, too wide for one block
WRAPPED = """\
         term    estimate  std.error statistic       df
1 (Intercept) 112.4071220 10.5219904 10.683211 21.04410
2      weight   0.5120412  0.0920233  5.564259 30.11215
        2.5 %     97.5 %
1 90.52690174 134.287342
2  0.32415821   0.699924
"""


def test_a_term_names_its_numbered_row():
    found = values(WRAPPED)
    assert found["(Intercept)/estimate"] == [112.407122]
    assert found["weight/statistic"] == [5.564259]


def test_the_next_block_takes_the_first_blocks_labels():
    found = values(WRAPPED)
    assert found["(Intercept)/2.5 %"] == [90.52690174]
    assert found["weight/97.5 %"] == [0.699924]
    assert "2.5 %" not in found  # the row numbers are no steps


def test_a_block_after_a_blank_line_is_another_frame():
    text = WRAPPED.replace("        2.5 %", "\n        2.5 %")
    found = values(text)
    assert "(Intercept)/2.5 %" not in found


def test_a_frame_of_numbered_rows_alone_keeps_its_steps():
    text = ("        loss     acc\n"
            "1 0.61020000 0.71200\n"
            "2 0.50330000 0.77800\n")
    assert values(text)["loss"] == [0.6102, 0.5033]
