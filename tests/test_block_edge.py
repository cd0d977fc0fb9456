"""BLOCK_EDGE (docs/metric-rules.rst): a right-aligned table whose block a wrapper set in whole
is read from the block's common indent, before RUN_INDENT has confirmed the run's indent (the
run's first table); a row set in further than a line of its block is no such row."""

from __future__ import annotations

import pytest

from expctl.metrics.block_edge import block_edge

from .test_run_indent import points  # a text's points, read whole or one line per read

# a data frame printed first thing, row numbers flush left under a header set in further
FRAME_FIRST = """\
fold summary
   epoch   rmse    mae
1      1  0.912  0.731
2      2  0.804  0.655
3      3  0.771  0.640

done
"""

# a matrix whose rows R names by words, a title over it
MATRIX_FIRST = """\
Coverage by arm:
          est  lower  upper
arm_a   0.412  0.301  0.522
arm_b   0.377  0.262  0.491
"""


def indented(text: str, by: str) -> str:
    return "".join(by + line if line.strip() else line for line in text.splitlines(True))


@pytest.mark.parametrize("text", [FRAME_FIRST, MATRIX_FIRST], ids=["frame", "matrix"])
@pytest.mark.parametrize("by", ["  ", "    ", "\u0020" * 8])
@pytest.mark.parametrize("by_line", [False, True], ids=["block", "lines"])
def test_a_first_table_set_in_whole_reads_as_printed(text, by, by_line):
    bare = points(text)
    assert bare  # the table is read at the first column
    assert points(indented(text, by), by_line) == bare


def test_the_frame_rows_keep_their_steps():
    assert ("rmse", 3.0, 0.771) in points(indented(FRAME_FIRST, "    "))


def lines_before(*lines: str):
    return lambda count: list(lines[-count:]) if count else []


def test_a_row_at_the_blocks_indent_is_cut_with_the_lines_above():
    line, before = block_edge("  1   0.5 0.25", lines_before("", "  title", "     a    b"))
    assert line == "1   0.5 0.25"
    assert list(before(3)) == ["", "title", "   a    b"]


@pytest.mark.parametrize("above", [
    ("title", "     a    b"),  # a line of the block at the first column: not set in whole
    (" a b c",),  # survfit: the header opens further left than the row
    ("",),  # no line of the block above the row
])
def test_a_row_not_at_its_blocks_edge_is_no_such_row(above):
    assert block_edge("  1   0.5 0.25", lines_before(*above)) is None


def test_a_line_at_the_first_column_is_left_alone():
    assert block_edge("1   0.5 0.25", lines_before("   a    b")) is None
