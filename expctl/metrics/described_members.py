"""DESCRIBED_MEMBER (rules): a list member's table printed under a description of its own.

An R list prints each member under its path (``$estimate``, LIST_HEADING) and then the member as
its class prints itself; an object's print method often says what the object is before its
table (a fit's kind, the states of a chain, a sentence introducing the matrix). The member runs
to the blank line R prints after it, so a table below such lines, with no blank line between it
and the path, is still the member's::

    $estimate
    MLE Fit
     A 3-state chain on: x, y, z
     The matrix (by rows) is:
              x         y         z
    x 0.6716418 0.2388060 0.0895522        <- estimate/x/x

A few description lines at most are looked past, each holding a letter; a blank line or another
path ends the look.
"""

from __future__ import annotations

from collections.abc import Sequence

from .list_headings import list_heading

_REACH = 6  # description lines between a member's path and its table's header, at most


def described_member(lines: Sequence[str], at: int) -> str | None:
    """The path of the list member whose table has its header at ``lines[at]``, when one to
    `_REACH` description lines part the two; None when no path lies above within reach past no
    blank line (a path right above is LIST_HEADING's)."""
    for above in range(at - 2, max(at - 2 - _REACH, -1), -1):
        text = lines[above + 1]
        if not text.strip() or not any(ch.isalpha() for ch in text) or list_heading(text) is not None:
            return None
        path = list_heading(lines[above])
        if path is not None:
            return path
        if not lines[above].strip():
            return None
    return None
