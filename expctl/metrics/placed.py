"""Labelled rows placed under a header by where their values stand: PLACED_COLUMNS (rules).

R prints a matrix or a data frame with each column's name set over its values, right-aligned
or left-aligned, and names that hold single spaces (``Std. Error``, ``t value``,
``Class: setosa``); a benchmark prints a row per benchmark with each value followed by its
unit (``12882 ns``, ``43.97ms``) and key=value counters after the columns::

                Estimate Std. Error t value          Benchmark        Time      CPU  Iterations
    (Intercept)  251.405      6.825  36.838          BM_copy/64    123 ns   122 ns     5600000 rate=1.2G/s
    Days          10.467      1.546   6.771 ***

Names one space apart cannot be told apart by the header alone, so the rows tell: each value
cell (a number, its unit beside it) names the column of the header words it stands under; a
word over no value joins the word one space to its right (``Std.`` + ``Error``). A row is a
text label (the last of its label cells: ``Subject  (Intercept)`` is ``(Intercept)``, unless
the header names each label column: ``Subject/(Intercept)``, LABEL_LEVELS), two or
more value cells, then at most significance stars (R's ``***``) or ``key=value`` counters. Its
rows are different things, so each value is ``<label>/<column>``, a counter
``<label>/<key>``; the unit is no part of a value (``1.2G/s`` is 1.2).

What is left alone: a row of whole numbers without units (a table of counts, a confusion
matrix); step, count and setting columns (NOT_METRIC_WORDS), a column named by the spread
sign (``+/- Stdev``, as SPREAD_CELLS drops a spread), a size with its unit (``7.1Gi``,
``512MiB``: ``free -h``'s memory); a time column, unless its cell
carries its unit (a benchmark's measured amount, whose time is its result); a row whose values
a header word does not stand over, or with text among its values (a file listing, ``df -h``, a
package list); and (PROFILE_SHARES) a profile's table, whose ``Self CPU %`` column stands
beside ``Self CPU`` (the parts of a total), a header holding numbers (``[0.025  0.975]``: bounds
of a summary), a value under two names apart (a unit column), a label holding an interval.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .grammar import NUMBER
from .label_levels import label_levels
from .group_headings import table_heading
from .headers import NOTE_MARKS, unmarked
from .r_terms import is_spaced_term
from .summary import MEASURED
from ..lazyre import LazyPattern

_LOOK_BACK = 12  # a header above the rows of its table read by other readers, and a rule
_RULE = frozenset("-=─━═ ")
_TOKEN = LazyPattern(r"\S+")
_VALUE = LazyPattern(rf"({NUMBER})(%|[^\W\d_]{{1,4}}(?:/s)?)?\Z")  # "43.97ms", "94.57%", "0.5"
_UNIT = LazyPattern(r"(?:%|[^\W\d_]{1,4}(?:/s)?)\Z")  # "ns", "NlgN", "%" after a number
_COUNTER = LazyPattern(rf"([^\W\d][\w.]*)=({NUMBER})(?:[kKMGTP]i?)?(?:/s)?%?\Z")  # "rate=1.2G/s"
_STARS = LazyPattern(r"(?:\*{1,3}|\.)\Z")  # R's significance codes
_WHOLE = LazyPattern(r"[-+]?\d+\Z")
_SPREAD_SIGNS = ("±", "+/-", "+-")
_SIZE = LazyPattern(r"[kKMGTP]?i?B?\Z(?<=.)")  # "1.2Gi", "512MiB", "0B": a size, no result
_HAS_LETTER = LazyPattern(r"[^\W\d_]")
_NUMBERED = LazyPattern(r"[\[(]?[-+]?(?:\d|\.\d|(?i:inf))")  # "[0.025", "25%", "(-Inf,"
# A cheap test that a line may be a row: a label, a space, a number.
_ROW_LOOK = LazyPattern(r"\s*[^\s\d.+-][^\n]*?\S\s+[-+]?\.?\d")
# CONTRAST_LABEL (rules): a row named by a linear hypothesis or a contrast of terms, flush left,
# signs between terms set apart by spaces ("M - L == 0", "2 - 1 == 0", "a + b - c"), then a gap.
_TERM = r"[\w.]+|\([^()\s]*\)"
_CONTRAST = LazyPattern(rf"(?:{_TERM})(?: [-+*/:] (?:{_TERM}))+(?: (?:==|<=|>=|<|>) [-+]?\d+(?:\.\d+)?)?(?= )")

Span = tuple[int, int]


class PlacedRow:
    __slots__ = ("label", "label_end", "cells", "units", "counters")

    def __init__(self, label: str, label_end: int, cells: list[tuple[str, Span, str]],
                 counters: list[tuple[str, str]]):
        self.label, self.label_end, self.counters = label, label_end, counters
        self.cells = cells  # (number as printed, span of number and unit, its unit or "")
        self.units = all(unit for _, _, unit in cells)


class PlacedReader:
    """Reads labelled rows placed under the header above them; remembers the table's header
    while its rows follow one another."""

    def __init__(self):
        self._header: str | None = None  # the header line of the rows being read
        self._last: str | None = None  # the last row read under it
        self._title: str | None = None  # LIST_HEADING: the path of the list member it prints
        self._held: list[str] = []  # LABEL_LEVELS: the last row's levels

    def claims(self, line: str, before: Callable[[int], Sequence[str]]) -> bool:
        """True when `line`, which reads as pairs too (its ``key=value`` counters), is a row
        of a placed table: its reader must read it (the label and columns are no pairs)."""
        if "  " not in line or _ROW_LOOK.match(line) is None:
            return False
        row = parse_row(line)
        return row is not None and row.counters != [] and self._columns(row, before) is not None

    def read(self, line: str, before: Callable[[int], Sequence[str]]):
        """A list of one ``(pairs, MEASURED)`` step for a placed row (empty when it gives no
        value), else None (and the table being read ends)."""
        if _ROW_LOOK.match(line) is None and _CONTRAST.match(line) is None:
            return None
        row = parse_row(line)
        columns = None if row is None else self._columns(row, before)
        if columns is not None or row is None or (named := numbered_label(row)) is None:
            pass
        elif (columns := self._columns(named, before)) is not None:
            row = named  # NUMBERED_ROW_LABEL: "State 1  5.87  0.33", the number is the label's
        if row is None or columns is None:
            self._header = self._last = None
            return None
        self._last = line
        if not any(unit or number and not _WHOLE.match(number) for number, _, unit in row.cells):
            return []  # a row of counts
        if not row.units and rules.is_setup_name(row.label):
            return []  # a row of timings or counts ("Fit time") among the quantities
        levels = None if self._header is None else label_levels(
            self._header, line, row.label_end, row.cells[0][1][0], self._held)
        self._held = levels or []
        label = "/".join(levels) if levels else _row_name(self._header, line, row) if (
            self._header is not None) else row.label
        label = label if self._title is None else f"{self._title}/{label}"
        pairs = [(f"{label}/{name}", number) for name, (number, _, unit) in zip(columns, row.cells)
                 if number and _is_metric_column(name, bool(unit)) and _SIZE.match(unit) is None
                 and not rules.is_df_count(name, number)]  # DF_COUNT (rules): "Resid. Df" over "30"
        pairs += [(f"{label}/{key}", value) for key, value in row.counters
                  if not rules.is_setup_name(key) or rules.is_result_name(key)]
        return [(pairs, MEASURED)] if pairs else []  # the row says which columns are results

    def _columns(self, row: PlacedRow, before: Callable[[int], Sequence[str]]) -> list[str] | None:
        """The column names of `row`'s values from the header above it (past blank lines and
        rules, or past the rows of the table being read), or None."""
        lines = before(_LOOK_BACK)
        for at in range(len(lines) - 1, -1, -1):
            text = lines[at]
            stripped = text.strip()
            if not stripped or set(stripped) <= _RULE:
                continue
            if text == self._last and self._header is not None:
                return _unmarked(self._header, place(self._header, row))
            if parse_row(text) is not None:
                continue  # a row this reader was not given (no candidate line: "6.04 NlgN")
            columns = place(text, row)
            self._header = None if columns is None else text
            self._title = table_heading(lines, at)  # LIST_HEADING, GROUP_HEADING (rules)
            self._held = []
            return _unmarked(text, columns)
        return None


def _unmarked(header: str, columns: list[str] | None) -> list[str] | None:
    """FOOTNOTE_MARK (rules): the columns' names without a note's mark glued to their ends;
    looked at only when the header holds a mark."""
    if columns is None or NOTE_MARKS.isdisjoint(header):
        return columns
    return [unmarked(name) for name in columns]


def _row_name(header: str, line: str, row: PlacedRow) -> str:
    """ROW_NAME_COLUMN (rules): the row's name flush left, under no word of `header`, when a
    header word stands over a later word of its label (a text column: psych's ``type`` over
    ``ICC1``); else the label as read. R prints a data frame's row names so, unnamed, and its
    text columns named: the row names say which row it is, the text is data of it.
    UNNAMED_LABEL_CELLS (rules): when no header word stands over any of its label cells, the
    row's name is all of them (fGarch's ``Ljung-Box Test     R^2  Q(10)``)."""
    tokens = [m.span() for m in _TOKEN.finditer(line[:row.label_end])]
    words = [m.span() for m in _TOKEN.finditer(header[:row.label_end + 1])]
    named = [any(left < stop and start < right for left, right in words) for start, stop in tokens]
    if True not in named and line[tokens[0][0]:row.label_end] != row.label:
        return " ".join(line[start:stop] for start, stop in tokens)
    if line[:1].isspace() or named[0] or True not in named:
        return row.label
    return line[:tokens[named.index(True) - 1][1]]


def _is_metric_column(name: str, measured: bool) -> bool:
    """A column whose values are results: not a step, count or setting column, nor one named
    by the spread sign (``+/- Stdev``: a spread beside the values, no series, as SPREAD_CELLS
    drops ``± 0.02``); a time column only where its cell is a measured amount, printed with
    its unit (``12882 ns``)."""
    if name.startswith(_SPREAD_SIGNS):
        return False
    if rules.step_column_rank(name) is not None or rules.is_count_column(name):
        return measured and rules.is_time_column(name)
    return measured or not rules.is_time_column(name)


# GROUPED_TERM (rules): a model's random-effect term, a bar in parentheses ("(1 | Chick)",
# "(0 + Days || Subject)"): a name of a term, its numbers part of the formula, no values.
_GROUPED_TERM = LazyPattern(r"\([^(),\[\]|]*\|\|?[^(),\[\]|]*\)")


def _numbered(label: str) -> bool:
    """A number or an interval among a label's words, past its grouped terms (GROUPED_TERM)."""
    if "|" in label:
        label = _GROUPED_TERM.sub("term", label)
    if ", " in label and is_spaced_term(label):
        return False  # SPACED_TERM_NAMES (rules): "L(y, 1)", the call's arguments
    return any(_NUMBERED.match(token) for token in label.split())


