"""Tables whose columns are set apart by their right edges only (RIGHT_ALIGNED in `rules`).

R prints a matrix or a data frame with one space between columns, each name right-aligned
over its numbers, the row names flush left under no name of their own::

        Lambda Index Measure    SE Nonzero      <- one space between names
    min 0.4175    28   7.722 1.646       6      <- min/Lambda, min/Measure, min/SE
    1se 1.1617    17   9.071 3.185       3

A gap of two spaces cannot split such a header, but the right edges can: every number of a
row ends where a name of the header ends, and the header's words between one number's end
and the next one's form that column's name (``Std. Error`` stays one name). The label
column has no name (the header starts right of the labels), so the rows are different
quantities: each value is ``<label>/<column>``, as LABELLED_ROWS reads an unnamed label.
A label closed by a colon (``free``'s ``Mem:``) is a key, not a row name: no row, unless its
values are all bare decimals (STATISTIC_KEY: nlme's ``StdDev:`` row under its terms). Columns
of counts, sizes, indexes, times and steps give nothing, nor do ``NA``, ``TRUE`` and ``FALSE``
cells; a table R wrapped at its width goes on under a header of its own (the label column
again), read the same way.

R_MATRIX_ROWS (rules): a row name may be words (``forecast``'s ``accuracy()``: ``Training set``,
``Test set``)::

                       ME     RMSE      ACF1 Theil's U
    Training set 1.208427 8.898232 0.1188263        NA     <- Training set/ME, .../ACF1
    Test set     63.21092 72.54791 0.7463877  1.356753     <- Test set/Theil's U = 1.356753

Such a row, or one holding ``NA``, is read even when two spaces split its header as well: the
two-space readers take a label's words for cells or lose the label of a lone row, and the
label must stay, as a phase's does (``Training set`` and ``Test set`` never share a series).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import rules
from .cells import NUMBER_CELL, cell_kind, unstarred
from .entities import TEST_NAME
from .headers import GAP
from .described_members import described_member
from .group_headings import table_heading
from .header_edges import edge_names
from .sibling_matrices import SIBLING_LOOK, sibling_title

_LOOK_BACK = 3  # blank lines and the header's own line above a first row
_DESCRIBED = 10  # lines over a first row in which a header's member path may stand (DESCRIBED_MEMBER)
_TOKEN = re.compile(r"\S+")
_LETTER = re.compile(r"[^\W\d_]")
# NO_NUMBER_CELL (rules): R's missing value and its logicals hold a column's place in a row
# and state no number (optimx's "NA" gevals, "TRUE" kkt1): the row is read, the cell gives nothing.
_NO_NUMBER = frozenset(("NA", "<NA>", "TRUE", "FALSE"))
# HEADED_LONE_ROW (rules): a heading of words closed by a colon and nothing after it
_LONE_HEADING = re.compile(r"([^\W\d][^\W\d_]*(?: [^\W\d]+)*):\s*\Z")
_MISSING = frozenset(("NA", "<NA>"))  # R_MATRIX_ROWS: R's missing value makes the table R's
# RATE_CELL (rules): "2196/s", a number and a rate unit (Perl's cmpthese chart's Rate column).
_RATE_CELL = re.compile(r"(\d+(?:\.\d+)?)/[^\W\d]{1,4}\Z")
# R_TERM_NAMES (rules): a model term as R names it, "(Intercept)", "log(hp)", "wt:hp",
# "factor(cyl)6", or a quantile's level ("25%"), is one name too
# (R's print pads each line of such a vector with a space: a row's numbers, a tag cut off them,
# do not end so)
_TERM_NAME = re.compile(r"\([^\W\d]\w*\)\Z|[^\W\d][\w.]*\([^()\s]+\)[\w.]*\Z"
                        r"|[^\W\d][\w.]*(?::[^\W\d][\w.]*)+\Z|\d{1,3}(?:\.\d+)?%\Z")
_NUMBERED = re.compile(r"\d+(?:\.\d+)?[^\W\d]\w*\Z")  # "1se", "0.95LCL": opens with a number
_NUMBERED_LEAD = re.compile(r"\d+(?:\.\d+)?[^\W\d]\w*\s")
# PERCENT_LEVELS (rules): columns named by percent levels, R's bounds of an interval or its
# quantiles ("2.5 %", "97.5 %" over confint()'s rows). NAMED_LEVELS (rules): levels after names
# ("mean std.dev 2.5 % 97.5 %": a posterior's summary) name their columns as well.
_LEVEL = re.compile(r"\d{1,2}(?:\.\d+)? ?%\Z")
_LABEL_WORDS = 3  # a row name of more words is a sentence
_TERM = re.compile(r"\([^\W\d]\w*\)\Z")  # R's "(Intercept)": a model's term, named in parentheses
_DECIMAL = re.compile(r"[-+]?\d*\.\d+(?:[eE][-+]?\d+)?\Z")  # a bare decimal: a measure, no count or size
_WORD = re.compile(r"[^\W\d_][\w.'/-]*\Z")  # a word of a row name of several: no bracket, no sign
# ROW_INDEX (rules): R labels the rows of a matrix without row names by their index ("[3,]").
_ROW_INDEX = re.compile(r"\[(\d+),\]\Z")
_TEXT_TOKENS = 3  # TEXT_CELL (rules): a row's words among its numbers ("1 vs 2", anova's Test)
# MARK_COLUMN (rules): a cell of marks only, under a column's name ("***", R's significance
# codes; "<=", a constraint's direction): data of the row, no value
_MARKS = re.compile(r"[^\w\s]{1,3}\Z")
# LIST_CELL (rules): a list in brackets of whole numbers or words, parted by commas ("[0, 1]",
# "['a', 'b']", "[]": pandas's cell of a list of labels), data of the row; a list of decimals
# ("[-0.05, 0.61]") is an interval's bounds, values the interval readers read
_LIST_ITEM = r"(?:[-+]?\d+|'[^'\[\]]*'|\"[^\"\[\]]*\"|[^\W\d][\w.-]*)"
_LIST_CELL = re.compile(rf"\[(?:{_LIST_ITEM}(?:, {_LIST_ITEM})*)?\]\Z")


def _data_cell(token: str) -> bool:
    """MARK_COLUMN, LIST_CELL: True for a cell of marks or a list, data of its row, no value."""
    return _MARKS.match(token) is not None or _LIST_CELL.match(token) is not None


class _Header:
    """A right-aligned header: each column's name and right edge, and the last row read."""

    __slots__ = ("names", "ends", "last", "text", "from_zero", "labels", "title", "lone")

    def __init__(self, names: list[str], ends: list[int], last: str, text: str = ""):
        self.names, self.ends, self.last, self.text = names, ends, last, text
        self.from_zero = False  # ZERO_ROW_NAMES: its first row was labelled 0
        self.labels: dict[str, str] | None = None  # WRAPPED_BLOCKS: row number -> its TEXT_LABEL
        self.title = ""  # LIST_HEADING: "Comp.1/" under "$Comp.1"
        self.lone = False  # HEADED_LONE_ROW: its one row, numbered 0, is the heading's


