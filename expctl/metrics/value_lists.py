"""Lines that report one value each without ``:`` or ``=``, read by the lines around them.

VALUE_FIRST_BLOCK: a summary that puts each value first and names it after, under a heading
closed by a colon (Covasim's ``Simulation summary:`` over ``      534 cumulative
infections``, set in: OPENS_WITH_VALUE): a run of three or more such lines (the widest number
may stand flush left, read as a neighbour), the numbers aligned (their ends, or the words
after them, in one column), right under the heading. Each line is ``<words>`` = its number
(thousands commas dropped). A count a program prints once (``5 passed``, ``wc -l``'s ``120
file.txt``) or a run with no heading (``uniq -c``, a data set's ``150 samples``) gives
nothing: the heading and the aligned run say the block is a report of values. A name of the
setup's vocabulary (``samples``, ``params``) stays none (NOT_METRIC_WORDS).

THING_LINES: one line per thing, its name first, then a key, a decimal and a remark
(mljar's ``3_Linear logloss 0.290633 trained in 5.74 seconds``): when a line of that form
within `REACH` lines above or after it reports the same key for another thing, the value is
``<thing>/<key>``; the remark gives nothing (a timing, a count). One line alone is prose.
Such a line is a candidate when a number or a duration closes it (ENDS_IN_DURATION).

Both are tried on candidate lines in which no other format read a pair (`lone_pair`, after
TIMER_OUTPUT's `timer_pair`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain

from ..lazyre import LazyPattern
from . import vocabulary
from .steps import STEP_RANK
from .timer_lines import timer_pair
from .ruled_pairs import ruled_pair
from .titled_estimates import titled_estimate

BLOCK_LOOK = 32  # lines above a value line searched for its block's heading
REACH = 2  # THING_LINES: the next thing's line, a line of another kind between at most
_VALUE_LINE = LazyPattern(r"[ \t]*([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?) +"
                          r"([^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*){0,5})[ \t]*\Z")
_HEADING = LazyPattern(r"[ \t]*[^\W\d][^\d:]{0,60}:[ \t]*\Z")
# BRANCH_VALUES: a number, then a tree's branch opening an item, then the item's label
_BRANCH = LazyPattern(r"\d [\u250c-\u250f\u2514-\u2517\u251c-\u2523\u2552-\u2554\u2558-\u255a\u255e-\u2560] ")
_BRANCH_LINE = LazyPattern(r"[ \t]*(?:[^\w\s.+-]{1,2}[ \t]*)?([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)"
                           r" ([\u250c-\u250f\u2514-\u2517\u251c-\u2523\u2552-\u2554\u2558-\u255a\u255e-\u2560]) +(\S.*?)[ \t]*\Z")
_STEM = frozenset("\u2502\u2503\u250a\u250b\u2506\u2507\u2551")  # a tree's stem: │ ┃ ┊ ║ ...
_THING_LINE = LazyPattern(r"([\w.+-]*[^\W\d_][\w.+-]*) ([^\W\d][\w@.-]*) ([-+]?\d+\.\d+)(?: |\Z)")


def lone_pair(line: str, before: Callable[[int], Sequence[str]],
              after: Callable[..., str | None]) -> list[tuple[str, str]]:
    """The pair of a line of no pairs: TIMER_OUTPUT's, VALUE_FIRST_BLOCK's, THING_LINES' or
    TITLED_ESTIMATE's (`before(k)`: the k lines above, oldest first; `after(k)`: the k-th line after), else []."""
    found = timer_pair(line, before, after)
    if not found and line[:1] in " \t0123456789-+":
        found = block_value(line, before, after)
    if not found and line[:1] not in " \t":
        found = thing_value(line, before, after)
        if not found and line[:1].isalnum() and "  " in line:
            found = ruled_pair(line, before)  # RULED_PAIRS
    if not found and line[:1] in " \t" and ("+/-" in line or "±" in line):
        found = titled_estimate(line, before)  # TITLED_ESTIMATE
    if not found and _BRANCH.search(line) is not None:
        found = branch_value(line, before, after)  # BRANCH_VALUES
    return found


def nonblank_after(after: Callable[..., str | None], count: int):
    """The first `count` lines after the current one that are not blank, one by one, lazily
    (`after(k)`: the k-th line after, or None); blank lines are passed over, as a read cut
    into lines leaves them out."""
    k = found = 0
    while found < count:
        k += 1
        text = after(k)
        if text is None:
            return
        if text.strip():
            found += 1
            yield text


