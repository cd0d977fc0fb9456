"""SECTION_LABEL (rules): a line that opens with the title of the section it is in is labelled
by it.

A program that evaluates several things one after another heads each one's output with its
name after a run of one mark (``=== KNN``) and prints the results with the name again before
the first field (``KNN ROC:0.9891, precision @ rank n:0.875``). The name is then a label of
the whole line, not a word of its first name: every pair is ``<title>/<name>`` (``KNN/ROC``,
``KNN/precision @ rank n``), so that the things evaluated never share a series. The title is
the nearest one above, within a section's reach (a model's training log may come between it
and the evaluation); a line whose first word is another word is left as it is. The title is
a thing's name spelt as an identifier (``KNN``, ``IForest``, ``resnet50``): a line opening with
a plain word (``Train loss``, ``Avg acc``) or a result's (``AUC score``) names a quantity and
is not looked at. The line opens a block, right under a heading (the title, or ``On Test
Data:``, past a blank line), or follows a line opening with the same name: a line among other
lines of pairs is no section's report, and is not looked back from either.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern
from .phases import qualify
from .stat_rows import is_statistic
from .vocabulary import is_result_name

_MARKS = "=#*~-"
_TITLE = LazyPattern(r"([=#*~-])\1+[ \t]+([^\W\d][\w.+-]*)[ \t]*(?:[=#*~-]+[ \t]*)?\Z")
_LOOK_BACK = 20
# A thing's name as a program spells it: capitals after its first letter ("KNN", "IForest",
# "AutoEncoder"), a digit or an underscore ("resnet50", "model_b"); a word of a name ("Train",
# "Avg", "best") is none, and a line opening with one is not looked at (the look back costs).
_IDENTIFIER = LazyPattern(r"[^\W\d_]\w*(?:[A-Z0-9_])\w*\Z")

# QUOTED_SECTION: a numbered, quoted name alone on its line, set in ("  3. \"lr\""): a column or
# a thing a describing tool (csvstat) reports on, its statistics in the set-in lines under it.
_QUOTED_HEADING = LazyPattern(r"\s+\d+\.\s+\"([^\"\n]{1,60})\"\s*\Z")
# STATED_QUANTITY: "  -> residuals  : min = ...": words (an arrow or a bullet before them), a colon,
# then the pairs; no number, no "=" before the colon.
_QUANTITY_HEAD = LazyPattern(r"\s*(?:->|[-*•])?\s*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3})\s*:\s+\S+\s*=")
_OUTLINE_NAME = LazyPattern(r"\s+([^\W\d_][\w-]*(?: [^\W\d_][\w-]*){1,7})\s*\Z")  # OUTLINE_OWNER
_SECTION_REACH = 24  # set-in lines looked back over for the heading

Pairs = list[tuple[str, str]]


def section_labelled(named: Pairs, before: Callable[[int], Sequence[str]],
                     phase: str | None, line: str = "") -> Pairs:
    """`named` with the section's title as their label (SECTION_LABEL) when the first name
    opens with it, then each under `phase` when one is given (PHASE_HEADING)."""
    if named and line[:1].isspace() and (owner := _quoted_section(before)) is not None:
        named = [(f"{owner}/{name}", value) for name, value in named]
    elif line[:2] == "  " and (owner := _outline_owner(line, before)) is not None:
        named = [(f"{owner}/{name}", value) for name, value in named]
    elif len(named) >= 2 and (quantity := _stated_quantity(line, named)) is not None:
        named = [(f"{quantity}/{name}", value) for name, value in named]
    elif named and (space := named[0][0].find(" ")) > 0:
        label = named[0][0][:space]
        if (not label[1:].islower() or not label.isalpha()) and _is_title(label, before):
            named = [(f"{label}/{_unlabelled(name, label)}", value) for name, value in named]
    if phase is not None:
        named = [(qualify(phase, name), value) for name, value in named]
    return named


def _stated_quantity(line: str, named: Pairs) -> str | None:
    """STATED_QUANTITY (rules): the words before the colon of a line whose pairs after it are
    all statistics (``predicted values  : min = 0.0, mean = 0.502, max = 1.0``), or None."""
    head = _QUANTITY_HEAD.match(line)
    if head is None or not all(is_statistic(name) for name, _ in named):
        return None
    return head.group(1)


def _outline_owner(line: str, before: Callable[[int], Sequence[str]]) -> str | None:
    """OUTLINE_OWNER (rules): the words of the nearest line above set in less than `line`, when
    it is a name of words alone (two or more, no number, no colon) and the lines between are
    set in as `line` is; else None."""
    indent = len(line) - len(line.lstrip(" "))
    for above in reversed(before(_SECTION_REACH)):
        depth = len(above) - len(above.lstrip(" "))
        if not above.strip() or depth > indent:
            return None
        if depth < indent:
            owner = _OUTLINE_NAME.match(above)
            return owner.group(1) if owner is not None and depth > 0 else None
    return None


def _quoted_section(before: Callable[[int], Sequence[str]]) -> str | None:
    """QUOTED_SECTION (rules): the name a numbered heading quotes (``  3. "lr"``) over the
    indented lines up to this one (blank lines among them), or None."""
    above = before(_SECTION_REACH)
    for line in reversed(above):
        if not line.strip():
            continue
        if not line[:1].isspace():
            return None
        heading = _QUOTED_HEADING.match(line)
        if heading is not None:
            return heading.group(1)
    return None


def _is_title(label: str, before: Callable[[int], Sequence[str]]) -> bool:
    """True when `label`, a word of no plain spelling (the caller's cheap look: a capital after
    its first letter, or not letters only), is a thing's name and the title of the section the
    line opens or goes on (the look back last)."""
    return _IDENTIFIER.match(label) is not None and not is_result_name(label) and _opens_block(
        before(2), label) and _title_above(before(_LOOK_BACK)) == label


def _unlabelled(name: str, label: str) -> str:
    return name[len(label) + 1:] if name.startswith(label + " ") else name


def _opens_block(lines: Sequence[str], label: str) -> bool:
    """True when the nearest of `lines` with text is a heading, a title (``=== KNN``) or a
    line closed by a colon (``On Test Data:``), or a line opening with `label` too (the
    section's next report). A line among other lines of pairs is not looked back from."""
    for line in reversed(lines):
        if text := line.strip():
            return text[-1:] == ":" or text.startswith(label + " ") or (
                text[:1] in _MARKS and _TITLE.match(text) is not None)
    return False


def _title_above(lines: Sequence[str]) -> str | None:
    """The title of the nearest section heading among `lines` (``=== KNN``), or None."""
    for line in reversed(lines):
        text = line.strip()
        if text[:1] in _MARKS and text[:1] and (title := _TITLE.match(text)) is not None:
            return title.group(2)
    return None
