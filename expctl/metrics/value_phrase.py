"""VALUE_PHRASE (rules): ``<verb> <name> with value <number>``, a sentence that gives one value;
UPDATED_VALUE (rules): ``<name> is updated <old> -> <new>``, one that gives the new value.

A program may announce each value it records as a sentence (Nevergrad's ``Updating fitness
with value 0.6299``): the words before ``with value`` name the quantity, the verb opening the
line (a word ending in ``-ing`` or ``-ed``) says what was done with it and is no part of the
name. The whole line must be the sentence, the value its last token, a measurement (with a
decimal point: ``Connected with value 3`` is a count or a code). A verb that sets or
makes something (``Setting lr with value 0.1``, ``Initializing ...``, ``Using ...``) gives a
setting, not a result: no pair; so do a name that counts or sizes (NOT_METRIC_WORDS), words
of prose, and a name closed by a verb (``Job finished with value 0.0``: a sentence's subject).

A program may also say how a value it keeps changed (PFRL's ``The best score is updated 9.67
-> 10.0``, ``best loss improved from 0.52 to 0.48``): the value after the arrow (or ``to``) is
the name's new point, the old one was its point before. The sentence closes the line; a log
record's prefix may open it.
"""

from __future__ import annotations

from . import rules
from .grammar import NUMBER, PROSE_WORDS
from ..lazyre import LazyPattern

_PHRASE = LazyPattern(rf"\s*(?:([^\W\d]+(?:ing|ed)) )?([^\W\d][\w-]*(?: [^\W\d][\w-]*){{0,2}}?) "
                      rf"with (?:a )?value(?: of)?:? ({NUMBER})\.?\s*\Z")
_SETTING_VERBS = frozenset("set setting initializing initialising initialized initialised using "
                           "creating created loading loaded".split())


def value_phrase(line: str) -> list[tuple[str, str]]:
    """The one pair of a VALUE_PHRASE line, or []."""
    if " with " not in line:
        return []
    match = _PHRASE.match(line)
    if match is None:
        return []
    verb, name, value = (match.group(1) or "").lower(), match.group(2), match.group(3)
    last = name.rsplit(" ", 1)[-1].lower()
    if len(last) > 5 and last.endswith(("ed", "ing")):
        return []  # "Job finished with value 0.0": the name's own verb, a sentence's subject
    if not ("." in value or value[-1:].isalpha()) or verb in _SETTING_VERBS or PROSE_WORDS.intersection(name.lower().split()) or (
            rules.is_setup_name(name)):
        return []
    return [(name, value)]


_UPDATE = LazyPattern(rf"(?:^|(?<=[\s:]))(?:[Tt]he )?([^\W\d][\w-]*(?: [^\W\d][\w-]*){{0,2}}?) "
                      rf"(?:is |was |has been )?(?:updated|improved) "
                      rf"(?:from )?{NUMBER} (?:->|-->|\u2192|to) ({NUMBER})\.?\s*\Z")


def updated_value(line: str) -> list[tuple[str, str]]:
    """UPDATED_VALUE: the new value of a line saying a named value changed, or []."""
    if "->" not in line and " to " not in line and "\u2192" not in line:
        return []
    match = _UPDATE.search(line)
    if match is None or PROSE_WORDS.intersection((name := match.group(1)).lower().split()) or (
            rules.is_setup_name(name)):
        return []
    return [(name, match.group(2))]
