"""The two ends of an optimiser's trace: TRACE_ENDS (rules).

An optimiser tracing its objective prints the value it starts from and the value it ends
at around the stepped lines, in the same words (R's ``optim``, ``nnet``, ``multinom``)::

    initial  value 203.863031          <- initial value = 203.863031
    iter  10 value 112.181981          <- value at step 10 (the pairs' reader)
    final  value 5.970419              <- final value = 5.970419

A line of a word, a name and a number and nothing else, right above or right under a line
of a step key, its count, the same name and a number, is that series' end: a metric named
by the word and the name, with no step (the first and last values are no point of the
stepped series, whose own steps are counted). Alone, such a line is too like a sentence's
end to be read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .grammar import NUMBER
from .steps import STEP_RANK
from ..lazyre import LazyPattern

_END = LazyPattern(rf"([^\W\d_]+) +([^\W\d][\w.]*) +({NUMBER})\s*\Z")
_STEPPED = LazyPattern(rf"\s*([^\W\d_]+) +\d+:? +([^\W\d][\w.]*):? +{NUMBER}\s*\Z")


def read_trace_end(line: str, before: Callable[[int], Sequence[str]],
                   after: Callable[[], str | None]):
    """The pair of `line` (``("final value", "5.97")``) when it ends a trace, else None."""
    end = _END.match(line)
    if end is None or end.group(1) in STEP_RANK:
        return None
    above = before(1)
    for neighbour in (above[-1] if above else None, after()):
        stepped = _STEPPED.match(neighbour) if neighbour else None
        if stepped is not None and stepped.group(1) in STEP_RANK and (
                stepped.group(2) == end.group(2)):
            return f"{end.group(1)} {end.group(2)}", end.group(3)
    return None
