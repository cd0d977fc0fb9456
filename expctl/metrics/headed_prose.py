"""HEADED_PROSE (rules): a result block's ``words: value`` lines whose label is prose, read whole.

A report heads a block of its findings with a heading naming them, then gives each finding a
line of its own, labelled in words as a sentence would be::

    Maximum likelihood estimate:
    Mode: x[15] = 1.7
    Value of log-density at mode: -0.93
    Value of density at mode: 0.39

Alone, ``Value of density at mode: 0.39`` is prose ending in a number (PROSE_WORDS); under a
heading that names results (HEADED_BLOCK's words, ``estimate`` among them) in an unbroken
block, each label is the name of what the block found. A value may be given as the element
that attains it, a symbol with an index of digits, `` = `` and the value (``x[15] = 1.7``: the
mode is the data point 1.7): the label names the value. A count or a setting's label (``Number
of knots``) names none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .grammar import NUMBER
from .headed import HEADING
from ..lazyre import LazyPattern

_LOOK_BACK = 12  # lines of a block looked back at for its heading
_MAX_WORDS = 8
_LINE = LazyPattern(
    rf"([^\W\d][\w'.()-]*(?: [^\W\d][\w'.()-]*){{0,{_MAX_WORDS - 1}}}):[ \t]+"
    rf"(?:[^\W\d]\w{{0,11}}\[\d{{1,6}}\] = )?({NUMBER})[ \t]*\Z")  # "x[15] = ": the element at which


def read_headed_prose(line: str, before: Callable[[int], Sequence[str]]) -> tuple[str, str] | None:
    """HEADED_PROSE: (label, value) of a flush-left ``words: value`` line in an unbroken block of
    such lines right under a flush-left heading naming results, else None."""
    found = _LINE.match(line)
    if found is None or rules.is_setup_name(found.group(1)) or rules.is_time_column(found.group(1)):
        return None
    for above in reversed(before(_LOOK_BACK)):
        if _LINE.match(above):
            continue  # a line of the same block
        heading = HEADING.match(above) if above[:1].isalpha() else None
        return None if heading is None else (
            (found.group(1), found.group(2)) if rules.heading_kind(heading.group(1)) == "metrics" else None)
    return None
