"""Tables whose rows are labelled entities, not steps (ENTITY_ROWS in `rules`).

A statistics library prints its results as a table of things: the sites of a model, the
terms of an ANOVA, the tests of a benchmark, the coefficients of a regression::

                    mean     std   median    n_eff     <- names over the value columns
         alpha      1.27    0.06     1.28   202.04        alpha/mean, alpha/std, ...
          beta     -0.75    0.06    -0.75   224.37        beta/mean, ...

    Name (time in us)     Min             Max            <- the label column named too
    test_sort         2.8550 (2.26)   4,129.7600 (1.0)      test_sort/Min, test_sort/Max

               T  dof alternative   p_val         CI95   <- one row (a pandas frame of one
    T_test  2.45   29   two-sided  0.0206  [0.0, 0.02]      test): T, p_val; no label

A header of names (two or more; a percentile ``5.0%`` and a name with an aside ``Name (time in
us)`` are names) stands over rows that open with a label (text, not a number; after a pandas
index, an integer flush left) and go on with one cell per column. Each number is a metric
``<label>/<column>`` (a phase label qualifies: ``test/loss``), or ``<column>`` when the table has
one row (the label names the one test). All of a table's points are at one step. A cell is a
number (thousands separators, ``%``, a ratio to the best row after it: ``2.855 (2.26)``), or it
holds no value: ``NaN``, an interval ``[0.0, 0.02]`` (a spread, dropped as ``± x`` is; under
a column named by its level, ``95% CI``, its two bounds: LEVEL_INTERVAL), a word
of a column of text (``two-sided``), a tally ``1;39``, a column pandas hid (``...``); any other
cell, and the line is no row. Columns of counts and times are told by their names (`rules`).

Rows are held until the table ends (the next line is no row of it), since a one-row table names
its cells otherwise. A table whose labels repeat, or that pandas cut (a ``...`` row, a ``[N rows
x M columns]`` footer counting more rows than were shown), or that runs past 1000 rows, is
data, not results (DATA_TABLE): it gives nothing; so does one listing files (a label ``pkg/cli.py``: a
coverage report). The header is found above the row past rule lines, lines of parenthesised
numbers (a row's t-statistics) and lines of the table's shape; of several lines of names in
that run, one whose names all stand right of the labels (the label column unnamed) is the
header, else the nearest. A row right under a row of a table (or of none) has its header
without a look back.

Without a header, a column of labels each before one ``name number`` pair of the same name
(``logreg   mean accuracy 0.9728`` by ``knn   mean accuracy 0.9695``) is such a table too
(LABELLED_PAIRS): ``logreg/mean accuracy``; a lone line, or lines of other names, are not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .cells import unstarred
from .grown_cells import split_grown
from .grammar import SUPERSCRIPTS
from .pair_rows import all_pairs, edge_names
from .resumed_entities import resumed_table
from .header_edges import TEST_NAME, bounds_header, cut_at_edges, right_edges  # INTERVAL_HEADER, RIGHT_EDGE_NAMES
from .units import is_unit
from ..lazyre import LazyPattern

Steps = list[tuple[list[tuple[str, str]], None]]

_LOOK_BACK = 48
_RULE_CHARS = frozenset("-=─━═ ")
# SPREAD_COLUMN (rules): "±19.71%", a spread alone in its cell, is its column's value (rme).
_VALUE = LazyPattern(  # "0.0206", "4,129.7600 (1.0)", "54 %", "-1.2e-05", "524.5 (>1000.0)"
    r"±?([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?(?:[eE][-+]?\d+)?|[-+]?\.\d+(?:[eE][-+]?\d+)?)"
    r"\s?%?(?:\s\([<>]?\d+(?:\.\d*)?\))?[" + SUPERSCRIPTS + r"]{0,6}(?:(?<=[\d.])\*{1,3})?\Z")  # SUPERSCRIPT_MARKS, GLUED_STARS (rules)
_NO_VALUE = LazyPattern(  # NaN, an interval, a word of a text column, a tally, a hidden column
    r"(?i:nan|<na>|none|-|--|\.\.\.|…)\Z"
    r"|\[\s*[-+]?[\d.]+(?:[eE][-+]?\d+)?\s*,\s*[-+]?[\d.]+(?:[eE][-+]?\d+)?\s*\]\Z"
    r"|[^\W\d][\w-]*(?: [^\W\d][\w-]*)?\Z|\d+(?:;\d+)+\Z|<\s?\d*\.?\d+(?:[eE]-?\d+)?\Z")  # BOUND_CELL: "<.0001"
# NAMED_ONE_ROW (rules): a one row's label saying it is the whole (no thing of the kind): its record
_WHOLE_LABELS = frozenset(("all", "total", "overall"))
# VALUE_COLUMN (rules): a column named "value", the one number of its rows, names nothing of its
# own: each row's label is the quantity ("per1   20.0117   True" under "parameter  value  vary").
_VALUE_WORDS = frozenset(("value", "values"))
# KEY_COLUMN (rules): rows keyed by one letter each ("a    bm25     0.295"), then a word: the
# key is the row's index (ranx's significance marks cite it); the word names the row.
_WORD = LazyPattern(r"[^\W\d][\w-]*\Z")
_PAREN_ROW = LazyPattern(r"(?:\s*\([-+]?[\d.]+\))+\s*\Z")  # "  (-5.3297)   (2.4918)"
# LEADER_ROWS (rules): a label closed by a dot leader and a colon (IPOPT's "Objective.....:")
_LEADER = LazyPattern(r"([^\W\d][\w ]*?)\.*:\Z")
_PARENTHESISED = LazyPattern(r"\(([^\W\d][\w -]*)\)\Z")  # and names in parentheses: "(scaled)"
_PERCENTILE = LazyPattern(r"\d+(?:\.\d+)? ?%\Z")  # "5.0%", "95%", R's "2.5 %": a quantile's column
# TEST_COLUMNS (rules): a test's p-value column, the probability of a statistic past its absolute
# value ("P>|t|", "Pr(>|z|)"), and an interval's column named by its level ("95.0% Conf. Int.").
_ASIDE_NAME = LazyPattern(r"([^\W\d][\w.%-]*(?: [^\W\d][\w.%-]*)*) \([^()]+\)\Z")  # "Name (in us)"
# a label opens with a letter or "_" (a tuple: "(x1, x2)"), or a number glued to a name by "_"
# (NUMBERED_LABEL, rules: mljar's "1_Baseline", "4_Default_LightGBM")
# PERCENT_LABEL (rules): a label opening with "%" and a word ("% of var.": a share of a total)
_LABEL = LazyPattern(r"\(?[^\W\d]|\d+[_/][^\W\d]|% ?[^\W\d]|[+*%#@]\Z")  # and RECIPROCAL_LABEL (rules): "1/Lambda"
# SYMBOL_LABEL (rules): a row flush left labelled by one plot symbol ("+", "*"), a legend's key
_SYMBOL_LABEL = LazyPattern(r"[+*%#@]\Z")
# BULLET_LABEL (rules): "· native sort", a bullet or a check mark and a space before a row's
# label, marks the row as an item of a list (Vitest's tasks): the label is the words after it.
_BULLET = LazyPattern(r"[·•◦∙‣✓✔] (?=\S)")
_STD_ERROR = LazyPattern(r"(?i:std\.? ?err(?:or)?\.?|standard ?error|s\.?e\.?)\Z")  # TERM_ONE_ROW
_COUNT_NAMES = frozenset(("count", "n", "nobs"))  # a bare count word names a column of counts
_FRACTION_END = LazyPattern(r" [-+]?\d*\.\d+(?:[eE][-+]?\d+)?\Z")  # GLUED_VALUES (rules)
_PATH = LazyPattern(r"/[^/\s]*\.[^\W\d_]+\Z")  # "pkg/cli.py": a listing of files (coverage)
_MAX_ROWS = 1000  # rows of a table of things; more are records of a data set
# LABELLED_PAIRS: a label, a column gap, a name of one to three words, a number.
_PAIR_ROW = LazyPattern(r"\s*([^\W\d][\w.\[\]-]*)\s{2,}([^\W\d][\w-]*(?: [^\W\d][\w-]*){0,2}) "
                        r"([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s?%?\s*\Z")
_PROSE_WORDS = frozenset("a an the of in on at to for from by with and or is are was were".split())
_INTERVAL_CELL = LazyPattern(r"\[\s*([-+]?[\d.]+(?:[eE][-+]?\d+)?)\s*,\s*([-+]?[\d.]+(?:[eE][-+]?\d+)?)\s*\]\Z")
_AMOUNT_NAME = LazyPattern(r"1 (\S{1,8})\Z")  # PER_AMOUNT: a column of values per one unit
_SYMBOL = LazyPattern(r"\\?[^\W\d_]\w*\Z")  # TRAILING_LABEL: "\Omega", "h"
_FOOTER = LazyPattern(r"\[(\d+) rows? x \d+ columns?\]\s*\Z")  # pandas: "[120 rows x 7 columns]"


class EntityTable:
    """A header: the metric column names (None where a column gives no metric), whether the
    label column is named, the labels of the rows held, and whether it is data."""

    __slots__ = ("names", "columns", "width", "labels", "keys", "data", "header", "ruled",
                 "rank_at")

    def __init__(self, names: list[str], header: str, ruled: bool = False):
        if all(_PARENTHESISED.match(name) for name in names):  # LEADER_ROWS: "(scaled)"; not R's "(Intercept)"
            names = [_PARENTHESISED.sub(r"\1", name) for name in names]  # beside other names
        self.width, self.header, self.columns = len(names), header, names
        self.names = [None if name in ("...", "…") or rules.is_time_column(name)
                      or rules.is_count_column(name) or rules.step_column_rank(name) is not None
                      else name for name in names]
        self.labels: set[str] = set()
        self.keys: set[str] = set()  # KEYED_GRID: the labels joined to the text cells after them
        self.data = False
        # RANKED_ROWS: a column ranking the rows (a leaderboard) makes them instances of one kind
        ranks = [at for at, name in enumerate(names) if name.lower() == "rank"]
        self.rank_at = ranks[0] if ranks else None
        if self.rank_at is not None:
            self.names[self.rank_at] = None
        # RULED_ONE_ROW: a rule between the header and the rows; TERM_ONE_ROW (rules): a
        # standard error's column, the header of a model's terms, however many
        self.ruled = ruled or any(_STD_ERROR.match(name) for name in names)


class EntityReader:
    """Reads labelled tables of entities, given the table reader's cell helpers: `split` cuts a
    line at column gaps, `kind` tells a table cell's kind, `spans` where a line's cells stand."""

    def __init__(self, split: Callable[[str], list[str]], kind: Callable[[str], str],
                 spans: Callable[[str], list[tuple[int, int]]]):
        self._split, self._kind, self._spans = split, kind, spans
        self.table: EntityTable | None = None
        self._held: list[tuple[str, list[str]]] = []  # (label, value cells) of the rows held
        self._open = False  # rows of `table` are being read (it has not ended)
        # The last row-like line read, its width, and whether it was a row of `table`: a row
        # right under it needs no look back for its header (it has the same one, or none).
        self._last: tuple[str, int, bool] | None = None
        self._peek: tuple[str, tuple[str, list[str]] | None] | None = None  # a line looked at

    def read(self, line: str, before: Callable[[int], Sequence[str]],
             after: Callable[[], str | None]) -> Steps | None:
        """The steps `line` finishes as a row of an entity table (empty while rows are held),
        or None when it is no such row (rows held for an earlier table are then released by
        `flush`, which the caller runs when another reader reports)."""
        above, last = before(1), self._last
        if (last is not None and not last[2] and above and above[-1] == last[0]
                and _ends_in_value(line)):
            self._last = (line, last[1], False)  # no header: it would end in a name
            return None  # under a row that had no header: a run of rows without one
        peek, self._peek = self._peek, None
        row = peek[1] if peek is not None and peek[0] == line else self.row_cells(line)
        if row is None or not any(_VALUE.match(cell) for cell in row[1]):
            return _labelled_pair(line, above, after)
        label, values = row
        if last is not None and above and above[-1] == last[0] and last[1] == len(values):
            table = self.table if self._open else None  # the header of the run above
        else:
            table = self._header(before(_LOOK_BACK), line, label, len(values))
            if table is None and _closed(values, label):  # UNIT_CELL, TRAILING_LABEL: no column over it
                table = self._header(before(_LOOK_BACK), line, label, len(values) - 1)
        table = table or resumed_table(self, line, label, len(values), before)  # RESUMED_ENTITY_ROWS
        self._last = (line, len(values), table is not None)
        if table is None:
            return None
        done: Steps = []
        if table is not self.table:
            done = self.flush()
            self.table = table
        key = "/".join([label, *_leading_words(values)])
        if key in table.keys or _PATH.search(label) or len(table.labels) >= _MAX_ROWS:
            table.data = True  # a label printed twice (records of a data set), a file's path
        self._open = True
        if table.data:
            return done  # rows of data: read, and nothing held
        table.labels.add(label)
        table.keys.add(key)
        self._held.append((label, values))
        following = after()
        if following is not None and not self._continues(following):
            done += self.flush()
        return done

    def flush(self) -> Steps:
        """The held rows as one step, named by the table's rule; nothing for data."""
        held, self._held, self._open = self._held, [], False
        table = self.table
        if not held or table is None or table.data or describes_data(table.columns, held):
            return []
        if len(table.labels) < len(held):  # KEYED_GRID: labels repeat beside text columns
            held = _keyed_grid(held)
        if table.rank_at is not None and len(held) > 1:
            return _ranked(table, held)
        pairs: list[tuple[str, str]] = []
        if all(len(label) == 1 and values and _WORD.match(values[0]) for label, values in held):
            held = [(values[0], ["", *values[1:]]) for _, values in held]  # KEY_COLUMN
        valued = any(name is not None and name.lower() in _VALUE_WORDS for name in table.names)
        for label, values in held:
            if rules.is_setup_name(label) or rules.is_time_column(label):
                continue  # a row of counts or times ("No. Observations") among the quantities
            for name, cell in zip(table.names, values):
                if name is not None and cell[:1] == "[" and TEST_NAME.match(name):
                    pairs += [(rules.label_name(label, name), bound) for bound in _bounds(cell)]
                    continue  # LEVEL_INTERVAL: "[0.221, 0.503]" under "95% CI", both bounds
                value = _VALUE.match(cell.strip())
                if name is None or value is None or rules.is_counted(name, cell.strip()):
                    continue  # no value, or a whole count under a plural ("Rounds": 120)
                pairs.append((name if len(held) == 1 == len(table.labels) and (not table.ruled or label.lower() in _WHOLE_LABELS)
                              else label if valued and name.lower() in _VALUE_WORDS and sum(  # VALUE_COLUMN (rules)
                                  _VALUE.match(other.strip()) is not None for other in values) == 1
                              else rules.label_name(label, name), value.group(1)))  # ENTITY_NAMES
        pairs = [(name, value.replace(",", "")) for name, value in pairs]
        return [(pairs, None)] if pairs else []

    def row_cells(self, line: str, text: bool = False) -> tuple[str, list[str]] | None:
        """The label and the value cells of a row of an entity table, or None; with `text`, a
        row without a number is one too (``Estimator   PooledOLS   PanelOLS``)."""
        cells = unstarred(self._split(line.strip()))  # SIGNIF_STARS
        if "[" in line:
            _join_brackets(cells)  # BRACKETED_CELL: "[  0.124,  0.270]", one interval
        at = 1 if len(cells) >= 3 and cells[0].isdigit() and not line[:1].isspace() else 0
        if len(cells) > at and (bullet := _BULLET.match(cells[at])):
            cells[at] = cells[at][bullet.end():]  # BULLET_LABEL
        split_signed(cells, at)
        split_values(cells, at + 1)
        split_grown(cells, at + 1)  # GROWN_CELL: R's "x1 48.05", a text cell and a value
        if len(cells) > at and (leader := _LEADER.match(cells[at])) and (
                leader.end(1) < len(cells[at]) - 1 or "." in "".join(cells[at + 1:])):
            cells[at] = leader.group(1)  # LEADER_ROWS: "Dual infeasibility......:"
        if len(cells) < at + 3 or not _LABEL.match(cells[at]) or cells[at].endswith(":") or (
                _FRACTION_END.search(cells[at])):
            return None  # GLUED_VALUES: values one space after the label ("(Intercept) 95.48 21.39")
        values = cells[at + 1:]
        if _VALUE.match(cells[at]) or self._kind(cells[at]) not in ("name", "text") and not (
                _SYMBOL_LABEL.match(cells[at]) and line[:1] == cells[at]):
            return None
        if not text and not any(_VALUE.match(cell) for cell in values):
            return None
        if not all(_VALUE.match(cell) or _NO_VALUE.match(cell)
                   for cell in (values[:-1] if _closed(values, cells[at]) else values)):
            unpacked = _unpacked(values)  # PACKED_CELLS: "29.486 4.395e-191", two cells
            return None if unpacked is None else (cells[at], unpacked)
        return cells[at], values

    def _continues(self, line: str) -> bool:
        """True when `line` may still belong to the table being read: a row of its width, a
        rule, a line of parenthesised numbers. A pandas cut (``...`` row, a footer counting
        more rows than shown) marks the table as data."""
        table = self.table
        text = line.strip()
        if table is None or not text:
            return False
        footer = _FOOTER.match(text)
        if footer is not None:
            table.data = table.data or int(footer.group(1)) > len(table.labels)
            return False
        cells = self._split(text)
        if all(set(cell) <= {".", "…"} for cell in cells):  # pandas's cut: "..  ...  ..."
            table.data = True
            return False
        if set(text) <= _RULE_CHARS or _PAREN_ROW.match(text):
            return True
        row = self.row_cells(line, text=True)
        self._peek = (line, row)  # the next line read is most often this one
        return row is not None and (len(row[1]) == table.width or len(row[1]) == table.width + 1
                                    and _closed(row[1], row[0]))

    # -- the header ----------------------------------------------------------------------------------

    def _header(self, lines: Sequence[str], line: str, label: str, width: int
                ) -> EntityTable | None:
        """The table of a row of `width` values labelled `label`: the current one when the row
        fits it and no new header is above, else a new one from the header found above."""
        found = self._find_names(lines, line, label, width)
        table = self.table
        if table is not None and (table.width != width or not self._open):
            table = None  # rows of another width, or a table read whole already
        if found is None or (table is not None and found[1] == table.header):
            return table
        fresh = EntityTable(*found)
        return fresh if any(fresh.names) else None

    def _find_names(self, lines: Sequence[str], line: str, label: str, width: int):
        """The header's names over a row, searched in the run of the table's lines above it."""
        label_end = line.index(label) + len(label)
        nearest, ruled = None, False
        for above in reversed(lines):
            text = above.strip()
            if not text:
                break
            if set(text) <= _RULE_CHARS or _PAREN_ROW.match(text):
                ruled = ruled or set(text) <= _RULE_CHARS
                continue
            cells, words = self._split(text), text.split()
            if cells[-1].startswith("[") and cells[-1].endswith("]"):
                cells = bounds_header(cells, width, above, line)  # INTERVAL_HEADER
                words = cells
            if len(words) == width + 1 and len(cells) < width and self._spans(above)[0][0] >= label_end and (
                    cut := cut_at_edges(above, right_edges(line, label_end)[-width:])) is not None and all(
                    map(self._is_header_name, cut)):
                return cut, above, ruled  # RIGHT_EDGE_NAMES: "T.comb  asympt. P-value", R's right edges
            if len(words) in (width, width + 1) and (len(cells) not in (width, width + 1) or (
                    len(words) == width + 1 and self._spans(above)[0][0] < label_end)):
                cells = words  # SPACED_HEADER: pandas sets a wide name one space from the last one
            if len(cells) == width and self._spans(above)[0][0] < label_end and (edged := edge_names(
                    above, [end for _, end in self._spans(line)][-width - 1:], self._is_header_name)):
                nearest = nearest or (edged[1:], above, True)  # EDGE_HEADER: one space apart, parted
                continue  # by the rows' right edges, the label column named
            if all(map(self._is_header_name, cells)) and len(cells) in (width, width + 1):
                names = cells[-width:]
                if len(cells) == width and self._spans(above)[0][0] >= label_end:
                    return names, above, ruled  # names all right of the labels: the label unnamed
                if nearest is None and len(cells) == width + 1:
                    nearest = (names, above, True)  # NAMED_ONE_ROW (rules): the label column named
                continue
            if self.row_cells(above) is None:
                break  # a line that is neither a header nor a row: the run ends
        return nearest

    def _is_header_name(self, cell: str) -> bool:
        amount = _AMOUNT_NAME.match(cell)  # PER_AMOUNT: "1 kg", "1 kmol": values per that amount
        return (cell in ("...", "…") or self._kind(cell) == "name" or _PARENTHESISED.match(cell)
                or amount is not None and is_unit(amount.group(1))
                is not None
                or _PERCENTILE.match(cell) is not None or _ASIDE_NAME.match(cell) is not None
                or TEST_NAME.match(cell) is not None)


