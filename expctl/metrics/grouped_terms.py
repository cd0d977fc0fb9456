"""GROUPED_TERMS (rules): a model's coefficient table whose rows are terms, grouped under a line
naming what they belong to.

A structural equation model prints its estimates as set-in rows under a header of right-aligned
names; a row's label is a term of the model, which may be marked (lavaan's ``.x1``, a residual),
and rows of one relation stand under a line naming its left side and operator (``visual =~``)::

                       Estimate  Std.Err  z-value  P(>|z|)     <- the header
      visual =~                                                <- a group line: no number
        x2                0.669    0.114    5.851    0.000     <- visual =~ x2/Estimate, ...
       .x1                0.715    0.102    7.029    0.000     <- .x1/Estimate, ...

A row is a set-in label of one token and numbers, each ending where a name of the header ends (a
row may leave its last cells blank); its header is the nearest set-in line of names above, past
rows and group lines. A group line is a set-in line of text without numbers, set in less than the
rows under it: its text and the label name the row (``visual =~ x2``). The table is this
reader's when a group line stands over the row or a label of the table is a marked term (no
plain name: ``.x1``); plain tables stay the other readers'. Each number is ``<row>/<column>``;
columns of counts, sizes, times and steps give nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .cells import NUMBER_CELL, cell_kind
from .grammar import NUMBER
from ..lazyre import LazyPattern

_ROW = LazyPattern(r"( +)(\S+)((?:[ \t]+" + NUMBER + r")+)[ \t]*\Z")
_TOKEN = LazyPattern(r"\S+")
_LOOK_BACK = 40  # lines looked back over for the header
_NUMBER_LEADS = frozenset("0123456789-+")  # what a row of numbers only opens with


def _row(line: str) -> tuple[int, str, list[tuple[str, int]]] | None:
    """The indent, label and numbers (text, right edge) of such a row, else None."""
    found = _ROW.match(line)
    if found is None or not any(ch.isalpha() for ch in found.group(2)):
        return None
    cells = [(m.group(), m.end()) for m in _TOKEN.finditer(line, found.start(3))]
    return len(found.group(1)), found.group(2), cells


def _marked(label: str) -> bool:
    """GROUPED_TERMS: a marked label, no plain name, told by its shape (a mark before it, ``.x1``; a word
    too, a prose word: ``a`` is R's state a, no article), not by a word list."""
    return cell_kind(label) != "name" and not (label.isalnum() and label[:1].isalpha())


def read_grouped_term(line: str, before: Callable[[int], Sequence[str]]):
    """A list of one ``(pairs, None)`` for a row of such a table, else None."""
    if line[:1] != " " or line.lstrip()[:1] in _NUMBER_LEADS:
        return None  # the usual case: a row of numbers only, labelled by none
    row = _row(line)
    if row is None:
        return None
    indent, label, cells = row
    group, marked = None, _marked(label)
    for above in reversed(before(_LOOK_BACK)):
        if not above.strip():
            return None  # a blank line before any header: no such table
        other = _row(above)
        if other is not None:
            marked = marked or _marked(other[1])
            continue
        lead = len(above) - len(above.lstrip(" "))
        words = {m.end() for m in _TOKEN.finditer(above)}
        numbers = any(NUMBER_CELL.match(token) for token in above.split())
        if numbers or not lead:
            return None
        if lead > indent + len(label) and all(end in words for _, end in cells):
            if not (group or marked):
                return None  # a plain table: the other readers'
            pairs = [(f"{group} {label}/{name}" if group else f"{label}/{name}", value)
                     for name, (value, _) in zip(_names(above, cells), cells) if _keeps(name)]
            return [(pairs, None)] if pairs else []
        if lead >= indent:
            return None  # text among the rows: no such table
        if group is None:
            group = above.strip()  # the relation the rows under it belong to
    return None


def _names(header: str, cells: list[tuple[str, int]]) -> list[str]:
    """The header's names over `cells`: the words from one cell's right edge to the next's."""
    words = [(m.group(), m.end()) for m in _TOKEN.finditer(header)]
    names, at = [], 0
    for _, end in cells:
        taken = []
        while at < len(words) and words[at][1] <= end:
            taken.append(words[at][0])
            at += 1
        names.append(" ".join(taken))
    return names


def _keeps(name: str) -> bool:
    return bool(name) and not (rules.is_setup_name(name) or rules.is_time_column(name)
                               or rules.step_column_rank(name) is not None)
