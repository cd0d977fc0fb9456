"""TITLED_ESTIMATE (rules): estimates set in under the title that names them, each a value and
its error.

A tool that tests a difference prints a title naming what it estimated, often with the level
of its interval, then the estimate on a line of its own, set in, with its half-width after
``+/-`` or ``±``; the same estimate relative to a baseline may follow as a percentage::

    Difference at 95.0% confidence
            1.04053 +/- 0.908169               <- Difference = 1.04053
            10.4701% +/- 9.13825%              <- Difference % = 10.4701

The title stands flush left: one to four words (a letter first, no colon or ``=``, no prose
word, no digit, not a verdict opened by ``No``) and, at most, the level of the interval closing it (``at 95.0% confidence``,
``(95% CI)``), which says how sure the estimate is and is no part of its name. The estimate
lines follow it right away, set in alike. The first one's value is the title's; a later one
printed in percent, under a first that is not, is the same estimate relative to the baseline
and is named by the title and ``%``. The half-width is no result of its own (UNCERTAIN_VALUE
drops it the same way).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern
from . import vocabulary
from .grammar import PROSE_WORDS

_NEGATIONS = frozenset(("no", "not", "none"))  # a verdict's first word, not an estimate's name
_LOOK_BACK = 4  # estimate lines of one block above the current one, at most
_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_ESTIMATE = LazyPattern(rf"([ \t]+)({_NUMBER})(%?) *(?:\+/-|±) *{_NUMBER}%?[ \t]*\Z")
_TITLE = LazyPattern(r"([^\W\d_][^\W\d]*(?: [^\W\d_][^\W\d]*){0,3})"
                     r"(?: (?:at|with) \d+(?:\.\d+)? ?% (?:confidence|level)| \(\d+(?:\.\d+)? ?% CI\))?[ \t]*\Z")


def titled_estimate(line: str, before: Callable[[int], Sequence[str]]) -> list[tuple[str, str]]:
    """TITLED_ESTIMATE: the pair of an estimate line under its title, else [] (`before(k)`:
    the k lines above, oldest first)."""
    own = _ESTIMATE.match(line)
    if own is None:
        return []
    block = [own]
    for above in reversed(before(_LOOK_BACK + 1)):
        estimate = _ESTIMATE.match(above)
        if estimate is not None and estimate.group(1) == own.group(1):
            block.append(estimate)
            continue
        title = _TITLE.match(above)
        if title is None or len(block) > _LOOK_BACK:
            return []
        name = title.group(1)
        words = name.lower().split()
        if PROSE_WORDS.intersection(words) or words[0] in _NEGATIONS or vocabulary.is_setup_name(name):
            return []  # a sentence, a verdict ("No difference proven"), a count or setting
        first = block[-1]
        relative = own is not first and own.group(3) == "%" and first.group(3) != "%"
        return [(f"{name} %" if relative else name, own.group(2))]
    return []
