"""STACKED_HEADER (`expctl.metrics.rules`): a header whose names are printed over two lines.

A column too narrow for its name prints it in two rows, one word over the other, as Vowpal
Wabbit's progressive validation does::

    average  since         example        example        current        current  current
    loss     last          counter         weight          label        predict features
    1.761725 1.761725            1            1.0         1.3273         0.0000        6

Each column is named by its two words, top first (``average loss``, ``example counter``):
the lower line alone names nothing a program printed whole (``loss``, ``last``), and two
columns would share a word (``counter``, ``weight`` of one ``example``). The two lines are a
stack when each holds one word per column, as many words each, and each word of one stands
over its own word of the other (their columns overlap one to one); a title above a header, or
a line of prose, never does that.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern

_WORD = LazyPattern(r"\S+")
_CELL = LazyPattern(r"\S+(?: \S+)*")


def _words(line: str) -> list[tuple[int, int]]:
    return [match.span() for match in _WORD.finditer(line)]


def tops(header: str, above: str, is_name: Callable[[str], bool]) -> list[str] | None:
    """The word of the line `above` over each word of `header`, when the two are a stack
    (STACKED_HEADER); else None."""
    if not above.strip() or above.strip() == header.strip():
        return None
    upper, lower = _words(above), _words(header)
    if len(upper) != len(lower) or len(lower) < 2:
        return None
    for (left, right), (start, end) in zip(upper, lower):
        if not (left < end and start < right):
            return None  # a word over two columns, or over none: a title, not a stack
    for i in range(1, len(lower)):  # each word overlaps its own only
        if upper[i][0] < lower[i - 1][1] or lower[i][0] < upper[i - 1][1]:
            return None
    words = [above[left:right] for left, right in upper]
    return words if all(map(is_name, words)) else None


def stacked(names: list[str], header: str, above: str, is_name: Callable[[str], bool]
            ) -> list[str]:
    """STACKED_HEADER (rules): `names` of a `header` (one word each, in order) joined under
    the words of the line `above` (``average`` over ``loss``: ``average loss``) when the two
    lines are a stack; else `names` unchanged."""
    words = tops(header, above, is_name)
    if words is None or len(words) != len(names) or any(" " in name.strip() for name in names):
        return names
    return [f"{top} {name.strip()}" for top, name in zip(words, names)]


def continued(header: str, below: str, is_name: Callable[[str], bool]) -> list[str] | None:
    """STACKED_HEADER (rules), top-aligned: the names of `header` joined with those of the
    line `below` it that stand under them (tabulate's ``train`` over ``loss``, with nothing
    under ``epoch``), when `below` holds names only, each under one name of its own, and none
    flush left under a header set in (pandas's index name); else None."""
    tops = [(m.start(), m.end(), m.group()) for m in _CELL.finditer(header)]
    parts = [(m.start(), m.end(), m.group()) for m in _CELL.finditer(below)]
    if not parts or len(parts) > len(tops) or not all(
            is_name(text) for *_, text in parts + tops):
        return None
    if parts[0][0] == 0 and tops[0][0] > 0:
        return None
    names = [text for *_, text in tops]
    taken: set[int] = set()
    for start, end, text in parts:
        under = [i for i, (left, right, _) in enumerate(tops) if start < right and left < end]
        if len(under) != 1 or under[0] in taken:
            return None
        taken.add(under[0])
        names[under[0]] = f"{names[under[0]]} {text}"
    return names


def stacked_header(lines: Sequence[str], row: str, is_name: Callable[[str], bool]
                   ) -> tuple[list[str], None] | None:
    """STACKED_HEADER (rules) over a `row` of cells two spaces apart that no header of cells
    two spaces apart names (Vowpal Wabbit's ``predict features`` one space apart): the last
    non-blank line of `lines`, one name per word, each over its own cell of the row, and the
    line above it a stack over it; the names are the stacked words (``average loss``), where
    the columns stand is not known."""
    lower = [at for at, line in enumerate(lines) if line.strip()][-1:]
    if not lower or lower[0] < 1:
        return None
    header = lines[lower[0]]
    cells, words = [m.span() for m in _CELL.finditer(row)], _words(header)
    if len(cells) != len(words) or any(not (left < end and start < right)
                                       for (left, right), (start, end) in zip(words, cells)):
        return None
    tops_found = tops(header, lines[lower[0] - 1], is_name)
    names = header.split()
    if tops_found is None or not all(map(is_name, names)):
        return None
    return [f"{top} {name}" for top, name in zip(tops_found, names)], None
