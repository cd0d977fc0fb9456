"""Tables whose rows are named in their last column: LABEL_LAST (rules).

A per-class report may set each row's numbers first and the class it is about last, under a
header whose last name is that column's (Weka's detailed accuracy)::

                   TP Rate   FP Rate   Precision   Recall  Class
                     0.983     0.034      0.935     0.983    class_0
                     0.944     0.056      0.918     0.944    class_1
    Weighted Avg.    0.938     0.036      0.94      0.938

A row of numbers, one fewer than the header's names, then a label that is no number, gives
``<label>/<column>`` for each; a closing row that opens with its label flush left (a total or
an average over the rows) is named by that label. The header lies right above the rows (names
parted by two or more spaces, none a number, three or more); at least one of a row's numbers
has a decimal point. A row names itself by a word where listings (``ps``, ``df``, a data frame)
would hold a number in every column or a name first, and their rows do not fit a header one
name longer than their numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .grammar import NUMBER
from ..lazyre import LazyPattern

_LOOK_BACK = 16  # how far up the header may lie (its rows in between)
_GAP = LazyPattern(r"\s{2,}")
_NAME = LazyPattern(r"[^\W\d][\w.%()/+-]*(?: [^\W\d][\w.%()/+-]*){0,2}\Z")
_NUMBER = LazyPattern(rf"{NUMBER}\Z")
_RULE = LazyPattern(r"\s*-{3,}(?:\s+-{2,})+\s*\Z")  # a rule under each of a header's names
# DASHED_GROUPS: a group's title between runs of dashes, a space on each side ("--- train ---")
_DASHED = LazyPattern(r"-{2,} ([^\W\d][\w.'()]*(?: [\w.'()]+){0,3}) -{2,}")
_CELL = LazyPattern(r"\S+(?: \S+)*")
_SPACED_WORD = LazyPattern(r"\s[^\W\d]")  # DESCRIBED_LABEL_LAST's precheck: a word in the row
_LABEL = LazyPattern(r"(?:[^\W\d][\w.()/+-]*(?: [^\W\d][\w.()/+-]*){0,2}|<[^\W\d]\w*>)\Z")  # "<BIAS>"

Steps = list[tuple[list[tuple[str, str]], None | str]]


def _row(line: str) -> tuple[str, list[str]] | None:
    """(label, numbers) of a row named in its last column or, flush left, in its first."""
    if line[:1].isspace() or line[:1] in "+-":
        cells = line.split()
        label, numbers = (cells[-1], cells[:-1]) if len(cells) >= 2 else ("", [])
    else:
        cells = _GAP.split(line.rstrip())
        label, numbers = (cells[0], cells[1:]) if len(cells) > 2 else ("", [])
    if not numbers or not _LABEL.match(label) or not all(_NUMBER.match(cell) for cell in numbers):
        if len(cells) < 4 or not line[:1].isspace() or _SPACED_WORD.search(line) is None or (
                _NUMBER.match(cells[0]) is None):
            return None
        label, numbers = _described(cells)  # DESCRIBED_LABEL_LAST
        if not numbers:
            return None
    if not any("." in cell for cell in numbers):
        return None  # counts only: a listing's row more often than a report's
    return label, numbers


def _described(cells: list[str]) -> tuple[str, list[str]]:
    """DESCRIBED_LABEL_LAST (rules): (label, numbers) of a row of numbers, then its label, then
    words describing it (``1.2e-06  19.8  seq28  synthetic protein 28``), or ("", [])."""
    at = next((at for at, cell in enumerate(cells) if _NUMBER.match(cell) is None), len(cells))
    if at < 2 or at >= len(cells) - 1 or not _LABEL.match(cells[at]) or not any(map(str.isalpha, cells[at + 1])):
        return "", []
    return cells[at], cells[:at]


def _grouped(line: str, header: str, names: list[str]) -> list[str]:
    """DASHED_GROUPS (rules): `names` under the titles of `line` drawn between dashes over the
    columns they group (``--- full sequence ---   --- best 1 domain ---``): ``<title>/<name>``
    for a name standing inside a title's dashes; the others as they are."""
    if "- " not in line:
        return names
    groups = [(m.start(), m.end(), m.group(1)) for m in _DASHED.finditer(line)]
    spans = [(m.start(), m.end()) for m in _CELL.finditer(header)]
    if not groups or len(spans) != len(names):
        return names
    return [next((f"{title}/{name}" for left, right, title in groups if left <= start and end <= right), name)
            for name, (start, end) in zip(names, spans)]


def _header(line: str, ruled: bool) -> list[str] | None:
    """The names of a header line, or None; two names only over a rule (`ruled`)."""
    names = _GAP.split(line.strip())
    if len(names) < (2 if ruled else 3) or not all(_NAME.match(name) for name in names):
        return None
    return names


def read_label_last(line: str, before: Callable[[int], Sequence[str]]) -> Steps | None:
    """The step of `line` as a row of a table named in its last column, or None."""
    row = _row(line)
    if row is None:
        return None
    label, numbers = row
    ruled = False
    lines = before(_LOOK_BACK)
    for at in range(len(lines) - 1, -1, -1):
        above = lines[at]
        if not ruled and _RULE.match(above):
            ruled = True  # RULED_LABEL_LAST: the header's rule, "-------  --------"
            continue
        names = _header(above, ruled)
        if names is not None:
            if len(names) != len(numbers) + 1:
                return None
            if at and "--" in lines[at - 1]:
                names = _grouped(lines[at - 1], above, names)
            return [([(f"{label}/{name}", value) for name, value in zip(names, numbers)], None)]
        if ruled or (other := _row(above)) is None or len(other[1]) != len(numbers):
            return None  # no row of the same table: the header is not above
    return None


# SPREAD_LABEL_ROWS (rules): a headerless row of a value, "±" and its spread, a gap of two spaces
# or more, then the label it is about ("0.2223 ± 0.3506  color_intensity", ELI5's importances);
# SPREAD_LABEL_ROWS: the spread may be padded to its column's width too (" 0.222 ±  0.351  hue")
_SPREAD_ROW = LazyPattern(rf"\s*({NUMBER}) +± +({NUMBER})\s{{2,}}([^\W\d][\w./()-]*(?: [^\W\d][\w./()-]*){{0,2}})\s*\Z")


def read_spread_row(line: str) -> Steps | None:
    """SPREAD_LABEL_ROWS: the label's point of a row ``value ± spread  label``, without a
    header: the label alone names it (an unnamed Series names its values so), the spread is
    dropped (SPREAD_CELLS); None for any other line, or a row of whole numbers only."""
    row = _SPREAD_ROW.match(line) if "±" in line else None
    if row is None or not any(mark in row.group(1) + row.group(2) for mark in ".eE"):
        return None
    return [([(row.group(3), row.group(1))], None)]

