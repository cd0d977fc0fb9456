"""Tables in output: a header row of names, then rows of numbers, each row one step.

Three shapes, as training libraries print them (README, "What expctl reads from your output"):

Whitespace-aligned
    fastai's ``epoch  train_loss  valid_loss  accuracy  time``, scikit-learn's
    ``Iter  Train Loss  OOB Improve  Remaining Time``, spaCy's ``E  #  LOSS TOK2VEC ...``,
    tabulate's ``plain``/``simple``/``rst``, Rich's borderless boxes. Columns are two or more
    spaces apart (a header name may hold single spaces: ``Train Loss``). A row's header is found
    by looking back from the row past separator lines (``---  ------``, ``═══``) to the nearest
    line; it holds while rows of its width follow, and ends when another format reports points.
Separated by ``|`` or box-drawing bars
    tabulate's ``github``/``pipe``/``grid``/``psql``/``fancy_grid``/``presto``..., Rich's ``Table``
    in any box style (ASCII, rounded, heavy, double, markdown, square, minimal). The header is
    the row of names above; border lines (``+---+``, ``╭───╮``, ``┡━━━╇``) are skipped.
Vertical ``| key | value |`` blocks
    Stable-Baselines3's logger: a group row ``| rollout/ |   |`` names the indented rows under
    it (``rollout/ep_rew_mean``); the whole block is one step, taken from its own step-like row
    (``total_timesteps``); it is emitted once the block ends.

A row is numbers only: plain numbers (a ``%`` dropped, ``54 %`` too), numbers with units or clock
times (``0.93s``, ``00:01``; recognised, never stored), empty cells and markers (one or two
symbols, skorch's ``+`` for a new best: no value, MARKER_CELLS); one text cell (a model summary's
``Sequential``) and the line is no row. An aligned row with fewer cells than its header (an empty
cell leaves no text) is read by position: each cell belongs to the column it stands under, the
header's name stretched over the rule drawn under it (``-----  ------``); a cell under no column,
or under two, and the line is no row. In a table drawn with bars, a first column of names labels
the rows (ROW_LABELS: ``| train | 0.10 | 0.97 |``): each value is named by its column and the label
(`rules.group_name`: ``train/Loss``). Columns that are steps, times or counts (see `rules`) are not
stored: the step column gives the row's step; without one, rows count as the parser's per-name
counters do. A row printed again for the same header (a table re-printed whole each epoch, a live
table redrawn) is read once; a header drawn again in another style (``|`` after ``│``,
RESTYLED_TABLE) starts a new print, read again. A row with one cell more than its header, an
integer first and flush left, is a pandas DataFrame's: its index is the row's step when no column
is one (FRAME_INDEX: a history frame's row number, past a ``..`` cut too). Rows no reader here
claims go last to LOOSE_TABLE (`loose_tables`), the fallback for a table of any shape.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .cells import (COUNT_START, LIST_KIND as _LIST, cell_kind as _cell_kind, is_no_name as _is_no_name, is_value_cell as _is_cell,
                    list_values, unkeyed, unstarred)
from .entities import EntityReader
from .labelled import LabelledReader
from .grouped import GroupedReader
from .headed import read_headed
from .frames import index_split as _index_split, unit_key
from .percentiles import read_percentile
from .phase_rows import read_phase_row
from .numbered_columns import read_numbered
from .polars_series import read_polars_column, read_polars_series
from .bench_tables import BenchTables
from .placed import PlacedReader
from .named_frames import read_named_frame
from .piped_headers import read_piped
from .codes import is_code_vector
from .counted import CountedReader
from .indexed import IndexedReader
from .table_rows import AT_HEADER, AVERAGED_KIND, averaged_kind, read_row  # noqa: F401  (AT_HEADER: the parser's too)
from .nested_labels import nested_label
from .tibbles import TibbleReader
from .first_readers import FirstReaders
from .tab_table import TabTable
from .headers import (BORDER as _BORDER, ELIDED, barred_header, barred_names, GAP as _GAP, bar_cells as _bar_cells, is_drawn, flush_cells,
                      opens_table, other_header, names_over, ruled_other, two_names, find_aligned_header, find_header,
                      find_index_header, is_clock_index, find_lead_header, find_wider_header, gap_cells, place, spans, undivided, is_name as _is_name)
from .stacked import stacked, stacked_header
from .boxes import BOX_LOOK_BACK, SIDES, box_title, boxed_cells
from .token_rows import comma_cells, ordered_row, token_header, token_row, untagged_row
from .long_rows import LongTable
from .loose_tables import LooseTables
from .summary import MEASURED, read_summary  # noqa: F401  (the parser's too)
from .vertical import VerticalBlock, block_step, names_settings
from .box_runs import BoxRun
from .aligned_runs import read_run_row
from .set_in_index import index_at_row, row_name, under_blank_lead  # SET_IN_INDEX
from .vector_titles import titled
from .cases import CaseReader
from .table_columns import Table
from .text_tail import text_tail

Pairs = list[tuple[str, str]]
Before = Callable[[int], Sequence[str]]  # the k lines printed before the current one, oldest first

_LOOK_BACK = 4
_WORDS = frozenset(("text", "name"))  # TEXT_TAIL: a row's note in words
_DEEP_LOOK_BACK = 2048  # lines looked back at for a header whose rows come with lines between
# ID_ROWS: the step of a row of identified entities is the carried header's (`MetricParser`).



class TableReader:
    """The table state of one run's output: the table whose rows are coming, and the vertical
    block being collected. `read` takes one line; `flush` ends a pending vertical block."""

    def __init__(self, ahead: Callable[[int], Sequence[str]] = lambda count: []):
        self._ahead = ahead  # the lines printed after the current one, when known (SERIES_NAME)
        self._table: Table | None = None
        self._vertical = VerticalBlock()  # an SB3-style ``| key | value |`` block (vertical)
        self.config: list[tuple[str, str]] = []  # KEY_VALUE_TABLE: ``| Hyperparameter | Value |``
        self._labelled, self._placed = LabelledReader(gap_cells, _cell_kind, spans), PlacedReader()
        self._entities = EntityReader(gap_cells, _cell_kind, spans)
        self._long, self._grouped, self._cases = LongTable(), GroupedReader(), CaseReader()
        self._counted, self._indexed, self._tibble = CountedReader(), IndexedReader(), TibbleReader()
        self._row_line: str | None = None  # the line before, when read as an aligned table's row
        self._bench, self._loose = BenchTables(self.config, ahead), LooseTables()  # STAT_COLUMNS, STACKED_ROWS; LOOSE_TABLE
        self._missed: tuple = (None, set())  # (mark, widths): rows this wide found no distant header
        self._style: str | None = None  # the first character of the last barred header's line
        self._text, self._tabs = FirstReaders(ahead), TabTable()  # TEXT_COLUMN, SPREAD_CELLS; TAB_TABLE
        self._run = BoxRun()  # the rows of a box being read, the table they are rows of (box_runs)
        self._tailed: Table | None = None  # the table whose last column is a note (TEXT_TAIL)

    def read(self, line: str, before: Before, after: Callable[[], str | None], mark=None):
        """A TEXT_COLUMN or SPREAD_CELLS row, else `_read_line`, a named vector's values set under its title (TITLED_VECTOR)."""
        run, row = self._run, self._row_line  # a box's rows read straight (box_runs); no run open: no call, the usual line
        if run.table is None or (found := run.read(line, self._table, before)) is None:
            if row is None or (found := read_run_row(line, row, self._table, before, self._text)) is None:
                if (found := self._text.read(line, before, after)) is not None:
                    return found
                found = self._read_line(line, before, after, mark)
            else:  # ALIGNED_RUN: an aligned table's next row, read straight (aligned_runs)
                self._row_line = line
        return found if not found or found[0][1] is not None else titled(line, before, found, self._ahead)  # a step's row: no vector

    def _read_line(self, line: str, before: Before, after: Callable[[], str | None], mark=None):
        """What `line` is as part of a table: None when it is none (the parser reads it otherwise); else a
        list of finished steps, each ``(pairs, step text or None)``, possibly empty (a header, a group row, a
        row already seen, a block still open). `after()` is the next line when it is already known (None when
        it is not); `mark` changes whenever more output has been read (a row's distant header: once per mark)."""
        row, self._row_line, line = self._row_line, None, rules.row_text(line, before)  # SPELLED_SYMBOL, PAREN_LAST_CELL, MARK_COLUMN
        if row is not None and len(line) == len(row) and line[:1] == row[:1] and "|" not in line and not (
                other_header(before(1), row)) and (found := self._read_aligned(line, before, mark)) is not None:  # OTHER_HEADER
            self._row_line = line  # a shortcut: a row as wide as the aligned row before it is its table's
            return found
        after = rules.read_after(after)  # the next line as the readers read it
        if line[:1].isspace() and is_code_vector(line, before):
            return []  # WHOLE_CODES: "Alabama  Alaska ..." over "1  2 ...", a clustering's codes
        if line[:1] == "\t" and (found := read_polars_series(line, before, self._ahead)) is not None:
            return found  # POLARS_SERIES: "\t0.61" under "Series: 'val_loss' [f64]" and "["
        if line[:1] == "│" and line.count("│") == 2 and (found := read_polars_column(line, before)) is not None:
            return found  # POLARS_COLUMN: "│ 0.533333 │" in a box of one column
        if (line[:1].isspace() or line[:1].isalpha()) and (found := read_numbered(line, before, after)) is not None:
            return found  # NUMBERED_COLUMNS: "train_loss  0.55  0.49" under "       0     1"
        if (line[:2] == "1 " or line[:1] == " " and line.lstrip(" ")[:2] == "1 " or self._tibble.columns) and (
                found := self._tibble.read(line, before, after)) is not None:
            return found  # TIBBLE_ROWS: numbered rows under names and their types
        if (ruled := self._grouped.ruled.read(line, before)) is not None or (
                ":" in line and (ruled := read_piped(line, before)) is not None):
            return ruled  # RULED_COLUMNS: a rule's junctions mark the columns (locust's stats); PIPED_HEADER
        cells = _bar_cells(line)
        if (found := self._bench.read(line, cells, before, row, after)) is not None:
            return found  # STAT_COLUMNS, STAT_ROWS, RIGHT_ALIGNED, QUANTILE_ROW ...: bench's, R's
        if cells is not None:
            found = self._read_barred(line, cells, after, before)
            return found or self._grouped.read_barred(line, before) or found  # BARRED_GROUPS
        if line[:1].isalpha() and (untagged := untagged_row(line, _is_cell)) is not None:
            line = untagged  # TAGGED_ROWS: "BFGS:   3  0.80  0.38", the tag no cell
        if line.lstrip()[:1] in SIDES and (found := self._read_boxed(line, before, after)) is not None:
            return found  # BOXED_PAIRS
        if ("," in line or "\t" in line) and (found := self._read_comma(line, before)) is not None:
            return found  # COMMA_TABLE
        if line[:1].isspace() and (found := self._counted.read(line, before, row)) is not None:
            return found  # COUNTED_COLUMNS: a vector under counted names, not under a table's row
        if self._table is not None and not self._table.barred or line[:1].isspace() or (
                line[:1].isdigit() or line[:1] in "-+." or line[:1] == "[" and COUNT_START.match(line)):  # "[1/3]": COUNT_CELLS
            found = self._read_aligned(line, before, mark)
            self._row_line = None if found is None else line
            if found is None and line[:1].isspace():
                found = self._grouped.read(line, before)  # GROUPED_HEADER
            if found is not None:
                return found
        if (found := read_phase_row(line, before)) is not None:
            return found  # PHASE_COLUMN: "0      1  train  0.636962  0.606636"
        if "  " in line:
            found = self._labelled.read(line, before, after)  # LABELLED_ROWS, else ENTITY_ROWS
            found = self._entities.read(line, before, after) if found is None else found
            found = self._placed.read(line, before) if found is None else found  # PLACED_COLUMNS
            found = self._counted.read(line, before) if found is None else found  # COUNTED_COLUMNS
            if found is not None:
                return found
        found = self._read_headed(line, before, after)
        found = read_percentile(line, before, after) if found is None else found  # PERCENTILE_ROWS
        found = read_summary(line, before, after, self._ahead) if found is None else found  # SUMMARY_PAIRS, ...
        return (line.lstrip()[:1].isdigit() and read_named_frame(line, before) or self._loose.read(line, before, after)) if found is None else found  # NAMED_FRAME; LOOSE_TABLE

    def claims(self, line: str, before: Before) -> bool:
        """True when `line`, which reads as pairs too, is a row its table's reader must read."""
        self._run.end()  # the readers look at the line: its rows are read by all of them again
        if (line[:1].isdigit() or line[:1] == " ") and self._tibble.claims(line, before):
            return True  # TIBBLE_ROWS: a tibble's row with a text cell reading as pairs ("ada: 23, sgd: 20")
        if self._text.read(line, before) is not None:
            return True  # TEXT_COLUMN: a line of code after the numbers ("total = 0"); SPREAD_CELLS
        if "|" in line:
            return self.lead_row(line, before)
        if "=" in line and self._placed.claims(line, before):
            return True  # PLACED_COLUMNS: a benchmark's row, counters after its columns
        if line[:1].isalpha() and self._bench.cells.claims(line, before):
            return True  # UNIT_CELLS: "BM_Sort   5.46 ns   5.46 ns" under names and a rule
        untagged = untagged_row(line, _is_cell) if line[:1].isalpha() else None
        if untagged is None:
            return self._bench.claims(line, before)  # LONE_COLUMN_ROW, REPORT_COLUMN
        width, table = len(untagged.split()), self._table
        return (table is not None and not table.barred and len(table.names) == width) or (
            find_header(before(_LOOK_BACK), width) is not None)

    def lead_row(self, line: str, before: Before) -> bool:
        """LEAD_LABELS: True when `line`, which reads as pairs too (``  L=32  |  160.7 |``), is
        a row of a barred table whose unnamed first column labels its rows: the table's own
        reader must read it, not the pairs' (its label is no pair)."""
        cells = _bar_cells(line) if "|" in line else None
        if cells is None or _cell_kind(cells[0]) != "text" or not all(
                _cell_kind(cell) in ("number", "empty") for cell in cells[1:]):
            return False
        table = self._table
        if table is not None and table.barred and not table.names[0]:
            return len(cells) == len(table.names)
        return find_lead_header(before(_LOOK_BACK), line, len(cells)) is not None

    def _read_headed(self, line: str, before: Before, after):
        """HEADED_BLOCK (rules, `headed`): a ``name  number`` line of a block under a heading;
        each line a step of its own, or a param under a heading of settings."""
        found = read_headed(line, before, _BORDER.match, two_names, after)
        if found is None:
            return None
        kind, pair = found
        if kind == "config":
            self.config.append(pair)
            return []
        return [([pair], None)]

    def interrupt(self) -> list[tuple[Pairs, str | None]]:
        """Another format reported points: an aligned table and a vertical block end here."""
        if self._table is not None and not self._table.barred:
            self._table = None
        self._labelled.table = None
        return self.flush()

    def measured(self) -> frozenset[str]:
        """STEP_CHANGE: the current table's metric columns whose name alone is a setting's."""
        return self._table.measured if self._table is not None else frozenset()

    def flush(self) -> list[tuple[Pairs, str | None]]:
        """The pending vertical block and entity rows as finished steps (end of output)."""
        block = self._vertical.take()
        return ([block_step(block)] if block else []) + self._entities.flush() + self._loose.flush() + self._tibble.flush()

    # -- barred tables and vertical blocks --------------------------------------------------------

    def _read_barred(self, line: str, cells: list[str], after, before: Before):
        if not cells[-1].strip(" -") and self._skipped(line, cells, before):
            return []  # SKIPPED_ROW: "   0 | -------", a step with no values, inside its table
        if (long := self._long.read(cells)) is not None or (
                long := self._cases.read(line, cells, before)) is not None:
            return long  # METRIC_COLUMN: "|task |1|acc |↑ |0.61|", a row per metric; CASE_TABLE
        kinds = list(map(_cell_kind, cells))
        if len(cells) == 2 and kinds[0] == "name" and names_settings(self._table) and not (
                kinds[1] == "name" and opens_table(before(1))):
            self.config.append((cells[0].strip(), cells[1].strip()))
            return []
        if len(cells) == 2 and kinds[0] == "name" and kinds[1] in ("number", "empty", "unit"):
            table = self._table  # TWO_COLUMN_THINGS: "| knn | 0.91 |" under "| model | acc |"
            if table is None or not table.barred or len(table.names) != 2 or not rules.names_things(
                    *table.names) or self._vertical.rows:
                return self._read_vertical(rules.spread_cells(cells, line, before), kinds, after)  # SPREAD_HEADING
            row = read_row(table, cells, kinds)
            return [] if row is None else row
        done = self.flush() if self._vertical.rows else []
        if len(cells) >= 2 and kinds.count("name") == len(kinds):
            started = self._start(cells, barred=True, before=before)
            if self._style not in (None, line.strip()[:1]):
                started.seen.clear()  # RESTYLED_TABLE: drawn again in another style, a new print
            self._style = line.strip()[:1]
            return done
        table = self._table
        if table is None or not table.barred or len(cells) != len(table.names) or not table.seen:
            header = barred_header(before, line, len(cells), _LOOK_BACK)  # WRAPPED_HEADER, LEAD_LABELS, DRAWN_HEADER_CELLS
            if header is None:
                return done or None
            table = self._start(header[0], barred=True, before=before)
        elif (above := before(1)) and _BORDER.match(above[-1]) and ((names := barred_names(  # RULED_RESTART
                before, line, len(cells)) or table.names) != table.names or table.phase != (
                rules.table_phase(before(_LOOK_BACK + 2), is_drawn))):  # or the same under another heading
            table = self._start(names, barred=True, before=before)
        if kinds[0] == "text" or kinds[0] == "name" or table.nest is not None:  # NESTED_LABELS, WRAPPED_LABEL
            label, table.nest = nested_label(cells, table.nest, self._ahead)
            cells, kinds = (cells, kinds) if label is None else ([f" {label} ", *cells[1:]], ["name", *kinds[1:]])
        row = read_row(table, cells, kinds)
        self._run.start(line, table, before)
        return done or None if row is None else done + row

    def _skipped(self, line: str, cells: list[str], before: Before) -> bool:
        """SKIPPED_ROW (rules): a barred row of a whole number, then only empty cells or one dash
        run, under an open barred table: a step the program printed without values. The table
        stays open, its next row read under the same header."""
        if not cells[0].strip().isdigit() or any(cell.strip(" -") for cell in cells[1:]):
            return False
        table = self._table
        if table is None or not table.barred or not table.seen:
            above = [text for text in before(_LOOK_BACK) if "|" in text]  # the header: a barred line
            header = above and barred_header(before, line, len(_bar_cells(above[-1]) or ()), _LOOK_BACK)
            if not header:
                return False
            table = self._start(header[0], barred=True, before=before)
        if len(cells) > len(table.names):
            return False
        table.seen.add(("", cells[0].strip()))  # the header is found: the next row needs no look back
        return True

    def _read_comma(self, line: str, before: Before):
        """COMMA_TABLE (rules, `token_rows`): a row of comma-separated numbers under a header of
        as many comma-separated names right above, read as a barred table's row."""
        cells = None if "," not in line and (found := self._tabs.read(line, before)) is not None else comma_cells(line)
        if cells is None:
            return None if "," in line or found is None else found  # TAB_TABLE
        table = self._table
        if table is None or not table.comma or len(cells) != len(table.names):
            above = before(1)  # tab-separated only under names a data writer quoted (TSV)
            names = comma_cells(above[-1]) if above and (
                "," in line or '"' in above[-1]) else None
            if names is None or len(names) != len(cells) or any(map(_is_no_name, names)):
                return None
            table = self._start(names, barred=True)
            table.comma = True
        return read_row(table, cells, [_cell_kind(cell) for cell in cells])

    def _read_boxed(self, line: str, before: Before, after):
        """BOXED_PAIRS (rules, `boxes`): a ``name  value`` row of a titled box without inner
        bars, read as a vertical block's row; a param under a title naming settings."""
        cells = boxed_cells(line)
        title = None if cells is None else box_title(before(BOX_LOOK_BACK))
        if cells is None or title is None:
            return None
        cells = cells if len(cells) == 2 else [cells[0], ""]
        kinds = [_cell_kind(cell) for cell in cells]
        if kinds[0] != "name":
            return None
        if rules.heading_kind(title) == "config":
            if kinds[1] != "empty":
                self.config.append((cells[0], cells[1]))
            return []
        if kinds[1] not in ("number", "empty", "unit"):
            return None
        cells[0] = rules.under_heading(title, cells[0])  # PHASE_HEADING: "Test results"
        return self._read_vertical(cells, kinds, after, boxed_cells)

    def _read_vertical(self, cells: list[str], kinds: list[str], after, row=_bar_cells):
        return self._vertical.read(cells, kinds, after(), row, self.flush)

    # -- aligned tables ------------------------------------------------------------------------------

    def _read_aligned(self, line: str, before: Before, mark=None):
        table, before = self._table, undivided(before)  # DIVIDER_BARS: a header's bars part no names
        frame = len(table.names) if table and not table.barred and table.names[:1] == [""] else 0
        cells = unstarred(_index_split(_GAP.split(line.strip()), line, frame))  # PANDAS_INDEX
        cells[0] = unkeyed(cells[0])  # KEYED_ROW: "   10:   4.67%  0.00%", randomForest's trace
        kinds = [_cell_kind(cell) if cell != ELIDED else "empty" for cell in cells]
        if "text" in kinds:
            kinds = [_LIST if kind == "text" and list_values(cell) else averaged_kind(cell, kind)  # LIST_CELLS, AVERAGED_CELLS
                     for cell, kind in zip(cells, kinds)]
        if kinds[-1] in _WORDS and (tail := self._text_tail(line, cells, kinds, before)) is not None:
            kinds = tail  # TEXT_TAIL: "  4   30   -4.15   0.0785   end warm-up"
        elif table is not None and table is self._tailed and table.columns and len(cells) == len(table.names) - 1 and (
                placed := place(line, table.columns[:-1])) is not None:  # TEXT_TAIL, empty
            return read_row(table, [*placed, ""], [*map(_cell_kind, placed), "empty"])
        if "text" in kinds and "name" not in kinds:  # INDEXED_ROWS, else TOKEN_COLUMNS
            found = self._indexed.read(line, before)
            return self._read_tokens(line, before) if found is None else found
        if len(cells) < 2 or "name" in kinds or "number" not in kinds and AVERAGED_KIND not in kinds:
            return None
        if table is not None and table.columns and len(table.names) != len(cells):
            placed = None if other_header(before(1), "") or not flush_cells(line, table.columns, (
                before(1) or [""])[-1]) else place(line, table.columns)  # a row
            if placed is not None:  # with an empty cell; not one right under names (OTHER_HEADER)
                return read_row(table, placed, [_cell_kind(cell) for cell in placed])
        step = None if table is None or table.barred else table.step_of(cells)
        if step is not None and table is not None and table.last is not None and step <= table.last:
            # TABLE_RESTART: the row counts its step from the start again: another table's header?
            above = find_header(before(_LOOK_BACK), len(cells))
            if above is not None:
                table = self._start(above[0], barred=False, columns=above[1])
        if table is None or table.barred or len(table.names) != len(cells) or (
                (over := before(2)) and (ruled_other(over, table.names) or names_over(
                    over[-1:], table.names))):  # OTHER_HEADER: names right above, not the table's
            header = self._aligned_header(line, cells, before, mark)  # RULED_RESTART: another's header
            if header is None:  # names one space apart over well-parted cells (TOKEN_COLUMNS)
                return self._read_tokens(line, before) if line[:1].isspace() else None
            if table is None or table.names != [name.strip() for name in header[0]]:
                table = self._start(header[0], barred=False, columns=header[1])
            if len(table.names) != len(cells) and table.columns:
                cells = place(line, table.columns) or cells  # FIRST_ROW_GAPS
                kinds = [_cell_kind(cell) for cell in cells]
            step = table.step_of(cells)
        found = read_row(table, cells, kinds)
        if found is not None and step is not None:
            table.last = step
        if found is not None and kinds[-1] == "empty" and cells[-1].strip() and table.columns:
            self._tailed = table  # TEXT_TAIL: its rows without a note have a cell fewer
        return found

    def _text_tail(self, line: str, cells: list[str], kinds: list[str], before: Before):
        """TEXT_TAIL (`text_tail`): the row's kinds with its note under the last name made empty."""
        table = self._table
        if table is not None and not table.barred and len(table.names) == len(cells):
            return text_tail(line, cells, kinds, table.names, table.columns)
        header = find_header(before(_LOOK_BACK), len(cells))
        return None if header is None else text_tail(line, cells, kinds, header[0], header[1])

    def _read_tokens(self, line: str, before: Before):
        """TOKEN_COLUMNS (rules, `token_rows`): numbers one space apart, under the line of names
        above the rows (past rules and rows like it), or under the current such table's."""
        table = self._table
        if table is not None and table.header:  # the table's rows go on, whatever came between
            found = token_row(table.header, line, _is_cell, table.index_at) or ordered_row(
                table.header, line, _is_cell)  # ORDERED_COLUMNS
            if found is not None and found[0] == table.tokens and not other_header(before(1), table.header) and not ruled_other(before(2), table.tokens):
                return read_row(table, found[1], [_cell_kind(cell) for cell in found[1]], row_name(line, table.index_at))
        lines = before(_LOOK_BACK)
        header = token_header(lines, _is_cell, _BORDER.match)
        index_at = index_at_row(line, header, lines)
        found = None if header is None else token_row(header, line, _is_cell, index_at)
        if header is not None and found is None:  # ORDERED_COLUMNS: names one space apart
            found = ordered_row(header, line, _is_cell)  # read in order: no stacked names
            names = None if found is None else found[0]
        elif header is not None and found is not None:
            at = len(lines) - 1 - lines[::-1].index(header)
            names = stacked(found[0], header, lines[at - 1], _is_name) if at else found[0]
        if header is None or found is None or names is None:
            return None
        table = self._start(names, barred=False)  # STACKED_HEADER: names over two lines
        table.header, table.tokens, table.index_at = header, found[0], index_at
        if table.wholes is None:
            table.wholes = set(range(len(table.names)))
        return read_row(table, found[1], [_cell_kind(cell) for cell in found[1]], row_name(line, table.index_at))

    def _aligned_header(self, line: str, cells: list[str], before: Before, mark
                        ) -> tuple[list[str], list[tuple[int, int]] | None] | None:
        """The names of the header above an aligned row, and where its columns stand (None
        when that is not known)."""
        header = find_header(before(_LOOK_BACK), len(cells))
        if header is None and cells[0].isdigit() and len(cells) > 2:
            # pandas prints a DataFrame with its index first, a column without a name, flush
            # left; integers set in, under the header's blank lead, label classes (INTEGER_LABELS)
            # unless a step column orders the rows (tabulate's showindex: the row's number)
            index = find_header(before(_LOOK_BACK), len(cells) - 1, keyed=unit_key(cells[1]) is not None)
            if index is not None and (not line[:1].isspace() or any(
                    rules.step_column_rank(name) is not None for name in index[0])
                    or under_blank_lead(line, cells[0], before(1))):
                return ["", *index[0]], None
            named = None if index else find_index_header(before(2), len(cells) - 1)
            if named is not None and rules.step_column_rank(named[0]) is not None:
                return named, None  # STEP_INDEX: an index named "epoch" is the step column
        if header is None and len(cells) >= 2 and not line[:1].isspace() and cells[0][:1].isdigit():
            # (CLOCK_SYMBOL_INDEX: a frame of one column too)
            named = find_index_header(before(2), len(cells) - 1)  # TIME_INDEX: "time" over
            if named is not None and is_clock_index(named[0], cells[0]):  # 0.0, 15.0, 30.0
                return ["", *named[1:]], None  # the index's labels step the rows (FRAME_INDEX)
        # FIRST_ROW_GAPS, then STACKED_HEADER (words one space apart), then a distant header
        header = header or find_wider_header(before(_LOOK_BACK), line) or stacked_header(
            before(_LOOK_BACK), line, _is_name) or self._find_distant_header(line, before, mark)
        return header

    def _find_distant_header(self, line: str, before: Before, mark
                             ) -> tuple[list[str], list[tuple[int, int]]] | None:
        """The header of a row printed far below it, with other lines between (a progress bar
        redrawn for a whole epoch, log lines): the nearest line of names whose columns stand
        where the row's cells stand. Looked for once per `mark` (the output read so far) and
        width, so rows of numbers without any header cost one look back, not one each."""
        if len(row := spans(line)) in self._missed[1] and mark is not None and mark == self._missed[0]:
            return None  # (a row of another width may have one: read alone, it would look)
        header = find_aligned_header(before(_DEEP_LOOK_BACK), row)
        if header is None:
            self._missed = (mark, (self._missed[1] if mark == self._missed[0] else set()) | {len(row)})
        return header

    # -- rows ----------------------------------------------------------------------------------------

    def _start(self, names: list[str], barred: bool, columns=None, before=None) -> Table:
        names = [name.strip() for name in names]
        phase = None if before is None else rules.table_phase(before(_LOOK_BACK + 2), is_drawn)
        table = self._table
        if table is None or table.names != names or table.barred != barred or (
                before is not None and table.phase != phase):
            table = self._table = Table(names, barred, columns if columns and len(
                columns) == len(names) else None)
            table.phase = phase  # PHASE_HEADING: "TEST:" above a barred table
        return table
