"""TOKEN_COLUMNS and COMMA_TABLE: rows of numbers parted by one space, or by commas, under a
header of names.

Optimisers and solvers print their progress as Fortran would, right-aligned numbers parted by a
single space (CMA-ES's ``    1      9 4.342893342552870e+01 1.0e+00 2.75e-01  3e-01 ...``), under
a header whose names may hold a space (``function value``) or stand one space apart
(``Iterat #Fevals``). Split at two spaces, such a row is no row of cells; split at every space,
each number is a cell, placed under the header's column it overlaps most. A column that gets as
many numbers as its name has words (``Iterat #Fevals`` over ``1`` and ``9``) is that many
columns, one word each, unless a word joins two with ``&`` (``min&max std``: both values of one
quantity, one name); one that gets more numbers than words, or a number under no column (a
one- or two-character mark aside), and the line is no such row.

COMMA_TABLE: CSV printed as it is written (``epoch,loss,acc`` then ``1,0.52,0.81``) is a table
whose bars are commas (or tabs: TSV); a sentence with commas has gaps in its fields. The reader of
`expctl.metrics.tables` keeps the tables' state and judges the cells.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .noted_cells import is_noted_row, note_placed, noted_tokens
from .position_labels import position_labels

_TOKEN = LazyPattern(r"\S+")
_WORD = LazyPattern(r"\S+(?: \S+)*")  # a header's name: words one space apart
_WHOLE_CELL = LazyPattern(r"[-+]?\d+\Z")
_IMAGINARY = LazyPattern(r"[-+](?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?[ij]\Z")  # "+0.7862j"


def token_row(header: str, line: str, is_value, index_at: int = 0) -> tuple[list[str], list[str]] | None:
    """(names, cells) of `line` read under `header` by position, or None. `is_value(token)`
    says whether a token can be a cell (a number, a unit, an empty mark); `index_at`, the
    column a row's index opens at under the header's blank lead (the block's indent)."""
    found_tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(line)]
    tokens = noted_tokens(found_tokens, is_value) if len(found_tokens) >= 3 else None  # NOTED_CELL
    if tokens is None:
        return None
    columns = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(header)]
    if len(columns) < 2:
        return None
    placed: list[list[str]] = [[] for _ in columns]
    for start, end, text in tokens:
        overlaps = [min(end, right) - max(start, left) for left, right, _ in columns]
        best = max(range(len(columns)), key=overlaps.__getitem__)
        if not text and not note_placed(header, columns[best], len(placed[best]), start, end):
            return None  # NOTED_CELL: a note stands under its own column's name
        if overlaps[best] <= 0:
            if len(text) <= 2 and not any(map(str.isalnum, text)):
                continue  # a mark beside the row (CMA-ES's "-" for a line it will overwrite)
            if start == index_at and text.isdigit() and end < columns[0][0]:
                continue  # ROW_NAMES (rules): R's row names (pandas's index) under the blank lead
            return None  # a number under no column
        placed[best].append(text)
    names: list[str] = []
    cells: list[str] = []
    for (_, _, name), found in zip(columns, placed):
        name = " ".join(word.rstrip(":") for word in name.split(" "))  # "Gen:  Fevals:  gbest:"
        words = name.split(" ")
        if len(found) > 1 and "&" in name:
            names += [name] * len(found)  # "min&max std": both values of one quantity
            cells += found
            continue
        if len(found) == 2 and _IMAGINARY.match(found[1]):  # COMPLEX_CELL (rules): "-0.27  +0.79j"
            names += [name, name]  # a complex number: its real and imaginary parts, both values
            cells += [found[0], found[1][:-1]]
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


# ORDERED_COLUMNS: a header's name, one token: an identifier, or a quantity's formula
# ("lg(mu)", "||d||", "c_msd[4]"); a word closed by a colon, comma or stop is prose's.
_ORDERED_NAME = LazyPattern(r"(?:[^\W\d]|\|\|)[\w()\[\]|@/#.-]*(?<![.,:;-])\Z")
_PROSE = frozenset("a an the of in on at to for from by with and or is are was were".split())