def _shape(line: str | None) -> tuple[int, int] | None:
    """Where a value line's number ends and its words start, or None."""
    match = _VALUE_LINE.match(line) if line else None
    return (match.end(1), match.start(2)) if match else None


def _aligned(one: tuple[int, int], other: tuple[int, int]) -> bool:
    return one[0] == other[0] or one[1] == other[1]


def opens_value_run(line: str, after: Callable[..., str | None]) -> bool:
    """True when `line` and the line after it (`after(k)`, blank lines passed) are value lines, aligned: a
    VALUE_FIRST_BLOCK's run under its heading, no value a wrap cut from that heading's name."""
    own = _shape(line)
    if own is None:
        return False
    other = _shape(next(nonblank_after(after, 1), None))
    return other is not None and _aligned(own, other)


def block_value(line: str, before, after) -> list[tuple[str, str]]:
    """VALUE_FIRST_BLOCK: ``[(<words>, number)]`` of a value line in a headed, aligned run."""
    match = _VALUE_LINE.match(line)
    if match is None:
        return []
    own = (match.end(1), match.start(2))
    above = 0
    for text in reversed([text for text in before(BLOCK_LOOK) if text.strip()]):
        shape = _shape(text)
        if shape is None:
            if _HEADING.match(text) is None:
                return []  # no heading right above the run: a count, a listing
            break
        if not _aligned(shape, own):
            return []
        above += 1
    else:
        return []
    missing = 2 - above  # three lines at least: look on for those missing
    for text in nonblank_after(after, missing):
        shape = _shape(text)
        if shape is None or not _aligned(shape, own):
            return []
        missing -= 1
    if missing > 0:
        return []
    name = " ".join(match.group(2).split())
    if vocabulary.is_setup_name(name):
        return []
    return [(name, match.group(1).replace(",", ""))]


def _thing(line: str | None) -> tuple[str, str, str] | None:
    match = _THING_LINE.match(line) if line else None
    if match is None or match.group(1).lower() in STEP_RANK:
        return None
    return match.group(1), match.group(2), match.group(3)


def thing_value(line: str, before, after) -> list[tuple[str, str]]:
    """THING_LINES: ``[(<thing>/<key>, value)]`` of a thing's line next to another thing's
    line of the same key (within `REACH` lines), else []."""
    own = _thing(line)
    if own is None or vocabulary.is_setup_name(own[1]):
        return []
    above = [text for text in before(2 * REACH) if text.strip()][-REACH:]
    for text in chain(reversed(above), nonblank_after(after, REACH)):
        other = _thing(text)
        if other is not None and other[1] == own[1] and other[0] != own[0]:
            return [(f"{own[0]}/{own[1]}", own[2])]
    return []


def is_branch_item(line: str) -> bool:
    """True for a BRANCH_VALUES item line (``✔   0 ┍ AvoidHairpins[0-300]``), a mark before it
    or none."""
    return _BRANCH.search(line) is not None and _BRANCH_LINE.match(line) is not None


def _branch_at(line: str | None) -> int | None:
    """Where the branch of an item line ``<number> ┍ <label>`` stands, or None."""
    match = _BRANCH_LINE.match(line) if line else None
    return None if match is None else match.start(2)


def _item_near(lines, at: int) -> bool:
    """True when, past the stem lines of items (``│ detail`` with the stem under the branch at
    `at`), the next line of `lines` is another item line branching at `at`."""
    for text in lines:
        if not text.strip():
            return False
        if text[at:at + 1] in _STEM and not text[:at].strip():
            continue  # an item's detail, hung on the stem
        return _branch_at(text) == at
    return False


def branch_value(line: str, before, after) -> list[tuple[str, str]]:
    """BRANCH_VALUES: ``[(<label>, number)]`` of a tree item printed value first (``  -23 ┍
    EnforceGC[0-300](window:50)``), when the item before it or after it in the tree (past its
    stem's detail lines) is another such item, its branch in the same column; else []."""
    match = _BRANCH_LINE.match(line)
    if match is None:
        return []
    at = match.start(2)
    if not (_item_near(reversed(before(BLOCK_LOOK)), at) or _item_near(nonblank_after(after, BLOCK_LOOK), at)):
        return []
    return [(match.group(3), match.group(1))]

