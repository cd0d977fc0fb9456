"""SIBLING_MATRICES (rules): two right-aligned matrices of the same things, one right after the
other, each under a title of its own over a header of the same names (``Unweighted:`` and
``Weighted:`` over ``mean  std.dev`` and rows ``W1``, ``W2``). The labels and the columns say
which thing and what was measured; the titles say how, so they name the values
(``Weighted/W1/mean``): read alone, the second matrix would go on the first one's series.
Matrices of other things under one header (a model's coefficients and its intercepts) share no
row label and keep their names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cells import NUMBER_CELL

# a title of words alone, flush left, closed by a colon
_TITLE = re.compile(r"([^\W\d_][\w.'-]*(?: [^\W\d][\w.'-]*){0,5}):\Z")
SIBLING_LOOK = 16  # lines up and down to the sibling's header: its rows and blank lines between


def sibling_title(earlier: Sequence[str], later: Sequence[str], header: str, label: str) -> str | None:
    """The title right over `header` (`earlier`: the lines before the first row, labelled
    `label`; `later`: those after it) when a matrix right before or right after this one, blank
    lines between, stands under a title of its own over a header of the same names and shares a
    row label with it; else None."""
    at = next((i for i in range(len(earlier) - 1, 0, -1) if earlier[i] == header), 0)
    title = _TITLE.match(earlier[at - 1].rstrip()) if at > 0 else None
    if title is None:
        return None  # the usual case: no title of its own right over the header
    names = header.split()
    own = _labels(later) | {label}  # this matrix's row labels: the same things as its sibling's?
    if own & _sibling_up(list(reversed(earlier[:at - 1])), names) or own & _sibling_down(
            list(later), names):
        return title.group(1)
    return None


def _sibling_up(lines: list[str], names: list[str]) -> set[str]:
    """The row labels of the sibling above, reading up from the title (`lines`): blank lines,
    its rows, its header of `names`, its title; else an empty set."""
    at = _past(lines, 0, _blank)
    rows = at
    at = _past(lines, at, _row_text)
    if rows < at and at + 1 < len(lines) and lines[at].split() == names and _TITLE.match(
            lines[at + 1].rstrip()):
        return {text.split(None, 1)[0] for text in lines[rows:at]}
    return set()


def _sibling_down(lines: list[str], names: list[str]) -> set[str]:
    """The row labels of the sibling below, reading down from the first row (`lines`): the rest
    of this matrix's rows, blank lines, a title, a header of `names` and rows; else an empty set."""
    at = _past(lines, _past(lines, 0, _row_text), _blank)
    if at + 2 < len(lines) and _TITLE.match(lines[at].rstrip()) and lines[at + 1].split() == names:
        return _labels(lines[at + 2:])
    return set()


def _past(lines: Sequence[str], at: int, test) -> int:
    """The index of the first line from `at` on that `test` does not hold for."""
    while at < len(lines) and test(lines[at]):
        at += 1
    return at


def _labels(lines: Sequence[str]) -> set[str]:
    """The row labels of the matrix rows opening `lines`."""
    return {text.split(None, 1)[0] for text in lines[:_past(lines, 0, _row_text)]}


def _blank(text: str) -> bool:
    return not text.strip()


def _row_text(text: str) -> bool:
    """A row of a matrix: a label flush left (no number: a vector's values) and more."""
    words = text.split(None, 1)
    return len(words) == 2 and not text[:1].isspace() and NUMBER_CELL.match(words[0]) is None and (
        _TITLE.match(text.rstrip()) is None)
