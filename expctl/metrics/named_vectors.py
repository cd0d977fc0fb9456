"""R's shapes of no label column: names over values, each name right-aligned over its number
(NAMED_VECTOR, ONE_COLUMN_MATRIX, R_TERM_NAMES, PADDED_VECTOR, TITLED_VECTOR's levels in `rules`).

R prints a named vector as a line of names over a line of numbers, each name ending where its
number ends, one space between (``AUC of roc1 AUC of roc2`` over ``0.7313686   0.7750678``), and a
one-column matrix as rows of a label and one number under a name alone (``coefficients`` over
``(Intercept)   29.2586``). No column holds labels, so `right_aligned`'s readers never see
these; the table readers try them last (`read_unnamed`). The right-edge helpers they share
with `right_aligned` (its cell tokens, model term names, which columns are results) are its.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .cells import NUMBER_CELL, cell_kind
from .right_aligned import _TERM_NAME, _TOKEN, _keeps
from .vector_titles import LEVELS, vector_title

# words, one space; a last word may be a number (NAMED_VECTOR: "mean in group 1")
_VECTOR_NAME = re.compile(r"[^\W\d][\w.%^-]*(?: [^\W\d][\w.%^-]*){0,4}(?: \d{1,3})?\Z")
_NUMBER_LEADS = frozenset("-+.nNiI")  # what a number may open with besides a digit


def read_unnamed(line: str, before: Callable[[int], Sequence[str]]):
    """NAMED_VECTOR or ONE_COLUMN_MATRIX: R's shapes of no label column and names over values
    (the table readers' last try): a list of steps, else None."""
    return _vector(line, before) or _one_column(line, before)


def _vector(line: str, before: Callable[[int], Sequence[str]]):
    """NAMED_VECTOR (rules): a line of numbers only right under a line of words whose names
    end where the numbers end (R prints a named vector so: ``AUC of roc1 AUC of roc2`` over
    ``0.7313686   0.7750678``, a name and its value right-aligned in one width, one space
    between): each number is named by the words over it, back to the last number's end."""
    first = line.lstrip()[:1]
    if not (first in _NUMBER_LEADS or first.isdecimal()):
        return None  # the usual case: a line of numbers opens with one
    values = [(m.group(), m.end()) for m in _TOKEN.finditer(line)]
    if not values or not all(NUMBER_CELL.match(v) for v, _ in values):
        return None
    above = before(1)
    if not above:
        return None
    header = above[-1].rstrip()
    if len(values) == 1 and not (header[:1] == " " and len(header.split()) == 1) and not (
            _r_padded(above[-1], line)):
        return None  # LONE_VECTOR_VALUE: one number under one name alone, set in, or nothing
    padded = line[-1:] == " " and above[-1][-1:] == " "  # R_TERM_NAMES: R's print pads so
    levels = padded and LEVELS.match(above[-1]) is not None and _titled(before)  # TITLED_VECTOR's levels
    if len(header) != values[-1][1] or not header[:1].strip() and header.lstrip()[:1].isdigit() and not (
            padded and _LEVEL_LEAD.match(header) or levels):  # R_TERM_NAMES: "    0%    25%    50%" opens so
        return None
    pairs, start = [], 0
    for value, end in values:
        name = header[start:end].strip()
        if header[end:end + 1].strip() or not (_VECTOR_NAME.match(name) or padded and _TERM_NAME.match(name)
                                               or levels):
            return None  # a name cut inside, a number or a gap among its words
        if _keeps(name):
            pairs.append((name, NUMBER_CELL.match(value).group(1)))
        start = end
    return [(pairs, None)] if pairs else []


def _titled(before: Callable[[int], Sequence[str]]) -> bool:
    """TITLED_VECTOR: True when the line two above is a vector's title of things."""
    above = before(2)
    return len(above) == 2 and vector_title(above[0]) is not None


def is_level_names(line: str, after: Callable[[], str | None] | None) -> bool:
    """R_TERM_NAMES (rules): True when `line` is a padded line of quantile levels (``    0%
    25%  ...  100% ``) over a padded line of numbers as wide, printed with it (or, that line
    not printed yet, levels rising): a named vector's names, no row of percentages under an
    earlier table's header."""
    if _LEVEL_LEAD.match(line) is None or line[-1:] != " ":
        return False
    levels = line.split()
    if not all(_LEVEL_NAME.match(token) for token in levels):
        return False
    following = after() if after is not None else None
    if following is None:  # not printed yet: levels rising, as a quantile vector's do
        rising = [float(token[:-1]) for token in levels]
        return len(rising) > 1 and all(a < b for a, b in zip(rising, rising[1:]))
    return _r_padded(line, following) and all(NUMBER_CELL.match(token) for token in following.split())


def _r_padded(header: str, line: str) -> bool:
    """PADDED_VECTOR (rules): True when a name line and the number under it are as wide and
    both close with one space (``mean difference `` over ``          -1.58 ``): R pads a named
    vector's names and values to one width and ends each line with a space."""
    return len(header) == len(line) and header[-1:] == line[-1:] == " " and header[-2:-1] != " " != line[-2:-1]


_LEVEL_LEAD = re.compile(r" *\d{1,3}(?:\.\d+)?% ")  # a quantile vector's first name
_LEVEL_NAME = re.compile(r"\d{1,3}(?:\.\d+)?%\Z")  # "0%", "2.5%", "100%"
_NAME_WORDS = 4  # SPACED_COLUMN_NAME: a column's name of more words is a sentence
_LAST_CELL = re.compile(r"(\S.*?) {2,}(\S+)[ \t]*\Z")  # a label, a column gap, one cell
_ONE_COLUMN_REACH = 16  # rows of a one-column matrix looked back over for its name


def _column_name(text: str) -> list[str]:
    """The cells of a line over a one-column matrix: its tokens, or its one name of up to
    `_NAME_WORDS` words one space apart (SPACED_COLUMN_NAME: R's ``eCDF Max``, a wide matrix's
    last column wrapped alone under its own header)."""
    cells = _TOKEN.findall(text)
    if 1 < len(cells) <= _NAME_WORDS and "  " not in (name := text.strip()):
        return [name]
    return cells


def _one_column(line: str, before: Callable[[int], Sequence[str]]):
    """ONE_COLUMN_MATRIX (rules): a row of a label flush left and one number, under a line
    holding one name alone whose right edge is the number's (R prints a one-column matrix
    so: ``coefficients`` over ``(Intercept)   29.2586``), past rows of that shape: the value
    is ``<label>/<name>``, a label of any text (a model's term, ``h(Girth-14.2)``). A label of
    digits numbers the rows (NUMBERED_COLUMN: the last block of a wide pandas frame, wrapped,
    holding one column): the value is ``<name>``, at that step."""
    last = line.rsplit(None, 1)
    if not line[:1].strip() or len(last) < 2 or not NUMBER_CELL.match(last[1]):
        return None  # the usual case, without the row's regex
    body = line.rstrip(" \t")
    if not body.endswith(last[1]) or body[-len(last[1]) - 2:-len(last[1])] != "  ":
        return None  # no column gap of spaces before the last cell: no row of such a matrix
    row = _LAST_CELL.match(line)
    if row is None:
        return None
    end = row.end(2)
    for above in reversed(before(_ONE_COLUMN_REACH)):
        text = above.rstrip()
        cells = _column_name(text)
        if len(cells) == 1 and text[:1] == " " and len(text) == end and cell_kind(cells[0]) == "name":
            if not _keeps(cells[0]):
                return []
            value = NUMBER_CELL.match(row.group(2)).group(1)
            if row.group(1).isdigit():  # NUMBERED_COLUMN: a frame's row numbers are its steps
                return [([(cells[0], value)], row.group(1))]
            return [([(f"{row.group(1)}/{cells[0]}", value)], None)]
        same = _LAST_CELL.match(above) if above[:1].strip() else None
        if same is None or same.end(2) != end or not NUMBER_CELL.match(same.group(2)):
            return None  # neither the name nor a row of its column: no such matrix
    return None