def _closed(values: list[str], label: str) -> bool:
    """UNIT_CELL (rules): the row's last cell is a physical unit after a value (``53087  J``);
    TRAILING_LABEL (rules): or the row's label again, as a LaTeX symbol (``\\Omega`` closing
    ``omega``'s row) or as printed (``h``), after its cells (a value, or a word of a text column:
    ``two``)."""
    if len(values) < 2:
        return False
    last, before = values[-1], values[-2]
    if is_unit(last):
        return _VALUE.match(before) is not None
    return _SYMBOL.match(last) is not None and last.lstrip("\\").lower() == label.lower() and (
        _VALUE.match(before) is not None or _NO_VALUE.match(before) is not None)


def _bounds(cell: str) -> list[str]:
    """LEVEL_INTERVAL (rules): the two bounds of an interval cell ``[0.221, 0.503]``, or none."""
    match = _INTERVAL_CELL.match(cell.strip())
    return [match.group(1), match.group(2)] if match else []


def _labelled_pair(line: str, above: Sequence[str], after: Callable[[], str | None]
                   ) -> Steps | None:
    """LABELLED_PAIRS: ``logreg   mean accuracy 0.9728`` over or under ``knn   mean accuracy
    0.9695``: a label, a column gap and one ``name number``, beside a line of another label
    and the same name, is ``<label>/<name>`` (rows of things without a header)."""
    pair = _PAIR_ROW.match(line)
    if pair is None or not _is_result_pair(pair.group(2), pair.group(3)):
        return None
    for other in (above[-1] if above else None, after()):
        match = _PAIR_ROW.match(other) if other else None
        if match is not None and match.group(2) == pair.group(2) and match.group(1) != pair.group(1):
            return [([(f"{pair.group(1)}/{pair.group(2)}", pair.group(3))], None)]
    return None


