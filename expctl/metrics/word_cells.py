"""The candidate tests for a row of numbers whose last cells are not numbers: text ENDS_IN_WORD_CELLS (one or
two short words, a flag or a category: ``0.35  False   log``) and LABEL_CELL (one label, an
identifier of letters, digits, ``_``, ``.``, ``/`` and ``-``, naming the value before it:
``0.0539 ± 0.0231  color_intensity``), R's ``NA`` cells closing a numbered row besides
(MISSING_CELLS (rules)), and cells of dashes that stand for empty ones (DASH_CELLS:
``4.25e-02  --  --``), and a value's significance stars (ENDS_IN_STARS: ``2.152e-11***``);
ENDS_IN_NAMED_LIST, a list of values each named after it closing the line (``..., 41.7% correct,
0.0667 f1 score``: ``,``, SPACE, a number (a sign, digits and ``.``, a ``%`` after it), SPACE,
then one to three words parted by one space, a letter first, then letters, digits, ``_``, ``-``).
`grammar.may_hold_metrics` calls them on a line that ends
in an ASCII letter; ``_scan.c`` has their twins (``ends_in_word_cells``, ``ends_in_label_cell``,
``ends_in_named_list``).
"""

from __future__ import annotations

from ..lazyre import LazyPattern

WORD_CELL_LETTERS = 12  # ENDS_IN_WORD_CELLS: "False", "log", "TERMINATED"
WORD_CELLS_REACH = 62  # ENDS_IN_WORD_CELLS, LABEL_CELL: the number's digit is one of the line's last 62
LABEL_CELL_LETTERS = 40  # LABEL_CELL: "od280/od315_of_diluted_wines", "mean_radius"
ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
MISSING = "NA"  # MISSING_CELLS: R's missing value, any number of cells of it within the reach, in a numbered row
LABEL_MARKS = "_./-0123456789"  # LABEL_CELL: what a label holds besides letters
_LABEL_CHARS = ASCII_LETTERS + LABEL_MARKS
DASH_CELLS = 8  # DASH_CELLS: the empty cells of dashes ("--", "------") a row may close with


def ends_in_text_cells(end: str, core: str) -> bool:
    """ENDS_IN_WORD_CELLS, LABEL_CELL or ENDS_IN_NAMED_LIST for `end` (a line without its
    trailing SPACE, an ASCII letter last), `core` being `end` without its closing letters: each
    tried only where the characters before those letters allow it."""
    if core[-1:] in " \t/\\" and ends_in_word_cells(end):
        return True
    if "," in end and _NAMED_LIST_END.search(end) is not None:
        return True  # ENDS_IN_NAMED_LIST
    return (core[-1:] in LABEL_MARKS or len(end) - len(core) > WORD_CELL_LETTERS) and ends_in_label_cell(end)


def ends_in_word_cells(end: str) -> bool:
    """ENDS_IN_WORD_CELLS: `end` (a line without its trailing SPACE) closes with one or two
    cells of ASCII letters (a unit ``J/K``, UNIT_CELL), each after a gap, after a number's last
    digit; in a row that opens with its number, R's ``NA`` cells besides (MISSING_CELLS: a
    tibble's row ``3 sd_u  0.576  NA  NA  NA``), the digit still among the last
    WORD_CELLS_REACH characters."""
    size, words, size_line = len(end), 0, end
    while words < 2 and size - len(end) < WORD_CELLS_REACH:
        core = end.rstrip(ASCII_LETTERS)
        if len(core) < len(end) and core[-1:] == "/" and len(core) > 1 and core[-2] in ASCII_LETTERS:
            core = core[:-1].rstrip(ASCII_LETTERS)  # UNIT_CELL: "2.3767e+05  J/K"
        elif len(core) < len(end) and core[-1:] == "\\":
            core = core[:-1]  # TRAILING_LABEL: a LaTeX symbol, "\\Omega"
        if not 0 < len(end) - len(core) <= WORD_CELL_LETTERS:
            return False
        capitals, end = (cell := end[len(core):]).isupper() and cell.isalpha(), core.rstrip(" \t")
        if len(core) - len(end) < 2 and core[-1:] != "\t" and not (capitals and core[-1:] == " "):
            return False  # no column gap: prose; R's one space before "FALSE" or "NA" is one
        digit = len(end) - 2 if end[-1:] == "%" else len(end) - 1
        if digit >= 0 and "0" <= end[digit] <= "9":
            return size - digit <= WORD_CELLS_REACH
        words += cell != MISSING or not opens_with_row_number(size_line)  # MISSING_CELLS
    return False


def opens_with_row_number(line: str) -> bool:
    """MISSING_CELLS: `line` opens with a row's number (spaces, up to 7 digits, a space), as a
    tibble's rows do: only there are R's ``NA`` cells no words (a model's table of tests,
    ``Sargan  0  NA  NA``, names its row instead, and its NA rows were never read)."""
    opened = line.lstrip(" ")
    digits = len(opened) - len(opened.lstrip("0123456789"))
    return 0 < digits <= 7 and opened[digits:digits + 1] == " "


def ends_in_label_cell(end: str) -> bool:
    """LABEL_CELL (rules): `end` (a line without its trailing SPACE, an ASCII letter last) closes
    with one label of up to LABEL_CELL_LETTERS characters (a letter first), after a column gap
    (two or more spaces or tabs, or one tab), after a number's last digit (a ``%`` after it at
    most) among the line's last WORD_CELLS_REACH characters: a row that prints its value first
    and names it last."""
    core = end.rstrip(_LABEL_CHARS)
    if not 0 < len(end) - len(core) <= LABEL_CELL_LETTERS or not core or end[len(core)] not in ASCII_LETTERS:
        return False
    before = core.rstrip(" \t")
    if len(core) - len(before) < 2 and core[-1] != "\t":
        return False  # one space: prose goes on
    digit = len(before) - 2 if before[-1:] == "%" else len(before) - 1
    return digit >= 0 and "0" <= before[digit] <= "9" and len(end) - digit <= WORD_CELLS_REACH


def dash_cells(before: str, space: str) -> tuple[str, str]:
    """DASH_CELLS: (core, before) of ENDS_IN_DECORATION past more cells of dashes, each after
    `space`, closing `before` (a row's end without its last such cell): up to DASH_CELLS in all,
    so that what stands before them all decides (``5  ------   ------   --  --``: an R table's
    row whose last columns are empty)."""
    core = before
    for _ in range(DASH_CELLS - 1):
        if before[-1:] != "-":
            break
        run = before.rstrip("-")
        if run[-1:] not in space or not run:
            return run, run  # a dash glued to what is before: no cell (before ends in a mark)
        core, before = run, run.rstrip(space)
    return core, before


def ends_in_stars(end: str) -> bool:
    """ENDS_IN_STARS (GLUED_STARS, rules): `end` closes with a digit and one to three stars
    (``2.152e-11***``), a value and its significance stars."""
    core = end.rstrip("*")
    return len(end) - len(core) <= 3 and core[-1:].isdecimal()


# ENDS_IN_NAMED_LIST (NAMED_AFTER reads such lines); block_scans spells its scan with it.
NAMED_LIST_END = (r",[ \t]+[-+]?[0-9][0-9.]*%?[ \t]+[a-zA-Z][a-zA-Z0-9_-]*"
                  r"(?: [a-zA-Z][a-zA-Z0-9_-]*){0,2}")
_NAMED_LIST_END = LazyPattern(NAMED_LIST_END + r"\Z")
