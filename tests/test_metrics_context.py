"""The lines before the one being read, across blocks (`expctl.metrics.context`): a blank line
is a line there as anywhere else, whether the block came as text or as a list of lines."""

from __future__ import annotations

import pytest

from expctl.metrics.context import ListContext, Tail, TextContext


@pytest.mark.parametrize("text", ["a\nb\n", "a\n\nb", "\na", "\n\n", "a", "x\nb\n\n"])
@pytest.mark.parametrize("count", [0, 1, 2, 3, 5])
def test_the_last_lines_of_a_block_are_the_same_as_text_and_as_a_list(text, count):
    lines = text.split("\n")
    expected = lines[-count:] if count else []
    assert ListContext(lines).last(count) == expected
    assert TextContext(text, [], 0, len(text)).last(count) == expected
    assert TextContext(text.encode(), [], 0, len(text)).last(count) == expected
    padded = "zz\n" + text + "\nzz"  # a range of a larger buffer
    assert TextContext(padded, [], 3, 3 + len(text)).last(count) == expected


def test_an_empty_range_is_one_blank_line():
    # a block holds at least one line: the splitter says "no line" with None, not ""
    assert TextContext(b"ab\ncd", [], 2, 2).last(3) == [""]
    assert TextContext(b"ab\n\ncd", [], 3, 3).last(3) == [""]


def test_the_tail_keeps_a_blank_line_ending_a_block():
    tail = Tail()
    block = "lr 0.1 \nloss: 0.5\n"
    tail.add_block(block, 0, len(block))
    tail.add(ListContext(["lr 0.1 ", "loss: 0.5", ""]))
    assert tail.last(1) == [""]
    assert tail.last(4) == ["", "lr 0.1 ", "loss: 0.5", ""]