def _is_result_pair(name: str, value: str) -> bool:
    """True for a pair's name of words that is no count, time or prose."""
    words = name.lower().split()
    return not (_PROSE_WORDS.intersection(words) or rules.is_setup_name(name)
                or rules.is_time_column(name) or rules.is_counted(name, value))


def split_signed(cells: list[str], at: int) -> None:
    """Cut a label cell that a value's sign joined (``x2 -0.315``: pandas leaves one space
    before a negative number) into the label and the value, in place."""
    if len(cells) > at and " " in cells[at]:
        label, _, last = cells[at].rpartition(" ")
        if last[:1] in "-+" and _VALUE.match(last) and not _VALUE.match(label.rstrip()):
            cells[at:at + 1] = [label.rstrip(), last]


def split_values(cells: list[str], start: int) -> None:
    """SIGNED_CELLS (rules): cut each value cell from `start` on that holds two numbers, the second signed (``0
    -55.2``: pandas leaves one space before a negative number), into the two, in place."""
    for at in range(len(cells) - 1, start - 1, -1):
        first, _, last = cells[at].partition(" ")
        if last[:1] in "-+" and " " not in last and _VALUE.match(first) and _VALUE.match(last):
            cells[at:at + 1] = [first, last]


def _leading_words(values: list[str]) -> list[str]:
    """The words of text columns right after a row's label, before its first number."""
    words = []
    for cell in values:
        if not _WORD.match(cell) or rules.phase_of(cell):
            break
        words.append(cell)
    return words


