"""A row of a table whose header is known: each cell named by its column (with the row's label,
ROW_LABELS, ID_ROWS, INDEXED_NAMES), the step from its step-like column, counts, times and whole
numbers of a count column left out (see `tables`, whose readers find the header and the cells)."""

from __future__ import annotations

from . import rules
from .grammar import NUMBER
from .cases import is_count_label
from .counter_step import OFF, counter_at
from .cells import COUNT_CELL, LIST_KIND, NUMBER_CELL, list_values
from .frames import drop_mirrors, unit_key
from .heap_tables import heap_row
from .held_wholes import Entry, decides, hold, release
from .summary import MEASURED
from .steps import is_measured_step
from .index_rows import index_label
from .token_rows import counts_whole
from ..lazyre import LazyPattern

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .table_columns import Table

_WHOLE = LazyPattern(r"[-+]?\d+\Z")
_STATISTIC_COLUMNS = frozenset(("statistic", "statistics"))  # STATISTIC_ROWS: polars's describe()
_CLASS_LABELS = frozenset(("class", "category", "label"))  # a whole number, printed without a point
AT_HEADER = "header"
_PAIRED = LazyPattern(rf"\s*({NUMBER}) \(({NUMBER})\)\s*\Z")  # ROW_DATA_CELLS: "156.7 (0.004)"
_PAIRED_KIND = "paired"
# AVERAGED_CELLS (rules): in an aligned table, "2.3641 (2.1017)": a value and its running average
# (an AverageMeter's "val (avg)"); the average is the value of the header's name in full when
# the header names it in parentheses ("Loss (avg)", the value then "Loss"), else dropped.
AVERAGED_KIND = "averaged"
_NAMED_ASIDE = LazyPattern(r"(.*\S)\s*\([^()]*\)\Z")


def averaged_kind(cell: str, kind: str) -> str:
    """AVERAGED_CELLS: a text cell's kind when it is a value and its running average."""
    return AVERAGED_KIND if kind == "text" and _PAIRED.match(cell) else kind
_SEEN_ROWS = 4096  # rows remembered per table for re-printed tables


def read_row(table: Table, cells: list[str], kinds: list[str], row_name: str = ""):
    """A row of `table` (its cells and their kinds): ``[(pairs, step)]``, ``[]`` for a row
    already seen or with no value, None for no row of it (a text cell). HELD_WHOLES: a whole
    column's values are held, and come out before the row that shows the column measured.
    `row_name`: the name a row's reader set aside (ROW_NAMES), part of what makes it a new row."""
    if table.wholes is None or table.held is None:
        return _read_row(table, cells, kinds, None, row_name)
    whole, holding = set(table.wholes), list[Entry]()
    found = _read_row(table, cells, kinds, holding, row_name)
    if not found:
        return found
    pairs, step = found[0]
    decided = {at for at in whole - table.wholes if decides(cells[at])}
    released = release(table.held, decided, table.wholes) if whole != table.wholes else []
    table.held = hold(table.held, step, holding)
    return released + [(pairs, step)] if pairs else released