def _row(line: str) -> tuple[str, int, list[tuple[str, int]]] | None:
    """The label, where it ends, and each cell with its right edge; None for no such row."""
    if not line or line[:1].isspace():
        return None
    tokens = [(m.group(), m.end()) for m in _TOKEN.finditer(line)]
    if len(tokens) < 3:
        return None  # a name and two values, or two words and one, at the least
    if len(unstarred([token for token, _ in tokens[-3:]])) == 2:
        tokens.pop()  # SIGNIF_STARS (rules): a coefficient's code, under no name of the header
    if "(" in tokens[0][0] or "[" in line:
        tokens = _joined_term(tokens)  # SPACED_TERM, LIST_CELL (rules): "I(x * y)", "[0, 1]"
    words = 0
    while words < len(tokens) and _value(tokens[words][0]) is None and not (
            words and tokens[words][0][:1] == "[" and _LIST_CELL.match(tokens[words][0])):  # LIST_CELL: a cell
        words += 1
    numbered = words == 0 and tokens[0][0].isdigit() and (tokens[0][0][:1] != "0" or (
        tokens[0][0] == "0" and _single_spaced(line)))  # ZERO_ROW_NAMES: R's one space, no pandas index
    words += numbered  # ROW_NUMBERS (rules): a data frame's row number, flush left, as its label
    if not 1 <= words <= _LABEL_WORDS or len(tokens) - words < (1 if words > 1 else 2) or (
            words > 1 and not all(_WORD.match(token) for token, _ in tokens[:words])):
        return None  # R_MATRIX_ROWS: a name of words, no bin's interval ("(-Inf, 0.5] (low)")
    label, label_end = " ".join(token for token, _ in tokens[:words]), tokens[words - 1][1]
    cells = tokens[words:]
    if label.endswith(":") and not (words == 1 and all(_DECIMAL.match(token) for token, _ in cells)):
        return None  # a key (free's "Mem:"), unless a STATISTIC_KEY's row: "StdDev:  1.81 1.43"
    label = label.rstrip(":")
    if not (numbered or cell_kind(label) in ("name", "text") or _NUMBERED.match(label)):
        return None
    numbers = [_value(token) for token, _ in cells]
    if numbers[-1] is None and not (numbered and any(numbers) and _WORD.match(cells[-1][0])) or (
            numbers.count(None) > _TEXT_TOKENS) or not any(numbers) or not all(
            _WORD.match(token) or at == 0 and numbered and _TERM_NAME.match(token)  # TEXT_LABEL: "(Intercept)"
            or _data_cell(token)  # MARK_COLUMN, LIST_CELL (rules): "***", "<=", "[0, 1]"
            for at, ((token, _), number) in enumerate(zip(cells, numbers)) if number is None):
        return None  # words among the numbers: a TEXT_CELL, told by the header's edges
    return label, label_end, cells


