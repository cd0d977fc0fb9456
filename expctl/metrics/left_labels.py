"""LEFT_LABELS (rules): a first column of whole numbers set flush left under a wider name labels
its rows; it does not count them.

R prints a data frame's numeric columns right-aligned to their names and its factor and text
columns flush left, so whole numbers standing at the left edge of a wider column name are the
levels of a factor (a region, a group, a contract numbered ``1`` .. ``5``), each row the one of
that level::

    region Mean claim Weight Cred. factor
    1      2060.921   100155 0.9847404             <- 1/Mean claim, 1/Cred. factor
    2      1511.224    19895 0.9276352

A column named by a step word (``epoch``, ``iter``) or a time steps its rows however it is set.
"""

from __future__ import annotations

from . import rules

Cell = tuple[int, int, str]  # (start, end, text) of a token in its line


def left_labels(header_words: list[Cell], numbers: list[Cell], names: list[str]) -> bool:
    """True when the first of `numbers` (a row with no label of its own) is a whole number
    flush left under its column's name `names[0]` (a word of `header_words` that starts where
    it does and ends past it), a name that no step or time column has."""
    if len(numbers) < 2 or not names[0] or not numbers[0][2].isdigit():
        return False
    start, end, _ = numbers[0]
    word = next((w for w in header_words if w[0] == start), None)
    if word is None or word[1] <= end or word[2] != names[0].split()[0]:
        return False
    return rules.step_column_rank(names[0]) is None and not rules.is_time_column(names[0])