def _read_row(table: Table, cells: list[str], kinds: list[str], holding: list | None, row_name: str = ""):
    """`read_row`'s reading; the values of whole columns added to `holding` (when a list: a
    row holding some gives its step with no pairs)."""
    if table.barred and (heap := heap_row(table, cells, kinds)) is not None:
        return heap  # HEAP_TABLE: a heap profiler's row of a kind of object, its sizes
    label = None
    if table.barred and table.steps[0] is None and (
            kinds[0] == "name" or kinds[0] == "text" and not table.names[0] or (
                cells[0].strip()[-1:] == "%" and table.names[0].lower() in _STATISTIC_COLUMNS)):
        label, kinds = cells[0].strip(), ["empty", *kinds[1:]]  # ROW_LABELS: "| train | 0.1 |"
    elif table.barred and kinds[0] == "text" and rules.is_when(cells[0]):
        kinds = ["empty", *kinds[1:]]  # STEP_LABELS: "| 2026-01-02 10:00:01 | 0.9 |", a row's time
    elif table.ids and _WHOLE.match(cells[0].strip()):
        label, kinds = cells[0].strip(), ["empty", *kinds[1:]]  # ID_ROWS: "   2    0.55"
    elif table.barred and not table.names[0].strip() and (indexed := index_label(table.names, cells, kinds)) is not None:
        label, kinds = indexed  # INDEXED_NAMES: "│ 0 │ a │ 3.00 │" under "│   │ Name │ Value │"
    if label is not None and table.barred and ("text" in kinds or "name" in kinds):
        kinds = _data_kinds(cells, kinds)  # ROW_DATA_CELLS
    if label is not None and table.barred and _keys_setting(table, cells, kinds):
        label, kinds = f"{label}/{cells[1].strip()}", ["empty", "empty", *kinds[2:]]
    if "text" in kinds or "name" in kinds or "number" not in kinds and AVERAGED_KIND not in kinds:
        return None
    key = tuple(map(str.strip, cells))
    if "NaN" in key and not table.barred and table.names[:1] == [""]:  # MISSING_CELL (rules)
        kinds = ["empty" if cell == "NaN" else kind for cell, kind in zip(key, kinds)]
    if (seen := (*key, row_name) if row_name else key) in table.seen:
        return []  # a row printed again (two rows alike but their names are two rows: ROW_NAMES)
    if len(table.seen) < _SEEN_ROWS:
        table.seen.add(seen)
    if label is not None and is_count_label(label) and table.names[0].lower() in _STATISTIC_COLUMNS:
        return []  # STATISTIC_ROWS: polars's describe() counts the rows it describes
    pairs, step, step_rank = [], None, None
    if table.counter != OFF and (counter := counter_at(table, cells, kinds)) is not None:
        step, kinds = key[counter], [*kinds[:counter], "empty", *kinds[counter + 1:]]  # COUNTER_STEP
    for at, (name, cell, kind, rank, metric) in enumerate(zip(
            table.names, cells, kinds, table.steps, table.metrics)):
        if kind != "number":
            if kind == "count" and rank is not None and step_rank is None:
                step, step_rank = COUNT_CELL.match(cell.strip()).group(1), rank  # "1/3"
            elif kind == LIST_KIND and metric and rank is None:  # LIST_CELLS: a value per term
                pairs += [(_cell_name(table, label, name), term) for term in list_values(cell) or ()]
            elif kind == _PAIRED_KIND and metric and rank is None:  # ROW_DATA_CELLS: both numbers
                pairs += [(_cell_name(table, label, name), term) for term in _PAIRED.match(cell).groups()]
            elif kind == AVERAGED_KIND and metric and rank is None:  # AVERAGED_CELLS
                value, average = _PAIRED.match(cell).groups()
                pairs += [(aside.group(1), value), (name, average)] if (aside := _NAMED_ASIDE.match(name)) else [(name, value)]
            continue
        if rank is not None:
            if (step_rank is None or rank < step_rank) and not is_measured_step(key[at]):  # MEASURED_STEP_COLUMN (rules)
                step, step_rank = NUMBER_CELL.match(key[at]).group(1), rank
        elif metric and not (table.ids and _WHOLE.match(key[at]) and at not in table.owned):  # ID_ROWS, KEY_COLUMN
            pair = (name if label is None and table.phase is None else _cell_name(table, label, name),
                    NUMBER_CELL.match(key[at]).group(1))
            if table.wholes is None or at in table.owned or not counts_whole(table.wholes, at, cell):
                pairs.append(pair)
            elif holding is not None:  # WHOLE_COLUMN, HELD_WHOLES
                holding.append((at, *pair))
    return _row_end(table, label, cells, pairs, step, bool(holding))


