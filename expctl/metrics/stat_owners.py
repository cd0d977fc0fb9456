"""STAT_OWNER (rules): a line of statistics names what they are statistics of.

A report prints a spread summary of a quantity on one line, the quantity's label first and its
statistics after it, and repeats the line for each thing it measured::

      read: IOPS=11.3k, BW=44.2MiB/s
        clat (usec): min=42, max=4358, avg=83.64, stdev=286.23
         lat (usec): min=42, max=4358, avg=83.68, stdev=286.23
      write: IOPS=4936, BW=19.3MiB/s
        clat (usec): min=2, max=2975, avg= 8.84, stdev=119.14

``min`` alone is no quantity: the label says which one (``clat``; a unit in parentheses after
it says how it is counted, no part of its name), and the line it is set under which thing's
(``read``): ``read/clat/min``. Lines of statistics above are siblings, however they are set in
(``lat`` right-aligned to ``clat``); the owner is the nearest line above set in less that is no
line of statistics and reports something after its label. A line flush left, or under no such
line (a heading alone, ``posterior:``, lists things: HEADED_LABELS), is owned by its label alone.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .grammar import STATISTIC_WORDS, STEP_COUNT_WORDS

# The statistics of a spread summary: a value of a quantity each, none a quantity of its own.
STAT_NAMES = STATISTIC_WORDS | frozenset("min max minimum maximum stddev".split())
# "  clat (usec): " before the first pair: one to three words, a unit or aside in parentheses.
_LABEL = LazyPattern(r"(\s*)([^\W\d][\w.-]*(?: [^\W\d][\w.-]*){0,2})(?: ?\([^()]{1,16}\))?\s*:\s*\Z")
_KEY = LazyPattern(r"(?<![\w./@-])([^\W\d][\w./@-]*)\s*[=:]\s*-?[\d.]")
_LOOK_BACK = 12
# STEPPED_STATS (rules): a step word and its number opening the line before the label.
_STEP_LEAD = LazyPattern(rf"\s*(?ai:{'|'.join(STEP_COUNT_WORDS)}|batch|update)[ \t]+\d+(?:/\d+)?[,:]?[ \t]+")


def _label(lead: str) -> tuple[int, str] | None:
    """How far `lead`, a label closed by a colon and nothing else, is set in and the label
    (``clat``), or None."""
    match = _LABEL.match(lead)
    return (len(match.group(1)), match.group(2)) if match else None


def _is_stat_line(line: str, first: int) -> bool:
    """The pairs from `first` on are two or more, every one named by a statistic."""
    keys = _KEY.findall(line, first)
    return len(keys) >= 2 and all(key.lower() in STAT_NAMES for key in keys)


def owner_of(indent: int, before) -> str | None:
    """The label of the nearest line above (`before(k)`: the k lines above, oldest first) set
    in less than `indent` that is no line of statistics, when that line reports something after
    its label (``read: IOPS=11.3k``); None when it opens with no label or is a heading alone
    (or `indent` is 0: nothing is set in less)."""
    if not indent:
        return None
    for above in reversed(before(_LOOK_BACK)):
        if not above.strip():
            continue
        theirs = _label(above[:above.find(":") + 1]) if ":" in above else None
        set_in = len(above) - len(above.lstrip())
        if set_in >= indent or theirs is not None and _is_stat_line(above, above.find(":") + 1):
            continue  # a sibling, or a line under one
        if theirs is None or not above[above.find(":") + 1:].strip():
            return None  # a heading alone ("posterior:") lists things: HEADED_LABELS names them
        return theirs[1]
    return None


def stat_owner(line: str, first: int, before) -> str | None:
    """``<owner>/<label>`` (or ``<label>``) naming the statistics of `line`, its first pair at
    `first`, when `line` is a labelled line of statistics; else None. `before(k)` gives the
    k lines above, oldest first."""
    if ":" not in line[:first]:
        return None
    if (own := _label(line[:first])) is None:
        stepped = _STEP_LEAD.match(line, 0, first)  # STEPPED_STATS: "Episode 10 reward stats: mean=6.7"
        if stepped is None or (own := _label(line[stepped.end():first])) is None:
            return None
        return own[1] if _is_stat_line(line, first) else None
    if not _is_stat_line(line, first):
        return None
    owner = owner_of(own[0], before)
    return own[1] if owner is None else f"{owner}/{own[1]}"
