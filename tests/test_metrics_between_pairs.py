"""A lone ``name number`` line between two ``words: number`` lines of a summary (BETWEEN_PAIRS),
on invented lines in the shape R prints a model's deviance summary."""

from __future__ import annotations

import pytest

from expctl.metrics.parser import MetricParser
from tests.metric_reading import read, values


def test_a_lone_pair_between_keyed_pairs_is_read():
    text = ("Mean deviance:  21.07 \n"
            "penalty 4.112 \n"
            "Penalized deviance: 25.18 \n")
    assert values(text)["penalty"] == [4.112]


def test_a_lone_pair_with_one_keyed_neighbour_is_not_read():
    text = ("Mean deviance:  21.07 \n"
            "penalty 4.112 \n"
            "done\n")
    assert "penalty" not in read(text)


def test_a_count_between_keyed_pairs_is_not_read():
    text = ("Mean deviance:  21.07 \n"
            "num_samples 40.0 \n"
            "Penalized deviance: 25.18 \n")
    assert "num_samples" not in read(text)


def _read_blocks(blocks, as_lines: bool) -> dict:
    """name -> steps, each block read as `parse_text` reads the splitter's blocks (lines
    joined with "\\n", a trailing "" line a blank line printed) or as one list of lines."""
    parser, out = MetricParser(), {}
    for block in blocks:
        if as_lines:
            parser.parse_lines(block.split("\n"), 1.0, out)
        else:
            parser.parse_text(block, 1.0, out)
    parser.finish(1.0, out)
    return {name: list(series.steps) for name, series in out.items()}


def test_a_lone_pair_after_a_blank_line_is_not_between_pairs():
    # The blank line ends the block of the "loss:" line above: "lr 0.1" is not right between.
    text = "loss: 0.5\n\nlr 0.1\nloss: 0.4"
    assert _read_blocks([text], as_lines=False) == {"loss": [0.0, 1.0]}
    assert _read_blocks(["loss: 0.5\n", "lr 0.1\nloss: 0.4"], as_lines=False) == {"loss": [0.0, 1.0]}
    assert _read_blocks([text.replace("\n\n", "\n")], as_lines=False)["lr"] == [0.0]


@pytest.mark.parametrize("as_lines", [False, True])
def test_a_blank_line_ending_the_block_before_stands_above_the_next_block(as_lines):
    # A loop printing "lr 0.1", "loss: 0.5" and a blank line, each pass a block of its own:
    # the blank line is the line above the second "lr 0.1", as when both passes come at once.
    passes = ["lr 0.1 \nloss: 0.5\n"] * 2
    assert _read_blocks(passes, as_lines) == {"loss": [0.0, 1.0]}
    assert _read_blocks(["\n".join(passes)], as_lines) == {"loss": [0.0, 1.0]}
