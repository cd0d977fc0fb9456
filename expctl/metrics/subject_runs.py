"""SUBJECT_RUN: lines that each open with ``<method> on <problem>:`` and report the same keys.

A program comparing methods on problems prints one result line per pairing, the label first
(``OriginalPSO on rastrigin: best fitness 31.97``, ``BaseGA on rastrigin: best fitness
11.71``), often with a line of detail between them (``  best position: [...]``). The label says
which pairing the keys measure: two pairings' ``best fitness`` must never share a series, and a
line's place in the list is no step. So a pair is named ``<label>/<key>`` when the nearest line
of that form within `REACH` lines above or after it reports the same keys under another label;
one pairing alone keeps the bare key (SUBJECT_LABEL). The labels a run showed are kept, so a
later line of the run is named even when its neighbours are not known yet.
"""

from __future__ import annotations

from itertools import chain

from ..lazyre import LazyPattern
from . import phases
from .value_lists import nonblank_after
from .steps import STEP_RANK

REACH = 2  # a result line and one line of detail under it: the next pairing is two lines on
_SUBJECT = LazyPattern(r"([^\W\d][\w.+-]*) on ([^\W\d][\w.+-]*):\s*\Z")
_KEPT = 256


def subject_of(line: str, first: int) -> str | None:
    """The ``<method> on <problem>`` label `line` opens with (past a log prefix) before its
    first pair at `first`, or None: not a step word, nor an ``-ing`` verb (``Running on cpu:``)."""
    match = _SUBJECT.match(phases.leading_label(line[:first]))
    if match is None:
        return None
    method, problem = match.groups()
    if method.endswith("ing") or method.lower() in STEP_RANK or problem.lower() in STEP_RANK:
        return None
    return f"{method} on {problem}"


class SubjectRuns:
    """SUBJECT_RUN: the (keys) of runs read so far, so a later line of a run is named at once."""

    def __init__(self):
        self.seen: set[tuple[str, ...]] = set()

    def label(self, line: str, first: int, before, after) -> str | None:
        """The label naming `line`'s pairs (its first at `first`), or None. `before(k)` gives
        the k lines above, oldest first; `after(k)` the k-th line after, or None."""
        if " on " not in line[:first] or (subject := subject_of(line, first)) is None:
            return None
        from .formats import read_line  # the formats read lines through the rules: no cycle at import
        keys = tuple(name for name, _ in read_line(line).pairs)
        if keys in self.seen:
            return subject
        above = [text for text in before(2 * REACH) if text.strip()][-REACH:]  # blank lines passed, as a read cut into lines leaves them out
        near = chain(reversed(above), nonblank_after(after, REACH))  # lazily: a line after may wait
        for other in near:
            if not other or " on " not in other:
                continue
            reading = read_line(other)
            if not reading.spans or (theirs := subject_of(other, reading.spans[0])) is None:
                continue
            if theirs != subject and tuple(name for name, _ in reading.pairs) == keys:
                if len(self.seen) < _KEPT:
                    self.seen.add(keys)
                return subject
        return None
