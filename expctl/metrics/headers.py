"""Where an aligned table's header is, and where its columns stand.

The table readers (`tables`) look back from a row for the line of names it stands under:
right above it past separator lines (`find_header`), one naming more columns than a first
row with gaps fills (`find_wider_header`, FIRST_ROW_GAPS), or far above with other lines
between (`find_aligned_header`). `place` puts a row's cells under the columns they stand
under. See the rule table in `expctl.metrics.rules`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .cells import cell_kind as _cell_kind
from .kept import kept
from .chapters import chaptered
from .drawn_headers import REACH as DRAWN_REACH, drawn_header, drawn_rule
from .entities import TEST_NAME
from .grammar import TABLE_BARS
from .position_labels import position_labels
from .stacked import continued, stacked
from .vocabulary import is_result_name, is_time_column, step_column_rank
from .wrapped import wrapped_aligned, wrapped_barred
from ..lazyre import LazyPattern

_BAR_SPLIT = LazyPattern("[" + re.escape(TABLE_BARS) + "]")
BORDER = LazyPattern(r"[\s+\-=_:|\u2500-\u257f]*\Z"  # a rule: box-drawing lines, dashes, bars
                     r"|\s*(?:\\(?:hline|[a-z]{0,6}rule)\s*)+\Z")  # LATEX_ROWS: "\hline", "\midrule"
# LATEX_ROWS (rules): a LaTeX table's row, its cells parted by "&", closed by "\\" and its rules.
_LATEX_ROW = LazyPattern(r"([^&]*(?:&[^&]*)+?)\s*\\\\\s*(?:\\[a-zA-Z]{1,12}\s*){0,2}\Z")
_LATEX_WRAP = LazyPattern(r"\\(?:verb\|([^|]*)\||[a-z]{2,12}\{([^{}]*)\})")  # \verb|x|, \textbf{x}


def is_drawn(line: str) -> bool:
    """PHASE_HEADING: a line of a barred table's drawing: its header, a rule, a border."""
    return _BAR_SPLIT.search(line) is not None or BORDER.match(line) is not None
GAP = LazyPattern(r"\s{2,}|\t")
_DASH_TITLE = LazyPattern(r"[^-|│┃║]*\w[^-|│┃║]*-{4,}\s*\Z")  # a titled rule: "1 threads: ----"
ELIDED = "..."  # ELIDED_COLUMNS: pandas's mark, in the header and each row, of columns left out
_ELIDED_MARKS = frozenset((ELIDED, "…"))  # and polars's, in a barred header ("┆ … ┆")
_CELL = LazyPattern(r"\S+(?: \S+)*")  # a cell of an aligned line: words one space apart
_LEVEL = LazyPattern(r"\d{1,2}(?:\.\d+)?%\Z")  # RULED_LEVELS: "2.5%", "97.5%"
# RULED_LEVELS: a name of two to six words, small words among them ("Sum of Squares")
_WORDED = LazyPattern(r"[^\W\d][\w.'-]*(?: [^\W\d][\w.'-]*){1,5}\Z")


def gap_cells(text: str) -> list[str]:
    """`GAP.split(text)`, a new list each time. The table readers split the same lines again
    (a row, then the lines above it for its header), so the splits of short texts are kept."""
    return list(_gap_split(text))


@kept(1024, 256)
def _gap_split(text: str) -> list[str]:
    return GAP.split(text)


# GLUED_BARS (rules): a "|" with a space, a bar or the line's edge on a side: a column's bar
_SPACED_BAR = re.compile(r"(?:^|(?<=[\s|]))\||\|(?=[\s|]|$)")


