"""The tables and reports benchmark and statistics tools print, read before any other table:
STAT_COLUMNS (a barred table of percentiles and statistics, `stat_columns`), STACKED_ROWS (rows
printed over several lines, `stacked_rows`), STAT_ROWS (an aligned table of statistics,
`stat_rows`), SIZED_COLUMNS (a throughput table over input sizes, `sized_columns`),
INTERVAL_FIELDS (a value with its interval in brackets, `interval_fields`), PROGRESS_FIELDS (a
load tool's interval report, `progress_fields`), LISTED_AMOUNTS and STAT_OF_RUNS (a repeated
timing, `repeats`), RIGHT_ALIGNED rows and INDEX_FIRST (R's matrices, `right_aligned`) and
QUANTILE_ROW (a five-number summary under its statistics, `quantile_rows`). None of these shapes
is read by the general readers: a percentile header reads as numbers to them, a stacked row as
several rows without a header, a bracketed amount or a value before its name as no pair, a
quantile row as a step row under a header naming no result, a row named by words as cells."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .interval_fields import read_interval
from .interval_rows import read_interval_row
from .rated_rows import read_rated_row
from .placed import PlacedReader
from .progress_fields import read_progress
from .quantile_rows import read_quantiles
from .quoted_labels import read_quoted_row
from .frame_summaries import is_summary_row
from .r_lists import read_list_member, read_str_member
from .repeats import read_repeats
from .report_column import is_report_row, read_report_row
from .settings_vectors import read_settings_vector
from .value_grid import read_grid_row
from .block_edge import block_edge
from .named_vectors import is_level_names, read_unnamed
from .right_aligned import RightAlignedReader, UnlabelledRows, starts_numbered
from .sized_columns import read_sized_row
from .stacked_rows import StackedRows
from .grammar import SPARKS
from .spark_rows import SparkRows
from .stat_rows import read_stat_row
from .interval_cells import read_interval_cells
from .unit_cells import UnitCells
from .unit_headers import UnitsRows
from .step_rows import read_step_row
from .grouped_terms import read_grouped_term
from .ellipsis_columns import read_ellipsis_row
from .headers import BORDER, bar_cells
from .listed_matrix import ListedMatrix
from .summary import MEASURED
from .stat_columns import StatColumns


class BenchTables:
    """The benchmark tables of one run's output."""

    __slots__ = ("stats", "stacked", "right", "unlabelled", "placed", "config", "units", "cells", "_ahead",
                 "listed", "spark")

    def __init__(self, config: list[tuple[str, str]] | None = None,
                 ahead: Callable[[int], Sequence[str]] | None = None):
        self.config = [] if config is None else config  # SETTINGS_VECTOR's params go here
        self._ahead = ahead  # the lines after the current one (REPORT_COLUMN's first rows)
        self.stats, self.stacked = StatColumns(), StackedRows()
        self.right = RightAlignedReader(ahead or (lambda count: []))  # RIGHT_ALIGNED: R's one-space columns
        self.unlabelled = UnlabelledRows()  # INDEX_FIRST: the same without row names
        self.placed = PlacedReader()  # PLACED_COLUMNS of rows one space apart (ONE_SPACE_ROWS)
        self.units = UnitsRows()  # UNITS_LINE: names over a line of units
        self.cells = UnitCells()  # UNIT_CELLS: cases' cells with their units, under names
        self.listed = ListedMatrix()  # LISTED_MATRIX: numbered columns under "$est"
        self.spark = SparkRows()  # SPARK_ROWS: rows over lines closed by sparklines

    def read(self, line: str, cells: list[str] | None, before: Callable[[int], Sequence[str]],
             under: str | None = None, after: Callable[[], str | None] | None = None):
        """`_read`, then ONE_SPACE_ROWS (rules): a labelled row whose cells are one space apart
        (``t2* -3.87783074 -0.007254325 0.753604634``: every number as wide as its column) is
        placed under its header as PLACED_COLUMNS places one parted by wider gaps, which only the
        readers of two-space columns would otherwise see."""
        if line[:1] == " " and (settings := read_settings_vector(line, before)) is not None:
            self.config += settings  # SETTINGS_VECTOR: R's control list under its heading
            return []
        if cells is None and (report := read_report_row(line, before, after, self._ahead)) is not None:
            if report[0] == "config":
                self.config += report[1]
                return []
            return [(report[1], MEASURED)] if report[1] else []  # REPORT_COLUMN: judged there
        if cells is None and "   " in line and ":" not in line and "=" not in line and (
                grid := read_grid_row(line, before)) is not None:
            return grid  # GRID_CELLS: "R2(2,300)0.154    Dxy     0.445" under a row like it
        if line.rstrip()[-1:] in _SPARKS and (found := self.spark.read(line, before)) is not None:
            return found  # SPARK_ROWS: "sort   69.84 µs/iter  75.12 µs  ▂▅█▅▂" under "avg (min … max)"
        found = self._read(line, cells, before, under, after)
        if found is None and cells is None and (line[:1].isalpha() or line[:1] in ("(", "[")) and (
                "  " not in line.rstrip()):
            found = self.placed.read(line, before)
        return found

    def _read(self, line: str, cells: list[str] | None, before: Callable[[int], Sequence[str]],
              under: str | None = None, after: Callable[[], str | None] | None = None):
        """What `line` (with its bar-parted `cells`, None when it has no bars) is as a line of
        a benchmark table: a list of finished steps (``[]`` for a header), else None. `under` is
        the line before when the aligned readers read it: a line opening with a digit under it
        is a row of their table, no first row of R's."""
        if line[:1] == " " and (is_summary_row(line) or is_level_names(line, after)):
            return []  # SUMMARY_CELLS: a data frame's summary describes its data; R_TERM_NAMES
        if line[:1] == " " and under is None and (edge := block_edge(line, before)) is not None and (
                edge[0][:1] not in "-+.") and (found := self.right.read(edge[0], edge[1], after)) is not None:
            return found  # BLOCK_EDGE: a right-aligned table set in whole, read from its indent
        if " ... " in line and (found := read_ellipsis_row(line, before)) is not None:
            return found  # ELLIPSIS_COLUMNS: "0 ... 2.6938e+01 ... 4.9684e+01" under names
        if line.lstrip()[:1] == "[" and (found := read_list_member(line, before)) is not None:
            return found  # LIST_MEMBER: "[1] 0.1822127" under "$train$loss"
        if line[:1] == " " and "$ " in line[:24] and (found := read_str_member(line, before)) is not None:
            return found  # STR_MEMBER: " $ rmse : num 2.47", "  ..$ aic: num 157"
        if line[:1] == "[" and (found := read_quoted_row(line, before)) is not None:
            return found  # QUOTED_LABEL: "[0='const']   20.0669   0.5964   33.65" under names
        if line[:1] == " " and (found := read_grouped_term(line, before)) is not None:
            return found  # GROUPED_TERMS: "    x2   0.669  0.114" under "  visual =~", a header
        if ": " in line and (found := read_step_row(line, before)) is not None:
            return found  # STEP_ROWS: "[Resample] iter 1:    0.0600000 0.9400000" under names
        if ", " in line and line.rstrip()[-1:] in ")]" and (found := read_interval_row(line, before)):
            return found  # INTERVAL_ROWS: "95%   (-5.348, -2.394 )   (-5.223, -2.220 )"
        if "  " not in line and (vector := _one_space_vector(line, before)) is not None:
            return vector  # NAMED_VECTOR one space apart: R's values as wide as their names
        if line[:1].isdigit():
            return self._numbered(line, before, after) if under is None else self._counted(line)
        if cells is not None:  # STAT_COLUMNS, else RATED_CELLS ("2926.90 op/sec", "± 27.49 %")
            found = self.stats.read(cells)
            return found if found is not None else read_rated_row(cells, before, bar_cells, BORDER.match)
        if "[" in line and (interval := read_interval(line, before)) is not None:
            return [(interval, MEASURED)]  # INTERVAL_FIELDS: "time: [3.0 us 3.2 us 3.4 us]"
        if line[:1].isalpha() and (row := self.units.read(line, before)) is not None:
            return row  # UNITS_LINE: "cpu   1114   2.00" under names and "(secs)" set under them
        if line[:1].isalpha() and (row := self.cells.read(line, before)) is not None:
            return row  # UNIT_CELLS: "BM_Sort   5.46 ns   5.46 ns" under names and a rule
        if line[:1].isalpha() and line[-1:] in ")]" and (row := read_interval_cells(line, before)) is not None:
            return [(row, MEASURED)]  # INTERVAL_CELLS: "Exposed +   43   57   43.00 (33.14 to 53.29)"
        if (line[:1].isalpha() or line[:1] == "(") and (row := read_stat_row(line, before)) is not None:
            return row  # STAT_ROWS: "Connect:  0  0  0.5  0  3" under "min  mean[+/-sd] ..."
        if line[:1].isalpha() and (row := read_sized_row(line, before)) is not None:
            return row  # SIZED_COLUMNS: "sha256  122990.35k  407843.33k" under "16 bytes  64 bytes"
        if ", " in line and (progress := read_progress(line)) is not None:
            return [progress]  # PROGRESS_FIELDS: "progress: 2.0 s, 14.0 tps, lat 151.5 ms"
        if ": " in line and (repeats := read_repeats(line)) is not None:
            return [(repeats, MEASURED)]  # LISTED_AMOUNTS, STAT_OF_RUNS: "best of 5: 11.7 usec"
        lead, last = line[:1], line.rstrip()[-1:]
        if not (last.isdigit() or last in "A*.%-E"):  # a number, a star, NA, TRUE, "--"
            return self.stacked.read(line, before)
        if lead and not lead.isspace() and lead not in "-+." and (
                found := self.right.read(line, before, after)) is not None:
            return found  # RIGHT_ALIGNED, R_MATRIX_ROWS: a labelled row of R's matrix
        if lead.isalpha() and (found := self.listed.read(line, before)) is not None:
            return found  # LISTED_MATRIX: "A 1 0.21 0.3942004" under "$est" and "  5  10"
        found = self.stacked.read(line, before)
        if found is None and lead in " -+.":
            found = read_quantiles(line, before)
        return self.unlabelled.read(line, before) if found is None and lead == " " else found

    def claims(self, line: str, before: Callable[[int], Sequence[str]]) -> bool:
        """True when `line`, which reads as a pair, is a row of R's one-column matrix
        (LONE_COLUMN_ROW: `right_aligned`)."""
        if is_report_row(line, before):
            return True  # REPORT_COLUMN: "  Test statistic     2.756"
        if is_summary_row(line):
            return True  # SUMMARY_CELLS: " Min.   :10.40   Min.   :4.000", read as nothing
        return line[:1].isalpha() and self.right.claims(line, before)

    def _numbered(self, line: str, before: Callable[[int], Sequence[str]],
                  after: Callable[[], str | None] | None = None):
        """What a line opening with a digit is as a line of such a table: a row of R's matrix
        named by a number and a word (``1se``) or of a data frame by its number (ROW_NUMBERS,
        `right_aligned`), a five-number summary's row (QUANTILE_ROW), or STAT_OF_RUNS after a
        count of loops; a list of steps, else None."""
        last = line.rstrip()[-1:]
        if (last.isdigit() or last in "A*.%-E" or last.isalpha()) and ((starts_numbered(line) or _ROW_NUMBER.match(line)) and (
                found := self.right.read(line, before, after)) is not None or (
                found := read_quantiles(line, before)) is not None):
            return found
        return self._counted(line)

    @staticmethod
    def _counted(line: str):
        """STAT_OF_RUNS on a line that opens with a count of loops (no other benchmark table's
        line does): a list of one step, else None."""
        repeats = read_repeats(line) if ", " in line[:24] or " of " in line[:24] else None
        return [(repeats, MEASURED)] if repeats is not None else None


_SPARKS = frozenset(SPARKS)  # SPARK_ROWS: the last characters of a row's lines
# ROW_NUMBERS: "2     29 195.05  1  ..."; TEXT_LABEL: "2   glm 2.91 0.77", "1 (Intercept) 150.86"
_ROW_NUMBER = re.compile(r"(?:0|[1-9]\d{0,5}) +(?:(?:[^\W\d][\w.-]*|\([^\W\d]\w*\)) +)?[-+.\d]")  # 0: ZERO_ROW_NAMES


def _one_space_vector(line: str, before: Callable[[int], Sequence[str]]):
    """NAMED_VECTOR (`named_vectors`) on a line of numbers one space apart: R parts a named
    vector's columns by one space, and by no more when every value is as wide as its name
    (``1.035116 1.027102`` under ``   build     swap``); the readers of two-space columns,
    which read it otherwise, never see such a line as a row."""
    lead = line[:1]
    if not (lead.isdigit() or lead in "-. ") or line[-1:] == ":":
        return None
    return read_unnamed(line, before)
