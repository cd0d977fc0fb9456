"""What a table cell is: a number, a count, a unit, an empty mark, a name, or text.

The table readers (`tables`, `labelled`, `entities`, `token_rows`) judge every cell by
`cell_kind`; see the rule table in `expctl.metrics.rules` (COUNT_CELLS, ROW_LABELS ...).
"""

from __future__ import annotations

from .grammar import NUMBER, SUPERSCRIPTS
from .units import strip_unit
from .kept import kept
from ..lazyre import LazyPattern

# SPREAD_CELLS: "0.91 ± 0.02" (or "+-", "+/-") is the value; its spread is dropped.
# MARKED_CELL: "1.00e+00f", a letter glued to a number in exponent notation, is a solver's mark
# of how the step was taken (IPOPT's f/h/w): the number is the value.
# SUPERSCRIPT_MARKS (rules): "0.423ᵃᵇ", superscript letters or digits after a number, are
# footnote marks (ranx's significance over the rows a, b): the number is the value.
# GLUED_STARS (rules): "7.141e-10**", one to three stars glued to a number, mark its level.
NUMBER_CELL = LazyPattern(rf"({NUMBER})(?:(?<=[eE][-+]\d\d)[A-Za-z])?"
                          rf"(?:\s?(?:±|\+/?-)\s?{NUMBER})?\s?%?[{SUPERSCRIPTS}]{{0,6}}(?:(?<=[\d.])\*{{1,3}})?\Z")
_UNIT_CELL = LazyPattern(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)\s?[^\W\d_]{1,4}(?:/[^\W\d_]{1,4})?\Z"
                         r"|\d+(?::\d\d){1,2}(?:\.\d+)?\Z")  # "0.93s", "3.1it/s", "00:01"
COUNT_CELL = LazyPattern(r"\[? ?(\d+) ?/ ?\d+ ?\]?\Z")  # "1/3", "[1/3]": a progress count, a step column's cell
COUNT_START = LazyPattern(r"\[ ?\d+ ?/ ?\d+ ?\]\s")  # a row opened by a bracketed count
_BLOCKS = "".join(map(chr, range(0x2580, 0x25A0))) + " "  # BAR_CELL: the block elements bars are drawn of
_EMPTY_CELL = frozenset(("", "-", "--", "—", "n/a", "N/A", "nan "))
_MARK_CELL = LazyPattern(r"[^\w\s#%'\"()\[\]{}<>|.,:;/\\]{1,2}\Z")  # "+", "*", "✓": a marker
# BOUND_CELL (rules): "<.0001", "< 2e-16", a p-value printed as a bound, states no value.
_BOUND_CELL = LazyPattern(r"<\s?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE]-?\d+)?\Z")
_STARS = frozenset(("*", "**", "***", "."))  # SIGNIF_STARS: R's marks of a test's level
_NAME_CELL = LazyPattern(r"(?:[^\W\d][\w.'/()%@\[\]+-]*|#)(?: [^\W\d]?[\w.'/()%@\[\]#+-]*){0,3}\Z")
# LIST_CELLS: "[4.15e+01, 1.10e-01]", a bracketed list of numbers, one value per term (a loss
# printed term by term, as DeepXDE prints each loss of a sum).
_LIST_CELL = LazyPattern(rf"\[ ?{NUMBER}(?:, ?{NUMBER})* ?\]\Z")
_LIST_TERM = LazyPattern(NUMBER)
# LISTED_VALUE: a pair's value printed as a list of one decimal ("test metric: [2.31e-04]", a
# comma or a semicolon after it: "D_loss: [0.91]; G_loss: [1.82]");
# a whole number in brackets is a tag or an index ("Epoch: [0]  [ 3/10]"), no value.
_ONE_LISTED = LazyPattern(r"(?<=[:=] |\w )\[ ?((?=[-+]?\d*[.eE])[-+]?(?:\d*\.?\d+|\d+\.)(?:[eE][-+]?\d+)?) ?\]"
                          r"(?=%?(?:[,;]?\s|\Z))")
