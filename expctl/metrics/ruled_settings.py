"""Settings printed between rules after a run: RULED_SETTINGS (rules).

A library that summarises itself after it ran prints its settings as flush-left ``Words:
value`` lines under a bare rule (PyGAD's ``summary()``)::

    ======================================================================
    Population Size: (12, 25)
    Number of Generations: 30
    Keep Elitism: 1
    Save Best Solutions: False
    ======================================================================

Such a run is no sentence of results: a flag among its values (``False``) is a switch the run
was given, and the numbers beside it are set the same way. `held_config` records the run's
entries as params.
"""

from __future__ import annotations

from collections.abc import Callable

from . import rules
from .steps import STEP_RANK
from ..lazyre import LazyPattern

Entry = tuple[str, str]

# a rule of one repeated mark, nothing else on the line
_BARE_RULE = LazyPattern(r"\s*([=\-─━*#~])\1{9,}\s*\Z")
# a flush-left "Words: value" line: up to five words, a colon, one space, a value
_WORDS_PAIR = LazyPattern(r"([^\W\d][\w.-]*(?: [^\W\d][\w.-]*){0,4}): (\S.*?)\s*\Z")
_FLAGS = frozenset(("True", "False", "None"))
_RUN_LOOK = 24  # lines of a run looked at either side


def ruled_settings(before: Callable[[int], list[str]], line: str,
                   after: Callable[[int], list[str]]) -> list[Entry] | None:
    """RULED_SETTINGS: the entries of the run of flush-left ``Words: value`` lines holding
    `line` (`before(n)`/`after(n)`: the n lines around it), when a bare rule is right above the
    run, no key comes twice (a log of values), a value is a flag (True, False, None) and no
    key names a result or a step; else None. A log of ``loss: 0.5`` lines costs one look."""
    current = _WORDS_PAIR.match(line)
    if current is None:
        return None
    keys = {current.group(1)}
    last = before(1)
    if not last or _BARE_RULE.match(last[0]) is None and (
            (match := _WORDS_PAIR.match(last[0])) is None or match.group(1) in keys):
        return None  # the usual case, looked at once: a line of another kind, or a log
    above: list[Entry] = []
    ruled = False
    for text in reversed(before(_RUN_LOOK)):
        if _BARE_RULE.match(text):
            ruled = True
            break
        match = _WORDS_PAIR.match(text)
        if match is None or match.group(1) in keys:
            return None  # under a heading, a sentence, a table; or a key again: a log
        keys.add(match.group(1))
        above.append((match.group(1), match.group(2)))
    if not ruled:
        return None
    run = [*reversed(above), (current.group(1), current.group(2))]
    for text in after(_RUN_LOOK):
        match = _WORDS_PAIR.match(text)
        if match is None:
            break
        run.append((match.group(1), match.group(2)))
    if not any(value in _FLAGS for _, value in run) or any(
            key.lower() in STEP_RANK or rules.is_result_name(key) for key, _ in run):
        return None
    return run


# RULED_TITLE (rules): one line between two bare rules, a title word first, then "key=value"
# settings ("algo1, lr=0.03" under and over "=====..."): the section's title and what it was run
# with, as a banner names a run; no result's name among the keys.
_TITLED = LazyPattern(r"\s*[^\W\d][\w.-]{0,40}[,:]?[ \t]+[^\W\d][\w.]*[ \t]*=")


def ruled_title(before: Callable[[int], list[str]], line: str, after: Callable[[int], list[str]],
                pairs: list[Entry]) -> bool:
    """RULED_TITLE: True when `line` is a section's title with its settings (`pairs`) between
    two bare rules."""
    if _TITLED.match(line) is None or any(rules.is_result_name(name) for name, _ in pairs):
        return False
    above, below = before(1), after(1)
    return bool(above and below) and _BARE_RULE.match(above[0]) is not None and (
        _BARE_RULE.match(below[0]) is not None)
