"""TEXT_TAIL (rules): an aligned table's last column of words, a row's note, empty in most rows.

An optimiser's iteration table may close each row with a column that says what it did, in
words, when it did anything::

     Iteration  f-count    Mean[ELBO]    Std[ELBO]  Convergence  Action
         0         10          -3.69         0.24        inf     start warm-up
         1         15          -4.14         0.01        inf
         4         30          -4.15         0.00     0.0785     end warm-up

The header names that column as it names the others; a row's words under it (one cell: its
words one space apart) are its note, no value: the row is read as if the cell were empty, the
numbers before it under their names. The words must stand under the last name (starting no
further left than its first letter, less one) and be the row's only text; a row with words in
another column is no row of this table.
"""

from __future__ import annotations

from collections.abc import Sequence

from .headers import is_name
from .vocabulary import is_result_name


def text_tail(line: str, cells: Sequence[str], kinds: list[str], names: Sequence[str],
              columns: Sequence[tuple[int, int]] | None) -> list[str] | None:
    """`kinds` with the row's last cell, words under the header's last name, made empty; None
    when the row has no such tail (`names`, `columns`: the header's names and where they stand)."""
    if len(names) != len(cells) or len(cells) < 3 or "text" in kinds[:-1] or "name" in kinds[:-1]:
        return None
    last = names[-1].strip()
    if not is_name(last) or is_result_name(last) or not any(map(str.isalpha, cells[-1])):
        return None
    if columns is None or len(columns) != len(names) or line.rfind(cells[-1].strip()) < columns[-1][0] - 1:
        return None
    return [*kinds[:-1], "empty"]
