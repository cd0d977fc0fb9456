"""UNIT_FIELDS (rules): a labelled line of ``key=value`` fields whose values carry their units
glued on, a rate per second or an SI letter.

A storage benchmark reports each direction's rates so, the same rate restated in parentheses in
a decimal unit after the binary one::

      read: IOPS=11.3k, BW=44.2MiB/s (46.4MB/s)(5704KiB/126msec)
      READ: bw=44.2MiB/s (46.4MB/s), 44.2MiB/s-44.2MiB/s (46.4MB/s-46.4MB/s), io=5704KiB

A rate (``44.2MiB/s``) is a result (RATE_WORDS), read in the unit printed; the restatement in
parentheses right after it is the same quantity again, a second value of its name. An SI letter
glued to a count (``11.3k``) multiplies it out (SI_VALUE: a runner picks the letter per value,
``IOPS=4936`` on the next direction's line). An amount of bytes or a time (``io=5704KiB``,
``run=126-126msec``) is how much the case moved and for how long, bookkeeping, as a
benchmark's count of runs is; a field with no key (a range) names nothing. The line is read only
when a label opens it and one field at least is such a rate or count; which thing the label
names is LEAD_LABEL_RUN's to tell.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .rates import number_text

_LEAD = LazyPattern(r"\s*[^\W\d][\w.-]{0,31}:\s+(?=[^\W\d][\w/]{0,31}=\d)")
_NUMBER = r"\d+(?:\.\d+)?"
_RATE = r"[KMGTP]?i?B/s|[^\W\d_]{1,8}/s"
# key=value, the value a rate, an SI-lettered count or bare, then a restatement "(46.4MB/s)".
_FIELD = LazyPattern(rf"([^\W\d][\w/]{{0,31}})=({_NUMBER})(?:({_RATE})|([kMG])(?![\w/])|(?=[,;\s(]|\Z))"
                     rf"(?: ?\(({_NUMBER})({_RATE})\))?")
_NEXT = LazyPattern(r"[^,]*,\s*")


def unit_fields(line: str) -> tuple[list[tuple[str, str]], list[int]] | None:
    """The rated pairs of a labelled line of fields (see the module), and where each starts;
    None when the line is no such line or holds no rate nor SI-lettered count."""
    lead = _LEAD.match(line)
    if lead is None:
        return None
    pairs: list[tuple[str, str]] = []
    spans: list[int] = []
    at, rated = lead.end(), False
    while at < len(line):
        field = _FIELD.match(line, at)
        if field is not None and (field.group(3) or field.group(4)):
            rated = True
            value = number_text(field.group(2) + (field.group(4) or ""))
            pairs.append((field.group(1), value))
            spans.append(at)
            if field.group(5) is not None and field.group(3):
                pairs.append((field.group(1), field.group(5)))
                spans.append(field.start(5))
        elif field is not None and field.group(3) is None and field.group(4) is None and (
                line[field.end(2):field.end(2) + 1] in ("", ",", " ", ";")):
            pairs.append((field.group(1), field.group(2)))
            spans.append(at)
        step = _NEXT.match(line, at)
        if step is None:
            break
        at = step.end()
    return (pairs, spans) if rated else None