LIST_KIND = "list"  # an aligned table's kind of such a cell (tables), never `cell_kind`'s
_PROSE = frozenset("a an the of in on at to for from by with and or is are was were".split())


_KEYED = LazyPattern(r"\d+:\Z")
_FINAL = frozenset(("Final", "final", "FINAL"))  # FINAL_ROW: a step column's last row


def unkeyed(cell: str) -> str:
    """KEYED_ROW (rules): a row's first cell, a whole number glued to a colon (``10:``), is
    the number: R prints the trace's step so, as a key before its values. FINAL_ROW (rules):
    ``Final`` there is an empty cell: the state after the last step, a row without a step."""
    if cell[-1:] == ":":
        return cell[:-1] if _KEYED.match(cell) else cell
    return "" if cell in _FINAL else cell


def unstarred(cells: list[str]) -> list[str]:
    """SIGNIF_STARS (rules): a row's cells less a last cell of significance stars (``***``,
    ``.``) after a value: R marks a coefficient's test level so, under no column (its legend
    ``Signif. codes`` follows the table)."""
    if len(cells) > 2 and cells[-1] in _STARS and cell_kind(cells[-2]) != "text":
        return cells[:-1]
    return cells


def is_value_cell(token: str) -> bool:
    """TOKEN_COLUMNS: a token that can be a row's cell: a number, a unit, an empty mark."""
    return cell_kind(token) in ("number", "unit", "empty", "count")


def is_no_name(cell: str) -> bool:
    """COMMA_TABLE: a cell that cannot be a header's name (a number, text, an empty mark)."""
    return cell_kind(cell) != "name"


def unlisted(line: str) -> str:
    """LISTED_VALUE (rules): `line` with each pair's value printed as a list of one number
    (``test metric: [2.31e-04]``, a list of the metrics asked for, one asked; NumPy's array of
    one after a plain print's name: ``loss [1.0973], accuracy [51.]%``) as the number; a whole
    number in brackets (``Epoch: [0]``) is a tag, left as printed."""
    return _ONE_LISTED.sub(r"\1", line) if " [" in line else line


def list_values(cell: str) -> list[str] | None:
    """LIST_CELLS: the terms of a bracketed list of numbers, in order; None when `cell` is
    none (a table reader reads each term as one value of the column, at the row's step)."""
    text = cell.strip()
    if not _LIST_CELL.match(text):
        return None
    return [term.group(0) for term in _LIST_TERM.finditer(text)]


_NO_NUMBER_START = frozenset("nNiI")  # letters that may open a number (nan, inf)


@kept(4096, 64)
def cell_kind(cell: str) -> str:
    """"number", "count" (``1/3``: a step column's progress, no value), "unit" (a number with a
    unit, a clock time), "empty" (a marker too: skorch's ``+`` for a new best), "name", or
    "text". Kept per cell (up to 64 characters): several readers judge one row's cells."""
    text = cell.strip()
    if text in _EMPTY_CELL:
        return "empty"
    first = text[:1]
    if first == "-" and not text.strip("-"):
        return "empty"  # DASH_CELL (rules): "------", a dash run filling its column, as "--" is
    if "\u2580" <= first <= "\u259f" and not text.strip(_BLOCKS):
        return "empty"  # BAR_CELL (rules): "███░░░", a progress bar drawn in a column, no value
    # A letter first (but nan's and inf's) opens no number, unit, count or mark: only a name.
    if not first.isalpha() or first in _NO_NUMBER_START:
        if NUMBER_CELL.match(text):
            return "number"
        if _UNIT_CELL.match(text):
            return "unit"
        if COUNT_CELL.match(text):
            return "count"
        if len(text) <= 2 and _MARK_CELL.match(text) or (first == "<" and _BOUND_CELL.match(text)):
            return "empty"
    if _NAME_CELL.match(text) and not _PROSE.intersection(text.lower().split()):
        return "name"
    if text[-1:] in ")]" and (bare := strip_unit(text)) != text:
        return "name" if cell_kind(bare) == "name" else "text"  # UNIT_IN_NAME: "Volume (nm^3)"
    return "text"
