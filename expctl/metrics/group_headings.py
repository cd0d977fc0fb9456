"""GROUP_HEADING (rules): a table printed under a line naming the group it is about.

A model or estimator fitted per group (per stratum, per cause, per fold) prints one table per
group, each under a line of its own that says which group, as a key and its value; the tables
share their header, so the heading alone tells them apart::

    grp=control :                                       <- a key, "=", its value (R's strata)
      time n.risk n.event  surv se.surv
    1    2     46       0 0.767  0.0546                 <- grp=control/surv

    ----------> Cause:  1                               <- marks, a key, ":", its value

      time n.risk n.event cuminc se.cuminc
    1    2     85       0  0.183    0.0353              <- Cause 1/cuminc

The heading's name is the key and its value as printed with ``=`` (``grp=control``, pairs
parted by commas kept whole: ``sex=1, ph.ecog=0``), or parted by a space where a colon parts
them (``Cause 1``); with a colon, marks must lead the line (an arrow, a rule's run): a key, a
colon and a value alone (``Response: mpg``, ``Measure: AUC``) describe the one table under
them, the table's subject, and name no group. A key that is a step word (``Epoch: 3``) heads a step, no group
(STEP_HEADER), and a line holding more than the key and its value (a sentence, several
numbers) is no such heading. It labels the table right under it, past blank lines.
A list member's path (LIST_HEADING: ``$Comp.1``) is the other heading of that place.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lazyre import LazyPattern
from .described_members import described_member
from .list_headings import list_heading
from .steps import STEP_RANK

# A key: a word, dots, "$" and "_" inside (R's "df$g", "ph.ecog"); a value: one token, no pair.
_KEY = r"[^\W\d][\w.$]{0,31}"
_VALUE = r"[\w.+-]{1,32}"
_PAIRS = rf"{_KEY}={_VALUE}(?:, {_KEY}={_VALUE})*"
# its pairs (R's strata: "grp=control :", a colon closing it allowed), or marks leading a key, a
# colon and its value ("----------> Cause:  1", "==> fold: 2"); a key and value alone
# ("Response: mpg", "method: SUR") describe the one table under them (its response, its
# method), no group of several
_GROUP_HEADING = LazyPattern(
    rf"\s*(?:(?P<pairs>{_PAIRS})|[-=>~*#]{{2,}}\s*(?P<key>{_KEY}):\s+(?P<value>{_VALUE}))\s*:?\s*\Z")
_BLANKS = 2  # blank lines between a heading and its table's header, at most


def group_heading(line: str) -> str | None:
    """The group `line` names when it is a GROUP_HEADING, else None."""
    found = _GROUP_HEADING.match(line)
    if found is None:
        return None
    if found.group("pairs") is not None:
        return found.group("pairs")
    key = found.group("key")
    if key in STEP_RANK or key.lower() in STEP_RANK:
        return None  # "Epoch: 3": a step's heading (STEP_HEADER)
    return f"{key} {found.group('value')}"


def table_heading(lines: Sequence[str], at: int) -> str | None:
    """The name of the heading over a table whose header is ``lines[at]``: a list member's
    path right above it (LIST_HEADING), else a group's heading above it past blank lines
    (GROUP_HEADING), else None."""
    if at <= 0:
        return None
    path = list_heading(lines[at - 1]) or described_member(lines, at)  # DESCRIBED_MEMBER
    if path is not None:
        return path
    above = at - 1
    while above >= 0 and at - 1 - above < _BLANKS and not lines[above].strip():
        above -= 1
    return group_heading(lines[above]) if above >= 0 and lines[above].strip() else None
