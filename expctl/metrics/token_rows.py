"""TOKEN_COLUMNS: rows of numbers one space apart under a header whose names stand in columns.

Optimisers and solvers print their progress as Fortran would, right-aligned numbers parted by a
single space (CMA-ES's ``    1      9 4.342893342552870e+01 1.0e+00 2.75e-01  3e-01 ...``), under
a header whose names may hold a space (``function value``) or stand one space apart
(``Iterat #Fevals``). Split at two spaces, such a row is no row of cells; split at every space,
each number is a cell, placed under the header's column it overlaps most. A column that gets as
many numbers as its name has words (``Iterat #Fevals`` over ``1`` and ``9``) is that many
columns, one word each, unless a word joins two with ``&`` (``min&max std``: both values of one
quantity, one name); one that gets more numbers than words, or a number under no column (a
one- or two-character mark aside), and the line is no such row. The reader of `expctl.metrics.tables` keeps the table's state.
"""

from __future__ import annotations

from ..lazyre import LazyPattern

_TOKEN = LazyPattern(r"\S+")
_WORD = LazyPattern(r"\S+(?: \S+)*")  # a header's name: words one space apart


def token_row(header: str, line: str, is_value) -> tuple[list[str], list[str]] | None:
    """(names, cells) of `line` read under `header` by position, or None. `is_value(token)`
    says whether a token can be a cell (a number, a unit, an empty mark)."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(line)]
    if len(tokens) < 3 or not all(is_value(text) for _, _, text in tokens):
        return None
    columns = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(header)]
    if len(columns) < 2:
        return None
    placed: list[list[str]] = [[] for _ in columns]
    for start, end, text in tokens:
        overlaps = [min(end, right) - max(start, left) for left, right, _ in columns]
        best = max(range(len(columns)), key=overlaps.__getitem__)
        if overlaps[best] <= 0:
            if len(text) <= 2 and not any(map(str.isalnum, text)):
                continue  # a mark beside the row (CMA-ES's "-" for a line it will overwrite)
            return None  # a number under no column
        placed[best].append(text)
    names: list[str] = []
    cells: list[str] = []
    for (_, _, name), found in zip(columns, placed):
        words = name.split(" ")
        if len(found) > 1 and "&" in name:
            names += [name] * len(found)  # "min&max std": both values of one quantity
            cells += found
            continue
        if len(found) > 1 and len(found) != len(words):
            return None
        if len(found) > 1:
            names += words
            cells += found
        else:
            names.append(name)
            cells.append(found[0] if found else "")
    return names, cells
