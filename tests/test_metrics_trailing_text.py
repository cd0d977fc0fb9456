"""TRAILING_TEXT (right_aligned): a data frame's numbered rows closing with a text column."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_text_column_last_gives_nothing_and_the_rows_are_steps():
    text = ("    n     lag      semi kind\n"
            "1 120 10.5021 0.2210394  iso\n"
            "2 310 21.0187 0.3871022  iso\n"
            "3 402 31.4400 0.4410950  iso\n"
            "\n")
    got = values(text)
    assert got["lag"] == [10.5021, 21.0187, 31.44]
    assert got["semi"] == [0.2210394, 0.3871022, 0.441095]
    assert not any("iso" in name or "kind" in name for name in got)


def test_a_word_last_under_no_name_edge_is_no_row():
    text = ("    n     lag      semi\n"
            "1 120 10.5021 0.2210394 done\n"
            "\n")
    assert "semi" not in values(text)