def _joined_term(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """SPACED_TERM (rules): `tokens` with a first token that opens a parenthesis it does not
    close joined to the tokens up to the one closing it (R names a model's term as written:
    ``I(x * y)``, ``s(x, k = 3)``); and LIST_CELL, each later token opening a list in brackets
    joined so (``[0, 1]``, pandas's list cell); as they were where none closes it."""
    joined = _joined(tokens, 0, "(", ")")
    at = 1
    while at < len(joined):
        joined = _joined(joined, at, "[", "]")
        at += 1
    return joined


def _joined(tokens: list[tuple[str, int]], at: int, opens: str, closes: str) -> list[tuple[str, int]]:
    """`tokens` with ``tokens[at]`` joined to the tokens up to the one closing the bracket it
    opens (`opens`, `closes`); as they were when it opens none or none closes it."""
    depth = tokens[at][0].count(opens) - tokens[at][0].count(closes)
    if depth <= 0:
        return tokens
    for end in range(at + 1, len(tokens)):
        depth += tokens[end][0].count(opens) - tokens[end][0].count(closes)
        if depth == 0:
            word = " ".join(token for token, _ in tokens[at:end + 1])
            return [*tokens[:at], (word, tokens[end][1]), *tokens[end + 1:]]
        if depth < 0:
            break
    return tokens


def _fuller_names(header: str, values: list[tuple[str, int]],
                  after: Callable[[], str | None] | None) -> list[str] | None:
    """FULLER_ROW (rules): the names of `values` told by the next row of the table, when it is
    known and has a cell at each of their right edges and more (R prints an anova table's
    first rows with blank cells: ``NULL                    31     43.860``), else None."""
    following = after() if after is not None and len(values) > 0 else None
    if following is None:
        return None
    row = _row(following)
    if row is None:
        return None
    ends, fuller = [end for _, end in values], [(value, end) for value, end in row[2]]
    full_ends = [end for _, end in fuller]
    if len(full_ends) <= len(ends) or not set(ends) <= set(full_ends):
        return None
    names = edge_names(header, fuller, row[1], len(following))
    return None if names is None else [names[full_ends.index(end)] for end in ends]


def _text_runs(header: str, cells: list[tuple[str, int]]) -> list[tuple[str, int]] | None:
    """TEXT_CELL (rules): `cells` with the tokens of a cell of words joined (``1 vs 2``, its
    right edge a name's of `header`); None when a run of tokens ends under no name's end or
    joins numbers only."""
    if all(_value(token) is not None for token, _ in cells):
        return cells  # the usual case: numbers only
    ends, runs, run = {m.end() for m in _TOKEN.finditer(header)}, [], []
    for token, end in cells:
        run.append(token)
        if end in ends:
            if len(run) > 1 and all(_value(token) is not None for token in run):
                return None
            runs.append((" ".join(run), end))
            run = []
    return None if run else runs


def _value(token: str) -> str | None:
    """The number text of a cell, "" for an empty one (``--``, R's ``NA``), None for no value cell. A
    number with a rate unit (``2196/s``: RATE_CELL) is its number: a rate column's cell."""
    number = NUMBER_CELL.match(token) or _RATE_CELL.match(token)
    if number is not None:
        return number.group(1)
    return "" if token in _NO_NUMBER or cell_kind(token) == "empty" else None  # NO_NUMBER_CELL


def _columns(header: str, label_end: int, values: list[tuple[str, int]],
             own: bool = False, reach: int = -1) -> list[str] | None:
    """The column names of `header` over `values`, or None when it is no such header: it
    starts right of the label, holds names only, and each value's right edge is a name's;
    `own` (R_MATRIX_ROWS) when it is this reader's even if two spaces split it as well."""
    names = edge_names(header, values, label_end, reach)
    if names is None:
        return None
    levels = all(_LEVEL.match(name) for name in names)  # PERCENT_LEVELS: "2.5 %  97.5 %"
    if not levels and not all(cell_kind(name) == "name" or _NUMBERED.match(name)  # NAMED_LEVELS
                              or TEST_NAME.match(name) or _TERM.match(name) or _LEVEL.match(name)
                              for name in names):
        return None
    if not own and not levels and not _indexed(names) and len(GAP.split(header.strip())) == len(names):
        return None  # two spaces split it as well: the two-space readers' table
    return names


def _wrapped_labels(above: _Header | None, lines: Sequence[str], number: str) -> dict[str, str] | None:
    """WRAPPED_BLOCKS (rules): the row labels of the block `above` when the header right over a
    row numbered `number` stands right under that block's last row (R prints a frame too wide
    for its width as blocks of columns one under another, each block's rows numbered again) and
    the block named its numbered rows by a text column (TEXT_LABEL); else None."""
    if above is None or not above.labels or number not in above.labels or len(lines) < 2 or (
            lines[-2] != above.last):
        return None
    return above.labels


class RightAlignedReader:
    """Reads the rows of right-aligned tables with an unnamed label column."""

    def __init__(self, ahead: Callable[[int], Sequence[str]] = lambda count: []) -> None:
        self.header: _Header | None = None
        self._ahead = ahead  # the lines after the current one (HEADED_LONE_ROW)

    def read(self, line: str, before: Callable[[int], Sequence[str]],
             after: Callable[[], str | None] | None = None):
        """A list of ``(pairs, None)`` steps when `line` is a row of such a table, else None;
        `after()`, the next line when it is known, names cells a row left blank before (FULLER_ROW)."""
        row = _row(line)
        if row is None:
            return None
        label, label_end, cells = row
        named = label.isdigit() and len(cells) > 2 and _value(cells[0][0]) is None
        if named:  # TEXT_LABEL (rules): "2   glm 2.91 0.77", the row's text names it, not its number
            label, label_end, cells = cells[0][0], cells[0][1], cells[1:]
        lines = before(_LOOK_BACK)
        header = self.header
        if header is None or not lines or lines[-1] != header.last:
            header = self._find(lines, label, label_end, cells, len(line), _single_spaced(line), named)
            if header is None:
                return None
            header.from_zero = label == "0"  # ZERO_ROW_NAMES (rules): R numbers rows from 1
            if header.from_zero and not named and not header.title and (
                    heading := self._lone_heading(lines)) is not None:
                header.title, header.lone = heading + "/", True  # HEADED_LONE_ROW (rules)
            if not header.title and (path := _described(before(_DESCRIBED), header.text)):
                header.title = path + "/"  # DESCRIBED_MEMBER (rules): a path past description lines
            if not header.title and (sibling := sibling_title(
                    before(SIBLING_LOOK), self._ahead(SIBLING_LOOK), header.text, label)):
                header.title = sibling + "/"  # SIBLING_MATRICES (rules)
            header.labels = {} if named else _wrapped_labels(self.header, lines, label)
            if header.labels and self.header is not None and header.labels is self.header.labels:
                header.title = self.header.title  # WRAPPED_BLOCKS: one frame, one path
        if header.labels is not None and not named and label.isdigit():
            if label not in header.labels:
                return None  # WRAPPED_BLOCKS: a row the block before did not label
            label, named = header.labels[label], True
        elif header.labels is not None and named:
            header.labels[row[0]] = label
        values = _text_runs(header.text, cells)
        if values is None:
            return None
        ends = [end for _, end in values]
        names = header.names if header.ends == ends else [  # SPARSE_COLUMN: a cell left blank
            header.names[header.ends.index(end)] for end in ends] if set(ends) < set(header.ends) and (
            len(header.names) == len(header.ends)) else edge_names(
            header.text, values, label_end, len(line))  # BLANK_TAIL, TEXT_CELL
        if names is None:
            return None
        names = _fuller_names(header.text, values, after) or names  # FULLER_ROW
        header.last, self.header = line, header
        index = _ROW_INDEX.match(label)  # ROW_INDEX: the row's index is its step, no name
        step = index.group(1) if index else label if label.isdigit() and not header.from_zero and (
            not named) else None  # ROW_NUMBERS
        if step is not None and label.isdigit():  # a step column says more than a row number
            step = next((_value(value) for name, (value, _) in zip(names, values)
                         if rules.step_column_rank(name) is not None), None) or step
        lone, header.lone = header.lone and label == "0", False  # HEADED_LONE_ROW: the heading names the row
        pairs = [(header.title + (name if step is not None or lone else f"{label}/{name}"), number) for name, (value, _)
                 in zip(names, values) if _keeps(name, names) and (number := _value(value))
                 and not rules.is_df_count(name, number) and not rules.is_df_count(label, number)]  # DF_COUNT (rules)
        return [(pairs, step)] if pairs else []

    def claims(self, line: str, before: Callable[[int], Sequence[str]]) -> bool:
        """LONE_COLUMN_ROW (rules): True when `line`, a label and one number that reads as a
        pair too (``Training set 0.00821452``), is a row of R's one-column matrix: right under
        a set-in line of one name whose right edge is the number's (the row's own reader names
        it ``<label>/<name>``, not the pair's grammar)."""
        above = before(1)
        if not above or not above[-1][:1].isspace() or len(above[-1].rstrip()) != len(line.rstrip()):
            return False  # the usual case: under no set-in line of the row's width
        row = _row(line)
        return row is not None and len(row[2]) == 1 and len(above[-1].split()) == 1 and (
            self._find(above, row[0], row[1], row[2], len(line)) is not None)

    def _lone_heading(self, lines: Sequence[str]) -> str | None:
        """HEADED_LONE_ROW: the words of a lone heading closed by a colon (``Skewness:``) right
        over the header of `lines` (its last line), when the row being read is the frame's
        only one (the line after it opens with no number); else None."""
        if len(lines) < 2 or (match := _LONE_HEADING.match(lines[-2])) is None:
            return None
        following = self._ahead(1)
        if following and following[0].lstrip()[:1].isdigit():
            return None  # a second row: the rows are numbered things (ZERO_ROW_NAMES)
        return match.group(1)

    def _find(self, lines: Sequence[str], label: str, label_end: int,
              values: list[tuple[str, int]], reach: int, single: bool = False,
              named: bool = False) -> _Header | None:
        """The header right above a first row (past blank lines), or None; `single` when the
        row's cells are one space apart somewhere (SINGLE_SPACED_ROW); `named` when a text
        column names the numbered rows (TEXT_LABEL: its name over it is no value's)."""
        for at in range(len(lines) - 1, -1, -1):
            text = lines[at]
            if not text.strip():
                continue
            if named:  # TEXT_LABEL: the label column's name, right-aligned over the labels,
                first = _TOKEN.search(text)  # or none (the header starts right of the labels)
                if first is None or first.end() != label_end and first.start() <= label_end:
                    return None
                text = " " * label_end + text[label_end:]
            own = single or named or " " in label or any(value in _MISSING for value, _ in values) or (
                _ROW_INDEX.match(label) is not None)
            text_last = label.isdigit() and _value(values[-1][0]) is None  # TRAILING_TEXT (rules)
            if any(_value(value) is None and not _data_cell(value)  # MARK_COLUMN, LIST_CELL
                   for value, _ in (values[:-1] if text_last else values)):
                return None  # TEXT_CELL: only past a first row of numbers
            names = _columns(text.rstrip(), label_end, values, own, reach)
            if names is None:
                return None
            header = _Header(names, [end for _, end in values], "", text)
            title = table_heading(lines, at)  # LIST_HEADING, GROUP_HEADING (rules)
            header.title = "" if title is None else title + "/"
            return header
        return None


def _described(lines: Sequence[str], header: str) -> str | None:
    """DESCRIBED_MEMBER: the member path over the last line of `lines` that is `header`."""
    at = next((i for i in range(len(lines) - 1, 0, -1) if lines[i] == header), None)
    return None if at is None else described_member(lines, at)


class UnlabelledRows:
    """INDEX_FIRST (rules): rows of numbers only, set in, under a right-aligned header of names
    one space apart (``survfit``'s ``time n.risk n.event survival std.err lower 95% CI``): each
    column a series under its name; the first column, when it names a step or a time (a life
    table's, a series' index) and holds a whole number, is the row's step, no value."""

    __slots__ = ("header",)

    def __init__(self) -> None:
        self.header: _Header | None = None

    def read(self, line: str, before: Callable[[int], Sequence[str]]):
        """A list of one ``(pairs, step text or None)`` for such a row, else None."""
        header, above = self.header, before(1)
        if not above or (header is None or above[-1] != header.last) and (
                not above[-1][:1].isspace() or not _LETTER.search(above[-1])):
            return None  # the usual case: under no row of ours, nor under a set-in header
        values = [(m.group(), m.end()) for m in _TOKEN.finditer(line)]
        if len(values) < 3 or not all(NUMBER_CELL.match(value) for value, _ in values):
            return None
        lines, ends = before(_LOOK_BACK), [end for _, end in values]
        if header is None or not lines or lines[-1] != header.last or header.ends != ends:
            text = next((text for text in reversed(lines) if text.strip()), "")
            names = _columns(text.rstrip(), -1, values) if text[:1].isspace() else None
            if names is None:
                self.header = None
                return None
            header = _Header(names, ends, "")
        first, value = header.names[0], values[0][0]
        named = rules.step_column_rank(first) is not None or rules.is_time_column(first)
        if value.isdigit() and not named:
            self.header = None
            return None  # a first column of whole numbers of another name: LOOSE_TABLE's to step
        header.last, self.header = line, header
        step = value if named and value.isdigit() else None
        pairs = [(name, NUMBER_CELL.match(cell).group(1)) for name, (cell, _) in
                 zip(header.names, values) if _keeps(name, header.names) and (step is None or name != first)]
        return [(pairs, step)] if pairs else []


def _indexed(names: list[str]) -> bool:
    """INDEXED_COLUMNS (rules): True when every column's name is one word and an index
    (mixtools' ``comp 1``, ``comp 2``): the components of one fit, numbered, which the
    two-space readers take for a row of values; right edges tell them apart. A table with
    other columns too (``Part 1  Part 2  Mean``) stays the two-space readers'."""
    split = [name.split() for name in names]
    return all(len(words) == 2 and words[1].isdigit() for words in split) and (
        len({words[0] for words in split}) == 1)


def _single_spaced(line: str) -> bool:
    """SINGLE_SPACED_ROW (rules): True when two spaces cannot split `line` into its label and
    each value (``lambda 0.407632 0.5923678``): only the right edges part its cells, so the
    two-space readers cannot read the row, whatever its header looks like."""
    return len(GAP.split(line.strip())) < len(line.split())


def starts_numbered(line: str) -> bool:
    """True when `line` opens with a name that opens with a number (``1se``): the one row
    label that opens with a digit (a cheap test: most such lines are a table's step rows)."""
    return _NUMBERED_LEAD.match(line) is not None


def _keeps(name: str, names=()) -> bool:
    """A column whose values are results: not a count, size, index, time or step (a bound's
    name among statistics of the same thing is one of them: STATISTIC_PEERS)."""
    return not (rules.is_setup_among(name, names) or rules.is_time_column(name)
                or rules.step_column_rank(name) is not None)