def bar_cells(line: str) -> list[str] | None:
    """The cells of a line split by bars, without the empty ones outside the outer bars; None
    for a line with no bar, or a border line. A LaTeX table's row is split at its "&"s."""
    if "&" in line and "\\\\" in line and (latex := _LATEX_ROW.match(line)) is not None:
        return [_LATEX_WRAP.sub(lambda m: m.group(1) or m.group(2) or "", cell).strip()
                for cell in latex.group(1).split("&")]  # LATEX_ROWS: "train & 0.04 \\ \hline"
    if "|" not in line and line.isascii() or _BAR_SPLIT.search(line) is None:
        return None  # no bar: the other bars are not ASCII (most lines, without the regex)
    if BORDER.match(line) or "  " in line and line.isascii() and _SPACED_BAR.search(line) is None:
        return None  # GLUED_BARS: "ICC|g   0.450", each "|" inside a name, a column gap elsewhere
    cells = _BAR_SPLIT.split(line.rstrip())
    if "(" in line:
        _join_parenthesised(cells)  # BARRED_PARENS: "| Pr(>|t|) |", one cell
    if cells and not cells[0].strip():
        cells = cells[1:]
    if cells and not cells[-1].strip() and line.rstrip()[-1:] in TABLE_BARS:
        cells = cells[:-1]
    elif len(cells) >= 2 and "  " in line and _is_divided(line, cells):
        cells = [part for cell in cells for part in GAP.split(cell.strip())]  # DIVIDER_BARS
    return cells if len(cells) >= 2 else None


def _is_divided(line: str, cells: list[str]) -> bool:
    """DIVIDER_BARS (rules): bars only between groups of aligned columns (PyVRP's
    ``Iters    Time |   Current    Best``, ``1    0s |   724    610``): no bar at the line's
    edges, and every cell between them holds two columns or more. Each column is a cell."""
    edges = line.strip()
    return edges[:1] not in TABLE_BARS and edges[-1:] not in TABLE_BARS and all(
        GAP.search(cell.strip()) for cell in cells)


def undivided(before: Callable[[int], Sequence[str]]) -> Callable[[int], list[str]]:
    """DIVIDER_BARS (rules): `before` with the dividing bars of each line read as spaces, for a
    row drawn without bars under a header that parts its groups with them (Gurobi's
    ``Expl Unexpl |  Obj  Depth IntInf | Incumbent    BestBd   Gap``): no bar at the line's
    edges, a space on each side of it. Columns keep their places."""
    def lines(count: int) -> list[str]:
        return [_undivided(text) if "|" in text else text for text in before(count)]
    return lines


def _undivided(text: str) -> str:
    edges = text.strip()
    if edges[:1] in TABLE_BARS or edges[-1:] in TABLE_BARS:
        return text
    return _SPACED_MID_BAR.sub(" ", text)


_SPACED_MID_BAR = LazyPattern(r"(?<= )\|(?= )")


def _join_parenthesised(cells: list[str]) -> None:
    """BARRED_PARENS (rules): join, in place, the cells a bar inside parentheses cut
    (``Pr(>|t|)``, R's name of a p-value column, in a Markdown table): a bar between an opening
    parenthesis and its close parts no columns."""
    at = 0
    while at < len(cells) - 1:
        cell = cells[at]
        if cell.count("(") > cell.count(")"):
            end = next((k for k in range(at + 1, min(at + 4, len(cells)))
                        if "|".join(cells[at:k + 1]).count(")") >= cell.count("(")), None)
            if end is not None:
                cells[at:end + 1] = ["|".join(cells[at:end + 1])]
        at += 1


def find_lead_header(lines: Sequence[str], row: str, width: int
                     ) -> tuple[list[str], None] | None:
    """LEAD_LABELS (rules): the header of a barred `row` of `width` cells whose first, a
    label, stands before the first bar, under a header that leaves that place blank
    (torch.utils.benchmark's ``      |  naive  |  sdpa`` over ``  L=32  |  160.7  |  88.3``):
    its names after an unnamed first column, when its first bar stands where the row's does.
    Rules and titled rules of dashes between (``1 threads: -------``) are passed over."""
    bar = _BAR_SPLIT.search(row)
    if bar is None or not row[:bar.start()].strip():
        return None
    for line in reversed(lines):
        if not line.strip() or BORDER.match(line) or _DASH_TITLE.match(line):
            continue
        first = _BAR_SPLIT.search(line)
        cells = bar_cells(line)
        if (first is None or first.start() != bar.start() or line[:first.start()].strip()
                or cells is None or len(cells) != width - 1
                or not (all(map(is_name, cells)) or _ruled_names(cells))):  # RULED_LEVELS too
            return None
        return ["", *cells], None
    return None