def parse_row(line: str) -> PlacedRow | None:
    """The label, value cells and counters of a placed row, or None when `line` is none."""
    tokens = [(m.group(0), m.span()) for m in _TOKEN.finditer(line)]
    at, contrast = 0, _CONTRAST.match(line)
    if contrast is not None:  # CONTRAST_LABEL: its terms and its bound are the label, no values
        while at < len(tokens) and tokens[at][1][1] <= contrast.end():
            at += 1
    while at < len(tokens) and _VALUE.match(tokens[at][0]) is None:
        at += 1
    if at == 0 or at == len(tokens):
        return None
    label_tokens = tokens[:at]
    if contrast is None and any(_NUMBERED.match(token) for token, _ in label_tokens) and _numbered(
            line[label_tokens[0][1][0]:label_tokens[-1][1][1]]):
        return None  # an interval or a number among the label's words: "(-Inf, 0.64]  (good)"
    start = label_tokens[0][1][0]
    for (_, (_, end)), (_, (begin, _)) in zip(label_tokens, label_tokens[1:]):
        if begin - end >= 2:
            start = begin  # the last of the label cells: "Subject  (Intercept)"
    label_end = label_tokens[-1][1][1]
    label = line[start:label_end]
    if contrast is None and _HAS_LETTER.search(label) is None:
        return None
    if label[-1:] == ":" and contrast is None:
        label = label[:-1]  # COLON_ROW_LABEL (rules): "slope:  0.82  0.03", the colon ends the label
    cells: list[tuple[str, Span, str]] = []
    while at < len(tokens) and ((value := _VALUE.match(tokens[at][0])) is not None or (
            tokens[at][0] == "NA" and cells)):
        if value is None:  # NO_NUMBER_CELL (rules): R's NA holds its column's place, no value
            cells.append(("", tokens[at][1], ""))
            at += 1
            continue
        span, unit = tokens[at][1], value.group(2) or ""
        if not unit and at + 1 < len(tokens) and _UNIT.match(tokens[at + 1][0]) and (
                tokens[at + 1][1][0] - span[1] == 1):
            at += 1
            span, unit = (span[0], tokens[at][1][1]), tokens[at][0]  # "12882 ns": beside it
        cells.append((value.group(1), span, unit))
        at += 1
    if at < len(tokens) and tokens[at][0][:1] == "<":  # BOUND_CELL (rules): "< 2e-16", no value
        at += 2 if tokens[at][0] == "<" else 1
    counters = []
    for token, _ in tokens[at:]:
        counter = _COUNTER.match(token)
        if counter is not None:
            counters.append((counter.group(1), counter.group(2)))
        elif counters or _STARS.match(token) is None:
            return None
    if sum(bool(c[0]) for c in cells) < 2 or _bound_levels(line, cells):
        return None
    return PlacedRow(label, label_end, cells, counters)