def ordered_row(header: str, line: str, is_value) -> tuple[list[str], list[str]] | None:
    """ORDERED_COLUMNS: (names, cells) of `line` read under `header` by order, or None. A
    simulation or solver prints its header's names one space apart (``Step Temp PotEng``)
    over numbers set right in wider columns, so no name stands over its cell; three or more
    distinct names, no prose word among them, over exactly as many values, a decimal among
    them (a measurement: a row of integers may be anything), are a table's header and row."""
    names = header.split()
    tokens = line.split()
    if len(names) < 3 or len(tokens) != len(names) or len(set(names)) != len(names):
        return None
    if not all(map(is_value, tokens)) or not any("." in token for token in tokens):
        return None
    if not all(_ORDERED_NAME.match(name) and name.lower() not in _PROSE for name in names):
        return None
    return names, tokens


def token_header(lines, is_value, is_rule) -> str | None:
    """The header above rows of `lines` (oldest first, the row's own line not among them): the
    nearest line that is no rule (`is_rule`) and no row (all tokens `is_value`), when every
    column of it holds words ("min&max std", "t[m:s]"); None otherwise."""
    for above in reversed(lines):
        if not above.strip() or is_rule(above):
            continue
        if all(map(is_value, above.split())) or is_noted_row(above, is_value):
            continue  # a row before this one (NOTED_CELL: a note among its numbers)
        columns = [m.group() for m in _WORD.finditer(above)]
        def worded(cell: str) -> bool:
            return not is_value(cell) and any(map(str.isalpha, cell))
        if all(map(worded, columns)) or position_labels(columns, worded):  # POSITION_LABELS
            return above
        return None
    return None


def comma_cells(line: str) -> list[str] | None:
    """The cells of a line of two or more comma-separated fields (tab-separated when it holds
    no comma), none of them holding a gap of spaces (a sentence with commas is no CSV); None
    otherwise. A header as a data writer prints it, behind a comment mark with its names
    quoted (``#"Step","Temperature (K)"``), gives the names bare."""
    text = line.strip()
    cells = text.split("," if "," in text else "\t")
    if len(cells) < 2 or any("  " in cell.strip() for cell in cells):
        return None
    if text[:2] in ('#"', "#'"):
        cells[0] = cells[0][1:]
    if text[-1:] in "\"'":
        cells = [cell.strip()[1:-1] if cell.strip()[:1] == cell.strip()[-1:] and cell.strip()[
            :1] in "\"'" and len(cell.strip()) > 1 else cell for cell in cells]
    return cells


# TAGGED_ROWS: a program's tag opening an aligned row ("BFGS:    3 09:57:18   0.80   0.38").
_ROW_TAG = LazyPattern(r"[^\W\d][\w-]*:(?=[ \t])")


def untagged_row(line: str, is_value) -> str | None:
    """TAGGED_ROWS: `line` with the tag opening it blanked (its cells keep their columns),
    when all after the tag are two or more cells (`is_value`), a decimal among them; None
    otherwise."""
    tag = _ROW_TAG.match(line)
    if tag is None:
        return None
    rest = line[tag.end():]
    tokens = rest.split()
    if len(tokens) < 2 or not all(map(is_value, tokens)) or "." not in rest:
        return None  # a measurement has a decimal: "Mem:  8000000  4000000" counts (free)
    return " " * tag.end() + rest


def counts_whole(wholes: set[int] | None, at: int, cell: str) -> bool:
    """WHOLE_COLUMN: True when the cell is a whole number in a solver's table whose column
    `at` has held whole numbers only (`wholes`): it counts (IPOPT's ``ls``, line search steps)."""
    if wholes is None or at not in wholes:
        return False
    if _WHOLE_CELL.match(cell.strip()):
        return True
    wholes.discard(at)
    return False