def find_index_header(lines: Sequence[str], width: int) -> list[str] | None:
    """STEP_INDEX (rules): the names of a pandas header of `width` names right above its
    index's name alone on a line (``epoch``, flush left), the index's name first; None
    for any other two lines."""
    if len(lines) < 2 or lines[-1][:1].isspace() or not lines[-1].strip():
        return None
    index, names = GAP.split(lines[-1].strip()), GAP.split(header_text(lines[-2]).strip())
    if len(index) != 1 or len(names) != width or not all(map(is_name, index + names)):
        return None
    return index + names


# TIME_INDEX: an index label that is a point in a simulated time (no date, no clock time)
_CLOCK_LABEL = LazyPattern(r"\d+(?:\.\d*)?\Z")


def is_clock_index(name: str, label: str) -> bool:
    """TIME_INDEX (rules): a pandas index named as a time (``time``, ``elapsed``; an ``epoch``
    is STEP_INDEX's; CLOCK_SYMBOL_INDEX: ``t`` alone, a simulated clock's symbol) whose labels
    are plain non-negative numbers: the rows are the states of a run at those times, each label
    its row's step."""
    return (is_time_column(name) or name.strip() == "t") and step_column_rank(name) is None and (
        _CLOCK_LABEL.match(label) is not None)


_WORD = LazyPattern(r"\S+")  # BAR_GROUPED_HEADER: a name's place


def header_text(line: str) -> str:
    """A header line without pandas's mark that its columns go on in a block below (``  \\``),
    without a progress bar drawn after its names (BAR_HEADER) and with a group's name and
    parentheses around some of its names blanked (GROUPED_NAMES), columns kept in place."""
    text = line.rstrip()
    if text.endswith("  \\"):
        return text[:-1]
    if "%" in line and (tail := _BAR_TAIL.search(line)) is not None:
        line = line[:tail.start()]
    if "(" in line:
        line = _GROUP.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " ", line)
    if " | " in line:  # BAR_GROUPED_HEADER: "Done Left |  Cost  Depth | Best" over rows of no bar
        line = line.replace(" | ", "   ")
    return line


# BAR_HEADER (rules): a progress bar drawn after a header's names ("mAP50-95): 100% ━━ 1/1 13.9it/s")
_BAR_TAIL = LazyPattern(r":?[ \t]+\d{1,3}%[ \t|].*\Z")
# GROUPED_NAMES (rules): "Box(P      R   mAP50  mAP50-95)": a group's name over the columns it opens
_GROUP = LazyPattern(r"(?<!\S)([^\W\d]\w*\()([^\s()]+(?:[ \t]{2,}[^\s()]+)+)\)(?=\s|\Z)")


def _is_rule(line: str) -> bool:
    """A rule line: drawn, not blank."""
    return bool(line.strip()) and BORDER.match(line) is not None


NOTE_MARKS = frozenset("*+\u2020\u2021")  # FOOTNOTE_MARK: "*", "+", "\u2020", "\u2021"


def unmarked(name: str) -> str:
    """FOOTNOTE_MARK (rules): a header's name without the one mark glued to its end that points
    to a note under the table (MCMC summaries' ``min ESS*``, ``PSRF+``); a doubled mark
    (``C++``) or a mark alone is the name."""
    if name[-1:] in NOTE_MARKS and name[-2:-1].isalnum():
        return name[:-1]
    return name


def is_name(cell: str) -> bool:
    return _cell_kind(cell) == "name"


def _is_column_name(cell: str) -> bool:
    """A header's cell: a name, or the mark of the columns pandas left out (ELIDED_COLUMNS;
    the header must then name a result: a cut frame of data, ``df.head()``, is no table)."""
    return cell in _ELIDED_MARKS or _cell_kind(cell) == "name" or (
        ", " in cell and _ARGUMENT_NAME.match(cell) is not None)  # ARGUMENT_NAME


def _ruled_names(cells: list[str]) -> bool:
    """RULED_LEVELS (rules): a barred header over a rule may name columns by a level (``2.5%``,
    an interval's bound) or a test's p-value (``Pr(>|t|)``) beside two names or more: the rule
    marks the line a header, which a row of numbers alone is not."""
    names = sum(map(is_name, cells))
    return names >= 2 and all(is_name(cell) or _LEVEL.match(cell.strip()) is not None
                              or TEST_NAME.match(cell.strip()) is not None
                              or _WORDED.match(cell.strip()) is not None for cell in cells)


