"""SET_IN_INDEX (rules): a pandas frame's index told by where it stands, not by column 0.

pandas prints a frame's index under the blank lead of its header, right under it (no blank
line between); behind an indent (a frame printed inside a block set in) the index opens at the
block's indent, not at column 0. These say where a first row's index opens and whether a row's
first whole number is that index (ROW_NAMES), for `tables` and `token_rows`.
"""

from __future__ import annotations

from collections.abc import Sequence


def under_blank_lead(line: str, first: str, above: Sequence[str]) -> bool:
    """SET_IN_INDEX (rules): True when `line`, set in, opens with a whole number `first` that
    ends left of where the header right above it begins, no blank line between: a pandas frame
    printed behind an indent (its index under the header's blank lead; a report's class numbers
    stand a blank line below its header)."""
    if not above or not above[-1].strip():
        return False
    lead = len(line) - len(line.lstrip(" "))
    return lead + len(first) < len(above[-1]) - len(above[-1].lstrip(" "))


def index_at_row(line: str, header: str | None, lines: Sequence[str]) -> int:
    """SET_IN_INDEX: the column a first row's index opens at: 0, or the row's indent when it
    stands right under its header (no blank line between, as pandas prints a frame)."""
    if header is None or not line[:1].isspace() or not lines or lines[-1] != header:
        return 0
    return len(line) - len(line.lstrip(" "))


def row_name(line: str, index_at: int = 0) -> str:
    """ROW_NAMES: the whole number flush left (at `index_at`, SET_IN_INDEX: the block's indent)
    that names a row of numbers under a header set in (pandas's index, R's row names), or ""."""
    return line.split(None, 1)[0] if line[index_at:index_at + 1].isdigit() and (
        not index_at or line[:index_at].isspace()) else ""
