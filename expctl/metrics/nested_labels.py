"""NESTED_LABELS (rules): a drawn table's label cell holding two levels, and wrapped labels.

A statistics package names a row by the categories it crosses, outer first, in the one label
cell: the outer where it changes, flush left, the inner set in under it; and it wraps a label
too long for its cell onto the lines below, their other cells blank. GNU PSPP::

    │  Group│ N│ Mean│           │ Levene's │  F │  t  │
    │y 1    │62│26.56│           │y Equal    │5.46│-2.68│   <- y/Equal variances assumed/F
    │  2    │58│30.53│           │  variances│    │     │
                                 │  assumed  │    │     │
    y/1/Mean, y/2/Mean           │  Equal    │    │-2.66│   <- y/Equal variances not assumed/t
                                 │  variances│    │     │ ...

The inner level starts where the next line's label is set in, past the row's own (a word of
the row's label starting right there, after a space, opens the inner level): the row is
``<outer>/<inner>``, and each row set in so after it takes the same outer, its own number or
word the inner (``  2``). A label-only line right after a row, as wide, whose first word would
not have fit on the line above (WRAPPED_LABEL's test), goes on with the row's label, as many
such lines as follow (``Equal variances assumed``). A row flush left again, or with no word
where the inner level starts, ends the nesting.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .headers import bar_cells
from .table_rows import wrapped_label

_REACH = 8  # lines of one label looked ahead over


def _indent(cell: str) -> int:
    return len(cell) - len(cell.lstrip())


def _continued(cells: list[str], ahead: Sequence[str], indent: int) -> str:
    """The label text of `cells`' first cell, from `indent` on, with the text of the label-only
    lines in `ahead` that go on with it, set in as far (WRAPPED_LABEL's test, line by line, on
    the cells from `indent` on): joined without a space while every line above was full to its
    cell's end (a word cut there), with one once a line was broken at a space (the label is
    wrapped by words: a word filling its line is whole)."""
    last = [cells[0][indent:], *cells[1:]]
    text, cut = last[0].strip(), True
    for line in ahead:
        following = bar_cells(line)
        if following is None or following[0][:indent].strip():
            break
        following = [following[0][indent:], *following[1:]]
        if wrapped_label(last, following) is last:
            break
        cut = cut and len(last[0]) - len(last[0].rstrip()) <= 1  # a line full to its end so far
        text += ("" if cut else " ") + following[0].strip()  # one broken at a space: words
        last = following
    return text


def nested_label(cells: list[str], nest: tuple[int, str] | None,
                 ahead: Callable[[int], Sequence[str]]) -> tuple[str | None, tuple[int, str] | None]:
    """The name of a drawn row's label cell (None: the row has no nested or wrapped label, read
    as before) and the nesting for the rows after it: where the inner level starts and the
    outer label held."""
    raw = cells[0]
    text, indent = raw.strip(), _indent(raw)
    if not text:
        return None, nest
    if nest is not None and indent == nest[0]:  # a set-in row: the outer held
        return f"{nest[1]}/{_continued(cells, _lines(ahead), indent)}", nest
    lines = _lines(ahead)
    following = bar_cells(lines[0]) if lines else None
    if following is not None and len(following) == len(cells) and len(following[0]) == len(raw):
        inner = _indent(following[0])  # where the next line's label is set in
        if indent < inner < len(raw) and raw[inner - 1] == " " and raw[inner] != " ":
            outer = raw[:inner].strip()
            return f"{outer}/{_continued(cells, lines, inner)}", (inner, outer)
    label = _continued(cells, lines, 0)  # WRAPPED_LABEL as it was, but over several lines
    return (label if label != text else None), None


def _lines(ahead: Callable[[int], Sequence[str]]) -> list[str]:
    """The lines after the row, up to the next row or the end of its box (at most `_REACH`):
    the next line alone when it is no label-only line (the usual case: the next row)."""
    lines = list(ahead(1))
    cells = bar_cells(lines[0]) if lines else None
    if cells is None or any(cell.strip() for cell in cells[1:]):
        return lines
    found: list[str] = []
    for line in ahead(_REACH):  # looked at one by one: a read ending in the box holds the row
        found.append(line)
        cells = bar_cells(line)
        if cells is None or any(cell.strip() for cell in cells[1:]):
            break  # the box's end, or the next row: no label of ours goes past it
    return found
