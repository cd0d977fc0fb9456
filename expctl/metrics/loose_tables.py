"""LOOSE_TABLE (rules): the last reader of a table, for rows no specific reader claimed.

Each tool prints its report in a table of its own shape (a solver's ``iter  cost
cost_change  |gradient| ...`` rows in scientific notation, a benchmark's ``name  hz  min
max  mean ...``, R's printed matrices with their row names first); the specific readers
(`tables` and the readers it calls) know the shapes seen so far. This one knows only what
makes any of them a table of results, and reads a row when all of these hold:

* the row is numbers, one to a column (``NA`` and ``-`` empty cells, a clock time a time
  column's), after at most a label of a few words (R's ``Training set``); no bar, no unit,
  no path, no other text;
* above it, past rules and rows of its shape, is a line of names only, and every name stands
  over one of the row's columns (its text overlaps the number's, else touches it), or one
  space from a word that does: a name of several words (``lower 95% CI``) is the words over
  one column; the words over the label name the label column. A header flush left and
  narrower than its rows (LAMMPS's ``Step Temp PotEng``) names them in order, a word each;
* the block has two rows or more (a row is read once the next line shows it is not alone),
  or its header is printed again over each row (REPEATED_HEADER: the rows repeat over time).
  One line of numbers under one line of words is what a listing of one entry looks like (a
  ``df`` of one disk, ``free``'s ``Mem:`` line);
* a value in a column that is kept has a fraction (a point or an exponent): listings of
  processes, files, packages and memory count things in whole numbers (pids, sizes, blocks,
  kB), results are measured. A column of whole numbers so far counts (WHOLE_COLUMN);
* the header names no listing's column (``PID``, ``Used``, ``Version``...), the label column
  names neither the data's variables nor metrics (importances; a long table), the line above
  the header does not name the columns too (a header of two lines), and no count column
  holds one value in two rows (DATA_TABLE: ``describe()``).

A row's names are its columns' (with the row's label, as ROW_LABELS names them,
`rules.row_name`); an unnamed first column of whole numbers numbers the rows when flush left
(R's, no value) and labels classes when set in (INTEGER_LABELS: ``1/f1``). Its step is a step
column's (STEP_COLUMNS), else a first column of whole numbers going up, else the row counts as
the parser's per-name counters do. Columns of times and counts are left out as every table
reader leaves them out (`rules.is_time_column`, `rules.is_count_column`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from . import rules
from .entities import describes_data
from .headers import BORDER
from .held_wholes import Entry, decides, hold, release
from .left_labels import left_labels
from .token_rows import counts_whole
from ..lazyre import LazyPattern

Before = Callable[[int], Sequence[str]]
Cell = tuple[int, int, str]  # (start, end, text) of a token in its line


class _Row(NamedTuple):
    label: list[Cell]  # the words of the row's label, if any
    numbers: list[Cell]  # a number (or an empty cell) per column
    named: tuple[str, list[str]]  # the label column's name and each number column's

_LOOK_BACK = 16  # lines looked back at for the header, past the rows of its table
_RESUME_GAP = 2  # RESUMED_ROWS: message lines a block's rows may go on past
_MAX_LABEL_WORDS = 3
# MARKED_CELL (rules): a letter glued after an exponent (IPOPT's "1.00e+00f") marks the step.
_NUMBER = LazyPattern(r"([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)(?:(?<=[eE][-+]\d\d)[A-Za-z])?%?\Z")
_CLOCK = LazyPattern(r"\d+:\d\d(?::\d\d)?(?:\.\d+)?\Z")  # a clock time: a time column's cell
_FRACTION = LazyPattern(r"[-+]?\d*[.eE]")
_EMPTY = frozenset(("NA", "NaN", "nan", "-", "--", "NULL", "Inf", "-Inf"))  # INF_CELL (rules): R's infinity
_LABEL_WORD = LazyPattern(r"[^\W\d][\w.'()/+-]*\Z")  # a row's label: words, no colon
_HEADER_WORD = LazyPattern(r"[^\s=]*[^\W\d_][^\s=]*(?<!:)\Z")  # a letter: |gradient|, 1Q, se(coef)
_PLAIN_NUMBER = LazyPattern(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\Z")
_TOKEN = LazyPattern(r"\S+")
_BARS = frozenset("|│┃║")
# Names a listing's header gives its columns (ps, top, df, free, docker, pip, nvidia-smi):
# no result table names a column so.
_LISTING_WORDS = frozenset((
    "pid", "ppid", "uid", "user", "tty", "stat", "command", "filesystem", "mounted", "inodes",
    "iused", "ifree", "avail", "available", "used", "free", "shared", "buff/cache", "cached",
    "package", "version", "container", "image", "ports", "names", "vsz", "rss", "size",
    "blocks", "1k-blocks", "use%", "%cpu", "%mem", "mem", "swap", "pr", "ni", "virt", "res",
    "shr", "status", "created", "gpu"))
# A label column naming a data set's variables (rows describing the inputs: importances), or
# naming metrics (a row per metric, long format: METRIC_COLUMN's), leaves the table alone.
_LEAD_WORDS = frozenset(("variable", "variables", "feature", "features", "column", "columns",
                         "metric", "metrics", "measure", "measures"))


def tokens(line: str) -> list[Cell]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(line)]


def row_shape(line: str) -> tuple[list[Cell], list[Cell]] | None:
    """The label tokens and the number tokens of a row, or None when `line` is no row: two
    numbers or more after at most a few words, nothing else, no bar."""
    if not line or _BARS.intersection(line):
        return None
    found = tokens(line)
    label: list[Cell] = []
    while found and len(label) <= _MAX_LABEL_WORDS and not _is_value(found[0][2]):
        if _LABEL_WORD.match(found[0][2]) is None:
            return None
        label.append(found.pop(0))
    if len(found) < 2 or not all(_is_value(text) for _, _, text in found) or sum(
            _NUMBER.match(text) is not None for _, _, text in found) < 2:
        return None
    return label, found


def _is_value(text: str) -> bool:
    return _NUMBER.match(text) is not None or text in _EMPTY or _CLOCK.match(text) is not None


def header_names(header: str, label: list[Cell], numbers: list[Cell]) -> tuple[str, list[str]] | None:
    """The label column's name and each number column's, from the `header` line over them: each
    word over (or touching) exactly one column, or one space from a word that is (the rest of
    its name: ``lower 95% CI`` over a narrow column); else, a word per column in order when
    they are as many (LAMMPS's ``Step Temp PotEng`` flush left over wide columns). None when
    a column has no word, or the header is no line of names."""
    words = tokens(header)
    if all(text[-1:] == ":" for _, _, text in words):  # "Gen:   Fevals:   Best:", each a name
        words = [(start, end - 1, text[:-1]) for start, end, text in words]
    if len(words) < 2 or not all(_HEADER_WORD.match(text) or (
            text[-1:] == "%" and _PLAIN_NUMBER.match(text[:-1])) for _, _, text in words):
        return None  # "lower 95% CI": a percent among words
    if any(text.lower() in _LISTING_WORDS for _, _, text in words):
        return None
    named = _placed_names(words, label, numbers)
    if named is None and len(words) == len(numbers) + bool(label) and words[0][0] == 0 and (
            words[-1][1] < numbers[-1][0]):  # flush left, narrower than the row: by count
        named = (words[0][2] if label else "", [text for _, _, text in words[-len(numbers):]])
    if named is None or (named[0] and not label) or named[0].lower() in _LEAD_WORDS:
        return None
    return named


def _placed_names(words: list[Cell], label: list[Cell], numbers: list[Cell]):
    """`header_names` by where each word stands, or None when a word stands over none or two
    columns, or a column has no word."""
    columns = [_column_under(start, end, numbers) for start, end, _ in words]
    _hang(words, columns)
    if None in columns or any(column == -1 and words[at][1] > numbers[0][0] - 1
                              for at, column in enumerate(columns)):
        return None
    names: list[list[str]] = [[] for _ in numbers]
    for (_, _, text), column in zip(words, columns):
        if column is not None and column >= 0:
            names[column].append(text)
    if not all(names[1:]) or not (names[0] or not label and numbers[0][2].isdigit()):
        return None  # an unnamed first column of whole numbers: row numbers, or classes (set in)
    return " ".join(text for (_, _, text), column in zip(words, columns) if column == -1), [
        " ".join(name) for name in names]


def _column_under(start: int, end: int, numbers: list[Cell]) -> int | None:
    """The column a header word at `start`..`end` stands over (else touches): its index, -1
    for a word left of every column (over the labels), None for none or two."""
    over = [i for i, (s, e, _) in enumerate(numbers) if start < e and end > s]
    if not over:
        over = [i for i, (s, e, _) in enumerate(numbers) if start <= e and end >= s]
    if len(over) == 1:
        return over[0]
    return -1 if not over and end < numbers[0][0] else None


def _hang(words: list[Cell], columns: list[int | None]) -> None:
    """Give each word over no column the column of its neighbour one space away, the next
    word's first (a name right-aligned over its numbers hangs out on the left)."""
    for at in reversed(range(len(words) - 1)):
        if columns[at] is None and words[at + 1][0] - words[at][1] == 1:
            columns[at] = columns[at + 1]
    for at in range(1, len(words)):
        if columns[at] is None and words[at][0] - words[at - 1][1] == 1:
            columns[at] = columns[at - 1]


class LooseTables:
    """The fallback table of one run's output: the header of the block being read, its last
    row, its first row while it is held until the next line shows it is not alone, and the
    last row that was alone under its header (REPEATED_HEADER: the next may come under the same
    header printed again)."""

    def __init__(self):
        self._header: str | None = None  # the header line of the block being read
        self._last: str | None = None  # the block's last row line
        self._held: _Row | None = None  # the block's first row, held
        self._stepped: bool | None = False  # the first column is the step; None: no table
        self._lone: tuple[str, _Row, bool] | None = None  # (header, row alone, read already)
        self._wholes: set[int] = set()  # WHOLE_COLUMN: the columns of whole numbers so far
        self._kept: list | None = []  # HELD_WHOLES: their values, held until a row decides them
        self._counting = False  # COUNTED_LABELS: the first column counts the rows: no labels

    def read(self, line: str, before: Before, after: Callable[[], str | None]):
        """The steps of `line` as a row of a loose table, ``[(pairs, step)]`` (empty while the
        first row is held), or None when it is none."""
        shape = row_shape(line)
        if shape is None:
            return None
        above = before(1)
        second = self._header is not None and bool(above) and above[-1] == self._last
        second = second or self._resumes(before, shape)  # RESUMED_ROWS
        header = self._header if second else _find_header(before(_LOOK_BACK), shape)
        named = None if header is None else header_names(header, *shape)
        if named is None or header is None:
            return None
        plain = _Row(*shape, named)
        row = _labelled(header, plain)  # LEFT_LABELS
        if second:
            held, self._held = self._held, None
            if held is not None:
                self._counting = _counts(held, row)  # COUNTED_LABELS
                steps = sum(self._rows(*((_unlabelled(held), plain) if self._counting else (held, row))), [])
            else:
                row = plain if self._counting else row
                steps = [] if self._stepped is None else self._steps(row)
        else:
            released = self.flush()  # a row held before stayed alone
            following = after()
            if following is None:  # the next line is not printed yet: hold the row
                self._header, self._last, self._held = header, line, row
                return released
            next_shape = row_shape(following)
            if next_shape is None or len(next_shape[1]) != len(shape[1]):
                steps = released + self._alone(header, row)
            else:
                then = _labelled(header, _Row(*next_shape, named))
                self._counting = _counts(row, then)  # COUNTED_LABELS
                steps = released + self._rows(*((plain, _unlabelled(then)) if self._counting else (row, then)),
                                              read_then=False)[0]
        self._header, self._last = header, line
        return steps or None

    def _resumes(self, before: Before, shape: tuple[list[Cell], list[Cell]]) -> bool:
        """RESUMED_ROWS (rules): the row goes on the block whose last row stands a message or two
        above it (``Initial phase completed.``: lines of words without a digit), as wide as it:
        a loop that logs a line between two rows of its table prints the same table on."""
        if self._last is None or self._header is None:
            return False
        lines = before(_RESUME_GAP + 1)
        if self._last not in lines:
            return False
        between = lines[len(lines) - 1 - lines[::-1].index(self._last) + 1:]
        last = row_shape(self._last)
        return bool(between) and last is not None and len(last[1]) == len(shape[1]) and len(
            last[0]) == len(shape[0]) and all(
            line.strip() and not any(ch.isdigit() for ch in line) for line in between)

    def flush(self) -> list:
        """The held row, the output having ended (or another format reported points) with it:
        a row alone, read when its header repeats (REPEATED_HEADER)."""
        held, self._held = self._held, None
        if held is None or self._header is None:
            return []
        self._last = None  # the next row starts a block of its own
        return self._alone(self._header, held)

    def _alone(self, header: str, row: _Row) -> list:
        """REPEATED_HEADER: the steps of a row alone under `header`, read when the last row
        alone came under the same header (a table printed anew, header and all, for each row:
        the rows repeat over time), with that row if it was not read yet."""
        lone, self._lone = self._lone, (header, row, False)
        if lone is None or lone[0] != header or len(lone[1].numbers) != len(row.numbers):
            return []
        first, then = self._rows(lone[1], row, read_first=not lone[2])
        self._lone = (header, row, True)
        return then if lone[2] else first + then

    def _rows(self, first: _Row, then: _Row, read_first: bool = True, read_then: bool = True) -> tuple[list, list]:
        """The steps of a block's first two rows, and what the block is decided from them:
        whether its first column is its step, or (None) that it describes data (DATA_TABLE:
        a count column holding one value in both, pandas's ``describe()``). Not `read_then`: the
        second is read as the block's next row; not `read_first`: the first was read already
        (only its whole columns are judged again)."""
        if describes_data(first.named[1], [(" ".join(t for _, _, t in row.label),
                                             [t for _, _, t in row.numbers]) for row in (first, then)]):
            self._stepped = None
            return [], []
        self._stepped = _rises(first) and _rises(first, then)
        self._wholes, self._kept = set(range(len(first.numbers))), []
        steps = self._steps(first, read_first)
        return steps, self._steps(then) if read_then else []

    def _steps(self, row: _Row, keep: bool = True) -> list:
        """The steps of a row of the block: its own, after the values its whole columns held
        (HELD_WHOLES) when it shows one of them measured; a row with no fraction gives none
        of its own (a listing's), but its whole columns' values are held (when `keep`)."""
        whole, holding = set(self._wholes), list[Entry]()
        pairs, step, fractional = _row_pairs(row, bool(self._stepped), self._wholes, holding)
        if not keep:
            return []
        decided = {at for at in whole - self._wholes if decides(row.numbers[at][2])}
        released = release(self._kept, decided, self._wholes) if whole != self._wholes else []
        self._kept = hold(self._kept, step, holding if self._kept is not None else [])
        return released + [(pairs, step)] if pairs and fractional else released


def _labelled(header: str, row: _Row) -> _Row:
    """LEFT_LABELS (rules): `row` with its first number as its label when the number stands
    flush left under a wider name: a factor's level, no step."""
    if row.label or not left_labels(tokens(header), row.numbers, row.named[1]):
        return row
    return _Row([row.numbers[0]], row.numbers[1:], (row.named[1][0], row.named[1][1:]))


def _counts(first: _Row, then: _Row) -> bool:
    """COUNTED_LABELS (rules): the first two rows' LEFT_LABELS are whole numbers counting
    from 1 at the line's start (``1``, ``2`` under NOMAD's ``BBE OBJ``): the column counts the
    rows, their step (set in, as INTEGER_LABELS, they label classes)."""
    return (len(first.label) == 1 == len(then.label) and first.label[0][0] == 0 == then.label[0][0]
            and first.label[0][2] == "1" and then.label[0][2] == "2" and first.named[0] == then.named[0] != "")


def _unlabelled(row: _Row) -> _Row:
    """`row` with its LEFT_LABELS label a number of its named first column again."""
    return _Row([], [*row.label, *row.numbers], ("", [row.named[0], *row.named[1]]))


def _rises(first: _Row, then: _Row | None = None) -> bool:
    """Whether a block's first column, named and with no label before it, is whole numbers
    going up from row `first` to row `then`: the rows' step (STEP_COLUMNS names none)."""
    if first.label or not first.named[1][0] or not first.numbers[0][2].isdigit():
        return False
    return then is None or then.numbers[0][2].isdigit() and int(then.numbers[0][2]) > int(
        first.numbers[0][2])


def _find_header(lines: Sequence[str], shape: tuple[list[Cell], list[Cell]]) -> str | None:
    """The header over a row of `shape`: the nearest line above that is neither a rule nor a
    row of as many numbers; None when the line above it names the columns too (a header of
    two lines, VW's ``average  since ...`` over ``loss  last ...``: STACKED_HEADER's)."""
    width = len(shape[1])
    for at in range(len(lines) - 1, -1, -1):
        line = lines[at]
        if not line.strip() or BORDER.match(line):
            continue
        row = row_shape(line)
        if row is not None and len(row[1]) == width:
            continue
        if at and header_names(lines[at - 1], *shape) is not None:
            return None
        return line
    return None


def _row_pairs(row: _Row, stepped: bool, wholes: set[int], holding: list) -> tuple[list, object, bool]:
    """The row's pairs, its step text (or None) and whether a kept column holds a fraction (a
    listing's rows hold whole numbers only); the values of its whole columns go to `holding`
    (WHOLE_COLUMN, HELD_WHOLES). A `stepped` block's first column is its step; else the finest
    step column's (STEP_COLUMNS)."""
    lead, names = row.named
    ranks = rules.step_ranks(names)
    if stepped and not any(rank is not None for rank in ranks):
        ranks[0] = 0
    row_label = " ".join(text for _, _, text in row.label)
    if not names[0] and row.numbers[0][0] > 0:  # INTEGER_LABELS: set in, whole numbers label classes
        row_label = row.numbers[0][2]
    pairs, step, finest, fractional = [], None, None, False
    for at, (name, rank, (_, _, text)) in enumerate(zip(names, ranks, row.numbers)):
        number = _NUMBER.match(text)
        if number is None or not name:  # an empty cell, a clock time (a time), R's row number
            continue
        value = number.group(1)
        if rank is not None:
            if finest is None or rank < finest:
                step, finest = value, rank
            continue
        if rules.is_time_column(name) or rules.is_count_column(name):
            continue
        pair = (rules.row_name(lead, row_label, name) if row_label else name, value)
        if counts_whole(wholes, at, value):  # WHOLE_COLUMN: a column of whole numbers counts
            holding.append((at, *pair))
            continue
        fractional = fractional or _FRACTION.match(value) is not None
        pairs.append(pair)
    return pairs, step, fractional
