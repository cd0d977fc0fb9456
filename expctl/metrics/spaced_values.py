"""SPACED_VALUE (rules): a figure named on a line of its own with no colon, set apart from the
lines around it.

A fitted model's summary or a report's diagnostics may print one figure as its label, spaces
and the value, among lines of ``label: value`` pairs or under a heading::

    Box-Cox Lambda 0.999233                      (tbats' summary, between colon pairs)
    AIC 1250.516096
    MULTICOLLINEARITY CONDITION NUMBER           6.466

Such a line is the label's pair when it stands flush left, the label is one to four words (no
prose word, no word of digits) naming no count, time or setting, the value is a decimal of
three places or more or in exponent form (a version is printed with one or two: ``idna 3.20``,
``packaging 26.4``), and neither line right next to it (a blank line ends the block) is of a
table: set in (a column header, ``     (Intr)``), cells parted by a gap, or a row ending in a
number, none of them with a colon or ``=``. Lines of that shape one under another are a listing
(a named vector, a pandas Series, ``pip list``, a printed config), which the tables read or
leave; one alone among pairs is a pair. The line is then read as ``<label>: <value>``, so a
step word, a setting or a printed config's entry stays what it would be with a colon.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern
from . import vocabulary
from .grammar import PROSE_WORDS

_SPACED = LazyPattern(r"([^\W\d_][\w.()/%+-]*(?: [^\W\d_(][\w.()/%+-]*){0,3}) +"
                      r"([-+]?\d+\.(?:\d{3,}(?:[eE][-+]?\d+)?|\d*[eE][-+]?\d+))[ \t]*\Z")
_TABLE_LINE = LazyPattern(r"[ \t]|.*\S {2,}\S|.*\d[ \t]*\Z")


def _of_table(text: str | None) -> bool:
    """True for a line next to the value's that makes it a row of a table or listing."""
    if text is None or not text.strip():
        return False
    return ":" not in text and "=" not in text and _TABLE_LINE.match(text) is not None


def spaced_pair(line: str, before: Callable[[int], Sequence[str]],
                after: Callable[..., str | None]) -> str:
    """SPACED_VALUE: such a line as the pair ``<label>: <value>``, read then as any pair is (a
    step word, a setting, a printed config stay what they are); any other line as it is
    (`before(k)`: the k lines above, oldest first; `after(k)`: the k-th line after)."""
    if not line[-1:].isdigit() and not line.rstrip()[-1:].isdigit() or ":" in line or "=" in line:
        return line
    found = _SPACED.match(line)
    if found is None:
        return line
    name = found.group(1)
    if PROSE_WORDS.intersection(name.lower().split()) or vocabulary.is_setup_name(name) or (
            vocabulary.is_time_column(name)):
        return line
    above = before(1)
    if _of_table(above[-1] if above else None) or _of_table(after(1)):
        return line
    return f"{name}: {found.group(2)}"
