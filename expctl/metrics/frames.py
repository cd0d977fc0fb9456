"""What a pandas DataFrame's layout and a table's columns say about its rows (the table
readers' helpers, `tables`): UNIT_KEY, PANDAS_INDEX and MIRROR_COLUMN of the rule table in
`expctl.metrics.rules` (with KIN_MIRROR; ELIDED_COLUMNS, the header's side, is in `headers`)."""

from __future__ import annotations

from ..lazyre import LazyPattern

_AMOUNT = LazyPattern(r"(\d+) [^\W\d_]+\Z")  # UNIT_KEY: "2 days", a Timedelta's whole amount
_WORD = LazyPattern(r"[^\W\d_]{3,}")  # KIN_MIRROR: a word of a column's name


def unit_key(cell: str) -> str | None:
    """UNIT_KEY: the whole amount of a cell ``2 days`` (pandas's Timedelta), or None."""
    found = _AMOUNT.match(cell.strip())
    return found.group(1) if found else None


def index_split(cells: list[str], line: str, frame_width: int) -> list[str]:
    """PANDAS_INDEX: the cells of a DataFrame's row whose index stands one space from the
    first cell (``10 12 days``): the index parted from it, in the row of a frame of
    `frame_width` columns (its index's included; 0 for no frame) one cell short, or before
    an amount with a unit (the first row may be so already)."""
    if not line[:1].isdigit() or " " not in cells[0]:
        return cells
    index, _, rest = cells[0].partition(" ")
    if not index.isdigit() or not rest:
        return cells
    framed = frame_width > 0 and len(cells) == frame_width - 1
    return [index, rest, *cells[1:]] if framed or _AMOUNT.match(rest) else cells


def drop_mirrors(table, pairs: list[tuple[str, str]], step: float) -> list[tuple[str, str]]:
    """MIRROR_COLUMN: `pairs` less the values of columns that, in every row so far, equal the
    row's step (Vowpal Wabbit's ``example weight`` beside ``example counter``); `table.mirrors`
    holds those columns' names. At step 0 or 1 an equal value tells nothing (a loss starts at
    0, a ratio at 1): it is kept, unless the column names what the step column counts
    (KIN_MIRROR: ``example weight`` beside ``example counter``, a word of the two the same)."""
    kept = []
    kin = set(_WORD.findall(table.names[table.step_at].lower())) if table.step_at is not None else set()
    for name, value in pairs:
        if name in table.mirrors:
            if float(value) == step and (step not in (0.0, 1.0) or kin.intersection(
                    _WORD.findall(name.rsplit("/", 1)[-1].lower()))):
                continue
            if float(value) != step:
                table.mirrors.discard(name)  # it measured something after all: a metric
        kept.append((name, value))
    return kept
