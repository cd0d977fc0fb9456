"""A named vector of group codes: WHOLE_CODES (rules).

R prints which group each named thing falls in (a clustering's assignment, a factor's levels
as numbers) as a named vector, wrapped at the terminal's width, under a heading::

    Clustering vector:
           Alabama         Alaska        Arizona       Arkansas
                 1              2              2              1
          Colorado    Connecticut       Delaware        Florida
                 2              3              3              2

Each value is a code naming a group, no measurement of its name: a line of four or more whole
numbers, one repeated, each right under a name of words that ends where it ends, the names'
line right under a heading (``<words>:``) or under the previous piece of the vector (a line
of whole numbers), gives nothing. A table of counts under step columns, a vector of decimals
and a vector printed on its own without a heading are left to their readers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern

_TOKEN = LazyPattern(r"\S+")
_NAME = LazyPattern(r"[^\W\d][\w.' -]*\Z")


def is_code_vector(line: str, before: Callable[[int], Sequence[str]]) -> bool:
    """True when `line` is a piece of a named vector of group codes (WHOLE_CODES)."""
    if not line[:1].isspace() or not line.replace(" ", "").isdecimal():
        return False  # the cheap gate: indented, whole numbers and spaces only
    values = [(m.group(), m.end()) for m in _TOKEN.finditer(line)]
    cells = [value for value, _ in values]
    if len(cells) < 4 or len(set(cells)) == len(cells) or not all(c.isdecimal() for c in cells):
        return False
    above = before(2)
    if len(above) < 2 or len(above[-1].rstrip()) != values[-1][1]:
        return False
    header, start = above[-1], 0
    for _, end in values:
        if header[end:end + 1].strip() or not _NAME.match(header[start:end].strip()):
            return False
        start = end
    lead = above[-2].rstrip()
    return lead.endswith(":") or all(cell.isdecimal() for cell in lead.split())