def numbered_label(row: PlacedRow) -> PlacedRow | None:
    """NUMBERED_ROW_LABEL (rules): `row` with its first value taken into its label, when that
    value is a whole number one space after the label (``State 1``, ``Group 12``) and two
    values or more stay; None otherwise. Tried only when no header places the row as read."""
    number, (start, end), unit = row.cells[0]
    if unit or len(row.cells) < 3 or start != row.label_end + 1 or not _WHOLE.match(number):
        return None
    return PlacedRow(f"{row.label} {number}", end, row.cells[1:], row.counters)


def _bound_levels(line: str, cells: list[tuple[str, Span, str]]) -> bool:
    """BOUND_LEVELS (rules): a line set in whose values all end in ``%``, rising, the first and
    last summing to 100 (``exp(coef)  2.5% 97.5%``): the header of an interval's lower and
    upper bound columns (R's ``confint``), no row."""
    if line[:1] not in " \t" or not all(unit == "%" and number for number, _, unit in cells):
        return False
    levels = [float(number) for number, _, _ in cells]
    return levels == sorted(levels) and abs(levels[0] + levels[-1] - 100) < 1e-9


def _inside_name(words: list[tuple[str, Span]], at: int) -> bool:
    """LEVEL_IN_NAME (rules): True when the header word at `at` (a number: ``95%``) stands
    one space from a word with letters on either side (``Lower 95% CI``): a level that is
    part of one column's name, no bound or quantile heading a column of its own."""
    if not 0 < at < len(words) - 1:
        return False
    (before, (_, left_end)), (_, (start, end)), (after, (right_start, _)) = words[at - 1:at + 2]
    return start - left_end == 1 and right_start - end == 1 and (
        _HAS_LETTER.search(before) is not None and _HAS_LETTER.search(after) is not None)