_SPAN = LazyPattern(r"\d{1,3}[dwmy]\Z")  # PERIOD_NAMES: "3m", "1y", "10y"


def _span_names(cells: list[str]) -> bool:
    """PERIOD_NAMES (rules): an aligned header over a rule may name columns by a period
    (``3m``, ``1y``: returns over the last three months, the last year) beside two names or
    more; read alone each is an amount of time, but the rule marks the line a header."""
    names = sum(map(is_name, cells))
    return names >= 2 and all(is_name(cell) or _SPAN.match(cell.strip()) is not None for cell in cells)


# ARGUMENT_NAME (rules): a header's name written as a function of its arguments, a comma and a
# space between them ("ATT(g, t)", "cov(x, y)", "F1(macro, val)"): a name, though a cell with
# a comma elsewhere is text
_ARGUMENT_NAME = LazyPattern(r"[^\W\d][\w.'-]*\((?:[\w.'-]+, ?)+[\w.'-]+\)\Z")
# BRACKETED_HEADER: a level opening a bracketed group's first cell ("95% Pointwise")
_OPENING_LEVEL = LazyPattern(r"\d{1,2}(?:\.\d+)?%(?: |\Z)")


def bracketed_names(cells: list[str]) -> bool:
    """BRACKETED_HEADER (rules): an aligned header whose names hold one group in brackets over
    two columns or more, an interval's bounds (``[95% Pointwise  Conf. Band]``; the bracket left
    open at the line's end, as some print it): the group's cells are names, a level (``95%``)
    may open the first; the cells outside it are names, one at least. Only for a line with a
    ``[`` whose names fail the plain test."""
    opened = next((at for at, cell in enumerate(cells) if cell[:1] == "["), None)
    if opened is None or opened == 0 and len(cells) < 3:
        return False
    closed = next((at for at in range(opened + 1, len(cells)) if cells[at][-1:] == "]"), len(cells) - 1)
    group = [cell.strip("[]") for cell in cells[opened:closed + 1]]
    rest = cells[:opened] + cells[closed + 1:]
    return (len(group) >= 2 and len(rest) >= 1 and all(map(_bracketed_name, group))
            and all(map(_is_column_name, rest)))


def _bracketed_name(cell: str) -> bool:
    """A cell of a BRACKETED_HEADER's group, its brackets off: a name, a level before it or alone."""
    level = _OPENING_LEVEL.match(cell)
    if level is not None:
        cell = cell[level.end():]
        if not cell:
            return True
    return _cell_kind(cell) == "name"


def _class_numbers(cells: list[str]) -> bool:
    """CLASS_NUMBERS (rules): a header opening with a step column, whose other names are a
    name and classes numbered by whole numbers (randomForest's ``ntree  OOB  1  2  3``)."""
    rest = cells[1:]
    return (len(cells) > 2 and step_column_rank(cells[0]) is not None
            and any(cell.isdigit() for cell in rest) and not rest[0].isdigit()
            and all(cell.isdigit() and len(cell) <= 3 or _is_column_name(cell) for cell in rest))


def place(line: str, columns: list[tuple[int, int]]) -> list[str] | None:
    """The cells of an aligned `line` in the columns they stand under (\"\" where a cell is
    empty), or None when a cell stands under no column, under two, or beside another."""
    placed = [""] * len(columns)
    for start, end in spans(line):
        under = [i for i, (left, right) in enumerate(columns) if start < right and left < end]
        if len(under) != 1 or placed[under[0]]:
            return None
        placed[under[0]] = line[start:end]
    return placed


def flush_cells(line: str, columns: list[tuple[int, int]], above: str) -> bool:
    """SHORT_ROW_EDGES: True when each cell of `line` shares an edge with the column it stands
    under or with a cell of the line `above` when that is a whole row (a cell a column), as a
    short row of a table does."""
    cells = spans(above)
    edges = {edge for span in cells for edge in span} if len(cells) == len(columns) else set()
    return all(start in edges or end in edges or any(
        start < right and left < end and (start == left or end == right) for left, right in columns)
        for start, end in spans(line))


