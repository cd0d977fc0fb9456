"""SPACED_VALUE (rules): a figure named on a line of its own with no colon, set apart from the
lines around it.

A fitted model's summary or a report's diagnostics may print one figure as its label, spaces
and the value, among lines of ``label: value`` pairs or under a heading::

    Box-Cox Lambda 0.999233                      (tbats' summary, between colon pairs)
    AIC 1250.516096
    28-day MAE: 0.4782

Such a line is the label's pair when it stands flush left, the label is one to four words (no
prose word, no word of digits) naming no count, time or setting, the value is a decimal of
three places or more or in exponent form (a version is printed with one or two: ``idna 3.20``,
``packaging 26.4``), one line right next to it (a blank line ends the block) is a pair of the
summary (flush left, ``words: decimal``), and neither is of a table: set in (a column header,
``     (Intr)``), cells parted by a gap, or a row ending in a number, none of them with a colon
or ``=``. Lines of that shape one under another are a listing (a named vector, a pandas Series,
``pip list``, a printed config), which the tables read or leave; one alone says too little (a
message's number, ``loss 0.5`` after a title); one beside the summary's pairs is one of them. The line is then read as ``<label>: <value>``, so a
step word, a setting or a printed config's entry stays what it would be with a colon.

SPACED_RUN: two such lines one under another whose values stand in different columns are each
a figure printed on its own (a listing aligns its values), read when a pair of the summary lies
beside them; the value may be a NumPy array of one element (ONE_ELEMENT_ARRAY:
``Prediction_local [0.38513299]``), and a title framed by marks (FRAMED_HEADING: ``== row 7
==``) is the block's edge, as a blank line is::

    == breast cancer row 7 ==
    Intercept 0.6298739346959099
    Prediction_local [0.38513299]
    Right: 0.0
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern
from . import vocabulary
from .grammar import PROSE_WORDS

_DECIMAL = r"[-+]?\d+\.(?:\d{3,}(?:[eE][-+]?\d+)?|\d*[eE][-+]?\d+)"
# ONE_ELEMENT_ARRAY (rules): the value printed as NumPy prints an array of one ("[0.38513299]")
_SPACED = LazyPattern(r"([^\W\d_][\w.()/%+-]*(?: [^\W\d_(][\w.()/%+-]*){0,3}) +"
                      rf"(?:({_DECIMAL})|\[ ?({_DECIMAL})\])[ \t]*\Z")
# FRAMED_HEADING (rules): a title framed by runs of one mark ("== breast cancer row 7 ==")
_FRAMED = LazyPattern(r"([=#*~-])\1+ \S.*? \1\1+[ \t]*\Z")
# A summary's pair line beside it: flush left, "words: decimal" (BETWEEN_PAIRS' shape) ...
_KEYED = LazyPattern(r"(?:\d+-)?[^\W\d][^:=]{0,40}:[ \t]+[-+]?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?[ \t]*\Z")
# ... and the other line beside it a pair too, of any value ("ARMA errors (p, q): (0, 0)").
_FIELD = LazyPattern(r"(?:\d+-)?[^\W\d][^:=]{0,40}:[ \t]+\S")


def spaced_pair(line: str, before: Callable[[int], Sequence[str]],
                after: Callable[..., str | None]) -> str:
    """SPACED_VALUE: such a line as the pair ``<label>: <value>``, read then as any pair is (a
    step word, a setting, a printed config stay what they are); any other line as it is
    (`before(k)`: the k lines above, oldest first; `after(k)`: the k-th line after)."""
    if line[:1] in " \t" and line.rstrip()[-1:] in _ENDS and (stepped := _under_step(line.lstrip(" \t"), before)):
        return stepped  # UNDER_STEP, set in: " Current loss 1.8359" under "Epoch number 0"
    if not line[:1].isalpha() or line.rstrip()[-1:] not in _ENDS or ":" in line or "=" in line:
        return line  # the label opens the line with a letter; the value closes it
    found = _SPACED.match(line)
    if found is None or not _names_figure(found.group(1)):
        return line
    above = before(2)
    if (stepped := _under_step(line, before)) is not None:
        return stepped  # UNDER_STEP: "Epoch 3" over "loss 0.52"
    sides = (((above[-1] if above else None), (above[-2] if len(above) > 1 else None)),
             (after(1), after(2)))
    keyed = False
    for text, beyond in sides:
        if text is None or not text.strip() or _FRAMED.match(text):
            continue  # the block's end, or its title (FRAMED_HEADING)
        if _KEYED.match(text) or (_spaced_sibling(text, found) and beyond is not None
                                  and _KEYED.match(beyond) is not None):
            keyed = True  # a summary's pair, or a figure of its own right beside one (SPACED_RUN)
        elif not _FIELD.match(text) and not _spaced_sibling(text, found):
            return line  # a table's row, a listing's, a message ("done") beside it: no summary's pair
    return f"{found.group(1)}: {found.group(2) or found.group(3)}" if keyed else line


_ENDS = frozenset("0123456789]")
# UNDER_STEP (rules): a step header alone on the line above ("Epoch number 0", "Epoch 3/10:",
# "--- Iteration 5 ---"): a result's name and its number under it are that step's pair.
_STEP_HEADER = LazyPattern(r"[ \t=#*\-\[]*(?i:epoch|iteration|iter|step|episode|round)(?: (?i:number|no\.?))?"
                           r"[ \t:#]*\d{1,9}(?:[ \t]*/[ \t]*\d{1,9})?[ \t\]=#*\-:]*\Z")


def _under_step(line: str, before: Callable[[int], Sequence[str]]) -> str | None:
    """UNDER_STEP: `line` (a label and its number, spaced) as the pair ``<label>: <value>``
    when the label names a result and a step header stands alone right above it, else None."""
    if ":" in line or "=" in line or (found := _SPACED.match(line)) is None:
        return None
    if not vocabulary.is_result_name(found.group(1)) or not _names_figure(found.group(1)):
        return None
    above = before(1)
    return f"{found.group(1)}: {found.group(2) or found.group(3)}" if above and _STEP_HEADER.match(above[-1]) else None


def _names_figure(name: str) -> bool:
    """Whether a spaced line's label may name a figure: no prose word, count, time or setting."""
    return not (PROSE_WORDS.intersection(name.lower().split()) or vocabulary.is_setup_name(name)
                or vocabulary.is_time_column(name))


def _spaced_sibling(text: str, found: re.Match[str]) -> bool:
    """SPACED_RUN (rules): `text` is a spaced figure too whose value does not stand in the column
    of `found`'s (a listing sets its values in one column: a named vector, ``pip list``)."""
    other = _SPACED.match(text)
    return other is not None and _names_figure(other.group(1)) and (
        other.start(2) if other.group(2) else other.start(3) - 1) != (
        found.start(2) if found.group(2) else found.start(3) - 1)