def _keyed_grid(held: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """KEYED_GRID (rules): rows whose labels repeat, each beside words of text columns that
    part them (``store_1  mae``, ``store_1  rmse``, ``store_2  mae``), are one result per pair
    when every label meets the same words, two or more of each (a long frame of evaluations:
    the label, then the words, name the row); else they are records of a data set (nothing)."""
    tails: dict[str, list[str]] = {}
    for label, values in held:
        tails.setdefault(label, []).append("/".join(_leading_words(values)))
    kinds = {tuple(sorted(words)) for words in tails.values()}
    if len(tails) < 2 or len(kinds) != 1 or len(next(iter(kinds))) < 2 or "" in next(iter(kinds)):
        return all_pairs(held)  # ALL_PAIRS: every two things of a set, once each
    return [("/".join([label, *_leading_words(values)]), values) for label, values in held]


def _ranked(table: EntityTable, held: list[tuple[str, list[str]]]) -> list:
    """RANKED_ROWS (rules): rows ranked against one another (a ``rank`` column) are instances
    of one kind: each column one series, a point per row at the row's rank as its step."""
    steps, at = [], table.rank_at if table.rank_at is not None else len(table.names)
    for _, values in held:
        rank = values[at].strip() if at < len(values) else ""
        pairs = [(name, value.group(1).replace(",", "")) for name, cell in zip(table.names, values)
                 if name is not None and (value := _VALUE.match(cell.strip())) is not None
                 and not rules.is_counted(name, cell.strip())]
        if pairs:
            steps.append((pairs, rank if rank.isdigit() else None))
    return steps


def _join_brackets(cells: list[str]) -> None:
    """BRACKETED_CELL: join, in place, the cells a column gap cut inside one pair of brackets
    (``[  0.124,  0.270]``: an interval aligned within its column) back into one cell, and
    part one opened a single space after a number (``6.574e-06 [4.157e-02,``)."""
    at = 0
    while at < len(cells):
        cell = cells[at]
        head, bracket, rest = cell.partition(" [")
        if bracket and _VALUE.match(head):
            cells[at:at + 1] = [head, "[" + rest]
            continue
        if cell.startswith("[") and "]" not in cell:
            end = next((k for k in range(at + 1, len(cells)) if cells[k].endswith("]")), None)
            if end is not None and all("[" not in part for part in cells[at + 1:end + 1]):
                cells[at:end + 1] = [" ".join(cells[at:end + 1])]
        at += 1


def _unpacked(values: list[str]) -> list[str] | None:
    """PACKED_CELLS: the cells of a row whose numbers grew into the gap between two columns
    (``29.486 4.395e-191``: one space left), each such cell cut at that space; None when a
    cell is then still no value."""
    cells = []
    for cell in values:
        parts = cell.split(" ") if " " in cell else [cell]
        if len(parts) > 1 and not all(_VALUE.match(part) for part in parts):
            parts = [cell]
        if not all(_VALUE.match(part) or _NO_VALUE.match(part) for part in parts):
            return None
        cells += parts
    return cells


def _ends_in_value(line: str) -> bool:
    """True when the last cell of `line` is a number, not a percentile (no header's end)."""
    words = line.rsplit(None, 1)
    return bool(words) and _VALUE.match(words[-1]) is not None and not _PERCENTILE.match(words[-1])


def describes_data(names: list[str], rows: list[tuple[str, list[str]]]) -> bool:
    """True when a column or a row named by a bare count word (``count``, ``n``) holds one
    value throughout a table of several rows: each row then summarises the same records, the
    description of a data set (pandas's ``describe()``), not results of the run; or when the rows
    are labelled by the columns' names, in order (SQUARE_MATRIX, rules)."""
    if len(rows) < 2:
        return False
    if [label for label, _ in rows] == [name.strip() for name in names]:
        return True  # SQUARE_MATRIX: variables against themselves (df.corr(), a covariance)
    for at, name in enumerate(names):
        if name.lower() in _COUNT_NAMES and len(
                {values[at] for _, values in rows if at < len(values)}) == 1:
            return True
    return any(label.lower() in _COUNT_NAMES and len(set(values)) == 1 for label, values in rows)