def spans(line: str) -> list[tuple[int, int]]:
    """Where the cells of a whitespace-aligned line stand: (start, end) columns."""
    return [match.span() for match in _CELL.finditer(line)]


def find_aligned_header(lines: Sequence[str], row: list[tuple[int, int]]
                        ) -> tuple[list[str], list[tuple[int, int]]] | None:
    """DISTANT_HEADER (rules): the names of the nearest line of `lines` (oldest first) that is
    a header for a row whose cells stand at `row`: as many names, each overlapping its cell's
    columns (left-, right- or centre-aligned alike); None past a line so placed that holds a
    name and a cell that is none (the row's own header)."""
    for line in reversed(lines):
        if len(line) < row[-1][0] or not line.strip():
            continue
        found = spans(line)
        if len(found) != len(row) or not all(
                start < row_end and row_start < end
                for (start, end), (row_start, row_end) in zip(found, row)):
            continue
        names = [line[start:end] for start, end in found]
        kinds = [_cell_kind(name) for name in names]
        if all(kind == "name" for kind in kinds):
            return names, found
        if "name" in kinds:
            return None  # the row's own header, a name of it no name ("2SUM"): no header past it
    return None


def find_header(lines: Sequence[str], width: int, barred: bool = False, keyed: bool = False
                ) -> tuple[list[str], list[tuple[int, int]] | None] | None:
    """The header of a table whose row of `width` cells follows `lines`: the nearest line that
    is not a separator, when it holds `width` names (two or more spaces apart, or between
    bars). `keyed`: the row's first cell keys it (an amount with its unit, ELIDED_COLUMNS)."""
    if barred:
        names = wrapped_barred(lines, width, bar_cells, _cell_kind, _is_rule)
        if names is not None:
            return names, None  # WRAPPED_HEADER
    else:
        found = wrapped_aligned(lines, width, _cell_kind, _is_rule)
        if found is not None:
            return found
    rule = None
    for at in range(len(lines) - 1, -1, -1):
        line = lines[at]
        if not line.strip() or BORDER.match(line):
            rule = line
            continue
        line = line if barred else header_text(line)
        cells = bar_cells(line) if barred else gap_cells(line.strip())
        if cells is None:
            return None
        if not barred and len(cells) < width and " | " in lines[at] and len(words := line.split()) == width:
            if all(map(is_name, words)):  # BAR_GROUPED_HEADER: bars group the names, one word each, over rows of no bar
                return words, [(m.start(), m.end()) for m in _WORD.finditer(line)]
        if barred and len(cells) == width > 2 and not cells[0].strip() and (all(
                map(is_name, cells[1:])) or rule is not None and _ruled_names(cells[1:])):
            return ["", *cells[1:]], None  # LEAD_LABELS: "|       | loss | acc |"
        if not barred and len(cells) < width and at >= 1 and len(
                gap_cells(lines[at - 1].strip())) == width:
            names = continued(lines[at - 1], line, is_name)  # STACKED_HEADER, top-aligned
            return None if names is None else (names, columns_of(lines[at - 1], rule))
        if len(cells) == width and (all(map(_is_column_name, cells)) or _class_numbers(cells) or position_labels(
                cells, is_name) or ("[" in line and bracketed_names(cells)) or (
                rule is not None and (_ruled_names(cells) if barred else _span_names(cells)))) and (
                _ELIDED_MARKS.isdisjoint(cells) or keyed or step_column_rank(cells[0]) is not None
                or any(map(is_result_name, cells))):
            cells_before = cells
            if not barred and at >= 2:
                cells = chaptered(cells, line, lines[at - 1], lines[at - 2], is_name)
            if not barred and at >= 1 and cells == cells_before:
                cells = stacked(cells, line, lines[at - 1], is_name)  # STACKED_HEADER
            return cells, columns_of(line, rule)
        return None
    return None


def find_wider_header(lines: Sequence[str], row: str
                      ) -> tuple[list[str], list[tuple[int, int]]] | None:
    """FIRST_ROW_GAPS (rules): the header right above an aligned `row` that has empty cells
    (an optimiser's first row, before any change is measured), when it names more columns than
    the row has cells and each cell stands under one column of its own."""
    for line in reversed(lines):
        if not line.strip() or BORDER.match(line):
            continue
        names = gap_cells(line.strip())
        if not all(_cell_kind(name) == "name" for name in names):
            return None
        columns = columns_of(line)
        return (names, columns) if place(row, columns) is not None else None
    return None


