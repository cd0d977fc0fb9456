"""R's ``summary()`` of a data frame: a table of text cells (SUMMARY_CELLS in `rules`).

``summary(df)`` prints one column per variable, each cell a statistic's name, a colon and its
value, the names padded to one width, the values set against the colon::

          mpg             cyl             disp
     Min.   :10.40   Min.   :4.000   Min.   : 71.1
     1st Qu.:15.43   1st Qu.:4.000   1st Qu.:120.8

A row names one statistic once per column, so its cells are no pairs of a line (read as such,
``Min.`` would merge every column into one series, and only the cells whose value was padded
after the colon would be read at all). The statistics describe the data a program loaded, as
counts and sizes do: the row gives nothing.
"""

from __future__ import annotations

import re

_CELL = re.compile(r" *(\w[\w.' ]*?)( *): *[-+]?\d[\d.eE+-]*")  # "1st Qu.:15.43", "Min.   : 71.1"


def is_summary_row(line: str) -> bool:
    """SUMMARY_CELLS (rules): True for a set-in line of two or more ``name :value`` cells that
    name one statistic, a name padded before its colon or a value glued after it
    (``Min.   :10.40   Min.   :4.000``): a row of ``summary()`` of a data frame, no metric."""
    if line[:1] != " " or line.count(":") < 2:
        return False  # the usual case
    names, padded, at = [], False, 0
    while at < len(line):
        cell = _CELL.match(line, at)
        if cell is None:
            return False
        names.append(cell.group(1).strip())
        padded = padded or bool(cell.group(2)) or line[cell.end(2) + 1:cell.end(2) + 2].isdigit()
        at = cell.end()
        while at < len(line) and line[at] == " ":
            at += 1
        if at < len(line) and at == cell.end():
            return False  # cells run together: no column gap
    return len(names) >= 2 and len(set(names)) == 1 and padded  # R pads a name, or glues a value
