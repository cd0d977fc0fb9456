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


def ruled_settings(before: list[str], line: str, after: list[str]) -> list[Entry] | None:
    """RULED_SETTINGS: the entries of the run of flush-left ``Words: value`` lines holding
    `line`, when a bare rule is right above the run, a value is a flag (True, False, None)
    and no key names a result or a step; else None."""
    if _WORDS_PAIR.match(line) is None:
        return None
    above: list[Entry] = []
    ruled = False
    for text in reversed(before[-_RUN_LOOK:]):
        if _BARE_RULE.match(text):
            ruled = True
            break
        match = _WORDS_PAIR.match(text)
        if match is None:
            return None  # the run opens under something else: a heading, a sentence, a table
        above.append((match.group(1), match.group(2)))
    if not ruled:
        return None
    run = [*reversed(above)]
    for text in [line, *after[:_RUN_LOOK]]:
        match = _WORDS_PAIR.match(text)
        if match is None:
            break
        run.append((match.group(1), match.group(2)))
    if not any(value in _FLAGS for _, value in run) or any(
            key.lower() in STEP_RANK or rules.is_result_name(key) for key, _ in run):
        return None
    return run