def columns_of(header: str, rule: str | None = None) -> list[tuple[int, int]]:
    """Where the columns of an aligned `header` stand: each name's (start, end), stretched
    over the rule drawn under it (``-----  ------``) when that has a run per name."""
    names = spans(header)
    runs = spans(rule) if rule is not None and rule.strip() else []
    if len(runs) != len(names):
        return names
    return [(min(start, left), max(end, right)) for (start, end), (left, right) in zip(names, runs)]


def two_names(line: str) -> list[str] | None:
    """The two names of a header of two (``Test metric   DataLoader 0``), or None."""
    names = gap_cells(line.strip())
    return names if len(names) == 2 and all(_cell_kind(name) == "name" for name in names) else None


def opens_table(previous: Sequence[str]) -> bool:
    """True when the line after `previous` starts a table: nothing of a table is above it (a
    blank line, a line without bars, a top border)."""
    line = previous[-1].strip() if previous else ""
    return not line or _BAR_SPLIT.search(line) is None or line[:1] in "╭┏┌╔╒"


def ruled_other(above: Sequence[str], names: list[str]) -> bool:
    """RULED_RESTART: True when the lines right above a row are a rule of dashes under a line
    of names other than `names` (the table read before): another table's header, though its
    rows are as wide (astropy's ``print(model)`` of one model, then of another)."""
    if len(above) < 2 or BORDER.match(above[-1]) is None or not above[-1].strip():
        return False  # (a row's line above is seldom a rule: no blank copy of it made first)
    cells = gap_cells(above[-2].strip())
    if len(cells) < 2:  # names one space apart (TOKEN_COLUMNS: econml's "std_point pct_point_lower")
        cells = above[-2].split()
    return len(cells) > 1 and all(map(is_name, cells)) and cells != [name.strip() for name in names]


def barred_header(before, row: str, width: int, reach: int = 4):
    """The header of a barred table over its first `row` of `width` cells, looked for in the
    `reach` lines `before` it: DRAWN_HEADER_CELLS when a box's header wraps its names in its
    cells (no WRAPPED_HEADER of the lines right above), else `find_header`'s, else
    LEAD_LABELS'; None when there is none."""
    lines = before(reach)
    if lines and drawn_rule(lines[-1]) and wrapped_barred(lines, width, bar_cells, _cell_kind, _is_rule) is None and (
            names := drawn_header(before(DRAWN_REACH), width)) is not None:
        return names, None
    return find_header(lines, width, barred=True) or find_lead_header(lines, row, width)


def barred_names(before, row: str, width: int) -> list[str] | None:
    """RULED_RESTART for barred tables: the names of the header over a barred `row` of `width`
    cells right under a rule (its names stripped), or None: a table of the width of the one
    read before may start there (PSPP's ANOVA, then its coefficients, each ruled off)."""
    header = barred_header(before, row, width)
    return None if header is None else [name.strip() for name in header[0]]


def other_header(above: Sequence[str], header: str) -> bool:
    """OTHER_HEADER: True when the line right above a row is a line of words in two or more
    columns, no number among them, other than the `header` of the table read before (``Min
    1Q  Median  3Q  Max``): the row is another table's, not one of that table's rows (a line
    of prose between rows is no header)."""
    if not above or not above[-1].strip() or above[-1] == header:
        return False
    text = above[-1].strip()
    words = text.split()
    if _cell_kind(words[0]) == "number":  # the row above, as a table's rows go on: no names
        return False
    return len(GAP.split(text)) > 1 and "number" not in map(_cell_kind, words)


def names_over(above: Sequence[str], names: Sequence[str]) -> bool:
    """OTHER_HEADER over a row as wide as the open table's: True when the line right above it
    is a line of names (`other_header`'s) whose words are not the table's `names` (R's named
    vector wrapped into pairs of lines, names over values, one vector after another)."""
    if not other_header(above, ""):
        return False
    words = above[-1].split()  # each with a letter: no elision ("..  ...  ..."), no rule
    return all(any(c.isalpha() for c in word) for word in words) and words != " ".join(names).split()
