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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern
from . import vocabulary
from .grammar import PROSE_WORDS

_SPACED = LazyPattern(r"([^\W\d_][\w.()/%+-]*(?: [^\W\d_(][\w.()/%+-]*){0,3}) +"
                      r"([-+]?\d+\.(?:\d{3,}(?:[eE][-+]?\d+)?|\d*[eE][-+]?\d+))[ \t]*\Z")
# A summary's pair line beside it: flush left, "words: decimal" (BETWEEN_PAIRS' shape) ...
_KEYED = LazyPattern(r"(?:\d+-)?[^\W\d][^:=]{0,40}:[ \t]+[-+]?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?[ \t]*\Z")
# ... and the other line beside it a pair too, of any value ("ARMA errors (p, q): (0, 0)").
_FIELD = LazyPattern(r"(?:\d+-)?[^\W\d][^:=]{0,40}:[ \t]+\S")


def spaced_pair(line: str, before: Callable[[int], Sequence[str]],
                after: Callable[..., str | None]) -> str:
    """SPACED_VALUE: such a line as the pair ``<label>: <value>``, read then as any pair is (a
    step word, a setting, a printed config stay what they are); any other line as it is
    (`before(k)`: the k lines above, oldest first; `after(k)`: the k-th line after)."""
    if not line[:1].isalpha() or not line[-1:].isdigit() and not line.rstrip()[-1:].isdigit() or (
            ":" in line or "=" in line):
        return line  # the label opens the line with a letter; the value closes it
    found = _SPACED.match(line)
    if found is None:
        return line
    name = found.group(1)
    if PROSE_WORDS.intersection(name.lower().split()) or vocabulary.is_setup_name(name) or (
            vocabulary.is_time_column(name)):
        return line
    above = before(1)
    sides = [text for text in ((above[-1] if above else None), after(1)) if text is not None and text.strip()]
    if not any(_KEYED.match(text) for text in sides) or not all(_FIELD.match(text) for text in sides):
        return line  # a table's row, a listing's, a message ("done") beside it: no summary's pair
    return f"{name}: {found.group(2)}"
