"""A table being read: its header's column names, and what each column is, decided once.

`Table` is the state `tables.TableReader` keeps for the table whose rows are coming: the
names (units and clock units taken off, UNIT_IN_NAME, TIME_COLUMNS), which column is a step and
of what rank (STEP_COLUMNS, FRAME_INDEX, UNIT_KEY), which are metrics, the rows seen (a table
printed again is read once) and what the readers of its rows learn on the way (`table_rows`,
`token_rows`, `aligned_runs`, `box_runs`).
"""

from __future__ import annotations

from . import rules
from .cells import COUNT_CELL as _COUNT_CELL
from .counter_step import UNDECIDED
from .keyed_columns import key_attributes
from .position_labels import position_columns
from .units import in_clock_unit, strip_unit

_FRAME_INDEX_RANK = 5  # FRAME_INDEX: coarser than any step column's (none is, where it applies)
# PART_ROWS (rules): a part of the data (a quantile group, a bin) labels rows as an id does.
_ID_COLUMNS = frozenset(("id", "uid", "group", "bin", "bucket", "decile", "quantile", "percentile", "level"))


class Table:
    """A table's header: its column `names`, and what each column is, decided once: the rank
    of a step column (`steps`), or whether it is a metric (`metrics`)."""

    __slots__ = ("names", "barred", "comma", "measured", "header", "tokens", "seen", "steps", "metrics",
                 "columns", "step_at", "last", "ids", "owned", "key_at", "mirrors", "wholes", "held", "phase",
                 "nest", "index_at", "counter", "counted")

    def __deepcopy__(self, memo) -> Table:
        """A copy (HOLD_UNDECIDED keeps one): its containers hold only immutable things (the
        rows seen are tuples), so each is copied shallowly, fast however many rows it saw."""
        copied = Table.__new__(Table)
        for name in self.__slots__:  # (a container's type called on it copies it)
            setattr(copied, name, type(value)(value) if type(value := getattr(self, name)) in (list, set, dict) else value)
        return copied

    def __init__(self, names: list[str], barred: bool, columns=None):
        clocked = [in_clock_unit(name) for name in names]  # TIME_COLUMNS: "Train (s)"
        names = [strip_unit(name) for name in names]  # UNIT_IN_NAME: "T[K]" is "T"
        self.names, self.barred = names, barred
        # ID_ROWS: an aligned table's first column of identifiers (``ID``) labels its rows.
        self.ids = not barred and len(names) > 2 and names[0].strip().lower() in _ID_COLUMNS
        # KEY_COLUMN: a first column that names things (``cs`` over ``cs_log10bf``) keys them too,
        # its attributes' columns (`owned`) values even when whole
        owned = None if barred or self.ids else key_attributes(names)
        self.ids, self.owned = self.ids or owned is not None, owned or set()
        self.comma = False  # COMMA_TABLE: cells parted by commas, as bars part them
        self.header = ""  # TOKEN_COLUMNS: the header line its rows are placed under
        self.tokens: list[str] = []  # and the names its columns have on that line alone
        self.index_at = 0  # SET_IN_INDEX: where its rows' index opens (the block's indent)
        # Where an aligned header's names stand, (start, end) each: a row with an empty cell
        # (skorch's ``cp`` column, blank when nothing was saved) is read by position.
        self.columns: list[tuple[int, int]] | None = columns
        self.seen: set[tuple] = set()
        self.steps = rules.step_ranks(names)  # STEP_COLUMNS; SIZE_STEP (rules): "n", first
        self.metrics = [rank is None and bool(name) and not rules.is_time_column(name)
                        and not rules.is_setup_among(name.rsplit("/", 1)[-1], names)  # CHAPTERS, STATISTIC_PEERS
                        and "…" not in name and not name.endswith("...") and not clock
                        for name, rank, clock in zip(names, self.steps, clocked)]  # "learni...": cut
        # STEP_CHANGE: the metric columns whose name alone would be a setting's ("max.diff"
        # beside a step column): the parser keeps their points past its test of a name alone
        self.measured = frozenset(name for name, metric in zip(names, self.metrics) if metric and (
            rules.is_step_change(name.rsplit("/", 1)[-1], names)))
        if names[:1] == ["0"] or names[1:2] == ["0"]:  # POSITION_LABELS: an array's data, no value
            self.metrics = [metric and not positional for metric, positional in zip(
                self.metrics, position_columns(names))]
        probed = rules.probed_columns(names, self.steps)  # PROBED_POINTS
        self.metrics = [metric and i < probed for i, metric in enumerate(self.metrics)]
        for at in self.owned:  # KEY_COLUMN: a thing's own figure (``cs_min_r2``) is no setting
            self.metrics[at] = self.steps[at] is None and not rules.is_time_column(names[at]) and not clocked[at]
        # MIRROR_COLUMN: the metric columns equal to the row's step in every row so far
        self.mirrors = {name for name, metric in zip(names, self.metrics) if metric} if any(
            rank is not None for rank in self.steps) else set()
        ranks = [rank for rank in self.steps if rank is not None]
        # The finest step column, and the step of the last row read in it: a row whose step
        # does not go past it may start another table of the same width (a header above it).
        self.step_at = self.steps.index(min(ranks)) if ranks else None
        self.last: float | None = None
        # UNIT_KEY: without a step column, the first named column may key the rows by amount.
        first = 1 if len(names) > 1 and not names[0] else 0
        self.key_at = first if ranks == [] and not barred else None
        if self.key_at == 1 and len(names) > 2:  # FRAME_INDEX: a pandas frame's row labels,
            self.steps[0], self.step_at = _FRAME_INDEX_RANK, 0  # after UNIT_KEY's amounts
        self.counter, self.counted = UNDECIDED, 0  # COUNTER_STEP: its counter's column, last count
        self.wholes: set[int] | None = None  # WHOLE_COLUMN: of a solver's table (token_rows)
        self.held: list | None = []  # HELD_WHOLES: the rows' values of those columns, held
        self.phase: str | None = None  # PHASE_HEADING: a heading above a barred table
        self.nest: tuple[int, str] | None = None  # NESTED_LABELS: (inner level's start, outer label)

    def step_of(self, cells: list[str]) -> float | None:
        """The step of the row `cells` in the step column, when it reads as a number."""
        if self.step_at is None or self.step_at >= len(cells):
            return None
        cell = cells[self.step_at]
        try:
            return float(cell)
        except ValueError:  # no number in the step column, or a count: "1/3" (COUNT_CELLS)
            count = _COUNT_CELL.match(cell.strip())
            return float(count.group(1)) if count else None