def place(header: str, row: PlacedRow) -> list[str] | None:
    """The column name over each of `row`'s value cells in `header`, or None when a value
    stands under no header word, a word stands over two values, or a word between the
    values stands over none and cannot join a word to its right."""
    words = [(m.group(0), m.span()) for m in _TOKEN.finditer(header)]
    if not words or any(_NUMBERED.match(word) and not _inside_name(words, at)
                        for at, (word, _) in enumerate(words)):
        return None  # numbers among the names: bounds or quantiles ("[0.025", "25%"), no names
    owner: list[int | None] = []
    for _, (left, right) in words:
        over = [i for i, (_, (start, stop), _) in enumerate(row.cells) if left < stop and start < right]
        if not over:  # TOUCHING_NAME (rules): a name ending where a value starts or ends
            over = [i for i, (_, (start, stop), _) in enumerate(row.cells) if left <= stop and start <= right]
        if len(over) > 1:
            return None
        owner.append(over[0] if over else None)
    first, last = row.cells[0][1][0], row.cells[-1][1][1]
    for i in range(len(words) - 2, -1, -1):  # a word over no value joins the word to its right
        (_, (left, right)), (_, (next_left, _)) = words[i], words[i + 1]
        if owner[i] is None and left < last and right != row.label_end:  # LABEL_COLUMN_NAME (rules)
            if next_left - right == 1 and owner[i + 1] is not None:
                owner[i] = owner[i + 1]
            elif right > first:
                return None  # between the values, over none of them: not this row's header
    names = []
    for i in range(len(row.cells)):
        named = [(word, span) for (word, span), own in zip(words, owner) if own == i]
        if not named or any(b[0] - a[1] != 1 for (_, a), (_, b) in zip(named, named[1:])):
            return None  # no name over the value, or two names ("Z      unit": a unit column)
        names.append(" ".join(word for word, _ in named))
    if not first > row.label_end or any(
            name[-1] == "%" and name[:-1].strip() in names for name in names):
        return None  # PROFILE_SHARES (rules): "Self CPU %" beside "Self CPU", parts of a total
    return names