def _row_end(table: Table, label: str | None, cells: list[str], pairs: list, step, holds: bool):
    """The row's step, from its key (UNIT_KEY) or its table when the step column gave none, and
    its pairs as a table of this shape names them: ``[(pairs, step)]``, pairs empty only when
    the row `holds` values (HELD_WHOLES)."""
    if (step is None or table.step_at == 0 and table.key_at) and table.key_at is not None and (
            table.key_at < len(cells)):
        step = unit_key(cells[table.key_at]) or step  # UNIT_KEY, before FRAME_INDEX's index
    elif step is not None and table.mirrors:
        pairs = drop_mirrors(table, pairs, float(step))
    if label is not None and len(pairs) == 1 and sum(table.metrics) > 1 and not table.ids and (
            table.names[0].strip().lower() in _CLASS_LABELS):
        pairs = [(label, pairs[0][1])]  # FOOTING_ROW (rules): one value under a table of classes
    if step is None and not table.ids and any(metric and rules.is_setup_name(name.rsplit("/", 1)[-1]) for name, metric in zip(
            table.names, table.metrics)):
        step = MEASURED  # STATISTIC_PEERS: a bound's name kept as a statistic, past the parser's own test
    return [(pairs, AT_HEADER if table.ids and step is None else step)] if pairs or holds else []


def _keys_setting(table: Table, cells: list[str], kinds: list[str]) -> bool:
    """SETTING_KEY (rules): a whole number right after a barred row's label, under a setting's
    name that gives no metric (``| resnet18 | 32 | ...`` under ``| model | batch_size |``), is
    the setting the row was measured at: with the label it names the row."""
    return (len(cells) > 2 and kinds[1] == "number" and not table.metrics[1]
            and table.steps[1] is None and _WHOLE.match(cells[1].strip()) is not None
            and " " not in table.names[1].strip() and rules.is_setup_name(table.names[1].strip()))


def _data_kinds(cells: list[str], kinds: list[str]) -> list[str]:
    """ROW_DATA_CELLS (rules): in a labelled barred row, a word cell is data of the row (its
    model's class: ``lm``), no value, and a number with another in parentheses (``156.7
    (0.004)``, a value and its weight) is two values of its column, in order; when the row
    keeps two values at least (one value beside a word is a listing's: ``| lr | float |
    0.001 |``, a setting, its type and its value), else `kinds` as they were."""
    found = ["empty" if kind == "name" else _PAIRED_KIND if kind == "text" and _PAIRED.match(cell)
             else kind for cell, kind in zip(cells, kinds)]
    return found if sum(kind in ("number", _PAIRED_KIND) for kind in found) >= 2 else kinds


def wrapped_label(cells: list[str], following: list[str] | None) -> list[str]:
    """WRAPPED_LABEL (rules): `cells` with the first cell's text joined to the rest a barred
    table wrapped onto the next row, whose `following` cells (None: no barred row follows) hold
    text in the first only, as wide as this row's (``| RandomForestClassifier(n |`` over ``|
    _estimators=50) |``): without a space when the text fills its cell (a word cut where the
    cell ends), with one when the cut fell at a space, which only a next word too long for the
    rest of the cell makes (a short word there is a row of its own: a group's heading)."""
    if following is None or len(following) != len(cells) or len(following[0]) != len(cells[0]) or (
            any(cell.strip() for cell in following[1:])):
        return cells
    first, rest = cells[0].strip(), following[0].strip()
    if not first or not rest:
        return cells
    full = len(cells[0]) - len(cells[0].rstrip()) <= 1
    if not full and len(first) + 1 + len(rest.split(" ", 1)[0]) <= len(cells[0]) - 2:
        return cells  # the next word would have fit in the cell (a space each side): no wrap
    return [f" {first}{'' if full else ' '}{rest} ", *cells[1:]]


def _cell_name(table: Table, label: str | None, name: str) -> str:
    """A row's cell's name: its column's, with the row's label (ROW_LABELS, ID_ROWS)."""
    if label is not None:
        name = f"{label}/{name}" if table.ids else rules.row_name(table.names[0], label, name)
    return name if table.phase is None else rules.qualify(table.phase, name)
